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
    void aWorkedSplitWhoseRoundingNeedsTheLargestRemainder() {
        // Two lines, no adjustment, no discounting, one year each:
        //   economic: 1 × £10.005 = £10.005;  fiscal: 1 × £20.005 = £20.005;  exact total £30.010 → £30.01.
        // Each type rounded on its own (HALF_EVEN) would give £10.00 + £20.00 = £30.00, a penny short of the
        // total. Largest remainder: floors £10.00 + £20.00 = £30.00; one penny missing; the remainders tie
        // (£0.005 each), so the earlier type in ValueType order, fiscal, gets it: fiscal £20.01, economic £10.00.
        ValuationRequest request = request(Discounting.none())
                .line(CommitmentLine.builder("jobs", EMPLOYMENT, BigDecimal.ONE).proxy(proxy("10.005", ValueType.ECONOMIC))
                        .deadweight(BigDecimal.ZERO).build())
                .line(CommitmentLine.builder("carbon", CARBON, BigDecimal.ONE).proxy(proxy("20.005", ValueType.FISCAL))
                        .build())
                .build();
        Valuation v = ValuationEngine.value(request);
        assertEquals(gbp("30.01"), v.totals().gross());
        assertEquals(Map.of(ValueType.FISCAL, all("20.01"), ValueType.ECONOMIC, all("10.00")), v.totalsByValueType());
        assertEquals(Map.of(ValueType.FISCAL, all("20.005"), ValueType.ECONOMIC, all("10.005")),
                v.summary().exactTotalsByValueType());
        // each theme and line holds one type, so it shows that type's reported figures
        assertEquals(Map.of(ValueType.FISCAL, all("20.01")), v.byTheme().get(CLIMATE).byValueType());
        assertEquals(all("20.01"), v.line("carbon").orElseThrow().reported());
        assertEquals(ValueType.FISCAL, v.line("carbon").orElseThrow().valueType());
        assertEquals(Map.of(ValueType.ECONOMIC, all("10.00")), v.line("jobs").orElseThrow().byValueType());
        assertEquals(Map.of(), v.percentOfContractByValueType(), "no contract, no percentages");
    }

    @Test
    void percentOfContractIsSplitToAddUpToThePercentageInAll() {
        // Contract £300; no discounting. economic £1.00 → 0.3333… %, fiscal £1.00 → 0.3333… %,
        // social-wellbeing £1.00 → 0.3333… %; in all £3.00 → 1.00 %. Floors 0.33 × 3 = 0.99; the missing
        // hundredth goes to the first of the tied remainders in ValueType order (fiscal): 0.34 / 0.33 / 0.33.
        ValuationRequest request = request(Discounting.none()).contract(new Contract(gbp("300"), 1))
                .line(CommitmentLine.builder("a", EMPLOYMENT, BigDecimal.ONE).proxy(proxy("1", ValueType.ECONOMIC))
                        .deadweight(BigDecimal.ZERO).build())
                .line(CommitmentLine.builder("b", CARBON, BigDecimal.ONE).proxy(proxy("1", ValueType.FISCAL)).build())
                .line(CommitmentLine.builder("c", VOLUNTEERING, BigDecimal.ONE).proxy(proxy("1", ValueType.SOCIAL_WELLBEING))
                        .build())
                .build();
        Valuation v = ValuationEngine.value(request);
        assertEquals(Optional.of(new BigDecimal("1.00")), v.percentOfContract());
        assertEquals(Map.of(ValueType.FISCAL, new BigDecimal("0.34"), ValueType.ECONOMIC, new BigDecimal("0.33"),
                ValueType.SOCIAL_WELLBEING, new BigDecimal("0.33")), v.percentOfContractByValueType());
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
            assertSums(v.totals(), v.totalsByValueType().values(), what + " totals");
            assertSums(v.exactTotals(), v.summary().exactTotalsByValueType().values(), what + " exact totals");
            assertEquals(0, v.percentOfContract().orElseThrow().compareTo(v.percentOfContractByValueType().values()
                    .stream().reduce(BigDecimal.ZERO, BigDecimal::add)), what + " percentages");
            // every breakdown entry: its split adds up to it; and per type the entries add up to that type's total
            for (Map<?, Subtotal> level : List.<Map<?, Subtotal>>of(v.byMeasure(), v.byOutcome(), v.byTheme())) {
                level.values().forEach(s -> assertSums(s.reported(), s.byValueType().values(), what + " entry"));
                level.values().forEach(s -> assertSums(s.exact(), s.exactByValueType().values(), what + " exact entry"));
                for (ValueType t : v.totalsByValueType().keySet()) {
                    assertSums(v.totalsByValueType().get(t), level.values().stream().map(s -> s.byValueType().get(t))
                            .filter(f -> f != null).toList(), what + " " + t + " over a level");
                }
            }
            // per type, the lines add up to the type's total; a line's split is its own figures under its type
            for (ValueType t : v.totalsByValueType().keySet()) {
                assertSums(v.totalsByValueType().get(t), v.lines().stream().filter(l -> l.valueType() == t)
                        .map(LineValuation::reported).toList(), what + " " + t + " lines");
            }
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

    private static Figures all(String amount) {
        return new Figures(gbp(amount), gbp(amount), gbp(amount));
    }
}
