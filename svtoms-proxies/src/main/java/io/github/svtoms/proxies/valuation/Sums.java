package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Exact running sums per measure (and from them per outcome, per theme and in total), shared by the batch
 * and the streaming paths so that both give the same summary. Memory is proportional to the catalogue,
 * not to the number of lines. Mutable; not thread-safe.
 */
final class Sums {
    private final Prepared p;
    private final BigDecimal[] gross;
    private final BigDecimal[] net;
    private final BigDecimal[] pv;
    private final long[] valued;
    private final BigDecimal[] unvaluedQuantity;
    private final long[] unvalued;
    private long valuedLines;
    private long unvaluedLines;

    Sums(Prepared p) {
        this.p = p;
        int n = p.measureCount();
        gross = zeros(n);
        net = zeros(n);
        pv = zeros(n);
        unvaluedQuantity = zeros(n);
        valued = new long[n];
        unvalued = new long[n];
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    void addValued(int measure, BigDecimal g, BigDecimal n, BigDecimal v) {
        gross[measure] = gross[measure].add(g);
        net[measure] = net[measure].add(n);
        pv[measure] = pv[measure].add(v);
        valued[measure]++;
        valuedLines++;
    }

    void addUnvalued(int measure, BigDecimal quantity) {
        unvaluedQuantity[measure] = unvaluedQuantity[measure].add(quantity);
        unvalued[measure]++;
        unvaluedLines++;
    }

    ValuationSummary summary() {
        int n = p.measureCount();
        BigDecimal tg = BigDecimal.ZERO;
        BigDecimal tn = BigDecimal.ZERO;
        BigDecimal tp = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            tg = tg.add(gross[i]);
            tn = tn.add(net[i]);
            tp = tp.add(pv[i]);
        }
        Figures exact = new Figures(money(tg), money(tn), money(tp));
        Figures totals = exact.rounded();

        List<Integer> measures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (valued[i] > 0) {
                measures.add(i);
            }
        }
        // Hierarchical allocation: themes share the rounded totals, each theme's outcomes share the theme's
        // rounded figures, each outcome's measures share the outcome's; so every level adds up exactly to
        // the level above and a theme served by one measure shows that measure's figures to the penny.
        Figures[] outcomeExact = groupSums(measures, p.outcomeCount(), p::outcomeOfMeasure);
        Figures[] themeExact = groupSums(measures, p.themeCount(), p::themeOfMeasure);
        int[] themeOfOutcome = new int[p.outcomeCount()];
        for (int i : measures) {
            themeOfOutcome[p.outcomeOfMeasure(i)] = p.themeOfMeasure(i);
        }
        Figures[] themeReported = new Figures[p.themeCount()];
        allocateInto(present(themeExact), themeExact, totals, themeReported);
        Figures[] outcomeReported = new Figures[p.outcomeCount()];
        for (int t = 0; t < themeExact.length; t++) {
            if (themeExact[t] != null) {
                int theme = t;
                List<Integer> outcomes = present(outcomeExact).stream().filter(o -> themeOfOutcome[o] == theme).toList();
                allocateInto(outcomes, outcomeExact, themeReported[t], outcomeReported);
            }
        }
        Figures[] measureExact = new Figures[n];
        for (int i : measures) {
            measureExact[i] = figures(gross[i], net[i], pv[i]);
        }
        Figures[] measureReported = new Figures[n];
        for (int o = 0; o < outcomeExact.length; o++) {
            if (outcomeExact[o] != null) {
                int outcome = o;
                allocateInto(measures.stream().filter(i -> p.outcomeOfMeasure(i) == outcome).toList(), measureExact,
                        outcomeReported[o], measureReported);
            }
        }
        Map<MeasureId, Subtotal> byMeasure = subtotals(measures, measureExact, measureReported, p::measureId);
        Map<OutcomeId, Subtotal> byOutcome = subtotals(present(outcomeExact), outcomeExact, outcomeReported,
                p::outcomeId);
        Map<ThemeId, Subtotal> byTheme = subtotals(present(themeExact), themeExact, themeReported, p::themeId);

        Map<MeasureId, BigDecimal> unvaluedQ = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (unvalued[i] > 0) {
                unvaluedQ.put(p.measureId(i), unvaluedQuantity[i]);
            }
        }
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            used[i] = valued[i] > 0 || unvalued[i] > 0;
        }
        BigDecimal totalPv = tp;
        Optional<BigDecimal> percent = p.contract().map(c -> totalPv.movePointRight(2)
                .divide(c.value().amount(), 2, RoundingMode.HALF_EVEN));
        return new ValuationSummary(p.currency(), p.priceYear(), exact, totals, percent, byMeasure, byOutcome, byTheme,
                valuedLines, unvaluedLines, unvaluedQ, p.exclusiveGroupWarnings(used));
    }

    private Figures[] groupSums(List<Integer> measures, int groups, IntFunction<Integer> groupOf) {
        BigDecimal[][] sum = new BigDecimal[groups][];
        for (int i : measures) {
            int g = groupOf.apply(i);
            if (sum[g] == null) {
                sum[g] = new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            }
            sum[g][0] = sum[g][0].add(gross[i]);
            sum[g][1] = sum[g][1].add(net[i]);
            sum[g][2] = sum[g][2].add(pv[i]);
        }
        Figures[] out = new Figures[groups];
        for (int g = 0; g < groups; g++) {
            if (sum[g] != null) {
                out[g] = figures(sum[g][0], sum[g][1], sum[g][2]);
            }
        }
        return out;
    }

    private static List<Integer> present(Figures[] figures) {
        List<Integer> out = new ArrayList<>();
        for (int g = 0; g < figures.length; g++) {
            if (figures[g] != null) {
                out.add(g);
            }
        }
        return out;
    }

    /** Allocates {@code target} over the parts at {@code indexes} of {@code exact}, writing into {@code into}. */
    private static void allocateInto(List<Integer> indexes, Figures[] exact, Figures target, Figures[] into) {
        List<Figures> reported = allocate(indexes.stream().map(i -> exact[i]).toList(), target);
        for (int j = 0; j < indexes.size(); j++) {
            into[indexes.get(j)] = reported.get(j);
        }
    }

    private static <K> Map<K, Subtotal> subtotals(List<Integer> indexes, Figures[] exact, Figures[] reported,
                                                   IntFunction<K> id) {
        Map<K, Subtotal> out = new LinkedHashMap<>();
        for (int i : indexes) {
            out.put(id.apply(i), new Subtotal(exact[i], reported[i]));
        }
        return out;
    }

    private Figures figures(BigDecimal g, BigDecimal n, BigDecimal v) {
        return new Figures(money(g), money(n), money(v));
    }

    private Money money(BigDecimal v) {
        return Money.of(v, p.currency());
    }

    /** Rounds each figure of the parts so that they add up exactly to the given (rounded) target figures. */
    static List<Figures> allocate(List<Figures> exact, Figures totals) {
        if (exact.isEmpty()) {
            return List.of();
        }
        var c = totals.currency();
        int scale = totals.gross().amount().scale();
        List<BigDecimal> g = LargestRemainder.allocate(exact.stream().map(f -> f.gross().amount()).toList(),
                totals.gross().amount(), scale);
        List<BigDecimal> n = LargestRemainder.allocate(exact.stream().map(f -> f.net().amount()).toList(),
                totals.net().amount(), scale);
        List<BigDecimal> v = LargestRemainder.allocate(exact.stream().map(f -> f.presentValue().amount()).toList(),
                totals.presentValue().amount(), scale);
        List<Figures> out = new ArrayList<>(exact.size());
        for (int i = 0; i < exact.size(); i++) {
            out.add(new Figures(Money.of(g.get(i), c), Money.of(n.get(i), c), Money.of(v.get(i), c)));
        }
        return out;
    }
}
