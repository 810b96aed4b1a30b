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

        Map<MeasureId, Subtotal> byMeasure = new LinkedHashMap<>();
        List<Integer> measures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (valued[i] > 0) {
                measures.add(i);
            }
        }
        List<Figures> measureExact = measures.stream().map(i -> figures(gross[i], net[i], pv[i])).toList();
        List<Figures> measureReported = allocate(measureExact, totals);
        for (int j = 0; j < measures.size(); j++) {
            byMeasure.put(p.measureId(measures.get(j)), new Subtotal(measureExact.get(j), measureReported.get(j)));
        }
        Map<OutcomeId, Subtotal> byOutcome = group(measures, p.outcomeCount(), p::outcomeOfMeasure, p::outcomeId, totals);
        Map<ThemeId, Subtotal> byTheme = group(measures, p.themeCount(), p::themeOfMeasure, p::themeId, totals);

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

    private <K> Map<K, Subtotal> group(List<Integer> measures, int groups, IntFunction<Integer> groupOf,
                                       IntFunction<K> groupId, Figures totals) {
        BigDecimal[][] s = new BigDecimal[groups][];
        for (int i : measures) {
            int g = groupOf.apply(i);
            if (s[g] == null) {
                s[g] = new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            }
            s[g][0] = s[g][0].add(gross[i]);
            s[g][1] = s[g][1].add(net[i]);
            s[g][2] = s[g][2].add(pv[i]);
        }
        List<Integer> present = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            if (s[g] != null) {
                present.add(g);
            }
        }
        List<Figures> exact = present.stream().map(g -> figures(s[g][0], s[g][1], s[g][2])).toList();
        List<Figures> reported = allocate(exact, totals);
        Map<K, Subtotal> out = new LinkedHashMap<>();
        for (int j = 0; j < present.size(); j++) {
            out.put(groupId.apply(present.get(j)), new Subtotal(exact.get(j), reported.get(j)));
        }
        return out;
    }

    private Figures figures(BigDecimal g, BigDecimal n, BigDecimal v) {
        return new Figures(money(g), money(n), money(v));
    }

    private Money money(BigDecimal v) {
        return Money.of(v, p.currency());
    }

    /** Rounds each figure of the parts so that they add up exactly to the rounded totals. */
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
