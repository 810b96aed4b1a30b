package io.github.svtoms.proxies.valuation;

import static io.github.svtoms.proxies.valuation.Fixtures.CARBON;
import static io.github.svtoms.proxies.valuation.Fixtures.CARBON_OUT;
import static io.github.svtoms.proxies.valuation.Fixtures.EMPLOYMENT;
import static io.github.svtoms.proxies.valuation.Fixtures.GBP;
import static io.github.svtoms.proxies.valuation.Fixtures.LTU_HIRES;
import static io.github.svtoms.proxies.valuation.Fixtures.SME_SPEND;
import static io.github.svtoms.proxies.valuation.Fixtures.SUPPLIER_SPEND;
import static io.github.svtoms.proxies.valuation.Fixtures.VOLUNTEERING;
import static io.github.svtoms.proxies.valuation.Fixtures.Y2024;
import static io.github.svtoms.proxies.valuation.Fixtures.d;
import static io.github.svtoms.proxies.valuation.Fixtures.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.OverlapFamily;
import io.github.svtoms.core.catalogue.PartOf;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.derivation.DerivationStep;
import io.github.svtoms.proxies.derivation.StepKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * Count once: an overlap family is counted under its first measure in request order, a part is left out when its
 * whole is present, a line declaring {@code countedSeparately} always counts; and rounding that agrees with itself.
 */
class CountOnceTest {
    static final MeasureId CAR_MILES = MeasureId.of("car-miles-saved");

    /** The fixtures' catalogue with car miles, the carbon family and local SME spend ⊂ local spend. */
    static Catalogue catalogue() {
        return Fixtures.catalogue().toBuilder()
                .measure(Measure.builder(CAR_MILES).outcome(CARBON_OUT).name("car miles").unit(Unit.MILES)
                        .categories(ContractCategory.GOODS, ContractCategory.SERVICES, ContractCategory.WORKS).build())
                .overlapFamily(new OverlapFamily("carbon", List.of(CARBON, CAR_MILES), "the same tonnes"))
                .partOf(new PartOf(SME_SPEND, SUPPLIER_SPEND, "a local SME is a local supplier"))
                .build();
    }

    static ProxyTable table() {
        ProxyTable.Builder b = ProxyTable.builder("test-proxies", "Test proxies", "1", GBP);
        Fixtures.table().entries().forEach(b::put);
        return b.put(CAR_MILES, Fixtures.proxy("0.0735", Y2024, null)).build();
    }

    static ValuationRequest.Builder request(Discounting discounting) {
        return ValuationRequest.builder(GBP, Y2024, catalogue()).proxyTable(table()).priceIndex(Fixtures.index())
                .discounting(discounting);
    }

    private static CommitmentLine line(String id, MeasureId m, String quantity) {
        return CommitmentLine.of(id, m, d(quantity));
    }

    @Test
    void carbonAndTheCarMilesThatProducedItAreCountedOnce() {
        // No discounting, one year each, no adjustment but the jobs proxy's default deadweight 0.2:
        //   carbon: 10 tCO2e × £280        = £2,800.00 gross = net = PV
        //   miles:  60,000 miles × £0.0735 = £4,410.00 gross = net = PV — same family, after carbon: left out
        //   jobs:   1 FTE-year × £10,000   = £10,000.00 gross; net 10,000 × (1 − 0.2) = £8,000.00
        // Totals: gross 2,800 + 10,000 = £12,800.00; net 2,800 + 8,000 = £10,800.00 (not £17,210.00 / £15,210.00).
        Valuation v = ValuationEngine.value(request(Discounting.none()).line(line("carbon", CARBON, "10"))
                .line(line("miles", CAR_MILES, "60000")).line(line("jobs", EMPLOYMENT, "1")).build());
        assertEquals(new Figures(gbp("12800.00"), gbp("10800.00"), gbp("10800.00")), v.totals());
        assertEquals(gbp("4410.00"), v.line("miles").orElseThrow().reported().gross(), "still valued and shown");
        assertEquals(1, v.doubleCounted().size());
        DoubleCounted dc = v.doubleCounted().get(0);
        assertEquals("miles", dc.line());
        assertEquals("carbon", dc.countedUnder());
        assertEquals(LeftOutMeasure.Rule.OVERLAP_FAMILY, dc.rule());
        assertTrue(dc.reason().contains("overlap family 'carbon'"), dc.reason());
        assertFalse(v.counted("miles"));
        assertTrue(v.counted("carbon"));
        assertFalse(v.byMeasure().containsKey(CAR_MILES), "a left-out measure is in no breakdown");
        LeftOutMeasure left = v.summary().leftOut().get(CAR_MILES);
        assertEquals(CARBON, left.countedUnder());
        assertEquals(1, left.lines());
        assertEquals(gbp("4410.00"), left.figures().reported().presentValue());
        assertTrue(v.warnings().stream().anyMatch(w -> w.kind() == ValuationWarning.Kind.COUNTED_ONCE
                && w.message().contains("left out of the totals")));
        assertEquals(3, v.summary().valuedLines(), "a left-out line is still a valued line");

        // The other way round the family counts under car miles: 4,410 + 10,000 = £14,410.00 gross.
        Valuation w = ValuationEngine.value(request(Discounting.none()).line(line("miles", CAR_MILES, "60000"))
                .line(line("carbon", CARBON, "10")).line(line("jobs", EMPLOYMENT, "1")).build());
        assertEquals(gbp("14410.00"), w.totals().gross());
        assertEquals("carbon", w.doubleCounted().get(0).line());
    }

    @Test
    void twoLinesOfOneMeasureBothCount() {
        // carbon 10 t + carbon 5 t = 15 × £280 = £4,200.00; a later car-miles line is left out.
        Valuation v = ValuationEngine.value(request(Discounting.none()).line(line("a", CARBON, "10"))
                .line(line("b", CARBON, "5")).line(line("m", CAR_MILES, "1000")).build());
        assertEquals(gbp("4200.00"), v.totals().gross());
        assertEquals(List.of("m"), v.doubleCounted().stream().map(DoubleCounted::line).toList());
        assertEquals("a", v.doubleCounted().get(0).countedUnder());
    }

    @Test
    void localSmeSpendInsideLocalSpendIsCountedOnceBeforeOrAfterItsWhole() {
        // Price-neutral £ per £ proxies: local spend £450,000 × 0.2 = £90,000.00; local SME spend £120,000 × 0.25
        // = £30,000.00, part of local spend: left out. Totals gross £90,000.00 whichever comes first.
        for (boolean partFirst : new boolean[] {true, false}) {
            List<CommitmentLine> lines = new ArrayList<>(List.of(line("local", SUPPLIER_SPEND, "450000"),
                    line("sme", SME_SPEND, "120000")));
            if (partFirst) {
                java.util.Collections.reverse(lines);
            }
            ValuationRequest r = request(Discounting.none()).lines(lines).build();
            Valuation v = ValuationEngine.value(r);
            assertEquals(gbp("90000.00"), v.totals().gross());
            assertEquals(gbp("30000.00"), v.line("sme").orElseThrow().reported().gross());
            assertEquals(List.of("sme"), v.doubleCounted().stream().map(DoubleCounted::line).toList());
            assertEquals("local", v.doubleCounted().get(0).countedUnder());
            assertEquals(LeftOutMeasure.Rule.PART_OF, v.doubleCounted().get(0).rule());
            // the stream sees the part before its whole and moves it out when the whole arrives
            assertEquals(v.summary(), ValuationEngine.of(r).summarise(lines.stream()));
            assertTrue(v.warnings().stream().anyMatch(w -> w.kind() == ValuationWarning.Kind.EXCLUSIVE_GROUP
                    && w.message().contains("left out of the totals")), "the overlap warning says the line was left out");
        }
        // alone, local SME spend counts: £30,000.00
        assertEquals(gbp("30000.00"), ValuationEngine.value(request(Discounting.none())
                .line(line("sme", SME_SPEND, "120000")).build()).totals().gross());
    }

    @Test
    void aLineThatCountsSomethingDifferentStaysIn() {
        // miles 60,000 × £0.0735 = £4,410.00 declared separate (other journeys than the carbon figure's): counted;
        // carbon 10 × £280 = £2,800.00. Totals gross £7,210.00. Declared first, the line does not make car miles the
        // family's counting measure: a later car-miles line without the declaration is left out, under carbon.
        CommitmentLine vans = line("vans", CAR_MILES, "60000").toBuilder()
                .countedSeparately("depot vans' miles; the carbon figure covers the office only (fleet report p. 4)").build();
        Valuation v = ValuationEngine.value(request(Discounting.none()).line(vans).line(line("carbon", CARBON, "10"))
                .line(line("cars", CAR_MILES, "1000")).build());
        assertEquals(gbp("7210.00"), v.totals().gross());
        assertEquals(List.of("cars"), v.doubleCounted().stream().map(DoubleCounted::line).toList());
        assertEquals("carbon", v.doubleCounted().get(0).countedUnder(), "counted under the family's measure, carbon");
        // the byMeasure entry of car miles holds the separate line only
        assertEquals(gbp("4410.00"), v.byMeasure().get(CAR_MILES).reported().gross());
        assertEquals(gbp("73.50"), v.summary().leftOut().get(CAR_MILES).figures().reported().gross());
    }

    /** Measures for the generated requests, with proxies (volunteering has none). */
    private static final List<MeasureId> MEASURES = List.of(EMPLOYMENT, LTU_HIRES, SME_SPEND, SUPPLIER_SPEND, CARBON,
            CAR_MILES, VOLUNTEERING);

    private static List<CommitmentLine> randomLines(Random random, String prefix) {
        int n = 1 + random.nextInt(8);
        List<CommitmentLine> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(randomLine(random, prefix + i, MEASURES.get(random.nextInt(MEASURES.size()))));
        }
        return lines;
    }

    private static CommitmentLine randomLine(Random random, String id, MeasureId m) {
        CommitmentLine.Builder b = CommitmentLine.builder(id, m, BigDecimal.valueOf(random.nextInt(5_000_000), 3))
                .displacement(BigDecimal.valueOf(random.nextInt(40), 2)).attribution(BigDecimal.valueOf(random.nextInt(40), 2));
        if (!m.equals(LTU_HIRES)) {
            b.startYear(1 + random.nextInt(3)).duration(1 + random.nextInt(5)).dropOff(BigDecimal.valueOf(random.nextInt(30), 2));
        }
        if (random.nextInt(6) == 0) {
            b.countedSeparately("evidence " + id);
        }
        return b.build();
    }

    private static Discounting discounting(Random random) {
        return random.nextBoolean() ? Discounting.greenBook() : Discounting.none();
    }

    @Test
    void addingAnOverlappingLineNeverRaisesAnyTotal() {
        Random random = new Random(13_2026L);
        int tried = 0;
        for (int sample = 0; sample < 600; sample++) {
            Discounting disc = discounting(random);
            List<CommitmentLine> lines = randomLines(random, "l");
            Valuation before = ValuationEngine.value(request(disc).lines(lines).build());
            List<CommitmentLine> more = new ArrayList<>(lines);
            // the family's counting measure: that of its first valued line not declared separate
            MeasureId first = before.lines().stream().filter(l -> l.line().countedSeparately().isEmpty()
                    && (l.measure().equals(CARBON) || l.measure().equals(CAR_MILES))).map(LineValuation::measure)
                    .findFirst().orElse(null);
            boolean whole = before.lines().stream().anyMatch(l -> l.measure().equals(SUPPLIER_SPEND));
            if (first != null) {
                // a line of the family's other measure, after its first line: it counts what the family counts
                more.add(randomLine(random, "x", first.equals(CARBON) ? CAR_MILES : CARBON).toBuilder()
                        .countedSeparately(null).build());
            } else if (whole) {
                // a part of a present whole, at any position
                more.add(random.nextInt(more.size() + 1), randomLine(random, "x", SME_SPEND).toBuilder()
                        .countedSeparately(null).build());
            } else {
                continue;
            }
            tried++;
            String what = "sample " + sample;
            Valuation after = ValuationEngine.value(request(disc).lines(more).build());
            assertNotAbove(after.exactTotals(), before.exactTotals(), what);
            assertNotAbove(after.totals(), before.totals(), what);
            after.summary().exactTotalsByValueType().forEach((t, f) -> assertNotAbove(f,
                    before.summary().exactTotalsByValueType().getOrDefault(t, Figures.zero(GBP)), what + " " + t));
            after.byMeasure().forEach((m, s) -> assertNotAbove(s.exact(), before.byMeasure().containsKey(m)
                    ? before.byMeasure().get(m).exact() : Figures.zero(GBP), what + " " + m));
        }
        assertTrue(tried >= 300, "enough samples had an overlap to add: " + tried);
    }

    private static void assertNotAbove(Figures after, Figures before, String what) {
        for (Function<Figures, Money> f : List.<Function<Figures, Money>>of(Figures::gross, Figures::net,
                Figures::presentValue)) {
            assertTrue(f.apply(after).amount().compareTo(f.apply(before).amount()) <= 0,
                    what + ": " + f.apply(after) + " > " + f.apply(before));
        }
    }

    @Test
    void batchAndStreamingAgreeAndTotalsAreTheCountedLines() {
        Random random = new Random(20_261_202L);
        for (int sample = 0; sample < 600; sample++) {
            List<CommitmentLine> lines = randomLines(random, "l");
            ValuationRequest r = request(discounting(random)).lines(lines).build();
            ValuationEngine engine = ValuationEngine.of(r);
            Valuation v = engine.value();
            String what = "sample " + sample;
            // batch and streaming: the same summary, whether the stream values lines or takes valued ones
            assertEquals(v.summary(), engine.summarise(lines.stream()), what);
            ValuationAccumulator acc = engine.accumulator();
            for (CommitmentLine l : lines) {
                engine.valueLine(l).ifPresentOrElse(acc::add, () -> acc.add(l));
            }
            assertEquals(v.summary(), acc.summary(), what + " (valued lines)");
            // the totals are exactly the counted lines' exact sums; the rounded lines plus the stated adjustment
            // are the rounded totals
            Figures exact = v.lines().stream().filter(l -> v.counted(l.id())).map(LineValuation::exact)
                    .reduce(Figures.zero(GBP), Figures::plus);
            assertTrue(Subtotal.sameAmounts(exact, v.exactTotals()), what + ": " + exact + " vs " + v.exactTotals());
            Figures reported = v.lines().stream().filter(l -> v.counted(l.id())).map(LineValuation::reported)
                    .reduce(v.linesRoundingAdjustment().all(), Figures::plus);
            assertTrue(Subtotal.sameAmounts(reported, v.totals()), what);
            // the left-out lines are exactly those listed, and each is valued
            assertEquals(v.doubleCounted().size(), v.lines().stream().filter(l -> !v.counted(l.id())).count(), what);
            v.doubleCounted().forEach(x -> assertTrue(v.line(x.countedUnder()).isPresent(), what));
        }
    }

    @Test
    void noLineDisagreesWithItsDerivationAndRoundedPartsPlusTheAdjustmentAreTheTotal() {
        Random random = new Random(9_2026L);
        int identicalYears = 0;
        int unadjusted = 0;
        for (int sample = 0; sample < 600; sample++) {
            List<CommitmentLine> lines = randomLines(random, "l");
            if (random.nextInt(4) == 0) {
                // a line with no adjustment, no drop-off, several years: gross = net, identical years
                lines.add(CommitmentLine.builder("plain", CARBON, BigDecimal.valueOf(random.nextInt(1_000_000), 4))
                        .duration(2 + random.nextInt(4)).build());
            }
            Valuation v = ValuationEngine.value(request(Discounting.none()).lines(lines).build());
            String what = "sample " + sample;
            for (LineValuation l : v.lines()) {
                Map<StepKind, BigDecimal> results = new java.util.EnumMap<>(StepKind.class);
                for (DerivationStep s : l.derivation().steps()) {
                    results.put(s.kind(), s.result());
                }
                assertEquals(round(results.get(StepKind.GROSS)), l.reported().gross().amount(), what + " " + l.id());
                assertEquals(round(results.get(StepKind.DROP_OFF)), l.reported().net().amount(), what + " " + l.id());
                assertEquals(round(results.get(StepKind.PRESENT_VALUE)), l.reported().presentValue().amount(),
                        what + " " + l.id());
                String last = l.derivation().steps().get(l.derivation().steps().size() - 1).sentence();
                assertTrue(last.endsWith("£" + String.format("%,.2f", l.reported().presentValue().amount())),
                        what + " " + l.id() + ": " + last);
                // the rounded years plus the stated adjustment are the line's net and present value
                Money years = l.reportedYears().stream().map(YearValue::value).reduce(Money.zero(GBP), Money::plus);
                assertEquals(l.reported().net(), years.plus(l.reportedYearsAdjustment().net()), what + " " + l.id());
                if (l.adjustmentFactor().compareTo(BigDecimal.ONE) == 0 && l.line().dropOff().signum() == 0) {
                    unadjusted++;
                    assertEquals(l.reported().gross(), l.reported().net(), what + " gross = net with no adjustment");
                    if (l.line().duration() > 1) {
                        identicalYears++;
                        assertEquals(1, l.reportedYears().stream().map(YearValue::value).distinct().count(),
                                what + " identical years show the same pennies");
                    }
                }
            }
            // rounded breakdowns plus their stated adjustments are the rounded totals, per value type too
            ValuationSummary s = v.summary();
            for (ValueType t : v.totalsByValueType().keySet()) {
                Figures sum = v.byTheme().values().stream().map(x -> x.byValueType().get(t)).filter(x -> x != null)
                        .reduce(s.byThemeRoundingAdjustment().byValueType().get(t), Figures::plus);
                assertTrue(Subtotal.sameAmounts(sum, v.totalsByValueType().get(t)), what + " " + t);
            }
            Figures types = v.totalsByValueType().values().stream().reduce(s.totalsRoundingAdjustment(), Figures::plus);
            assertTrue(Subtotal.sameAmounts(types, v.totals()), what);
        }
        assertTrue(unadjusted > 50 && identicalYears > 50, unadjusted + " / " + identicalYears);
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN);
    }
}
