package io.github.svtoms.bench;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.LineReader;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The end-to-end inputs hold the generated portfolio: the settings, the same lines as CSV and as JSON Lines. */
class BulkFilesTest {
    @Test
    void theFilesHoldTheGeneratedLines(@TempDir Path dir) throws IOException {
        BulkFiles.write(dir, 500, 7L);
        ValuationRequest settings = Formats.VALUATION_REQUEST.read(dir.resolve("request.json"));
        assertEquals(Portfolio.bundled().emptyRequest(), settings);
        List<CommitmentLine> expected = Portfolio.bundled().lines(500, 7L);
        List<CommitmentLine> read = new ArrayList<>();
        try (LineReader<CommitmentLine> r = Formats.COMMITMENT_LINES.reader(dir.resolve("lines.jsonl"), settings)) {
            r.forEachRemaining(read::add);
        }
        assertEquals(expected, read);
        List<String> csv = Files.readAllLines(dir.resolve("lines.csv"));
        assertEquals(BulkFiles.HEADER, csv.get(0));
        assertEquals(501, csv.size());
        CommitmentLine first = expected.get(0);
        assertEquals(String.join(",", first.id(), first.measure().value(), first.quantity().toPlainString(),
                Integer.toString(first.startYear()), Integer.toString(Portfolio.DURATION),
                first.deadweight().map(d -> d.toPlainString()).orElse(""), first.displacement().toPlainString(),
                first.attribution().toPlainString(), first.dropOff().toPlainString()), csv.get(1));
    }
}
