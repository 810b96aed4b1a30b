package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.YearIndexing;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static io.github.svtoms.proxies.valuation.Fixtures.*;
import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Value types kept apart: every total and breakdown carries its split by value type, adding up exactly. */
@ExtendWith(InstancioExtension.class)
class ValueTypesTest {
    private static final List<MeasureId> MEASURES = List.of(EMPLOYMENT, LTU_HIRES, SME_SPEND, SUPPLIER_SPEND, CARBON,
            VOLUNTEERING);

    private static ProxyValue proxy(String amount, ValueType type) {
        return new ProxyValue(Money.of(amount, "GBP"), Y2024, type, Optional.empty(), gmca(), Optional.empty());
    }

    @Test
    void aWorkedSplitWhoseRoundingIsStatedNotHidden() {
        // Two lines, no adjustment, no discounting, one year each:
        //   economic: 1 × £10.005 = £10.005;  fiscal: 1 × £20.005 = £20.005;  exact total £30.010 → £30.01.
        // Each type is rounded on its own (HALF_EVEN, to the even penny): £10.00 and £20.00, which add up to
        // £30.00, a penny short of the total: the totals state a rounding adjustment of £0.01 rather than moving
        // a penny into one type (which would make that type, and its line, disagree with its derivation).
        ValuationRequest request = request(Discounting.none())
                .line(CommitmentLine.builder("jobs", EMPLOYMENT, BigDecimal.ONE).proxy(proxy("10.005", ValueType.ECONOMIC))
                        .deadweight(BigDecimal.ZERO).build())
                .line(CommitmentLine.builder("carbon", CARBON, BigDecimal.ONE).proxy(proxy("20.005", ValueType.FISCAL))
                        .build())
                .build();
        Valuation v = ValuationEngine.value(request);
        assertEquals(gbp("30.01"), v.totals().gross());
        assertEquals(Map.of(ValueType.FISCAL, all("20.00"), ValueType.ECONOMIC, all("10.00")), v.totalsByValueType());
        assertEquals(all("0.01"), v.summary().totalsRoundingAdjustment());
        assertEquals(all("0.01"), v.linesRoundingAdjustment().all());
        assertEquals(Map.of(ValueType.FISCAL, all("20.005"), ValueType.ECONOMIC, all("10.005")),
                v.summary().exactTotalsByValueType());
        // each theme and line holds one type, so it shows that type's reported figures
        assertEquals(Map.of(ValueType.FISCAL, all("20.00")), v.byTheme().get(CLIMATE).byValueType());
        assertEquals(all("20.00"), v.line("carbon").orElseThrow().reported());
        assertEquals(ValueType.FISCAL, v.line("carbon").orElseThrow().valueType());
        assertEquals(Map.of(ValueType.ECONOMIC, all("10.00")), v.line("jobs").orElseThrow().byValueType());
        assertEquals(Map.of(), v.percentOfContractByValueType(), "no contract, no percentages");
    }

    @Test
    void percentOfContractPerTypeIsRoundedOnItsOwnWithTheDifferenceStated() {
        // Contract £300; no discounting. economic £1.00 → 0.3333… % → 0.33, fiscal likewise 0.33,
        // social-wellbeing likewise 0.33; in all £3.00 → 1.00 %. 0.33 × 3 = 0.99: the adjustment 0.01 is stated.
        ValuationRequest request = request(Discounting.none()).contract(new Contract(gbp("300"), 1))
                .line(CommitmentLine.builder("a", EMPLOYMENT, BigDecimal.ONE).proxy(proxy("1", ValueType.ECONOMIC))
                        .deadweight(BigDecimal.ZERO).build())
                .line(CommitmentLine.builder("b", CARBON, BigDecimal.ONE).proxy(proxy("1", ValueType.FISCAL)).build())
                .line(CommitmentLine.builder("c", VOLUNTEERING, BigDecimal.ONE).proxy(proxy("1", ValueType.SOCIAL_WELLBEING))
                        .build())
                .build();
        Valuation v = ValuationEngine.value(request);
        assertEquals(Optional.of(new BigDecimal("1.00")), v.percentOfContract());
        assertEquals(Map.of(ValueType.FISCAL, new BigDecimal("0.33"), ValueType.ECONOMIC, new BigDecimal("0.33"),
                ValueType.SOCIAL_WELLBEING, new BigDecimal("0.33")), v.percentOfContractByValueType());
        assertEquals(new BigDecimal("0.01"), v.summary().percentOfContractRoundingAdjustment());
    }

    /** Raw generated inputs, turned into a line by {@link #line}. */
    record Spec(int measure, int type, int quantityCents, int startYear, int duration, int displacement, int dropOff,
                int proxyMillis, int schedule, int lines) {
    }

    private static List<Spec> specs(long seed) {
        return Instancio.ofList(Spec.class).size(500).withSeed(seed)
                .generate(field(Spec.class, "measure"), g -> g.ints().range(0, MEASURES.size() - 1))
                .generate(field(Spec.class, "type"), g -> g.ints().range(0, ValueType.values().length - 1))
                .generate(field(Spec.class, "quantityCents"), g -> g.ints().range(0, 10_000_000))
                .generate(field(Spec.class, "startYear"), g -> g.ints().range(1, 5))
                .generate(field(Spec.class, "duration"), g -> g.ints().range(1, 8))
                .generate(field(Spec.class, "displacement"), g -> g.ints().range(0, 99))
                .generate(field(Spec.class, "dropOff"), g -> g.ints().range(0, 99))
                .generate(field(Spec.class, "proxyMillis"), g -> g.ints().range(0, 50_000_000))
                .generate(field(Spec.class, "schedule"), g -> g.ints().range(0, 2))
                .generate(field(Spec.class, "lines"), g -> g.ints().range(1, 12))
                .create();
    }

    private static CommitmentLine line(String id, Spec s) {
        MeasureId m = MEASURES.get(s.measure());
        return CommitmentLine.builder(id, m, BigDecimal.valueOf(s.quantityCents(), 2)).startYear(s.startYear())
                .duration(m.equals(LTU_HIRES) ? 1 : s.duration()).displacement(BigDecimal.valueOf(s.displacement(), 2))
                .dropOff(BigDecimal.valueOf(s.dropOff(), 2))
                .proxy(new ProxyValue(Money.of(BigDecimal.valueOf(s.proxyMillis(), 3), GBP), s.measure() % 2 == 0 ? Y2024 : FY12,
                        ValueType.values()[s.type()], Optional.empty(), gmca(), Optional.empty()))
                .build();
    }

    private static Discounting discounting(int schedule) {
        return switch (schedule) {
            case 0 -> Discounting.none();
            case 1 -> Discounting.greenBook();
            default -> new Discounting(DiscountSchedule.greenBookHealth(), YearIndexing.FIRST_YEAR_DISCOUNTED);
        };
    }

    @Test
    @Seed(20261202)
    void theSplitByValueTypeAlwaysAddsUpToTheTotals() {
        List<Spec> specs = specs(20261202);
        for (int i = 0; i < specs.size(); i++) {
            Spec first = specs.get(i);
            List<CommitmentLine> lines = new ArrayList<>();
            for (int j = 0; j < first.lines(); j++) {
                lines.add(line("l" + j, specs.get((i + j) % specs.size())));
            }
            ValuationRequest request = request(discounting(first.schedule())).contract(new Contract(gbp("1234567.89"), 3))
                    .lines(lines).build();
            Valuation v = ValuationEngine.value(request);
            String what = "request " + i;
            // totals: reported and exact splits add up; percentages add up
            // totals: the rounded split plus its stated adjustment adds up; the exact split exactly; percentages too
            assertSums(v.totals(), with(v.totalsByValueType().values(), v.summary().totalsRoundingAdjustment()),
                    what + " totals");
            assertSums(v.exactTotals(), v.summary().exactTotalsByValueType().values(), what + " exact totals");
            assertEquals(0, v.percentOfContract().orElseThrow().compareTo(v.percentOfContractByValueType().values()
                    .stream().reduce(v.summary().percentOfContractRoundingAdjustment(), BigDecimal::add)),
                    what + " percentages");
            // every figure is its exact value rounded once
            v.totalsByValueType().forEach((t, f) -> assertEquals(v.summary().exactTotalsByValueType().get(t).rounded(), f));
            // every breakdown entry: its split and stated adjustment add up to it; per type, the entries and the
            // breakdown's stated adjustment add up to that type's total
            List<RoundingAdjustment> adjustments = List.of(v.summary().byMeasureRoundingAdjustment(),
                    v.summary().byOutcomeRoundingAdjustment(), v.summary().byThemeRoundingAdjustment());
            List<Map<?, Subtotal>> levels = List.of(v.byMeasure(), v.byOutcome(), v.byTheme());
            for (int k = 0; k < levels.size(); k++) {
                Map<?, Subtotal> level = levels.get(k);
                level.values().forEach(s -> assertSums(s.reported(), with(s.byValueType().values(), s.roundingAdjustment()),
                        what + " entry"));
                level.values().forEach(s -> assertSums(s.exact(), s.exactByValueType().values(), what + " exact entry"));
                for (ValueType t : v.totalsByValueType().keySet()) {
                    assertSums(v.totalsByValueType().get(t), with(level.values().stream().map(s -> s.byValueType().get(t))
                            .filter(f -> f != null).toList(), adjustments.get(k).byValueType().get(t)),
                            what + " " + t + " over a level");
                }
            }
            // per type, the lines and the lines' stated adjustment add up to the type's total
            for (ValueType t : v.totalsByValueType().keySet()) {
                assertSums(v.totalsByValueType().get(t), with(v.lines().stream().filter(l -> l.valueType() == t)
                        .map(LineValuation::reported).toList(), v.linesRoundingAdjustment().byValueType().get(t)),
                        what + " " + t + " lines");
            }
            v.lines().forEach(l -> assertEquals(l.exact().rounded(), l.reported(), "a line is its derivation rounded"));
            v.lines().forEach(l -> assertEquals(Map.of(l.valueType(), l.reported()), l.byValueType()));
            // a line's reported figures stay within a penny of its exact figures
            v.lines().forEach(l -> assertTrue(l.reported().presentValue().amount().subtract(l.presentValue().amount()).abs()
                    .compareTo(new BigDecimal("0.01")) < 0, what + " " + l));
            // streaming gives the same summary
            assertEquals(v.summary(), ValuationEngine.of(request).summarise(lines.stream()), what + " streaming");
        }
    }

    private static void assertSums(Figures expected, java.util.Collection<Figures> parts, String what) {
        Function<Function<Figures, Money>, BigDecimal> sum = f -> parts.stream().map(p -> f.apply(p).amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, expected.gross().amount().compareTo(sum.apply(Figures::gross)), what + " gross " + parts);
        assertEquals(0, expected.net().amount().compareTo(sum.apply(Figures::net)), what + " net " + parts);
        assertEquals(0, expected.presentValue().amount().compareTo(sum.apply(Figures::presentValue)),
                what + " present value " + parts);
    }

    private static List<Figures> with(java.util.Collection<Figures> parts, Figures adjustment) {
        List<Figures> out = new ArrayList<>(parts);
        out.add(adjustment);
        return out;
    }

    private static Figures all(String amount) {
        return new Figures(gbp(amount), gbp(amount), gbp(amount));
    }
}
