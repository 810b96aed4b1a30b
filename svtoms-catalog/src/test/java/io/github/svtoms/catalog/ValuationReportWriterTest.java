package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.UnvaluedLine;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationAccumulator;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.github.svtoms.catalog.ValuationJsonTest.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report streamed line by line ({@link ValuationReportWriter}) reads back as an {@code svtoms-valuation/1}
 * report whose totals, breakdowns, percentage, unvalued lines and warnings are exactly those of the whole
 * valuation of the same lines, and whose lines are each line valued on its own; on 1,000 seeded requests.
 */
@ExtendWith(InstancioExtension.class)
class ValuationReportWriterTest {
    /** Streams a request's lines into a report, as the command line does. */
    static String stream(ValuationRequest r) {
        ValuationEngine engine = ValuationEngine.of(r);
        ValuationAccumulator sums = engine.accumulator();
        StringWriter out = new StringWriter();
        try (ValuationReportWriter w = ValuationReportWriter.open(out, r)) {
            for (CommitmentLine l : r.lines()) {
                Optional<LineValuation> v = engine.valueLine(l);
                if (v.isPresent()) {
                    w.line(v.get());
                } else {
                    w.unvalued(engine.value(List.of(l)).unvalued().get(0));
                }
                sums.add(l);
            }
            w.finish(sums.summary());
        }
        return out.toString();
    }

    @Test
    void aStreamedReportHasTheWholeValuationsFiguresToThePenny() {
        List<RequestPropertyTest.Spec> specs = RequestPropertyTest.specs();
        int lines = 0;
        for (int i = 0; i < specs.size(); i++) {
            ValuationRequest r = RequestPropertyTest.request(specs.get(i), i);
            Valuation whole = ValuationEngine.value(r);
            ValuationReport expected = ValuationReport.of(r, whole);
            String json = stream(r);
            ValuationReport read = Formats.VALUATION_REPORT.read(bytes(json), "streamed.json");
            assertEquals(expected.totals(), read.totals(), json);
            assertEquals(expected.percentOfContract(), read.percentOfContract(), json);
            assertEquals(expected.totalsByValueType(), read.totalsByValueType(), json);
            assertEquals(expected.percentOfContractByValueType(), read.percentOfContractByValueType(), json);
            assertEquals(expected.byMeasure(), read.byMeasure(), json);
            assertEquals(expected.byOutcome(), read.byOutcome(), json);
            assertEquals(expected.byTheme(), read.byTheme(), json);
            assertEquals(expected.unvalued(), read.unvalued(), json);
            assertEquals(expected.warnings(), read.warnings(), json);
            assertEquals(expected.roundingAdjustments(), read.roundingAdjustments(), json);
            assertEquals(expected.totalsRoundingAdjustment(), read.totalsRoundingAdjustment(), json);
            assertEquals(expected.doubleCounted(), read.doubleCounted(), json);
            assertEquals(expected.discounting(), read.discounting(), json);
            assertEquals(whole.lines().size(), read.lines().size(), json);
            for (int k = 0; k < read.lines().size(); k++) {
                LineValuation l = whole.lines().get(k);
                ValuationReport.Line got = read.lines().get(k);
                assertEquals(l.id(), got.id());
                // each streamed line is its exact figures rounded HALF_EVEN on their own
                assertEquals(l.exact().rounded(), got.figures(), json);
                assertEquals(expected.lines().get(k).derivation(), got.derivation(), json);
                assertEquals(expected.lines().get(k).proxy(), got.proxy(), json);
                lines++;
            }
            assertTrue(json.indexOf("\"lines\"") < json.indexOf("\"totals\""), "lines come first");
            assertTrue(json.endsWith("}\n"), json);
        }
        assertTrue(lines > 1000, "lines compared: " + lines);
    }

    @Test
    void manyUnvaluedLinesGoThroughATemporaryFileInOrderAndItIsDeleted() throws Exception {
        // workforce-qualifications has no proxy in the bundled table
        ValuationRequest settings = Bundled.valuationRequest(Money.currency("GBP"), PriceYear.parse("2024-25")).build();
        int n = ValuationReportWriter.UNVALUED_IN_MEMORY + 5;
        List<CommitmentLine> lines = Stream.iterate(1, k -> k + 1).limit(n)
                .map(k -> CommitmentLine.of("u" + k, MeasureId.of("workforce-qualifications"), BigDecimal.valueOf(k))).toList();
        long before = temporaryFiles();
        String json = stream(settings.withLines(lines));
        assertEquals(before, temporaryFiles(), "the temporary file is deleted");
        ValuationReport read = Formats.VALUATION_REPORT.read(bytes(json), "u.json");
        assertEquals(n, read.unvalued().size());
        for (int k = 0; k < n; k++) {
            assertEquals("u" + (k + 1), read.unvalued().get(k).line());
            assertEquals(BigDecimal.valueOf(k + 1), read.unvalued().get(k).quantity());
        }
        assertEquals(List.of(), read.lines());
        assertEquals("0.00", read.totals().gross().amount().toPlainString());
    }

    private static long temporaryFiles() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("svtoms-unvalued-")).count();
        }
    }

    @Test
    void aReportIsFinishedOnce() {
        ValuationRequest settings = Bundled.valuationRequest(Money.currency("GBP"), PriceYear.parse("2024-25")).build();
        ValuationReportWriter w = ValuationReportWriter.open(new StringWriter(), settings);
        w.finish(ValuationEngine.of(settings).accumulator().summary());
        assertThrows(IllegalStateException.class, () -> w.finish(ValuationEngine.of(settings).accumulator().summary()));
        UnvaluedLine unused = null;
        assertThrows(io.github.svtoms.core.InvalidValueException.class, () -> w.unvalued(unused));
    }
}
