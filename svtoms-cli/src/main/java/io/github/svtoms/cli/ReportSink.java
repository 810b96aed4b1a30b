package io.github.svtoms.cli;

import io.github.svtoms.catalog.ValuationReportWriter;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.UnvaluedLine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import io.github.svtoms.proxies.valuation.ValuationSummary;

import java.io.Writer;

/**
 * A streamed valuation as an {@code svtoms-valuation/1} report ({@link ValuationReportWriter}): the lines as they
 * are valued, with their years and derivations, then the totals and breakdowns. Mutable; one per run.
 */
final class ReportSink implements LineSink {
    private final ValuationReportWriter report;

    ReportSink(Writer out, ValuationRequest request) {
        this.report = ValuationReportWriter.open(out, request);
    }

    /** The report lists the left-out lines, final, under {@code doubleCounted} at its end: no mark per line. */
    @Override
    public boolean marksLines() {
        return false;
    }

    @Override
    public void valued(LineValuation v, CountedMarks.Mark mark, String formatted) {
        report.line(v);
    }

    @Override
    public void unvalued(CommitmentLine line, UnvaluedLine u, String formatted) {
        report.unvalued(u);
    }

    @Override
    public void finish(ValuationSummary summary, BulkCounts counts, java.util.List<String> revisedMarks) {
        report.finish(summary);
    }

    @Override
    public void close() {
        report.close();
    }
}
