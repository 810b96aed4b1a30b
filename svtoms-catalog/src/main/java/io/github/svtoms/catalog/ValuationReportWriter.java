package io.github.svtoms.catalog;

import io.github.svtoms.catalog.json.ValuationReportStream;
import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.valuation.Figures;
import io.github.svtoms.proxies.valuation.LeftOutMeasure;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.RoundingAdjustment;
import io.github.svtoms.proxies.valuation.UnvaluedLine;
import io.github.svtoms.proxies.valuation.ValuationAccumulator;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import io.github.svtoms.proxies.valuation.ValuationSummary;

import java.io.Closeable;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@code svtoms-valuation/1} report while the lines are valued, for portfolios too large to hold:
 * each valued line is written as it comes ({@link #line(LineValuation)}), and the totals, breakdowns and
 * warnings at the end from a streaming valuation's summary ({@link #finish(ValuationSummary)}). Memory does
 * not grow with the number of valued lines; unvalued lines are held until the end (beyond
 * {@value #UNVALUED_IN_MEMORY} of them in a temporary file, deleted when the report is finished or closed).
 *
 * <p>The report reads back with {@link Formats#VALUATION_REPORT} and has every member of a report written
 * from a whole {@link io.github.svtoms.proxies.valuation.Valuation}, with two differences: {@code lines}
 * comes before {@code totals} (which are known only at the end). Each line's figures are its own, rounded once
 * as in a whole valuation, and the totals, breakdowns, percentage of the contract, rounding adjustments and
 * left-out lines ({@code doubleCounted}) are exactly those of a whole valuation of the same lines in the same
 * order. Lines that the counting rules may yet leave out (lines of a measure in an overlap family or with a
 * whole) are held by id until the end, in memory up to {@value #UNVALUED_IN_MEMORY} and beyond that in a
 * temporary file, since a part's whole may come after it.
 *
 * <pre>{@code
 * ValuationEngine engine = ValuationEngine.of(settings);
 * ValuationAccumulator sums = engine.accumulator();
 * try (ValuationReportWriter report = ValuationReportWriter.open(out, settings)) {
 *     for (CommitmentLine line : lines) {                       // e.g. from Formats.COMMITMENT_LINES.reader(...)
 *         engine.valueLine(line).ifPresentOrElse(report::line, () -> report.unvalued(...));
 *         sums.add(line);
 *     }
 *     report.finish(sums.summary());
 * }
 * }</pre>
 *
 * <p><b>Mutable and not thread-safe</b>: one writer per report and thread.
 */
public final class ValuationReportWriter implements Closeable {
    /** How many unvalued lines are held in memory before they go to a temporary file. */
    public static final int UNVALUED_IN_MEMORY = 10_000;

    private final ValuationReportStream stream;
    private final ValuationRequest request;
    private final Catalogue catalogue;
    private final ValuationReport.AppliedDiscounting discounting;
    private final HeldLines candidates = new HeldLines();
    /** The first valued line of each measure, for {@code countedUnder}. */
    private final Map<MeasureId, String> firstLine = new HashMap<>();
    /** The sums of the reported figures of the lines of each measure, kind (under the counting rules or declared separate) and value type. */
    private final Map<SumKey, Figures> reportedSums = new HashMap<>();

    /** A group of lines whose reported figures are summed: one measure, one kind, one value type. */
    private record SumKey(MeasureId measure, boolean separate, ValueType type) {
    }

    private ValuationReportWriter(Writer out, ValuationRequest request) {
        this.request = request;
        this.catalogue = request.catalogue();
        this.discounting = ValuationReport.AppliedDiscounting.of(request.discounting());
        this.stream = new ValuationReportStream(out, ValuationReport.FORMAT, request.currency(), request.priceYear(),
                discounting, request.proxyTable().map(ProxyTableDigest::of));
    }

    /**
     * Starts a report: writes its settings (format, currency, price year, discounting).
     *
     * @param out where the report goes; flushed by {@link #finish(ValuationSummary)}, never closed here
     * @param request the request whose settings the lines are valued with (its own lines are not written)
     * @return the writer
     * @throws UncheckedIOException when writing fails
     */
    public static ValuationReportWriter open(Writer out, ValuationRequest request) {
        return new ValuationReportWriter(Checks.notNull(out, "output"), Checks.notNull(request, "request"));
    }

    /**
     * Starts a report written as UTF-8.
     *
     * @param out where the report goes; flushed by {@link #finish(ValuationSummary)}, never closed here
     * @param request the request whose settings the lines are valued with
     * @return the writer
     * @throws UncheckedIOException when writing fails
     */
    public static ValuationReportWriter open(OutputStream out, ValuationRequest request) {
        return open(new OutputStreamWriter(Checks.notNull(out, "output"), StandardCharsets.UTF_8), request);
    }

    /**
     * Writes a valued line, with its reported figures, years and derivation.
     *
     * @param line the line, valued under the request's settings
     * @throws UncheckedIOException when writing fails
     */
    public void line(LineValuation line) {
        stream.line(ValuationReport.Line.of(Checks.notNull(line, "line"), catalogue));
        MeasureId m = line.measure();
        firstLine.putIfAbsent(m, line.id());
        boolean separate = line.line().countedSeparately().isPresent();
        reportedSums.merge(new SumKey(m, separate, line.valueType()), line.reported(), Figures::plus);
        if (!separate && (catalogue.overlapFamilyOf(m).isPresent() || !catalogue.wholesOf(m).isEmpty())) {
            candidates.add(line.id(), m);
        }
    }

    /**
     * Keeps a line with no proxy for the report's {@code unvalued} list.
     *
     * @param line the line
     * @throws UncheckedIOException when the temporary file cannot be written
     */
    public void unvalued(UnvaluedLine line) {
        stream.unvalued(ValuationReport.Unvalued.of(Checks.notNull(line, "line")));
    }

    /**
     * Writes the totals, the percentage of the contract, the breakdowns, the unvalued lines and the warnings,
     * ends the report and flushes the output.
     *
     * @param summary the summary of the same lines, from a {@link ValuationAccumulator} (or a whole valuation)
     * @throws UncheckedIOException when writing fails
     * @throws IllegalStateException when the report was already finished
     */
    public void finish(ValuationSummary summary) {
        Checks.notNull(summary, "summary");
        // the counted lines' reported figures, in all and per value type: a measure's lines under the rules unless
        // it was left out, and every line declared separate
        Figures counted = Figures.zero(summary.currency());
        Map<ValueType, Figures> countedByType = new EnumMap<>(ValueType.class);
        for (Map.Entry<SumKey, Figures> e : reportedSums.entrySet()) {
            SumKey k = e.getKey();
            if (k.separate() || !summary.leftOut().containsKey(k.measure())) {
                counted = counted.plus(e.getValue());
                countedByType.merge(k.type(), e.getValue(), Figures::plus);
            }
        }
        // as Valuation#linesRoundingAdjustment: each value type of the totals minus the counted lines of that type
        Map<ValueType, Figures> linesByType = new EnumMap<>(ValueType.class);
        summary.totalsByValueType().forEach((t, f) -> linesByType.put(t, ValuationReport.minus(f,
                countedByType.getOrDefault(t, Figures.zero(summary.currency())))));
        RoundingAdjustment linesAdjustment = new RoundingAdjustment(ValuationReport.minus(summary.totals(), counted),
                linesByType);
        List<ValuationReport.DoubleCounted> doubleCounted = new ArrayList<>();
        try {
            candidates.forEach((id, m) -> {
                LeftOutMeasure left = summary.leftOut().get(m);
                if (left != null) {
                    doubleCounted.add(new ValuationReport.DoubleCounted(id, m, firstLine.get(left.countedUnder()),
                            left.reason()));
                }
            });
        } finally {
            candidates.close();
        }
        // the report's end as ValuationReport.of writes it, without the lines (written already)
        ValuationReport tail = new ValuationReport(summary.currency(), summary.priceYear(), discounting, summary.totals(),
                summary.totalsByValueType(), summary.percentOfContract().map(ValuationReport::normalise),
                summary.percentOfContractByValueType(), List.of(), ValuationReport.breakdown(summary.byMeasure()),
                ValuationReport.breakdown(summary.byOutcome(), summary.measuresInOutcomeRoundingAdjustment()),
                ValuationReport.breakdown(summary.byTheme(), summary.outcomesInThemeRoundingAdjustment()), List.of(),
                summary.warnings().stream().map(ValuationReport.Warning::of).toList(), summary.totalsRoundingAdjustment(),
                summary.percentOfContractRoundingAdjustment(), ValuationReport.adjustments(summary,
                        linesAdjustment), doubleCounted).withRanges(summary);
        stream.finish(tail);
    }

    /**
     * Flushes what was written so far, without ending the report.
     *
     * @throws UncheckedIOException when writing fails
     */
    public void flush() {
        stream.flush();
    }

    /** @return the request whose settings the report was opened with */
    public ValuationRequest request() {
        return request;
    }

    /** Deletes the temporary file of unvalued lines, if any; the output is not closed. */
    @Override
    public void close() {
        candidates.close();
        stream.close();
    }
}
