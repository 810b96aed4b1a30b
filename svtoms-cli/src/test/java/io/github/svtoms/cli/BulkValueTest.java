package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.ValuationReport;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Figures;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
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
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code svtoms value REQUEST --lines FILE}: the streamed totals, breakdowns and lines equal the in-memory
 * valuation of the same lines to the penny, from CSV and from JSON Lines, in every output; a CSV export reads
 * back; the settings come from the request, whose own lines come first.
 */
@ExtendWith(InstancioExtension.class)
class BulkValueTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LINES = 3000;

    /** The whole valuation, in memory, of the settings with these lines. */
    private static Valuation inMemory(List<CommitmentLine> lines) {
        return ValuationEngine.value(SeededPortfolio.settings().withLines(lines));
    }

    private static Path files(Path dir, List<CommitmentLine> lines) throws IOException {
        Files.writeString(dir.resolve("settings.json"), SeededPortfolio.settingsJson());
        Files.writeString(dir.resolve("lines.jsonl"), SeededPortfolio.jsonl(lines));
        return dir.resolve("settings.json");
    }

    private static List<Map<String, String>> csvRows(String csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        var it = new CsvMapper().readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY).<List<String>>readValues(csv);
        List<String> header = it.next();
        while (it.hasNext()) {
            List<String> cells = it.next();
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The table's row of the totals of every value type together. */
    static String allTypes(String table) {
        return table.lines().filter(l -> l.startsWith(ValuationView.ALL_TYPES)).findFirst().orElseThrow(() ->
                new AssertionError("no totals row: " + table));
    }

    @Test
    void theStreamedValuationEqualsTheInMemoryOneToThePennyFromCsvAndJsonLines(@TempDir Path dir) throws IOException {
        List<CommitmentLine> lines = SeededPortfolio.lines(LINES, 20250611L);
        Path settings = files(dir, lines);
        Valuation whole = inMemory(lines);
        assertTrue(whole.unvalued().size() > 100 && whole.lines().size() > 1000, "both kinds of line");

        // the in-memory valuation's CSV export, fed back as --lines
        Run export = Run.withInput(Formats.VALUATION_REQUEST.toJson(SeededPortfolio.settings().withLines(lines)),
                "value", "-", "--format", "csv");
        assertEquals(0, export.code(), export.err());
        Files.writeString(dir.resolve("export.csv"), export.out());

        ValuationReport expected = ValuationReport.of(SeededPortfolio.settings().withLines(lines), whole);
        for (String input : List.of("lines.jsonl", "export.csv")) {
            Run json = Run.of("value", settings.toString(), "--lines", dir.resolve(input).toString(), "--format", "json");
            assertEquals(0, json.code(), json.err());
            assertEquals("", json.err());
            ValuationReport streamed = Formats.VALUATION_REPORT.parse(json.out());
            assertEquals(expected.totals(), streamed.totals(), input);
            assertEquals(expected.percentOfContract(), streamed.percentOfContract(), input);
            assertEquals(expected.totalsByValueType(), streamed.totalsByValueType(), input);
            assertEquals(expected.percentOfContractByValueType(), streamed.percentOfContractByValueType(), input);
            assertEquals(expected.byMeasure(), streamed.byMeasure(), input);
            assertEquals(expected.byOutcome(), streamed.byOutcome(), input);
            assertEquals(expected.byTheme(), streamed.byTheme(), input);
            assertEquals(expected.warnings(), streamed.warnings(), input);
            assertEquals(expected.doubleCounted(), streamed.doubleCounted(), input);
            assertEquals(expected.roundingAdjustments(), streamed.roundingAdjustments(), input);
            assertEquals(expected.totalsRoundingAdjustment(), streamed.totalsRoundingAdjustment(), input);
            assertEquals(expected.unvalued().stream().map(ValuationReport.Unvalued::line).sorted().toList(),
                    streamed.unvalued().stream().map(ValuationReport.Unvalued::line).sorted().toList(), input);
            assertEquals(whole.lines().size(), streamed.lines().size());

            // every line's figures in the CSV output are its exact figures rounded on their own, in input order
            Run csv = Run.of("value", settings.toString(), "--lines", dir.resolve(input).toString(), "--format", "csv");
            assertEquals(0, csv.code(), csv.err());
            List<Map<String, String>> rows = csvRows(csv.out());
            Map<String, LineValuation> byId = new HashMap<>();
            whole.lines().forEach(l -> byId.put(l.id(), l));
            Map<String, CommitmentLine> given = new HashMap<>();
            lines.forEach(l -> given.put(l.id(), l));
            assertEquals(LINES, rows.size());
            if (input.endsWith(".jsonl")) {
                for (int i = 0; i < LINES; i++) {
                    assertEquals(Safe.spreadsheet(lines.get(i).id()), rows.get(i).get("id"), "input order");
                }
            }
            for (Map<String, String> row : rows) {
                String id = Safe.fromSpreadsheet(row.get("id"));
                LineValuation l = byId.get(id);
                if (l == null) {
                    assertTrue(row.get("source").startsWith("unvalued: no proxy"), row.toString());
                    assertEquals("", row.get("gross"));
                    continue;
                }
                Figures f = l.exact().rounded();
                assertEquals(f.gross().amount().toPlainString(), row.get("gross"), id);
                assertEquals(f.net().amount().toPlainString(), row.get("net"), id);
                assertEquals(f.presentValue().amount().toPlainString(), row.get("present_value"), id);
                assertEquals(given.get(id).dropOff().toPlainString(), row.get("drop_off"), id);
            }

            // the table's totals are the in-memory totals
            Run table = Run.of("value", settings.toString(), "--lines", dir.resolve(input).toString());
            assertEquals(0, table.code(), table.err());
            assertTrue(allTypes(table.out()).matches("all value types together +" + java.util.regex.Pattern.quote(
                    Fmt.money(whole.totals().gross())) + " +" + java.util.regex.Pattern.quote(Fmt.money(whole.totals().net()))
                    + " +" + java.util.regex.Pattern.quote(Fmt.money(whole.totals().presentValue())) + " +"
                    + java.util.regex.Pattern.quote(Fmt.percent(whole.percentOfContract().orElseThrow()))), table.out());
            whole.totalsByValueType().forEach((type, f) -> assertTrue(table.out().lines().anyMatch(l ->
                    l.startsWith(ValuationView.valueTypeText(type)) && l.contains(Fmt.money(f.presentValue()))), type.id()));
        }
        // JSON Lines and the CSV export give the same CSV output, line for line, once the order is the same
        Run a = Run.of("value", settings.toString(), "--lines", dir.resolve("lines.jsonl").toString(), "--format", "csv");
        Run b = Run.of("value", settings.toString(), "--lines", dir.resolve("export.csv").toString(), "--format", "csv");
        assertEquals(a.out().lines().sorted().toList(), b.out().lines().sorted().toList());
    }

    @Test
    void theRequestsOwnLinesComeFirstAndSharpenTheTotals(@TempDir Path dir) throws IOException {
        List<CommitmentLine> lines = SeededPortfolio.lines(200, 7L);
        List<CommitmentLine> own = lines.subList(0, 20);
        List<CommitmentLine> bulk = lines.subList(20, 200);
        Files.writeString(dir.resolve("request.json"), Formats.VALUATION_REQUEST.toJson(SeededPortfolio.settings().withLines(own)));
        Files.writeString(dir.resolve("bulk.jsonl"), SeededPortfolio.jsonl(bulk));
        Run r = Run.of("value", dir.resolve("request.json").toString(), "--lines", dir.resolve("bulk.jsonl").toString(),
                "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        List<String> ids = r.out().lines().map(l -> {
            try {
                return JSON.readTree(l).get("id").asText();
            } catch (IOException e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertEquals(lines.stream().map(CommitmentLine::id).toList(), ids);
        Run json = Run.of("value", dir.resolve("request.json").toString(), "--lines", dir.resolve("bulk.jsonl").toString(),
                "--format", "json");
        assertEquals(inMemory(lines).totals(), Formats.VALUATION_REPORT.parse(json.out()).totals());
    }

    @Test
    void jsonLinesOutputHasOneObjectPerLineWithTheCsvColumns(@TempDir Path dir) throws IOException {
        List<CommitmentLine> lines = SeededPortfolio.lines(300, 99L);
        Path settings = files(dir, lines);
        Run r = Run.of("value", settings.toString(), "--lines", dir.resolve("lines.jsonl").toString(), "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        Valuation whole = inMemory(lines);
        Map<String, LineValuation> byId = new HashMap<>();
        whole.lines().forEach(l -> byId.put(l.id(), l));
        List<String> out = r.out().lines().toList();
        assertEquals(lines.size(), out.size());
        for (int i = 0; i < out.size(); i++) {
            JsonNode n = JSON.readTree(out.get(i));
            CommitmentLine l = lines.get(i);
            assertEquals(l.id(), n.get("id").asText());
            assertEquals(l.duration(), n.get("duration").asInt());
            assertTrue(n.get("duration").isInt() && n.get("quantity").isTextual(), out.get(i));
            LineValuation v = byId.get(l.id());
            if (v == null) {
                assertTrue(n.get("unvalued").asText().startsWith("no proxy for measure"), out.get(i));
                assertFalse(n.has("gross"), out.get(i));
            } else {
                assertEquals(v.exact().rounded().presentValue().amount(), new BigDecimal(n.get("presentValue").asText()));
                assertEquals("GBP", n.get("currency").asText());
            }
        }
    }

    @Test
    void standardInputNeedsTheLayoutAndHasNoSizeLimit() throws IOException {
        // 110,000 lines of JSON Lines: about 18 MB, above the 16 MiB limit of ordinary documents
        List<CommitmentLine> lines = new ArrayList<>();
        List<CommitmentLine> seed = SeededPortfolio.lines(1000, 5L);
        for (int i = 0; i < 110_000; i++) {
            lines.add(seed.get(i % seed.size()).toBuilder().id("b" + i).build());
        }
        String jsonl = SeededPortfolio.jsonl(lines);
        assertTrue(jsonl.length() > Input.MAX_BYTES, "bigger than the document limit: " + jsonl.length());
        Path dir = Files.createTempDirectory("svtoms-bulk");
        try {
            Path settings = dir.resolve("s.json");
            Files.writeString(settings, SeededPortfolio.settingsJson());
            Run r = Run.withInput(jsonl, "value", settings.toString(), "--lines", "-", "--lines-format", "jsonl");
            assertEquals(0, r.code(), r.err());
            Figures totals = inMemory(lines).totals();
            String all = allTypes(r.out());
            assertTrue(all.contains(" " + Fmt.money(totals.gross()) + " "), all);
            assertTrue(all.contains(" " + Fmt.money(totals.net()) + " "), all);
            assertTrue(all.contains(" " + Fmt.money(totals.presentValue()) + " "), all);
            assertTrue(r.out().contains("Social value of s.json with <stdin>"), r.out());
            Run noLayout = Run.withInput(jsonl, "value", settings.toString(), "--lines", "-");
            assertEquals(2, noLayout.code());
            assertTrue(noLayout.err().contains("--lines-format"), noLayout.err());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Test
    void aValuationRequestCanBeStreamedWithoutABulkFile() {
        String request = Formats.VALUATION_REQUEST.toJson(SeededPortfolio.settings().withLines(SeededPortfolio.lines(50, 3L)));
        Run r = Run.withInput(request, "value", "-", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        assertEquals(50, r.out().lines().count());
        assertEquals(2, Run.of("portfolio", Run.file("examples/nhs-london-portfolio.json"), "--format", "jsonl").code(),
                "jsonl is for value only");
        assertEquals(2, Run.withInput(request, "value", "-", "--on-error", "skip").code(), "--on-error needs --lines");
        assertTrue(Run.withInput(request, "value", "-", "--lines-format", "csv").err().contains("go with --lines FILE"));
    }
}
