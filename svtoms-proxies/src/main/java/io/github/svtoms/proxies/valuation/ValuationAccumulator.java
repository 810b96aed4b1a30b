package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.ValueType;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Values lines one by one into exact running sums per measure (and so per outcome, per theme and in
 * total), counts of valued and unvalued lines and the exclusive-group warnings, without holding the
 * lines: memory is proportional to the catalogue, so tens of millions of lines fit in a small heap.
 * {@link #summary()} equals the {@link Valuation#summary()} of a batch valuation of the same lines.
 *
 * <p><b>Counting once in a stream.</b> The lines come in order, and a part's whole may come after the part. The
 * accumulator therefore keeps its sums per measure (lines under the counting rules apart from lines declared
 * {@link CommitmentLine#countedSeparately() counted separately}) and remembers each overlap family's first
 * measure; which measures are left out is decided by {@link #summary()}, from everything added so far. A part's
 * contribution is thus moved out of the totals when its whole arrives, and the totals always equal those of a
 * batch valuation of the same lines in the same order ({@link ValuationSummary#leftOut()} lists what was left
 * out). Memory stays proportional to the catalogue.
 *
 * <p>Line ids are not checked for uniqueness (that would hold every id); a line that breaks another rule
 * throws {@link LineRejectedException} with every problem of that line and leaves the sums as they were
 * before it.
 *
 * <p><b>Mutable and not thread-safe</b>: use one accumulator per thread; the {@link ValuationEngine} that
 * made it may be shared.
 */
public final class ValuationAccumulator {
    private final Prepared prepared;
    private final Sums sums;
    private final LineMath math = new LineMath();
    private final Problems problems = new Problems();

    ValuationAccumulator(Prepared prepared) {
        this.prepared = prepared;
        this.sums = new Sums(prepared);
    }

    /**
     * Values a line and adds it to the sums.
     *
     * @param line the line
     * @return this accumulator
     * @throws LineRejectedException listing every rule the line breaks
     */
    public ValuationAccumulator add(CommitmentLine line) {
        Checks.notNull(line, "line");
        int m = prepared.measureOf(line, problems);
        Prepared.Resolved proxy = m < 0 ? null : prepared.prepare(line, m, problems);
        problems.throwIfAny();
        if (proxy == null) {
            sums.addUnvalued(m, line.quantity());
        } else {
            math.compute(prepared, line, proxy, false);
            sums.addValued(m, proxy.proxy().valueType(), math.gross, math.net, math.presentValue,
                    line.countedSeparately().isPresent(), math.lowPresentValue, math.highPresentValue);
        }
        return this;
    }

    /**
     * Adds a line that the engine which made this accumulator has valued ({@link ValuationEngine#valueLine}),
     * without valuing it again: the same sums as {@link #add(CommitmentLine) add(valued.line())}. For a
     * streaming valuation that also writes each line's figures (values in one thread, adds in another).
     *
     * @param valued the line's valuation
     * @return this accumulator
     * @throws InvalidValueException when another engine valued the line (its settings may differ)
     */
    public ValuationAccumulator add(LineValuation valued) {
        Checks.notNull(valued, "valued line");
        if (!valued.valuedUnder(prepared)) {
            throw new InvalidValueException("line '" + valued.id() + "' was valued by another engine: add the line "
                    + "itself, or value it with this accumulator's engine");
        }
        int m = prepared.measureOf(valued.line(), problems);
        problems.throwIfAny();
        var range = valued.presentValueRange();
        sums.addValued(m, valued.proxy().valueType(), valued.gross().amount(), valued.net().amount(),
                valued.presentValue().amount(), valued.line().countedSeparately().isPresent(),
                range.map(r -> r.low().amount()).orElse(null), range.map(r -> r.high().amount()).orElse(null));
        return this;
    }

    /**
     * Adds exact partial sums of valued lines computed elsewhere: the sums of the exact figures
     * ({@link LineValuation#gross()}, {@link LineValuation#net()}, {@link LineValuation#presentValue()}) of
     * {@code lines} lines of one measure and value type, valued by an engine of the same settings as this
     * accumulator's (for example on another machine, from the same request). Adding the partial sums of every
     * part of a set of lines gives the same {@link #summary()} as adding the lines themselves, because the
     * sums are exact and the summary rounds only at the end. The figures cannot be checked against lines
     * that are not here: the caller answers for them being such sums.
     *
     * <p>Counting once: partial sums are of lines under the catalogue's counting rules (none declaring
     * {@link CommitmentLine#countedSeparately()}); a part is left out when its whole has lines, as for lines, and
     * an overlap family is counted under the measure whose partial sum is added first — give the partial sums in
     * the order of each measure's first line to match a stream of the lines.
     *
     * @param measure the measure, in this accumulator's catalogue
     * @param type the value type of the lines' proxies
     * @param gross the exact sum of the lines' gross values
     * @param net the exact sum of their net values
     * @param presentValue the exact sum of their present values
     * @param lines how many lines, at least 1
     * @return this accumulator
     * @throws InvalidValueException when the measure is not in the catalogue or {@code lines} is below 1
     */
    public ValuationAccumulator addValuedSums(MeasureId measure, ValueType type, BigDecimal gross, BigDecimal net,
                                              BigDecimal presentValue, long lines) {
        int m = index(measure, lines);
        sums.addValuedSums(m, Checks.notNull(type, "value type"), Checks.notNull(gross, "gross"),
                Checks.notNull(net, "net"), Checks.notNull(presentValue, "present value"), lines);
        return this;
    }

    /**
     * {@link #addValuedSums(MeasureId, ValueType, BigDecimal, BigDecimal, BigDecimal, long)} with the lines' present
     * value range: {@code low} and {@code high} are the exact sums over the lines of each line's low and high present
     * value ({@link LineValuation#presentValueRange()}), a line without a range counting at its present value in
     * both; {@code rangedLines} is how many of the lines have a range.
     *
     * @param measure the measure, in this accumulator's catalogue
     * @param type the value type of the lines' proxies
     * @param gross the exact sum of the lines' gross values
     * @param net the exact sum of their net values
     * @param presentValue the exact sum of their present values
     * @param lines how many lines, at least 1
     * @param low the exact sum of their low present values
     * @param high the exact sum of their high present values
     * @param rangedLines how many of them have a range, 0 to {@code lines}
     * @return this accumulator
     * @throws InvalidValueException when the measure is not in the catalogue, {@code lines} is below 1 or
     *         {@code rangedLines} outside 0..lines
     */
    public ValuationAccumulator addValuedSums(MeasureId measure, ValueType type, BigDecimal gross, BigDecimal net,
                                              BigDecimal presentValue, long lines, BigDecimal low, BigDecimal high,
                                              long rangedLines) {
        addValuedSums(measure, type, gross, net, presentValue, lines);
        if (rangedLines < 0 || rangedLines > lines) {
            throw new InvalidValueException("ranged lines " + rangedLines + " must be between 0 and the lines " + lines);
        }
        sums.addRangeSums(index(measure, lines), type, Checks.notNull(low, "low present value").subtract(presentValue),
                Checks.notNull(high, "high present value").subtract(presentValue), rangedLines);
        return this;
    }

    /**
     * Adds the exact summed quantity of unvalued lines (lines whose measure has no proxy) computed elsewhere, as
     * {@link #addValuedSums} does for valued lines: the same {@link #summary()} as adding the lines themselves.
     *
     * @param measure the measure, in this accumulator's catalogue
     * @param quantity the exact sum of the lines' quantities
     * @param lines how many lines, at least 1
     * @return this accumulator
     * @throws InvalidValueException when the measure is not in the catalogue or {@code lines} is below 1
     */
    public ValuationAccumulator addUnvaluedSums(MeasureId measure, BigDecimal quantity, long lines) {
        int m = index(measure, lines);
        sums.addUnvaluedSums(m, Checks.notNull(quantity, "quantity"), lines);
        return this;
    }

    private int index(MeasureId measure, long lines) {
        int m = prepared.indexOf(Checks.notNull(measure, "measure"));
        if (m < 0) {
            throw new InvalidValueException("unknown measure '" + measure + "' (not in the catalogue)");
        }
        if (lines < 1) {
            throw new InvalidValueException("partial sums of " + lines + " lines of measure '" + measure
                    + "': at least 1 line");
        }
        return m;
    }

    /**
     * Adds every line of an iterator, in order.
     *
     * @param lines the lines
     * @return this accumulator
     */
    public ValuationAccumulator addAll(Iterator<CommitmentLine> lines) {
        Checks.notNull(lines, "lines").forEachRemaining(this::add);
        return this;
    }

    /**
     * Adds every line of a stream, in encounter order (the stream is consumed sequentially).
     *
     * @param lines the lines
     * @return this accumulator
     */
    public ValuationAccumulator addAll(Stream<CommitmentLine> lines) {
        return addAll(Checks.notNull(lines, "lines").sequential().iterator());
    }

    /**
     * The totals, breakdowns and warnings so far. The accumulator may be used further afterwards.
     *
     * @return the summary
     */
    public ValuationSummary summary() {
        return sums.summary();
    }
}
