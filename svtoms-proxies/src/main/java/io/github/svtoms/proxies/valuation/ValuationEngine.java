package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.proxies.valuation.LineRejectedException.Rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Values commitment lines under one request's settings. {@link #of(ValuationRequest)} computes once what
 * every line shares (discount factors, rebasing ratios, each measure's rebased proxy, catalogue indices);
 * each line then costs a few {@link java.math.BigDecimal} multiplications per benefit year.
 *
 * <p>Errors: {@link LineRejectedException} for an unknown measure, a first-year-only measure over more
 * than one year, a line beyond the discount schedule's horizon, a proxy in another currency or that cannot
 * be rebased, a repeated line id. A batch ({@link #value(List)}) checks every line and reports every
 * problem at once, each a {@link LineProblem} naming the line and the rule; a single line
 * ({@link #valueLine}) or a stream ({@link #accumulator()}) reports every problem of the first line that
 * has any. A measure with no proxy is not an error: the line is reported as {@link UnvaluedLine unvalued}.
 *
 * <p><b>Counting once.</b> The catalogue's counting rules decide which valued lines enter the totals:
 * <ul>
 * <li>an {@linkplain io.github.svtoms.core.catalogue.OverlapFamily overlap family} is counted under the measure
 *     of its first valued line in request order: every line of that measure counts (two lines of one measure
 *     count different things), lines of the family's other measures are left out;</li>
 * <li>a {@linkplain io.github.svtoms.core.catalogue.PartOf part} is left out when its whole (or a whole of its
 *     whole) has a valued line anywhere in the request — before or after it;</li>
 * <li>a line that declares {@link CommitmentLine#countedSeparately()} (with its evidence) always counts, and
 *     does not make its measure the family's first.</li>
 * </ul>
 * The family rule is applied first. Unvalued lines add nothing to any total and are never left out. A left-out
 * line is still valued and shown ({@link Valuation#doubleCounted()}); its measure's figures are in
 * {@link ValuationSummary#leftOut()}, and a {@link ValuationWarning.Kind#COUNTED_ONCE} warning names it. The
 * streaming {@link ValuationAccumulator} keeps its sums per measure and decides only when asked for the
 * summary, so a whole arriving after its part moves the part out exactly as a batch does: the totals are equal.
 *
 * <p><b>Rounding.</b> A line's reported figures are its exact figures rounded HALF_EVEN — the results its
 * derivation states; totals and breakdown entries are their exact sums rounded once; where rounded parts do not
 * add up to a rounded total, the difference is a stated {@link RoundingAdjustment}, never a changed part.
 *
 * <p>Immutable and thread-safe: one engine may value many batches or feed many accumulators at once.
 */
public final class ValuationEngine {
    private final Prepared prepared;

    /** A valued line waiting for its reported figures. */
    private record Pending(CommitmentLine line, int measure, Prepared.Resolved proxy, LineMath math) {
    }

    private ValuationEngine(ValuationRequest request) {
        this.prepared = new Prepared(request);
    }

    /**
     * Prepares an engine for a request's settings (its lines, if any, are valued by {@link #value()}).
     *
     * @param request the request
     * @return the engine
     */
    public static ValuationEngine of(ValuationRequest request) {
        return new ValuationEngine(Checks.notNull(request, "request"));
    }

    /**
     * Values a request: {@code ValuationEngine.of(request).value()}.
     *
     * @param request the request
     * @return the valuation
     * @throws LineRejectedException listing every problem of every line that breaks a rule
     */
    public static Valuation value(ValuationRequest request) {
        return of(request).value();
    }

    /** @return the request the engine was prepared for */
    public ValuationRequest request() {
        return prepared.request();
    }

    /**
     * Values the request's lines.
     *
     * @return the valuation
     * @throws LineRejectedException listing every problem of every line that breaks a rule
     */
    public Valuation value() {
        return value(prepared.request().lines());
    }

    /**
     * Values lines under this engine's settings. Every line is checked against every rule, and every
     * problem is reported at once: a valuation is returned only when no line breaks a rule.
     *
     * @param lines the lines, ids unique
     * @return the valuation
     * @throws LineRejectedException listing every problem of every line that breaks a rule, in line order
     */
    public Valuation value(List<CommitmentLine> lines) {
        Checks.notNull(lines, "lines");
        Set<String> ids = new HashSet<>();
        Problems problems = new Problems();
        Sums sums = new Sums(prepared);
        int n = lines.size();
        List<Pending> valued = new ArrayList<>(n);
        List<Figures> exact = new ArrayList<>(n);
        List<UnvaluedLine> unvalued = new ArrayList<>();
        for (CommitmentLine l : lines) {
            if (!ids.add(Checks.notNull(l, "line").id())) {
                problems.add(l.id(), Rule.DUPLICATE_ID, "line '" + l.id()
                        + "': duplicate line id (ids must be unique within a request)");
            }
            int m = prepared.measureOf(l, problems);
            if (m < 0) {
                continue;
            }
            Prepared.Resolved proxy = prepared.prepare(l, m, problems);
            if (problems.size() > 0) {
                continue; // nothing is valued once a problem is found: the rest are only checked
            }
            if (proxy == null) {
                unvalued.add(new UnvaluedLine(l.id(), l.measure(), l.quantity(), prepared.measure(m).unit(),
                        prepared.unvaluedReason(l)));
                sums.addUnvalued(m, l.quantity());
                continue;
            }
            LineMath math = new LineMath();
            math.compute(prepared, l, proxy, false);
            valued.add(new Pending(l, m, proxy, math));
            exact.add(LineValuation.exactFigures(prepared, math));
            sums.addValued(m, proxy.proxy().valueType(), math.gross, math.net, math.presentValue,
                    l.countedSeparately().isPresent(), math.lowPresentValue, math.highPresentValue);
        }
        problems.throwIfAny();
        ValuationSummary summary = sums.summary();
        List<LineValuation> lines2 = new ArrayList<>(valued.size());
        for (int i = 0; i < valued.size(); i++) {
            Pending v = valued.get(i);
            // reported = the exact figures rounded once (HALF_EVEN): the derivation's results
            lines2.add(new LineValuation(prepared, v.line(), v.measure(), v.proxy(), v.math(), exact.get(i), null));
        }
        return new Valuation(lines2, unvalued, summary);
    }

    /**
     * Values one line on its own; its reported figures are its exact ones rounded HALF_EVEN, as in a batch.
     *
     * @param line the line
     * @return the valuation, or empty when the line's measure has no proxy
     * @throws LineRejectedException listing every rule the line breaks
     */
    public Optional<LineValuation> valueLine(CommitmentLine line) {
        Checks.notNull(line, "line");
        Problems problems = new Problems();
        int m = prepared.measureOf(line, problems);
        Prepared.Resolved proxy = m < 0 ? null : prepared.prepare(line, m, problems);
        problems.throwIfAny();
        if (proxy == null) {
            return Optional.empty();
        }
        LineMath math = new LineMath();
        math.compute(prepared, line, proxy, false);
        return Optional.of(new LineValuation(prepared, line, m, proxy, math, LineValuation.exactFigures(prepared, math),
                null));
    }

    /**
     * A new accumulator for streaming lines into totals and breakdowns without holding them.
     *
     * @return the accumulator (not thread-safe; one per thread)
     */
    public ValuationAccumulator accumulator() {
        return new ValuationAccumulator(prepared);
    }

    /**
     * Streams lines into a summary: {@code accumulator().addAll(lines).summary()}. Line ids are not checked
     * for uniqueness (that would hold every id in memory).
     *
     * @param lines the lines
     * @return the summary
     * @throws LineRejectedException listing every rule broken by the first line that breaks any (streaming
     *         stops there)
     */
    public ValuationSummary summarise(Stream<CommitmentLine> lines) {
        return accumulator().addAll(lines).summary();
    }
}
