package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.kpi.Kpi;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;

import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded properties of {@link KpiLines}, 2,000 samples. */
@ExtendWith(InstancioExtension.class)
class KpiLinesPropertiesTest {
    /** One of each kind of amount: FTE-years, first-year-only people, people, money, tCO2e, hours. */
    private static final List<MeasureId> MEASURES = List.of(Fixtures.EMPLOYMENT, Fixtures.LTU_HIRES,
            KpiLinesTest.PARTICIPANTS, Fixtures.SME_SPEND, Fixtures.CARBON, Fixtures.VOLUNTEERING);
    private static final List<Unit> UNITS = List.of(Unit.FTE_YEARS, Unit.PEOPLE, Unit.PEOPLE, Unit.GBP, Unit.TCO2E,
            Unit.HOURS);
    private static final Catalogue CATALOGUE = KpiLinesTest.catalogue();

    /** A target of {@code units} × 10^−scale (scale 0 for people) over {@code years} years. */
    record Spec(int measure, long units, int scale, int years) {
    }

    private static List<Spec> specs(long seed) {
        return Instancio.ofList(Spec.class).size(2000).withSeed(seed)
                .generate(field(Spec.class, "measure"), g -> g.ints().range(0, MEASURES.size() - 1))
                .generate(field(Spec.class, "units"), g -> g.longs().range(0L, 10_000_000L))
                .generate(field(Spec.class, "scale"), g -> g.ints().range(0, 4))
                .generate(field(Spec.class, "years"), g -> g.ints().range(1, 15))
                .create();
    }

    @Test
    @Seed(424242)
    void linesAddUpExactlyToTheTargetSpreadEvenlyOverTheContractYears() {
        for (Spec s : specs(424242)) {
            MeasureId m = MEASURES.get(s.measure());
            Unit unit = UNITS.get(s.measure());
            boolean whole = unit.dimension().wholeNumbers();
            BigDecimal target = BigDecimal.valueOf(s.units(), whole ? 0 : s.scale());
            Kpi kpi = KpiLinesTest.kpi(m, unit, target.toPlainString());
            List<CommitmentLine> lines = KpiLines.of(List.of(kpi), s.years(), CATALOGUE).lines();
            String what = s + " target " + target + " → " + lines;

            // the lines sum back over their years to the whole-contract target, exactly
            BigDecimal sum = lines.stream().map(l -> l.quantity().multiply(BigDecimal.valueOf(l.duration())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.compareTo(target), what);

            // every line lies within the contract; hires are one-year lines; amounts take at most two lines
            BigDecimal[] perYear = new BigDecimal[s.years() + 1];
            java.util.Arrays.fill(perYear, BigDecimal.ZERO);
            for (CommitmentLine l : lines) {
                assertTrue(l.startYear() >= 1 && l.lastContractYear() <= s.years(), what);
                assertTrue(l.measure().equals(m), what);
                if (m.equals(Fixtures.LTU_HIRES)) {
                    assertEquals(1, l.duration(), what);
                }
                if (whole) {
                    assertTrue(l.quantity().signum() == 0 || l.quantity().stripTrailingZeros().scale() <= 0,
                            "whole people: " + what);
                }
                for (int y = l.startYear(); y <= l.lastContractYear(); y++) {
                    perYear[y] = perYear[y].add(l.quantity());
                }
            }
            if (!m.equals(Fixtures.LTU_HIRES)) {
                assertTrue(lines.size() <= 2, what);
            }
            assertEquals(lines.size(), lines.stream().map(CommitmentLine::id).distinct().count(), "unique ids: " + what);

            // even: the years differ by at most one step, and a year never holds more than a later one
            // the step: whole numbers, or hundredths, or the target's own finer decimals (9716.460 has two)
            BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(whole ? 0 : 2, target.stripTrailingZeros().scale()));
            for (int y = 2; y <= s.years(); y++) {
                assertTrue(perYear[y].compareTo(perYear[y - 1]) >= 0, "back-loaded: " + what);
            }
            assertTrue(perYear[s.years()].subtract(perYear[1]).compareTo(step) <= 0, "even: " + what);

            // when the target divides evenly, an amount is a single line of target ÷ years over every year
            boolean even = target.divideAndRemainder(BigDecimal.valueOf(s.years()).multiply(step))[1].signum() == 0;
            if (even && target.signum() > 0 && !m.equals(Fixtures.LTU_HIRES)) {
                assertEquals(1, lines.size(), what);
                assertEquals(s.years(), lines.get(0).duration(), what);
                assertEquals(0, lines.get(0).quantity().multiply(BigDecimal.valueOf(s.years())).compareTo(target), what);
            }
        }
    }
}
