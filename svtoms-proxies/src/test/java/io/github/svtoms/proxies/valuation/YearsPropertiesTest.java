package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeded properties of proxies that follow the years, discounting by kind and ranges, over requests mixing
 * a fixed proxy, a WELLBY proxy with a range (health rate), the living wage gap and carbon values by year.
 */
@ExtendWith(InstancioExtension.class)
class YearsPropertiesTest {
    private static final int SAMPLES = 300;
    private static final List<MeasureId> MEASURES = List.of(YearsAndKindsTest.JOBS, YearsAndKindsTest.WELLBYS,
            YearsAndKindsTest.LIVING_WAGE, YearsAndKindsTest.CARBON);

    record Spec(int measure, int quantityCents, int startYear, int duration, int displacement, int dropOff,
                int startDay, boolean discount, boolean london, boolean dated, int lines) {
    }

    private static List<Spec> specs(long seed) {
        return Instancio.ofList(Spec.class).size(SAMPLES).withSeed(seed)
                .generate(field(Spec.class, "measure"), g -> g.ints().range(0, MEASURES.size() - 1))
                .generate(field(Spec.class, "quantityCents"), g -> g.ints().range(0, 1_000_000))
                .generate(field(Spec.class, "startYear"), g -> g.ints().range(1, 4))
                .generate(field(Spec.class, "duration"), g -> g.ints().range(1, 6))
                .generate(field(Spec.class, "displacement"), g -> g.ints().range(0, 99))
                .generate(field(Spec.class, "dropOff"), g -> g.ints().range(0, 99))
                .generate(field(Spec.class, "startDay"), g -> g.ints().range(0, 3650))
                .generate(field(Spec.class, "lines"), g -> g.ints().range(1, 6))
                .create();
    }

    private static ValuationRequest request(List<Spec> specs, int from) {
        Spec first = specs.get(from);
        var b = YearsAndKindsTest.request(PriceYear.ofFinancial(2025),
                first.discount() ? Discounting.greenBook() : Discounting.none()).priceIndex(YearsAndKindsTest.deflator());
        if (first.dated()) {
            b.contractStart(LocalDate.of(2020, 1, 1).plusDays(first.startDay()));
        }
        for (int i = 0; i < first.lines(); i++) {
            Spec s = specs.get((from + i) % specs.size());
            b.line(CommitmentLine.builder("l" + i, MEASURES.get(s.measure()), BigDecimal.valueOf(s.quantityCents(), 2))
                    .startYear(s.startYear()).duration(s.duration()).displacement(BigDecimal.valueOf(s.displacement(), 2))
                    .dropOff(BigDecimal.valueOf(s.dropOff(), 2)).wageArea(s.london() ? WageArea.LONDON : null)
                    .countedSeparately("line " + i).build());
        }
        return b.build();
    }

    @Test
    @Seed(20261203)
    void rangesHoldTheCentralFigureYearsAddUpAndStreamingEqualsTheBatch() {
        List<Spec> specs = specs(20261203L);
        for (int i = 0; i < SAMPLES; i++) {
            ValuationRequest r = request(specs, i);
            ValuationEngine engine = ValuationEngine.of(r);
            Valuation v = engine.value();
            for (LineValuation l : v.lines()) {
                l.presentValueRange().ifPresent(range -> {
                    assertTrue(range.low().amount().compareTo(range.central().amount()) <= 0, l.toString());
                    assertTrue(range.central().amount().compareTo(range.high().amount()) <= 0, l.toString());
                    assertEquals(l.presentValue(), range.central());
                });
                Money net = Money.zero(l.net().currency());
                Money pv = Money.zero(l.net().currency());
                for (YearValue y : l.years()) {
                    net = net.plus(y.value());
                    pv = pv.plus(y.presentValue());
                    assertTrue(y.proxy().amount().signum() >= 0);
                    if (!r.discounting().schedule().isUndiscounted() && y.benefitYear() > 1) {
                        BigDecimal expected = l.discountKind() == DiscountKind.HEALTH ? new BigDecimal("0.015")
                                : new BigDecimal("0.035");
                        assertEquals(0, y.discountRate().compareTo(expected), l.toString());
                    }
                }
                assertEquals(0, net.amount().compareTo(l.net().amount()), l.toString());
                assertEquals(0, pv.amount().compareTo(l.presentValue().amount()), l.toString());
                // the reported figure is the derivation's result, rounded once
                var steps = l.derivation().steps();
                assertEquals(Money.of(steps.get(steps.size() - 1).result(), Fixtures.GBP).rounded(), l.reported().presentValue());
            }
            v.summary().presentValueRange().ifPresent(range -> {
                assertEquals(v.totals().presentValue(), range.central());
                assertTrue(range.low().amount().compareTo(range.central().amount()) <= 0);
                assertTrue(range.central().amount().compareTo(range.high().amount()) <= 0);
            });
            assertEquals(v.summary(), engine.summarise(r.lines().stream()), "sample " + i);
        }
    }
}
