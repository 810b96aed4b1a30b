package io.github.svtoms.core.kpi;

import io.github.svtoms.core.Samples;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.money.Money;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.github.svtoms.core.kpi.TestCatalogues.KENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the s.52 KPI duty over 1,000 random contracts around £5m (seeded). */
@ExtendWith(InstancioExtension.class)
class KpiDutyPropertyTest {
    static final BigDecimal FIVE_MILLION = new BigDecimal("5000000.00");

    @Test
    @Seed(5252)
    void theDutyFollowsTheArithmeticAndIsMetWhenItApplies() {
        KpiSelector selector = new KpiSelector(TestCatalogues.catalogue());
        int[] seen = new int[KpiDuty.Status.values().length];
        for (long seed : Samples.seeds(1000)) {
            Random r = new Random(seed);
            // within ±£2 of £5m, in pennies, so the boundary itself is hit often
            BigDecimal value = FIVE_MILLION.add(BigDecimal.valueOf(r.nextInt(401) - 200, 2));
            int own = r.nextInt(4);
            int max = 1 + r.nextInt(5);
            boolean exempt = r.nextInt(5) == 0;
            List<String> ownKpis = new ArrayList<>();
            for (int i = 0; i < own; i++) {
                ownKpis.add("own " + i);
            }
            ContractProfile p = ContractProfile.builder().framework(KENT)
                    .contractValue(ContractValue.gross(Money.of(value, Money.currency("GBP"))))
                    .category(ContractCategory.SERVICES).maxKpis(max).ownKpis(ownKpis)
                    .kpiExemption(exempt ? KpiExemption.CONCESSION : null).build();
            KpiSelectionReport report = selector.report(p);
            KpiSelection s = report.selection();
            KpiDuty d = report.kpiDuty();
            String where = "seed " + seed + ": " + value + ", own " + own + ", max " + max + ", exempt " + exempt;
            boolean over = value.compareTo(FIVE_MILLION) > 0;
            KpiDuty.Status expected = !over ? KpiDuty.Status.DOES_NOT_APPLY
                    : exempt ? KpiDuty.Status.EXEMPT : KpiDuty.Status.APPLIES;
            assertEquals(expected, d.status(), where);
            seen[d.status().ordinal()]++;
            // a maximum the request sets is never exceeded
            assertTrue(s.kpis().size() <= max, where);
            if (d.applies()) {
                // Kent's priorities offer more applicable measures than any cap here: only the request's
                // maximum can leave the duty unmet, and then the finding says so
                boolean room = max + own >= KpiDuty.STATUTORY_MINIMUM;
                assertEquals(room, d.met(), where);
                assertEquals(room, d.counted() >= KpiDuty.STATUTORY_MINIMUM, where);
                if (!room) {
                    assertTrue(d.reason().contains("the request's maximum of " + max), where);
                }
                assertEquals(s.selectedMeasures().subList(0, Math.min(3, s.kpis().size())), d.mostMaterial(), where);
            } else {
                assertEquals(List.of(), d.mostMaterial(), where);
                assertTrue(d.met(), where);
            }
        }
        assertTrue(seen[KpiDuty.Status.APPLIES.ordinal()] > 200);
        assertTrue(seen[KpiDuty.Status.DOES_NOT_APPLY.ordinal()] > 200);
        assertTrue(seen[KpiDuty.Status.EXEMPT.ordinal()] > 50);
    }
}
