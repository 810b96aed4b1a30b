package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.OverlapFamily;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.ValueType;

import java.math.BigDecimal;
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
 * by the batch and the streaming paths so that both give the same summary. Memory is proportional to the
 * catalogue, not to the number of lines.
 *
 * <p><b>Counting once.</b> The sums are kept apart for lines under the catalogue's counting rules and lines that
 * declare {@link CommitmentLine#countedSeparately()}; each overlap family remembers the measure of its first
 * valued line under the rules. Which measures are left out is decided only in {@link #summary()}, from the
 * per-measure sums: so a part whose whole arrives later in a stream is moved out of the totals exactly as in a
 * batch, and streaming and batch totals are equal.
 *
 * <p><b>Rounding.</b> Each reported figure is its exact sum rounded once, HALF_EVEN; the differences between
 * rounded parts and rounded totals are stated as rounding adjustments, never moved into a part.
 *
 * <p>Mutable; not thread-safe.
 */
final class Sums {
    private static final ValueType[] TYPES = ValueType.values();
    private static final int RULED = 0;
    private static final int SEPARATE = 1;

    private final Prepared p;
    private final CountingRules rules;
    /** Exact sums per kind (under the rules, declared separate), measure and value type: {@code gross[kind][measure][type]}. */
    private final BigDecimal[][][] gross;
    private final BigDecimal[][][] net;
    private final BigDecimal[][][] pv;
    private final long[][][] valued;
    /** Σ (low − central) and Σ (high − central) present value per kind, measure and value type, exact. */
    private final BigDecimal[][][] lowDelta;
    private final BigDecimal[][][] highDelta;
    /** Lines with a range per kind, measure and value type. */
    private final long[][][] ranged;
    private final BigDecimal[] unvaluedQuantity;
    private final long[] unvalued;
    /** The measure of each family's first valued line under the rules, or -1. */
    private final int[] familyFirst;
    private long valuedLines;
    private long unvaluedLines;

    Sums(Prepared p) {
        this.p = p;
        this.rules = p.countingRules();
        int n = p.measureCount();
        gross = new BigDecimal[][][] {zeros(n, TYPES.length), zeros(n, TYPES.length)};
        net = new BigDecimal[][][] {zeros(n, TYPES.length), zeros(n, TYPES.length)};
        pv = new BigDecimal[][][] {zeros(n, TYPES.length), zeros(n, TYPES.length)};
        lowDelta = new BigDecimal[][][] {zeros(n, TYPES.length), zeros(n, TYPES.length)};
        highDelta = new BigDecimal[][][] {zeros(n, TYPES.length), zeros(n, TYPES.length)};
        ranged = new long[2][n][TYPES.length];
        unvaluedQuantity = zeros(1, n)[0];
        valued = new long[2][n][TYPES.length];
        unvalued = new long[n];
        familyFirst = new int[rules.familyCount()];
        Arrays.fill(familyFirst, -1);
    }

    private static BigDecimal[][] zeros(int n, int k) {
        BigDecimal[][] a = new BigDecimal[n][k];
        for (BigDecimal[] row : a) {
            Arrays.fill(row, BigDecimal.ZERO);
        }
        return a;
    }

    void addValued(int measure, ValueType type, BigDecimal g, BigDecimal n, BigDecimal v, boolean separately,
                   BigDecimal low, BigDecimal high) {
        int t = type.ordinal();
        int k = separately ? SEPARATE : RULED;
        if (low != null) {
            lowDelta[k][measure][t] = lowDelta[k][measure][t].add(low.subtract(v));
            highDelta[k][measure][t] = highDelta[k][measure][t].add(high.subtract(v));
            ranged[k][measure][t]++;
        }
        gross[k][measure][t] = gross[k][measure][t].add(g);
        net[k][measure][t] = net[k][measure][t].add(n);
        pv[k][measure][t] = pv[k][measure][t].add(v);
        valued[k][measure][t]++;
        valuedLines++;
        if (!separately) {
            int f = rules.familyOf(measure);
            if (f >= 0 && familyFirst[f] < 0) {
                familyFirst[f] = measure;
            }
        }
    }

    /**
     * Adds exact partial sums of {@code lines} valued lines of one measure and value type, all under the counting
     * rules (none declared separately); an overlap family is counted under the measure of the first partial sum
     * given for it.
     */
    void addValuedSums(int measure, ValueType type, BigDecimal g, BigDecimal n, BigDecimal v, long lines) {
        int t = type.ordinal();
        gross[RULED][measure][t] = gross[RULED][measure][t].add(g);
        net[RULED][measure][t] = net[RULED][measure][t].add(n);
        pv[RULED][measure][t] = pv[RULED][measure][t].add(v);
        valued[RULED][measure][t] += lines;
        valuedLines += lines;
        int f = rules.familyOf(measure);
        if (lines > 0 && f >= 0 && familyFirst[f] < 0) {
            familyFirst[f] = measure;
        }
    }

    /** Adds the exact range deltas (Σ low − central, Σ high − central) of partial sums under the counting rules. */
    void addRangeSums(int measure, ValueType type, BigDecimal low, BigDecimal high, long lines) {
        int t = type.ordinal();
        lowDelta[RULED][measure][t] = lowDelta[RULED][measure][t].add(low);
        highDelta[RULED][measure][t] = highDelta[RULED][measure][t].add(high);
        ranged[RULED][measure][t] += lines;
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

    private long lines(int kind, int measure) {
        long c = 0;
        for (long x : valued[kind][measure]) {
            c += x;
        }
        return c;
    }

    private boolean anyValued(int measure) {
        return lines(RULED, measure) > 0 || lines(SEPARATE, measure) > 0;
    }

    /** Why the rules leave a measure's lines out, or null when they count. */
    private LeftOut leftOut(int m) {
        if (lines(RULED, m) == 0) {
            return null;
        }
        int f = rules.familyOf(m);
        if (f >= 0 && familyFirst[f] != m) {
            OverlapFamily fam = rules.family(f);
            return new LeftOut(familyFirst[f], LeftOutMeasure.Rule.OVERLAP_FAMILY, "'" + p.measureId(m)
                    + "' counts the same outcome as '" + p.measureId(familyFirst[f]) + "', which came first in the request"
                    + " (overlap family '" + fam.id() + "': " + fam.reason() + ")");
        }
        int[] wholes = rules.wholes(m);
        for (int k = 0; k < wholes.length; k++) {
            if (anyValued(wholes[k])) {
                return new LeftOut(wholes[k], LeftOutMeasure.Rule.PART_OF, "'" + p.measureId(m) + "' is counted inside '"
                        + p.measureId(wholes[k]) + "', which has a valued line (" + rules.wholeReason(m, k) + ")");
            }
        }
        return null;
    }

    private record LeftOut(int countedUnder, LeftOutMeasure.Rule rule, String reason) {
    }

    ValuationSummary summary() {
        int n = p.measureCount();
        LeftOut[] left = new LeftOut[n];
        // counted sums per measure and type: under the rules unless left out, plus those declared separate
        BigDecimal[][] cg = new BigDecimal[n][];
        BigDecimal[][] cn = new BigDecimal[n][];
        BigDecimal[][] cv = new BigDecimal[n][];
        long[][] cc = new long[n][TYPES.length];
        List<Integer> measures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            left[i] = leftOut(i);
            boolean ruled = left[i] == null;
            cg[i] = new BigDecimal[TYPES.length];
            cn[i] = new BigDecimal[TYPES.length];
            cv[i] = new BigDecimal[TYPES.length];
            long count = 0;
            for (int t = 0; t < TYPES.length; t++) {
                cg[i][t] = ruled ? gross[RULED][i][t].add(gross[SEPARATE][i][t]) : gross[SEPARATE][i][t];
                cn[i][t] = ruled ? net[RULED][i][t].add(net[SEPARATE][i][t]) : net[SEPARATE][i][t];
                cv[i][t] = ruled ? pv[RULED][i][t].add(pv[SEPARATE][i][t]) : pv[SEPARATE][i][t];
                cc[i][t] = (ruled ? valued[RULED][i][t] : 0) + valued[SEPARATE][i][t];
                count += cc[i][t];
            }
            if (count > 0) {
                measures.add(i);
            }
        }
        // Exact figures per value type and in all, at every level.
        Figures[][] measureExactT = new Figures[TYPES.length][n];
        Figures[] typeExact = new Figures[TYPES.length];
        for (int t = 0; t < TYPES.length; t++) {
            for (int i : measures) {
                if (cc[i][t] > 0) {
                    measureExactT[t][i] = figures(cg[i][t], cn[i][t], cv[i][t]);
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
        Map<ValueType, Figures> exactByType = new EnumMap<>(ValueType.class);
        for (int t : present(typeExact)) {
            exactByType.put(TYPES[t], typeExact[t]);
        }
        Figures zero = Figures.zero(p.currency());
        Subtotal all = exactByType.isEmpty() ? new Subtotal(exact, exact.rounded(), Map.of(), Map.of(), zero)
                : Subtotal.of(exact, exactByType);
        Figures totals = all.reported();

        Figures[][] themeExactT = new Figures[TYPES.length][];
        Figures[][] outcomeExactT = new Figures[TYPES.length][];
        for (int t = 0; t < TYPES.length; t++) {
            List<Integer> ms = present(measureExactT[t]);
            themeExactT[t] = groupSums(ms, measureExactT[t], p.themeCount(), p::themeOfMeasure);
            outcomeExactT[t] = groupSums(ms, measureExactT[t], p.outcomeCount(), p::outcomeOfMeasure);
        }
        Map<MeasureId, Subtotal> byMeasure = subtotals(measures, measureExactT, p::measureId);
        List<Integer> outcomes = new ArrayList<>();
        List<Integer> themes = new ArrayList<>();
        for (int t = 0; t < TYPES.length; t++) {
            present(outcomeExactT[t]).forEach(o -> addOnce(outcomes, o));
            present(themeExactT[t]).forEach(th -> addOnce(themes, th));
        }
        outcomes.sort(null);
        themes.sort(null);
        Map<OutcomeId, Subtotal> byOutcome = subtotals(outcomes, outcomeExactT, p::outcomeId);
        Map<ThemeId, Subtotal> byTheme = subtotals(themes, themeExactT, p::themeId);

        Map<MeasureId, BigDecimal> unvaluedQ = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (unvalued[i] > 0) {
                unvaluedQ.put(p.measureId(i), unvaluedQuantity[i]);
            }
        }
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            used[i] = anyValued(i) || unvalued[i] > 0;
        }
        Map<MeasureId, LeftOutMeasure> leftOut = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (left[i] != null) {
                Map<ValueType, Figures> byType = new EnumMap<>(ValueType.class);
                Figures leftSum = null;
                for (int t = 0; t < TYPES.length; t++) {
                    if (valued[RULED][i][t] > 0) {
                        Figures f = figures(gross[RULED][i][t], net[RULED][i][t], pv[RULED][i][t]);
                        byType.put(TYPES[t], f);
                        leftSum = leftSum == null ? f : leftSum.plus(f);
                    }
                }
                leftOut.put(p.measureId(i), new LeftOutMeasure(p.measureId(i), p.measureId(left[i].countedUnder()),
                        left[i].rule(), left[i].reason(), lines(RULED, i), Subtotal.of(leftSum, byType)));
            }
        }
        List<ValuationWarning> warnings = new ArrayList<>(p.exclusiveGroupWarnings(used, leftOut));
        leftOut.values().forEach(l -> warnings.add(new ValuationWarning(ValuationWarning.Kind.COUNTED_ONCE,
                List.of(l.measure(), l.countedUnder()), l.lines() + (l.lines() == 1 ? " line" : " lines") + " under '"
                + l.measure() + "' valued but left out of the totals, counted under '" + l.countedUnder() + "': "
                + l.reason())));

        // the range: the counted present value plus the counted lines' (low − central) and (high − central)
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = BigDecimal.ZERO;
        long rangedLines = 0;
        Map<ValueType, PresentValueRange> rangeByType = new EnumMap<>(ValueType.class);
        for (int t = 0; t < TYPES.length; t++) {
            BigDecimal tl = BigDecimal.ZERO;
            BigDecimal th = BigDecimal.ZERO;
            long tr = 0;
            for (int i : measures) {
                for (int k = RULED; k <= SEPARATE; k++) {
                    if (k == SEPARATE || left[i] == null) {
                        tl = tl.add(lowDelta[k][i][t]);
                        th = th.add(highDelta[k][i][t]);
                        tr += ranged[k][i][t];
                    }
                }
            }
            if (tr > 0) {
                Money c = typeExact[t].presentValue();
                rangeByType.put(TYPES[t], new PresentValueRange(c.plus(money(tl)), c, c.plus(money(th))).rounded());
            }
            lo = lo.add(tl);
            hi = hi.add(th);
            rangedLines += tr;
        }
        Optional<PresentValueRange> range = rangedLines == 0 ? Optional.empty() : Optional.of(new PresentValueRange(
                exact.presentValue().plus(money(lo)), exact.presentValue(), exact.presentValue().plus(money(hi))).rounded());

        Optional<BigDecimal> percent = p.contract().map(c -> percent(exact.presentValue().amount(), c.value().amount()));
        Map<ValueType, BigDecimal> percentByType = new EnumMap<>(ValueType.class);
        BigDecimal percentAdjustment = BigDecimal.ZERO.setScale(2);
        if (percent.isPresent()) {
            BigDecimal contract = p.contract().orElseThrow().value().amount();
            percentAdjustment = percent.get();
            for (Map.Entry<ValueType, Figures> e : exactByType.entrySet()) {
                BigDecimal share = percent(e.getValue().presentValue().amount(), contract);
                percentByType.put(e.getKey(), share);
                percentAdjustment = percentAdjustment.subtract(share);
            }
        }
        return new ValuationSummary(p.currency(), p.priceYear(), exact, totals, exactByType, all.byValueType(), percent,
                percentByType, byMeasure, byOutcome, byTheme, valuedLines, unvaluedLines, unvaluedQ, warnings,
                all.roundingAdjustment(), percentAdjustment, adjustment(all, byMeasure), adjustment(all, byOutcome),
                adjustment(all, byTheme), leftOut, range, rangeByType,
                nested(byTheme, byOutcome, o -> p.themeOfOutcome(p.outcomeIndex(o)), p::themeId),
                nested(byOutcome, byMeasure, m -> p.outcomeOfMeasure(p.indexOf(m)), p::outcomeId));
    }

    /** The totals minus the sum of a breakdown's entries, in all and per value type. */
    private static RoundingAdjustment adjustment(Subtotal all, Map<?, Subtotal> entries) {
        return RoundingAdjustment.of(all.reported(), all.byValueType(),
                entries.values().stream().map(Subtotal::reported).toList(),
                entries.values().stream().map(Subtotal::byValueType).toList());
    }

    /**
     * Per parent entry (a theme, an outcome), the parent's reported figures minus the sum of its children's (its
     * outcomes, its measures), in all and per value type; only parents whose children do not add up exactly.
     */
    private static <P, C> Map<P, RoundingAdjustment> nested(Map<P, Subtotal> parents, Map<C, Subtotal> children,
                                                            java.util.function.ToIntFunction<C> parentIndexOf,
                                                            IntFunction<P> parentId) {
        Map<P, List<Subtotal>> grouped = new LinkedHashMap<>();
        children.forEach((c, sub) -> grouped.computeIfAbsent(parentId.apply(parentIndexOf.applyAsInt(c)),
                k -> new ArrayList<>()).add(sub));
        Map<P, RoundingAdjustment> out = new LinkedHashMap<>();
        parents.forEach((id, parent) -> {
            List<Subtotal> kids = grouped.getOrDefault(id, List.of());
            RoundingAdjustment a = RoundingAdjustment.of(parent.reported(), parent.byValueType(),
                    kids.stream().map(Subtotal::reported).toList(), kids.stream().map(Subtotal::byValueType).toList());
            if (!a.isZero()) {
                out.put(id, a);
            }
        });
        return out;
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

    /** Subtotals of the entries at {@code indexes}: each figure its exact sum rounded once. */
    private <K> Map<K, Subtotal> subtotals(List<Integer> indexes, Figures[][] exactT, IntFunction<K> id) {
        Map<K, Subtotal> out = new LinkedHashMap<>();
        for (int i : indexes) {
            Map<ValueType, Figures> exactByType = new EnumMap<>(ValueType.class);
            Figures exact = null;
            for (int t = 0; t < TYPES.length; t++) {
                if (exactT[t][i] != null) {
                    exactByType.put(TYPES[t], exactT[t][i]);
                    exact = exact == null ? exactT[t][i] : exact.plus(exactT[t][i]);
                }
            }
            out.put(id.apply(i), Subtotal.of(exact, exactByType));
        }
        return out;
    }

    private Figures figures(BigDecimal g, BigDecimal n, BigDecimal v) {
        return new Figures(money(g), money(n), money(v));
    }

    private Money money(BigDecimal v) {
        return Money.of(v, p.currency());
    }
}
