package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.ValuationAccumulator;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The commitment lines example of README-formats.md, as written there, on the ELFT example's commitments. */
class CommitmentLinesExampleTest {
    @Test
    void theReadmeExampleRunsAndGivesTheWholeValuationsTotals(@TempDir Path dir) throws IOException {
        ValuationRequest elft = Formats.VALUATION_REQUEST.read(Path.of("../examples/elft-soft-fm.json"));
        Path requestFile = dir.resolve("settings.json");
        Files.writeString(requestFile, Formats.VALUATION_REQUEST.toJson(elft.withLines(List.of())));
        Path linesFile = dir.resolve("lines.jsonl");
        StringBuilder jsonl = new StringBuilder();
        elft.lines().forEach(l -> jsonl.append(Formats.COMMITMENT_LINES.toLine(l)).append('\n'));
        Files.writeString(linesFile, jsonl);
        StringWriter out = new StringWriter();

        ValuationRequest settings = Formats.VALUATION_REQUEST.read(requestFile);          // currency, price year, ...
        ValuationEngine engine = ValuationEngine.of(settings);
        ValuationAccumulator sums = engine.accumulator();
        try (LineReader<CommitmentLine> lines = Formats.COMMITMENT_LINES.reader(linesFile, settings);
             ValuationReportWriter report = ValuationReportWriter.open(out, settings)) {
            while (lines.hasNext()) {
                CommitmentLine line = lines.next();                    // a bad record: CatalogueFormatException, at its line
                Optional<LineValuation> valued = engine.valueLine(line);
                if (valued.isPresent()) {
                    report.line(valued.get());
                    sums.add(valued.get());                            // added without being valued again
                } else {
                    report.unvalued(engine.value(List.of(line)).unvalued().get(0));   // no proxy: why, in the engine's words
                    sums.add(line);
                }
            }
            report.finish(sums.summary());                             // totals and breakdowns: the whole valuation's
        }
        String record = Formats.COMMITMENT_LINES.toLine(CommitmentLine.of("x", MeasureId.of("local-employment"), BigDecimal.ONE));

        // gross £8,747,359.97, net £5,918,419.18, present value £5,723,488.69 (the example's figures in the CLI README)
        ValuationReport read = Formats.VALUATION_REPORT.parse(out.toString());
        assertEquals(new BigDecimal("8747359.97"), read.totals().gross().amount());
        assertEquals(new BigDecimal("5918419.18"), read.totals().net().amount());
        assertEquals(new BigDecimal("5723488.69"), read.totals().presentValue().amount());
        // local SME spend is valued (£1 per £1) and left out of the totals: it is part of local spend
        assertEquals(0, read.unvalued().size());
        assertEquals(List.of("ocs-local-sme-spend"), read.doubleCounted().stream().map(ValuationReport.DoubleCounted::line)
                .toList());
        assertEquals(ValuationEngine.value(elft).summary(), sums.summary());
        assertEquals("{\"id\":\"x\",\"measure\":\"local-employment\",\"quantity\":\"1\",\"startYear\":1,\"duration\":1,"
                + "\"displacement\":\"0\",\"attribution\":\"0\",\"dropOff\":\"0\"}", record);
    }
}
