package io.github.svtoms.cli;

import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.UnvaluedLine;
import io.github.svtoms.proxies.valuation.ValuationSummary;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A streamed valuation written as independent texts, one per line (CSV rows, JSON Lines records), formatted
 * ahead on the valuing threads into a per-thread buffer and written in order: the writing, the end and the
 * handling of a failed write are here once for {@link CsvSink} and {@link JsonlSink}. A write that fails
 * (standard output closed, a full disk) ends the run with {@link OutputFailure} at {@link #finish} at the
 * latest ({@link BulkValuation} also checks every few thousand lines); a failure of the in-memory
 * formatting itself, which cannot happen, is an internal error ({@link IllegalStateException}). Mutable; one per run.
 */
abstract class TextLineSink implements LineSink {
    private final PrintWriter out;

    /** Text formatted into a buffer that is emptied after each record. */
    @FunctionalInterface
    interface Formatting {
        void write() throws IOException;
    }

    TextLineSink(PrintWriter out) {
        this.out = out;
    }

    /**
     * Runs a formatting into its buffer and takes the text.
     *
     * @param buffer the thread's buffer
     * @param formatting what writes the record (and flushes its generator)
     * @return the record's text; the buffer is empty again
     */
    static String take(StringWriter buffer, Formatting formatting) {
        try {
            formatting.write();
        } catch (IOException e) {
            // a generator over a StringWriter: never reached
            throw new IllegalStateException("cannot format a record: " + e.getMessage(), e);
        }
        String text = buffer.toString();
        buffer.getBuffer().setLength(0);
        return text;
    }

    /** Writes text in order (the header, a record). */
    final void write(String text) {
        out.write(text);
    }

    @Override
    public final boolean formatsAhead() {
        return true;
    }

    @Override
    public final void valued(LineValuation v, CountedMarks.Mark mark, String formatted) {
        write(mark(formatted != null ? formatted : format(v), mark));
    }

    /**
     * A valued line's text made ahead, completed with its mark, known only in input order (on the writing thread).
     *
     * @param formatted the line's text without its mark
     * @param mark whether it is counted, and under which line when not
     * @return the text to write
     */
    abstract String mark(String formatted, CountedMarks.Mark mark);

    @Override
    public final void unvalued(CommitmentLine line, UnvaluedLine u, String formatted) {
        write(formatted != null ? formatted : format(line, u));
    }

    /** The end: no totals record; everything written is flushed and checked (revised marks go to standard error). */
    @Override
    public final void finish(ValuationSummary summary, BulkCounts counts, java.util.List<String> revisedMarks) {
        out.flush();
        OutputFailure.check(out);
    }
}
