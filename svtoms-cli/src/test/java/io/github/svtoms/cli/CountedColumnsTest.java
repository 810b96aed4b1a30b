package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.DoubleCounted;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-line marks of {@code svtoms value}: CSV {@code counted} and {@code counted_under}, JSON Lines
 * {@code counted} and {@code countedUnder}, the table's "(left out)". Whole valuations mark every line as
 * {@link Valuation#doubleCounted()} says; a stream marks each line as the lines before it decide, a left-out mark
 * is final, and every mark the end contradicts (a part whose whole comes later) is named on standard error.
 */
@ExtendWith(InstancioExtension.class)
class CountedColumnsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Carbon saved, then car miles (same overlap family), one declared separate; local SME spend before local spend. */
    private static final List<CommitmentLine> LINES = List.of(
            line("sme", "local-sme-spend", "1000", null),
            line("carbon", "carbon-saved", "10", null),
            line("miles", "car-miles-saved", "5000", null),
            line("fleet", "car-miles-saved", "2000", "a different fleet's journeys, metered separately (fleet log 7)"),
            line("local", "local-supplier-spend", "5000", null),
            line("sme-2", "local-sme-spend", "300", null),
            line("qual", "workforce-qualifications", "3", null));

    private static CommitmentLine line(String id, String measure, String quantity, String separately) {
        return CommitmentLine.builder(id, MeasureId.of(measure), new BigDecimal(quantity)).countedSeparately(separately)
                .build();
    }

    private static String request() {
        return Formats.VALUATION_REQUEST.toJson(SeededPortfolio.settings().withLines(LINES));
    }

    /** The rows of a CSV output, by id, each column by name (in file order). */
    static Map<String, Map<String, String>> csvRows(String csv) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        var it = new CsvMapper().readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .<List<String>>readValues(csv);
        List<String> header = it.next();
        assertEquals(LineRows.COLUMNS, header);
        while (it.hasNext()) {
            List<String> cells = it.next();
            assertEquals(header.size(), cells.size(), cells.toString());
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            rows.put(Safe.fromSpreadsheet(row.get("id")), row);
        }
        return rows;
    }

    private static Map<String, JsonNode> jsonlRows(String jsonl) throws IOException {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        for (String l : jsonl.split("\n")) {
            JsonNode n = JSON.readTree(l);
            rows.put(n.get("id").asText(), n);
        }
        return rows;
    }

    @Test
    void aWholeValuationMarksEveryLineAsItsTotalsCountIt() throws IOException {
        Valuation v = ValuationEngine.value(SeededPortfolio.settings().withLines(LINES));
        // the engine: 'miles' is counted under 'carbon' (its family's first), 'sme' and 'sme-2' under 'local' (their
        // whole), 'fleet' declares it counts other journeys
        assertEquals(List.of("sme", "miles", "sme-2"), v.doubleCounted().stream().map(DoubleCounted::line).toList());

        Run csv = Run.withInput(request(), "value", "-", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        Map<String, Map<String, String>> rows = csvRows(csv.out());
        assertEquals(List.of("sme", "carbon", "miles", "fleet", "local", "sme-2", "qual"), List.copyOf(rows.keySet()));
        expect(rows, "sme", "false", "local");
        expect(rows, "carbon", "true", "");
        expect(rows, "miles", "false", "carbon");
        expect(rows, "fleet", "true", "");
        expect(rows, "local", "true", "");
        expect(rows, "sme-2", "false", "local");
        expect(rows, "qual", "", ""); // unvalued: no figures to count
        assertTrue(rows.get("qual").get("source").startsWith("unvalued"), rows.toString());
        // the columns before the new ones are where they were
        assertEquals("fleet", rows.get("fleet").get("id"));
        assertTrue(csv.out().lines().findFirst().orElseThrow()
                .endsWith(",source,displacement,attribution,drop_off,evidence,counted_separately,discount_kind,wage_area,counted,counted_under"));

        // JSON Lines without --lines: the request's lines are all there is, so the marks are final as well
        Run jsonl = Run.withInput(request(), "value", "-", "--format", "jsonl");
        assertEquals(0, jsonl.code(), jsonl.err());
        assertEquals("", jsonl.err());
        Map<String, JsonNode> records = jsonlRows(jsonl.out());
        expect(records, "sme", false, "local");
        expect(records, "carbon", true, null);
        expect(records, "miles", false, "carbon");
        expect(records, "fleet", true, null);
        expect(records, "local", true, null);
        expect(records, "sme-2", false, "local");
        assertFalse(records.get("qual").has("counted"), records.get("qual").toString());
        assertTrue(records.get("qual").has("unvalued"));
        assertTrue(records.get("fleet").get("counted").isBoolean());

        // the table marks the same lines
        Run table = Run.withInput(request(), "value", "-");
        assertEquals(0, table.code(), table.err());
        for (String id : List.of("sme", "miles", "sme-2")) {
            assertTrue(table.out().contains("\n" + id + " (left out) "), id + ": " + table.out());
        }
        for (String id : List.of("carbon", "fleet", "local")) {
            assertFalse(table.out().contains("\n" + id + " (left out)"), id + ": " + table.out());
        }
    }

    @Test
    void aStreamMarksEachLineAsTheLinesBeforeItDecideAndNamesTheMarksTheEndRevises(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("settings.json"), SeededPortfolio.settingsJson());
        Files.writeString(dir.resolve("lines.jsonl"), SeededPortfolio.jsonl(LINES));
        String settings = dir.resolve("settings.json").toString();
        String lines = dir.resolve("lines.jsonl").toString();
        // 'sme' comes before any line of local spend: its row says counted; 'local' comes later and the totals
        // leave 'sme' out. Every other mark is final when written: 'miles' after 'carbon', 'sme-2' after 'local'.
        String revised = "1 line under 'local-sme-spend' was written as counted, but the totals leave it out, counted"
                + " under line 'local' ('local-supplier-spend'), a whole with a line later in the input";

        Run csv = Run.of("value", settings, "--lines", lines, "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        Map<String, Map<String, String>> rows = csvRows(csv.out());
        expect(rows, "sme", "true", "");
        expect(rows, "carbon", "true", "");
        expect(rows, "miles", "false", "carbon");
        expect(rows, "fleet", "true", "");
        expect(rows, "local", "true", "");
        expect(rows, "sme-2", "false", "local");
        expect(rows, "qual", "", "");
        assertTrue(csv.err().contains("svtoms: " + revised), csv.err());
        assertEquals(1, csv.err().lines().count(), csv.err());

        Run jsonl = Run.of("value", settings, "--lines", lines, "--format", "jsonl");
        assertEquals(0, jsonl.code(), jsonl.err());
        Map<String, JsonNode> records = jsonlRows(jsonl.out());
        expect(records, "sme", true, null);
        expect(records, "miles", false, "carbon");
        expect(records, "fleet", true, null);
        expect(records, "sme-2", false, "local");
        assertEquals("svtoms: " + revised + ": " + ValuationEngine.value(SeededPortfolio.settings().withLines(LINES))
                .doubleCounted().get(0).reason() + "\n", jsonl.err());

        Run table = Run.of("value", settings, "--lines", lines);
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("\nmiles (left out) "), table.out());
        assertTrue(table.out().contains("\nsme-2 (left out) "), table.out());
        assertFalse(table.out().contains("\nsme (left out)"), table.out());
        assertTrue(table.out().contains("  ! " + revised), table.out());

        // the export reads back with --lines, its new columns ignored, and values to the same rows
        Files.writeString(dir.resolve("export.csv"), csv.out());
        Run again = Run.of("value", settings, "--lines", dir.resolve("export.csv").toString(), "--format", "csv");
        assertEquals(0, again.code(), again.err());
        assertEquals(csv.out(), again.out());
    }

    @Test
    void onASeededPortfolioEveryStreamedMarkIsTheWholeValuationsOrNamedAsRevised(@TempDir Path dir) throws IOException {
        List<CommitmentLine> lines = SeededPortfolio.lines(3000, 20251203L);
        Files.writeString(dir.resolve("settings.json"), SeededPortfolio.settingsJson());
        Files.writeString(dir.resolve("lines.jsonl"), SeededPortfolio.jsonl(lines));
        Valuation whole = ValuationEngine.value(SeededPortfolio.settings().withLines(lines));
        Map<String, DoubleCounted> left = new HashMap<>();
        whole.doubleCounted().forEach(d -> left.put(d.line(), d));
        assertTrue(left.size() > 20, "left-out lines: " + left.size());
        Run csv = Run.of("value", dir.resolve("settings.json").toString(), "--lines", dir.resolve("lines.jsonl").toString(),
                "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        Map<String, Map<String, String>> rows = csvRows(csv.out());
        assertEquals(lines.size(), rows.size());
        Set<String> revisedMeasures = new HashSet<>();
        List<String> differing = new ArrayList<>();
        long falseMarks = 0;
        for (CommitmentLine l : lines) {
            Map<String, String> row = rows.get(l.id());
            if (whole.line(l.id()).isEmpty()) {
                assertEquals("", row.get("counted"), l.id());
                continue;
            }
            DoubleCounted d = left.get(l.id());
            boolean counted = Boolean.parseBoolean(row.get("counted"));
            if (!counted) {
                falseMarks++;
                // a left-out mark is final: the whole valuation leaves the line out too
                assertTrue(d != null, l.id() + " marked left out but counted: " + row);
            }
            String under = Safe.fromSpreadsheet(row.get("counted_under"));
            if (counted != (d == null) || !under.equals(d == null ? "" : d.countedUnder())) {
                differing.add(l.id());
                revisedMeasures.add(l.measure().value());
            }
        }
        assertTrue(falseMarks > 10, "left-out marks: " + falseMarks);
        // every differing line is under a measure the end names, with as many lines as differ
        long named = 0;
        for (String n : csv.err().lines().toList()) {
            assertTrue(n.startsWith("svtoms: "), n);
            assertTrue(revisedMeasures.stream().anyMatch(m -> n.contains(" under '" + m + "' ")), n);
            named += Long.parseLong(n.substring("svtoms: ".length(), n.indexOf(' ', "svtoms: ".length())).replace(",", ""));
        }
        assertEquals(differing.size(), named, differing + "\n" + csv.err());
        assertTrue(!differing.isEmpty(), "the seed has a part before its whole");
    }

    private static void expect(Map<String, Map<String, String>> rows, String id, String counted, String under) {
        assertEquals(counted, rows.get(id).get("counted"), id + ": " + rows.get(id));
        assertEquals(under, rows.get(id).get("counted_under"), id + ": " + rows.get(id));
    }

    private static void expect(Map<String, JsonNode> records, String id, boolean counted, String under) {
        JsonNode r = records.get(id);
        assertEquals(counted, r.get("counted").asBoolean(), id + ": " + r);
        assertEquals(under, r.has("countedUnder") ? r.get("countedUnder").asText() : null, id + ": " + r);
        // the mark comes last, after every member that was there before it
        List<String> names = new ArrayList<>();
        r.fieldNames().forEachRemaining(names::add);
        assertEquals(under == null ? "counted" : "countedUnder", names.get(names.size() - 1), r.toString());
    }
}
