package io.github.svtoms.cli;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad records in a bulk file: reported with their line (and, for a format problem, column and path or column
 * name); {@code --on-error stop} stops there with exit code 3, {@code --on-error skip} skips and counts them and
 * values the rest exactly as if they were not there; never half-applied. Output that cannot be written ends
 * the run with exit code 1.
 */
@ExtendWith(InstancioExtension.class)
class BulkErrorsTest {
    private static final String GOOD = "{\"id\": \"%s\", \"measure\": \"local-employment\", \"quantity\": \"%s\", \"duration\": 2}";

    private static Path settings(Path dir) throws IOException {
        Path s = dir.resolve("settings.json");
        Files.writeString(s, SeededPortfolio.settingsJson());
        return s;
    }

    private static CommitmentLine good(String id, String quantity) {
        return CommitmentLine.builder(id, MeasureId.of("local-employment"), new BigDecimal(quantity)).duration(2).build();
    }

    @Test
    void jsonLinesStopAtTheFirstBadRecordOrSkipThemAll(@TempDir Path dir) throws IOException {
        Path settings = settings(dir);
        String file = String.join("\n",
                String.format(GOOD, "a", "1"),
                "{\"id\": \"b\", \"measure\": \"local-employment\", \"quantity\": 2}",
                String.format(GOOD, "c", "3"),
                // long-term-unemployed hires count in the first year only: the engine refuses 3 years
                "{\"id\": \"d\", \"measure\": \"long-term-unemployed-hires\", \"quantity\": \"1\", \"duration\": 3}",
                "not json",
                String.format(GOOD, "e", "5")) + "\n";
        Files.writeString(dir.resolve("l.jsonl"), file);
        String lines = dir.resolve("l.jsonl").toString();

        Run stop = Run.of("value", settings.toString(), "--lines", lines, "--format", "csv");
        assertEquals(3, stop.code());
        List<String> rows = stop.out().lines().toList();
        assertEquals(2, rows.size(), "the header and line a only: " + stop.out());
        assertTrue(rows.get(1).startsWith("a,local-employment,"), stop.out());
        assertTrue(stop.err().startsWith(lines + ":2:56: $.quantity: expected a JSON string, found an integer\n"), stop.err());
        assertTrue(stop.err().contains("stopped at the bad record on line 2"), stop.err());
        assertFalse(stop.err().contains("\tat "), "no stack trace");

        Run skip = Run.of("value", settings.toString(), "--lines", lines, "--format", "json", "--on-error", "skip");
        assertEquals(0, skip.code(), skip.err());
        List<String> err = skip.err().lines().toList();
        assertEquals(lines + ":2:56: $.quantity: expected a JSON string, found an integer", err.get(0));
        assertTrue(err.get(1).startsWith(lines + ":4: line 'd': "), err.get(1));
        assertTrue(err.get(2).startsWith(lines + ":5:5: $: Unrecognized token 'not'"), err.get(2));
        assertEquals("svtoms: 3 bad records skipped (lines 2, 4, 5); 3 lines written", err.get(3));
        assertEquals(4, err.size(), skip.err());
        // exactly the valuation of the good lines
        var expected = ValuationEngine.value(SeededPortfolio.settings().withLines(List.of(good("a", "1"), good("c", "3"),
                good("e", "5"))));
        assertEquals(expected.totals(), Formats.VALUATION_REPORT.parse(skip.out()).totals());
        assertEquals(List.of("a", "c", "e"), Formats.VALUATION_REPORT.parse(skip.out()).lines().stream()
                .map(l -> l.id()).toList());

        Run table = Run.of("value", settings.toString(), "--lines", lines, "--on-error", "SKIP");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("Skipped (--on-error skip): 3 bad records skipped (lines 2, 4, 5)"), table.out());
        assertTrue(table.out().contains("Lines: 3 valued, 0 unvalued, 3 skipped"), table.out());
    }

    @Test
    void csvRowsAreCheckedCellByCellAndAStructuralProblemEndsTheReading(@TempDir Path dir) throws IOException {
        Path settings = settings(dir);
        Files.writeString(dir.resolve("l.csv"), """
                id,measure,quantity,duration,drop_off,currency
                a,local-employment,1,2,0.1,GBP
                b,local-employment,"1,000",2,1.5,EUR

                c,no-such-measure,3,0,,
                d,local-employment,4,2,,
                e,local-employment
                f,local-employment,6,2,0,GBP
                """);
        String csv = dir.resolve("l.csv").toString();
        Run skip = Run.of("value", settings.toString(), "--lines", csv, "--format", "csv", "--on-error", "skip");
        assertEquals(0, skip.code(), skip.err());
        List<String> err = skip.err().lines().toList();
        assertEquals(List.of(
                csv + ":3:3: quantity: invalid decimal '1,000': expected a plain decimal: optional '-', no leading zeros, no "
                        + "grouping, at most 30 integer and 20 fraction digits, no exponent (e.g. 74.43)",
                csv + ":3:5: drop_off: '1.5' is out of range: 'drop_off' is a fraction between 0 and 1",
                csv + ":3:6: currency: currency 'EUR' is not the request's GBP (svtoms never converts currencies)",
                csv + ":5:2: measure: unknown measure 'no-such-measure': the catalogue has no measure with this id",
                csv + ":5:4: duration: invalid duration 0: must be at least 1",
                csv + ":7:3: $: expected 6 cells as in the header, found 2",
                "svtoms: 3 bad records skipped (lines 3, 5, 7); 3 lines written"), err);
        assertEquals(List.of("a", "d", "f"), skip.out().lines().skip(1).map(l -> l.substring(0, 1)).toList());

        Files.writeString(dir.resolve("broken.csv"), "id,measure,quantity\na,local-employment,1\nb,\"local-employment,2\n");
        Run broken = Run.of("value", settings.toString(), "--lines", dir.resolve("broken.csv").toString(), "--on-error", "skip",
                "--format", "csv");
        assertEquals(3, broken.code());
        assertTrue(broken.err().contains("cannot read the CSV on: Missing closing quote"), broken.err());
        assertTrue(broken.err().contains("cannot be read past this point"), broken.err());

        Files.writeString(dir.resolve("header.csv"), "id,measure,qty\n");
        Run header = Run.of("value", settings.toString(), "--lines", dir.resolve("header.csv").toString());
        assertEquals(3, header.code());
        assertEquals("", header.out());
        assertTrue(header.err().startsWith(dir.resolve("header.csv") + ":1:3: $: unknown column 'qty'"), header.err());
    }

    @Test
    void aLineRepeatingAnIdOfTheRequestIsABadRecord(@TempDir Path dir) throws IOException {
        Path request = dir.resolve("r.json");
        Files.writeString(request, Formats.VALUATION_REQUEST.toJson(SeededPortfolio.settings().withLines(List.of(good("a", "1")))));
        Files.writeString(dir.resolve("l.jsonl"), String.format(GOOD, "a", "2") + "\n" + String.format(GOOD, "b", "2") + "\n");
        Run r = Run.of("value", request.toString(), "--lines", dir.resolve("l.jsonl").toString(), "--format", "csv");
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith(dir.resolve("l.jsonl") + ":1: line 'a': duplicate line id"), r.err());
    }

    @Test
    void aMissingOrUnnamedBulkFileIsReported(@TempDir Path dir) throws IOException {
        Path settings = settings(dir);
        Run missing = Run.of("value", settings.toString(), "--lines", dir.resolve("none.csv").toString());
        assertEquals(3, missing.code());
        assertEquals(dir.resolve("none.csv") + ":0:0: $: cannot read the file: no such file", missing.err().strip());
        assertEquals("", missing.out());
        Run unnamed = Run.of("value", settings.toString(), "--lines", dir.resolve("lines.txt").toString());
        assertEquals(2, unnamed.code());
        assertTrue(unnamed.err().contains("--lines-format csv or jsonl"), unnamed.err());
        Run both = Run.of("value", "-", "--lines", "-", "--lines-format", "csv");
        assertEquals(2, both.code());
    }

    @Test
    void formulasInCsvCellsAreNeutralisedAndReadBack(@TempDir Path dir) throws IOException {
        Path settings = settings(dir);
        List<CommitmentLine> lines = List.of(good("=HYPERLINK(\"http://x\")", "1"), good("+1", "2"), good("@cmd", "3"),
                good("-2+3", "4"), good("'quoted", "5"), good("plain", "7"));
        // a tab (a control character) cannot begin an id any more: free-text ids refuse control characters (Limits)
        Files.writeString(dir.resolve("l.jsonl"), SeededPortfolio.jsonl(lines));
        Run csv = Run.of("value", settings.toString(), "--lines", dir.resolve("l.jsonl").toString(), "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> ids = csv.out().lines().skip(1).map(l -> l.startsWith("\"") ? l.substring(0, l.indexOf("\",") + 1)
                : l.substring(0, l.indexOf(','))).toList();
        // +1 reads as a number, not a formula: it is left as it is
        assertEquals(List.of("\"'=HYPERLINK(\"\"http://x\"\")\"", "+1", "'@cmd", "'-2+3", "''quoted", "plain"),
                ids);
        Files.writeString(dir.resolve("out.csv"), csv.out());
        Run back = Run.of("value", settings.toString(), "--lines", dir.resolve("out.csv").toString(), "--format", "jsonl");
        assertEquals(0, back.code(), back.err());
        List<String> read = new ArrayList<>();
        back.out().lines().forEach(l -> read.add(l.substring(7, l.indexOf("\",\"measure\""))));
        assertEquals(List.of("=HYPERLINK(\\\"http://x\\\")", "+1", "@cmd", "-2+3", "'quoted", "plain"), read);
    }

    @Test
    void outputThatCannotBeWrittenEndsTheRunWithFour(@TempDir Path dir) throws IOException {
        Path settings = settings(dir);
        Files.writeString(dir.resolve("l.jsonl"), SeededPortfolio.jsonl(SeededPortfolio.lines(20_000, 11L)));
        for (String format : List.of("csv", "jsonl", "json", "table")) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(new String[] {"value", settings.toString(), "--lines", dir.resolve("l.jsonl").toString(),
                "--format", format}, new PrintStream(new Full(100_000), false, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
            assertEquals(Main.OUTPUT_FAILED, code, format + ": " + err);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot write the output"), err.toString());
        }
        // a small output, written only at the end, too
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"value", Run.file("examples/elft-soft-fm.json")},
                new PrintStream(new Full(0), false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]));
        assertEquals(Main.OUTPUT_FAILED, code);
        assertEquals("svtoms: cannot write the output: standard output was closed or the disk is full\n",
                err.toString(StandardCharsets.UTF_8));
    }

    /** An output that fails, like a full disk or a closed pipe, after some bytes. */
    private static final class Full extends OutputStream {
        private long room;

        Full(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            if (room-- <= 0) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            room -= len;
            if (room < 0) {
                throw new IOException("No space left on device");
            }
        }
    }
}
