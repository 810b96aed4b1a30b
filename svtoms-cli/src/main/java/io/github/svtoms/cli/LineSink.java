package io.github.svtoms.cli;

import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.UnvaluedLine;
import io.github.svtoms.proxies.valuation.ValuationSummary;

import javax.annotation.Nullable;

/**
 * Where a streamed valuation writes: each line as it is valued, then the totals. Implementations write to the
 * run's standard output as they go and hold nothing per line. A sink whose lines are independent texts (CSV,
 * JSON Lines) may have them {@linkplain #format(LineValuation) formatted ahead} on the threads that value the
 * lines, so that writing them in order is all that is left. Mutable; one per run ({@code format} excepted,
 * which is thread-safe where {@link #formatsAhead()}).
 */
interface LineSink {
    /** @return whether {@link #format(LineValuation)} and {@link #format(CommitmentLine, UnvaluedLine)} may be called ahead, from any thread */
    default boolean formatsAhead() {
        return false;
    }

    /**
     * The text of a valued line without its mark, made ahead of writing (only where {@link #formatsAhead()}).
     *
     * @param v the line's valuation
     * @return the text to write
     */
    default String format(LineValuation v) {
        throw new UnsupportedOperationException("this output is written in order only");
    }

    /**
     * The text of an unvalued line, made ahead of writing (only where {@link #formatsAhead()}).
     *
     * @param line the line
     * @param u why it has no value
     * @return the text to write
     */
    default String format(CommitmentLine line, UnvaluedLine u) {
        throw new UnsupportedOperationException("this output is written in order only");
    }

    /**
     * Whether the output marks each valued line as counted in the totals or left out by the counting rules
     * ({@link CountedMarks}); when not, {@link #valued} gets no mark.
     *
     * @return true for the per-line outputs (table, CSV, JSON Lines)
     */
    default boolean marksLines() {
        return true;
    }

    /**
     * A valued line.
     *
     * @param v the line's valuation (figures rounded on their own)
     * @param mark whether it enters the totals, as known when it is written; null where {@link #marksLines()} is false
     * @param formatted its text, without its mark, when it was {@linkplain #format(LineValuation) formatted ahead}, else null
     */
    void valued(LineValuation v, @Nullable CountedMarks.Mark mark, @Nullable String formatted);

    /**
     * A line with no proxy.
     *
     * @param line the line
     * @param u why it has no value
     * @param formatted its text when it was formatted ahead, else null
     */
    void unvalued(CommitmentLine line, UnvaluedLine u, @Nullable String formatted);

    /**
     * The end: totals and breakdowns where the output has them.
     *
     * @param summary the exact sums of the counted lines written, each figure rounded once (rounding adjustments stated)
     * @param counts how many lines were read, valued, unvalued and skipped
     * @param revisedMarks the lines whose written marks the final totals contradict, in words
     *                     ({@link CountedMarks#revisions}); empty when every mark held
     */
    void finish(ValuationSummary summary, BulkCounts counts, java.util.List<String> revisedMarks);

    /** Releases what the sink holds (e.g. a temporary file); the output is not closed. */
    default void close() {
    }
}
