package io.github.svtoms.cli;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.UnvaluedLine;
import io.github.svtoms.proxies.valuation.ValuationAccumulator;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import io.github.svtoms.proxies.valuation.ValuationSummary;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code svtoms value REQUEST --lines FILE}: values the request's own lines, then every record of the bulk
 * file, in file order and constant memory: each line is valued on its own ({@link ValuationEngine#valueLine}; the
 * bulk file's records on the threads of a {@link BulkPipeline}), written to the output as it comes, and added,
 * without being valued again, to exact running sums ({@link ValuationAccumulator#add(LineValuation)}) whose
 * summary — the same as a whole valuation of the same lines — ends the output.
 *
 * <p>A bad record (one that breaks the file format, or a rule of the engine) is never half-applied: it is
 * checked whole before anything of it is written or summed. With {@code --on-error stop} (the default) the run
 * stops there with its problems and exit code 3; with {@code --on-error skip} it is reported on standard error
 * (the first {@value #SHOWN} in full), counted, skipped, and listed at the end; the run then succeeds. An input
 * that cannot be read on (a CSV quote never closed) stops the run either way. Line ids in the bulk file are not
 * checked against each other (that would hold every id), only against the request's own lines.
 *
 * <p>Mutable; one per run.
 */
final class BulkValuation {
    /** How many skipped records are reported in full on standard error. */
    static final int SHOWN = 100;
    /** How many threads value lines: every core (reading, summing and writing run on two more threads). */
    private static final int THREADS = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    /** How often (in lines) the output is checked for a write failure. */
    private static final int CHECK_EVERY = 1024;

    private final Context context;
    private final ValuationRequest request;
    private final ValuationEngine engine;
    private final ValuationAccumulator sums;
    private final LineSink sink;
    private final boolean skip;
    private final Progress progress;
    private final BulkCounts counts = new BulkCounts();
    private final Set<String> requestIds = new HashSet<>();
    /** Whether each valued line is counted, when the sink marks lines; else null. */
    private final CountedMarks marks;
    private final Map<MeasureId, String> reasons = new HashMap<>();

    /** The run stops at a bad record: its problems are printed. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /**
     * A streamed valuation.
     *
     * @param context the run
     * @param request the settings and the request's own lines
     * @param sink where the lines go
     * @param skip whether bad records are skipped
     * @param whole the whole valuation of the request when its lines are all there is (no bulk file): the lines'
     *              marks are then final; null to mark each line as the lines before it decide
     */
    BulkValuation(Context context, ValuationRequest request, LineSink sink, boolean skip,
                  @javax.annotation.Nullable io.github.svtoms.proxies.valuation.Valuation whole) {
        this.context = context;
        this.request = request;
        this.engine = ValuationEngine.of(request);
        this.sums = engine.accumulator();
        this.sink = sink;
        this.marks = !sink.marksLines() ? null : whole != null ? CountedMarks.of(whole) : CountedMarks.streaming(sums);
        this.skip = skip;
        this.progress = new Progress(context.err, context.terminal);
        request.lines().forEach(l -> requestIds.add(l.id()));
    }

    /**
     * Values the request's lines and then the source's records.
     *
     * @param source the bulk file, or null for the request's lines alone (which the caller has checked whole)
     * @return the exit code
     */
    int run(LineSource source) {
        try {
            try {
                for (CommitmentLine l : request.lines()) {
                    value(l);
                    tick();
                }
                if (source != null) {
                    readAll(source);
                }
            } catch (Stop e) {
                context.out.flush();
                return Main.INVALID_INPUT;
            } catch (LineSource.Unreadable e) {
                progress.done();
                context.out.flush();
                e.problems().problems().forEach(p -> context.err.println(p.toString()));
                context.err.println("svtoms: " + source.fileName() + " cannot be read past this point: nothing after it "
                        + "was valued, and no totals are written");
                return Main.INVALID_INPUT;
            } finally {
                progress.done();
                close(source);
            }
            ValuationSummary summary = sums.summary();
            List<String> revised = marks == null ? List.of() : marks.revisions(summary);
            sink.finish(summary, counts, revised);
            checkOutput();
            if (sink instanceof TextLineSink) {
                // CSV and JSON Lines carry data only: what the rows could not know goes to standard error
                revised.forEach(n -> context.err.println("svtoms: " + Safe.terminal(n)));
            }
        } finally {
            sink.close();
        }
        if (counts.skipped > 0) {
            context.err.println("svtoms: " + counts.skippedText() + "; " + Fmt.number(java.math.BigDecimal.valueOf(
                    counts.written())) + " lines written");
        }
        return Main.OK;
    }

    /** The bulk file's records, read and valued on other threads, summed and written here in file order. */
    private void readAll(LineSource source) {
        try (BulkPipeline pipeline = new BulkPipeline(source, engine, requestIds, sink, THREADS)) {
            while (true) {
                BulkPipeline.Chunk c = pipeline.next();
                for (int i = 0; i < c.size; i++) {
                    BulkPipeline.Item item = c.items[i];
                    if (item.problems != null) {
                        bad(item.line, item.problems);
                    } else if (item.valued != null) {
                        sums.add(item.valued);
                        sink.valued(item.valued, mark(item.valued), item.formatted);
                        counts.valued++;
                    } else {
                        sums.add(item.commitment);
                        sink.unvalued(item.commitment, item.unvalued, item.formatted);
                        counts.unvalued++;
                    }
                    tick();
                }
                if (c.failure != null) {
                    throw c.failure;
                }
                if (c.last) {
                    return;
                }
            }
        }
    }

    /** Values a line whole (or throws, having written and summed nothing of it), then writes and sums it. */
    private void value(CommitmentLine line) {
        Optional<LineValuation> v = engine.valueLine(line);
        if (v.isPresent()) {
            sums.add(v.get());
            sink.valued(v.get(), mark(v.get()), null);
            counts.valued++;
        } else {
            UnvaluedLine u = new UnvaluedLine(line.id(), line.measure(), line.quantity(),
                    request.catalogue().measure(line.measure()).orElseThrow().unit(), reason(line));
            sums.add(line);
            sink.unvalued(line, u, null);
            counts.unvalued++;
        }
    }

    /** A valued line's mark, once it is in the sums (null when the sink does not mark lines). */
    private CountedMarks.Mark mark(LineValuation v) {
        return marks == null ? null : marks.mark(v);
    }

    /** Why a line has no value: the engine's words, asked once per measure (they depend on the measure alone). */
    private String reason(CommitmentLine line) {
        return reasons.computeIfAbsent(line.measure(), m -> engine.value(List.of(line)).unvalued().get(0).reason());
    }

    private void bad(long line, List<String> messages) {
        if (!skip) {
            progress.done();
            context.out.flush();
            messages.forEach(context.err::println);
            context.err.println("svtoms: stopped at the bad record on line " + line + " (--on-error skip skips bad records"
                    + " and goes on); the output is incomplete");
            throw new Stop();
        }
        counts.skip(line);
        if (counts.skipped <= SHOWN) {
            progress.done();
            messages.forEach(context.err::println);
        } else if (counts.skipped == SHOWN + 1) {
            context.err.println("svtoms: more than " + SHOWN + " bad records: the others are skipped without being shown;"
                    + " their count is at the end");
        }
    }

    private void tick() {
        long n = counts.written();
        progress.tick(n);
        if (n % CHECK_EVERY == 0) {
            checkOutput();
        }
    }

    /** Stops the run when the output can no longer be written. */
    private void checkOutput() {
        OutputFailure.check(context.out);
    }

    private static void close(LineSource source) {
        if (source != null) {
            try {
                source.close();
            } catch (IOException e) {
                // everything needed was read
            }
        }
    }
}
