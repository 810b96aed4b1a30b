package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.YearIndexing;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static io.github.svtoms.proxies.valuation.Fixtures.*;
import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded property tests, 1,000 samples each. */
@ExtendWith(InstancioExtension.class)
class PropertiesTest {
    private static final int SAMPLES = 1000;
    private static final List<MeasureId> MEASURES = List.of(EMPLOYMENT, LTU_HIRES, SME_SPEND, SUPPLIER_SPEND, CARBON,
            VOLUNTEERING);

    /** Raw generated inputs; percentages and pence as ints, turned into decimals by {@link #line}. */
    record Spec(int measure, int quantityCents, int startYear, int duration, int deadweight, int displacement,
                int attribution, int dropOff, int proxyPence, boolean override, boolean useDefaultDeadweight,
                int rateTenths, int schedule, boolean discountFirst, int lines) {
    }

    private static List<Spec> specs(long seed) {
        return Instancio.ofList(Spec.class).size(SAMPLES).withSeed(seed)
                .generate(field(Spec.class, "measure"), g -> g.ints().range(0, MEASURES.size() - 1))
                .generate(field(Spec.class, "quantityCents"), g -> g.ints().range(0, 10_000_000))
                .generate(field(Spec.class, "startYear"), g -> g.ints().range(1, 10))
                .generate(field(Spec.class, "duration"), g -> g.ints().range(1, 12))
                .generate(field(Spec.class, "deadweight"), g -> g.ints().range(0, 99))
                .generate(field(Spec.class, "displacement"), g -> g.ints().range(0, 99))
                .generate(field(Spec.class, "attribution"), g -> g.ints().range(0, 99))
                .generate(field(Spec.class, "dropOff"), g -> g.ints().range(0, 99))
                .generate(field(Spec.class, "proxyPence"), g -> g.ints().range(0, 5_000_000))
                .generate(field(Spec.class, "rateTenths"), g -> g.ints().range(1, 100))
                .generate(field(Spec.class, "schedule"), g -> g.ints().range(0, 3))
                .generate(field(Spec.class, "lines"), g -> g.ints().range(1, 8))
                .create();
    }

    private static BigDecimal pct(int p) {
        return BigDecimal.valueOf(p, 2);
    }

    /** A line from a spec; first-year-only measures get one year. */
    private static CommitmentLine line(String id, Spec s, Function<CommitmentLine.Builder, CommitmentLine.Builder> tweak) {
        MeasureId m = MEASURES.get(s.measure());
        var b = CommitmentLine.builder(id, m, BigDecimal.valueOf(s.quantityCents(), 2)).startYear(s.startYear())
                .duration(m.equals(LTU_HIRES) ? 1 : s.duration()).displacement(pct(s.displacement()))
                .attribution(pct(s.attribution())).dropOff(pct(s.dropOff()));
        if (!s.useDefaultDeadweight()) {
            b.deadweight(pct(s.deadweight()));
        }
        if (s.override()) {
            b.proxy(ProxyValue.supplied(Money.of(BigDecimal.valueOf(s.proxyPence(), 2), GBP), s.measure() % 2 == 0 ? Y2024 : FY12));
        }
        return tweak.apply(b).build();
    }

    /** Discounting from a spec: none, Green Book, health, or a constant rate of 0.1 %–10 %, either year indexing. */
    private static Discounting discounting(Spec s) {
        YearIndexing y = s.discountFirst() ? YearIndexing.FIRST_YEAR_DISCOUNTED : YearIndexing.FIRST_YEAR_UNDISCOUNTED;
        return switch (s.schedule()) {
            case 0 -> Discounting.none();
            case 1 -> new Discounting(DiscountSchedule.greenBook(), y);
            case 2 -> new Discounting(DiscountSchedule.greenBookHealth(), y);
            default -> Discounting.constant(BigDecimal.valueOf(s.rateTenths(), 3), y);
        };
    }

    /** A request of 1–8 lines drawn from consecutive specs. */
    private static List<List<CommitmentLine>> requests(List<Spec> specs) {
        List<List<CommitmentLine>> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            List<CommitmentLine> lines = new ArrayList<>();
            for (int j = 0; j < specs.get(i).lines(); j++) {
                lines.add(line("l" + j, specs.get((i + j) % specs.size()), b -> b));
            }
            out.add(lines);
        }
        return out;
    }

    private static BigDecimal net(ValuationEngine e, CommitmentLine l) {
        return e.valueLine(l).map(v -> v.net().amount()).orElse(BigDecimal.ZERO);
    }

    private static BigDecimal pv(ValuationEngine e, CommitmentLine l) {
        return e.valueLine(l).map(v -> v.presentValue().amount()).orElse(BigDecimal.ZERO);
    }

    /** Equal up to the last of 34 significant digits of DECIMAL128 products (relative 1e-30). */
    private static void close(BigDecimal expected, BigDecimal actual, String what) {
        BigDecimal tol = expected.abs().max(BigDecimal.ONE).movePointLeft(30);
        assertTrue(expected.subtract(actual).abs().compareTo(tol) <= 0, what + ": " + expected + " vs " + actual);
    }

    @Test
    @Seed(12345)
    void valueIsLinearInQuantity() {
        for (Spec s : specs(12345)) {
            ValuationEngine e = ValuationEngine.of(request(discounting(s)).build());
            // explicit deadweight and proxy, so that only the quantity differs
            ProxyValue proxy = ProxyValue.supplied(Money.of(BigDecimal.valueOf(s.proxyPence(), 2), GBP),
                    s.override() ? FY12 : Y2024);
            CommitmentLine base = line("a", s, b -> b.deadweight(pct(s.deadweight())).proxy(proxy));
            CommitmentLine triple = new CommitmentLine("a", base.measure(), base.quantity().multiply(BigDecimal.valueOf(3)),
                    base.startYear(), base.duration(), base.deadweight(), base.displacement(), base.attribution(),
                    base.dropOff(), base.proxy(), base.evidence());
            close(net(e, base).multiply(BigDecimal.valueOf(3)), net(e, triple), "net " + s);
            close(pv(e, base).multiply(BigDecimal.valueOf(3)), pv(e, triple), "pv " + s);
        }
    }

    @Test
    @Seed(23456)
    void valueIsNonIncreasingInEachAdjustment() {
        BigDecimal step = new BigDecimal("0.01");
        for (Spec s : specs(23456)) {
            ValuationEngine e = ValuationEngine.of(request(discounting(s)).build());
            CommitmentLine l = line("a", s, b -> b.deadweight(pct(s.deadweight())));
            BigDecimal n = net(e, l);
            BigDecimal p = pv(e, l);
            List<CommitmentLine> more = List.of(
                    line("a", s, b -> b.deadweight(pct(s.deadweight()).add(step))),
                    line("a", s, b -> b.deadweight(pct(s.deadweight())).displacement(pct(s.displacement()).add(step))),
                    line("a", s, b -> b.deadweight(pct(s.deadweight())).attribution(pct(s.attribution()).add(step))),
                    line("a", s, b -> b.deadweight(pct(s.deadweight())).dropOff(pct(s.dropOff()).add(step))));
            for (CommitmentLine m : more) {
                assertTrue(net(e, m).compareTo(n) <= 0, "net rose: " + s);
                assertTrue(pv(e, m).compareTo(p) <= 0, "pv rose: " + s);
            }
        }
    }

    @Test
    @Seed(34567)
    void presentValueNeverExceedsNetWhenEveryRateIsPositive() {
        for (Spec s : specs(34567)) {
            // schedules 1–3 have only positive rates
            Spec positive = new Spec(s.measure(), s.quantityCents(), s.startYear(), s.duration(), s.deadweight(),
                    s.displacement(), s.attribution(), s.dropOff(), s.proxyPence(), s.override(), s.useDefaultDeadweight(),
                    s.rateTenths(), 1 + s.schedule() % 3, s.discountFirst(), s.lines());
            ValuationEngine e = ValuationEngine.of(request(discounting(positive)).build());
            var v = e.valueLine(line("a", positive, b -> b));
            if (v.isPresent()) {
                assertTrue(v.get().presentValue().compareTo(v.get().net()) <= 0, "pv > net: " + positive);
                // strictly below when some year with a value falls at t ≥ 1 (drop-off < 1, so every year has one)
                boolean someYearDiscounted = positive.discountFirst() || v.get().line().lastContractYear() > 1;
                if (someYearDiscounted && v.get().net().signum() > 0) {
                    assertTrue(v.get().presentValue().compareTo(v.get().net()) < 0, "pv not below net: " + positive);
                }
            }
        }
    }

    @Test
    @Seed(45678)
    void lineOrderDoesNotChangeTotalsAndStreamingEqualsBatch() {
        Random random = new Random(45678);
        List<Spec> specs = specs(45678);
        for (List<CommitmentLine> lines : requests(specs)) {
            Discounting disc = discounting(specs.get(random.nextInt(specs.size())));
            ValuationEngine e = ValuationEngine.of(request(disc).build());
            Valuation batch = e.value(lines);
            List<CommitmentLine> shuffled = new ArrayList<>(lines);
            Collections.shuffle(shuffled, random);
            assertEquals(batch.summary(), e.value(shuffled).summary());
            assertEquals(batch.summary(), e.summarise(shuffled.stream()));
            assertEquals(batch.summary(), e.accumulator().addAll(lines.iterator()).summary());
        }
    }

    @Test
    @Seed(56789)
    void roundedBreakdownsAddUpExactlyToRoundedTotals() {
        // Each figure is rounded once; the rounded parts plus the stated adjustment are exactly the rounded total.
        for (List<CommitmentLine> lines : requests(specs(56789))) {
            Valuation v = ValuationEngine.of(request(Discounting.greenBook()).build()).value(lines);
            Figures t = v.totals();
            assertEquals(t, v.exactTotals().rounded());
            ValuationSummary s = v.summary();
            for (Function<Figures, Money> f : List.<Function<Figures, Money>>of(Figures::gross, Figures::net,
                    Figures::presentValue)) {
                assertEquals(f.apply(t), sum(v.lines().stream().map(l -> f.apply(l.reported())).toList())
                        .plus(f.apply(v.linesRoundingAdjustment().all())));
                assertEquals(f.apply(t), sum(v.byMeasure().values().stream().map(x -> f.apply(x.reported())).toList())
                        .plus(f.apply(s.byMeasureRoundingAdjustment().all())));
                assertEquals(f.apply(t), sum(v.byOutcome().values().stream().map(x -> f.apply(x.reported())).toList())
                        .plus(f.apply(s.byOutcomeRoundingAdjustment().all())));
                assertEquals(f.apply(t), sum(v.byTheme().values().stream().map(x -> f.apply(x.reported())).toList())
                        .plus(f.apply(s.byThemeRoundingAdjustment().all())));
            }
            for (LineValuation l : v.lines()) {
                assertEquals(l.exact().rounded(), l.reported());
                assertEquals(l.reported().net(), sum(l.reportedYears().stream().map(YearValue::value).toList())
                        .plus(l.reportedYearsAdjustment().net()));
                assertEquals(l.reported().presentValue(), sum(l.reportedYears().stream().map(YearValue::presentValue)
                        .toList()).plus(l.reportedYearsAdjustment().presentValue()));
            }
        }
    }

    private static Money sum(List<Money> parts) {
        Money s = Money.zero(GBP);
        for (Money m : parts) {
            assertEquals(2, m.amount().scale());
            s = s.plus(m);
        }
        return s;
    }

    @Test
    @Seed(67890)
    void zeroQuantityGivesZero() {
        for (Spec s : specs(67890)) {
            ValuationEngine e = ValuationEngine.of(request(discounting(s)).build());
            CommitmentLine l = line("z", s, b -> CommitmentLine.builder("z", MEASURES.get(s.measure() % 5), BigDecimal.ZERO)
                    .duration(s.measure() % 5 == 1 ? 1 : s.duration()).dropOff(pct(s.dropOff())));
            LineValuation v = e.valueLine(l).orElseThrow();
            assertEquals(0, v.gross().signum());
            assertEquals(0, v.net().signum());
            assertEquals(0, v.presentValue().signum());
        }
    }

    @Test
    @Seed(78901)
    void rebasingThereAndBackReturnsTheAmountInPennies() {
        List<Spec> specs = specs(78901);
        for (Spec s : specs) {
            PriceIndex index = PriceIndex.builder("i", "i", "v")
                    .put(FY12, BigDecimal.valueOf(1 + s.quantityCents() % 20_000, 2))
                    .put(PriceYear.ofFinancial(2023), BigDecimal.valueOf(1 + s.proxyPence() % 30_000, 2))
                    .put(PriceYear.ofFinancial(2024), BigDecimal.valueOf(1 + s.quantityCents() % 30_000, 2))
                    .put(Y2024, BigDecimal.valueOf(1 + s.proxyPence() % 30_000, 2)).build();
            Money amount = Money.of(BigDecimal.valueOf(s.proxyPence(), 2), GBP);
            Money there = index.rebase(amount, FY12, Y2024);
            assertEquals(amount, index.rebase(there, Y2024, FY12).rounded(), s.toString());
        }
    }

    @Test
    void specsAreReproducible() {
        assertEquals(specs(1), specs(1));
        assertEquals(PriceYear.parse("2012-13"), FY12);
    }
}
