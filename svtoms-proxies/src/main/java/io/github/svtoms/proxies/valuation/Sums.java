package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.money.Money;

import io.github.svtoms.proxies.ValueType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Exact running sums per measure and value type (and from them per outcome, per theme and in total), shared
 * by the batch and the streaming paths so that both give the same summary. Memory is proportional to the catalogue,
 * not to the number of lines. Mutable; not thread-safe.
 */
final class Sums {
    private static final ValueType[] TYPES = ValueType.values();

    private final Prepared p;
    /** Exact sums per measure and value type: {@code gross[measure][type.ordinal()]}. */
    private final BigDecimal[][] gross;
    private final BigDecimal[][] net;
    private final BigDecimal[][] pv;
    private final long[][] valued;
    private final BigDecimal[] unvaluedQuantity;
    private final long[] unvalued;
    private long valuedLines;
    private long unvaluedLines;

    Sums(Prepared p) {
        this.p = p;
        int n = p.measureCount();
        gross = zeros(n, TYPES.length);
        net = zeros(n, TYPES.length);
        pv = zeros(n, TYPES.length);
        unvaluedQuantity = zeros(1, n)[0];
        valued = new long[n][TYPES.length];
        unvalued = new long[n];
    }

    private static BigDecimal[][] zeros(int n, int k) {
        BigDecimal[][] a = new BigDecimal[n][k];
        for (BigDecimal[] row : a) {
            Arrays.fill(row, BigDecimal.ZERO);
        }
        return a;
    }

    void addValued(int measure, ValueType type, BigDecimal g, BigDecimal n, BigDecimal v) {
        int t = type.ordinal();
        gross[measure][t] = gross[measure][t].add(g);
        net[measure][t] = net[measure][t].add(n);
        pv[measure][t] = pv[measure][t].add(v);
        valued[measure][t]++;
        valuedLines++;
    }

    /** Adds exact partial sums of {@code lines} valued lines of one measure and value type. */
    void addValuedSums(int measure, ValueType type, BigDecimal g, BigDecimal n, BigDecimal v, long lines) {
        int t = type.ordinal();
        gross[measure][t] = gross[measure][t].add(g);
        net[measure][t] = net[measure][t].add(n);
        pv[measure][t] = pv[measure][t].add(v);
        valued[measure][t] += lines;
        valuedLines += lines;
    }

    /** Adds the exact summed quantity of {@code lines} unvalued lines of one measure. */
    void addUnvaluedSums(int measure, BigDecimal quantity, long lines) {
        unvaluedQuantity[measure] = unvaluedQuantity[measure].add(quantity);
        unvalued[measure] += lines;
        unvaluedLines += lines;
    }

    void addUnvalued(int measure, BigDecimal quantity) {
        unvaluedQuantity[measure] = unvaluedQuantity[measure].add(quantity);
        unvalued[measure]++;
        unvaluedLines++;
    }

    private boolean valued(int measure) {
        for (long c : valued[measure]) {
            if (c > 0) {
                return true;
            }
        }
        return false;
    }

    ValuationSummary summary() {
        int n = p.measureCount();
        List<Integer> measures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (valued(i)) {
                measures.add(i);
            }
        }
        // Exact figures per value type and in all, at every level.
        Figures[][] measureExactT = new Figures[TYPES.length][n];
        Figures[] typeExact = new Figures[TYPES.length];
        for (int t = 0; t < TYPES.length; t++) {
            for (int i : measures) {
                if (valued[i][t] > 0) {
                    measureExactT[t][i] = figures(gross[i][t], net[i][t], pv[i][t]);
                    typeExact[t] = typeExact[t] == null ? measureExactT[t][i] : typeExact[t].plus(measureExactT[t][i]);
                }
            }
        }
        Figures sum = figures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        for (Figures f : typeExact) {
            if (f != null) {
                sum = sum.plus(f);
            }
        }
        Figures exact = sum;
        Figures totals = exact.rounded();
        // The rounded totals are shared among the value types; then, type by type, among themes, each theme's
        // among its outcomes and each outcome's among its measures. A node's reported figures are the sum of
        // its per-type figures, so every level adds up exactly to the level above, in all and per value type.
        Figures[] typeReported = new Figures[TYPES.length];
        allocateInto(present(typeExact), typeExact, totals, typeReported);
        int[] themeOfOutcome = new int[p.outcomeCount()];
        for (int i : measures) {
            themeOfOutcome[p.outcomeOfMeasure(i)] = p.themeOfMeasure(i);
        }
        Figures[][] themeExactT = new Figures[TYPES.length][];
        Figures[][] outcomeExactT = new Figures[TYPES.length][];
        Figures[][] themeReportedT = new Figures[TYPES.length][p.themeCount()];
        Figures[][] outcomeReportedT = new Figures[TYPES.length][p.outcomeCount()];
        Figures[][] measureReportedT = new Figures[TYPES.length][n];
        for (int t = 0; t < TYPES.length; t++) {
            Figures[] mExact = measureExactT[t];
            List<Integer> ms = present(mExact);
            themeExactT[t] = groupSums(ms, mExact, p.themeCount(), p::themeOfMeasure);
            outcomeExactT[t] = groupSums(ms, mExact, p.outcomeCount(), p::outcomeOfMeasure);
            if (typeExact[t] == null) {
                continue;
            }
            allocateInto(present(themeExactT[t]), themeExactT[t], typeReported[t], themeReportedT[t]);
            for (int th : present(themeExactT[t])) {
                List<Integer> outcomes = present(outcomeExactT[t]).stream().filter(o -> themeOfOutcome[o] == th).toList();
                allocateInto(outcomes, outcomeExactT[t], themeReportedT[t][th], outcomeReportedT[t]);
            }
            for (int o : present(outcomeExactT[t])) {
                allocateInto(ms.stream().filter(i -> p.outcomeOfMeasure(i) == o).toList(), mExact,
                        outcomeReportedT[t][o], measureReportedT[t]);
            }
        }
        Map<MeasureId, Subtotal> byMeasure = subtotals(measures, measureExactT, measureReportedT, p::measureId);
        List<Integer> outcomes = new ArrayList<>();
        List<Integer> themes = new ArrayList<>();
        for (int t = 0; t < TYPES.length; t++) {
            present(outcomeExactT[t]).forEach(o -> addOnce(outcomes, o));
            present(themeExactT[t]).forEach(th -> addOnce(themes, th));
        }
        outcomes.sort(null);
        themes.sort(null);
        Map<OutcomeId, Subtotal> byOutcome = subtotals(outcomes, outcomeExactT, outcomeReportedT, p::outcomeId);
        Map<ThemeId, Subtotal> byTheme = subtotals(themes, themeExactT, themeReportedT, p::themeId);

        Map<MeasureId, BigDecimal> unvaluedQ = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (unvalued[i] > 0) {
                unvaluedQ.put(p.measureId(i), unvaluedQuantity[i]);
            }
        }
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            used[i] = valued(i) || unvalued[i] > 0;
        }
        Map<ValueType, Figures> exactByType = new EnumMap<>(ValueType.class);
        Map<ValueType, Figures> reportedByType = new EnumMap<>(ValueType.class);
        for (int t : present(typeExact)) {
            exactByType.put(TYPES[t], typeExact[t]);
            reportedByType.put(TYPES[t], typeReported[t]);
        }
        Optional<BigDecimal> percent = p.contract().map(c -> percent(exact.presentValue().amount(), c.value().amount()));
        Map<ValueType, BigDecimal> percentByType = new EnumMap<>(ValueType.class);
        percent.ifPresent(total -> {
            List<ValueType> types = new ArrayList<>(exactByType.keySet());
            BigDecimal contract = p.contract().orElseThrow().value().amount();
            // The exact shares of each type, allocated (largest remainder) to add up to the total percentage.
            List<BigDecimal> shares = LargestRemainder.allocate(types.stream()
                    .map(t -> exactByType.get(t).presentValue().amount().movePointRight(2)
                            .divide(contract, MathContext.DECIMAL128)).toList(), total, total.scale());
            for (int i = 0; i < types.size(); i++) {
                percentByType.put(types.get(i), shares.get(i));
            }
        });
        return new ValuationSummary(p.currency(), p.priceYear(), exact, totals, exactByType, reportedByType, percent,
                percentByType, byMeasure, byOutcome, byTheme, valuedLines, unvaluedLines, unvaluedQ,
                p.exclusiveGroupWarnings(used));
    }

    /** Exact present value ÷ contract value × 100, 2 dp HALF_EVEN. */
    private static BigDecimal percent(BigDecimal presentValue, BigDecimal contract) {
        return presentValue.movePointRight(2).divide(contract, 2, RoundingMode.HALF_EVEN);
    }

    private static void addOnce(List<Integer> list, int value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private Figures[] groupSums(List<Integer> measures, Figures[] measureFigures, int groups, IntFunction<Integer> groupOf) {
        Figures[] out = new Figures[groups];
        for (int i : measures) {
            int g = groupOf.apply(i);
            out[g] = out[g] == null ? measureFigures[i] : out[g].plus(measureFigures[i]);
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

    /** Subtotals of the entries at {@code indexes}: per value type as allocated, in all as their sums. */
    private <K> Map<K, Subtotal> subtotals(List<Integer> indexes, Figures[][] exactT, Figures[][] reportedT,
                                           IntFunction<K> id) {
        Map<K, Subtotal> out = new LinkedHashMap<>();
        for (int i : indexes) {
            Map<ValueType, Figures> exactByType = new EnumMap<>(ValueType.class);
            Map<ValueType, Figures> reportedByType = new EnumMap<>(ValueType.class);
            Figures exact = null;
            Figures reported = null;
            for (int t = 0; t < TYPES.length; t++) {
                if (exactT[t][i] != null) {
                    exactByType.put(TYPES[t], exactT[t][i]);
                    reportedByType.put(TYPES[t], reportedT[t][i]);
                    exact = exact == null ? exactT[t][i] : exact.plus(exactT[t][i]);
                    reported = reported == null ? reportedT[t][i] : reported.plus(reportedT[t][i]);
                }
            }
            out.put(id.apply(i), new Subtotal(exact, reported, exactByType, reportedByType));
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
