package io.github.svtoms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Formats#COMMITMENT_LINES}: one commitment object per line, exactly as in the valuation request's
 * {@code commitments}; read record by record, each bad record reported alone at its line, the reader going on
 * after it; the limits per record.
 */
@ExtendWith(InstancioExtension.class)
class CommitmentLinesTest {
    private static final ObjectMapper TREE = new ObjectMapper();
    private static final ValuationRequest SETTINGS = Bundled.valuationRequest(Money.currency("GBP"),
            PriceYear.parse("2024-25")).build();

    /** Every record read, or the problems (as text) of every bad one, in line order. */
    private static List<String> outcomes(String text) {
        List<String> out = new ArrayList<>();
        try (LineReader<CommitmentLine> r = Formats.COMMITMENT_LINES.reader(stream(text), "c.jsonl", SETTINGS)) {
            while (r.hasNext()) {
                try {
                    CommitmentLine l = r.next();
                    out.add(r.lineNumber() + " ok " + l.id());
                } catch (CatalogueFormatException e) {
                    assertTrue(e.problems().stream().allMatch(p -> p.line() == r.lineNumber()), e.getMessage());
                    out.add(e.problems().get(0).toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void generatedRequestLinesRoundTripAndEachRecordIsTheRequestsCommitmentObject() throws IOException {
        List<RequestPropertyTest.Spec> specs = RequestPropertyTest.specs();
        int lines = 0;
        for (int i = 0; i < specs.size(); i++) {
            ValuationRequest request = RequestPropertyTest.request(specs.get(i), i);
            JsonNode commitments = TREE.readTree(Formats.VALUATION_REQUEST.toJson(request)).get("commitments");
            StringBuilder file = new StringBuilder();
            for (int k = 0; k < request.lines().size(); k++) {
                String record = Formats.COMMITMENT_LINES.toLine(request.lines().get(k));
                assertFalse(record.contains("\n"), record);
                assertEquals(commitments.get(k), TREE.readTree(record), "the same object as in the request");
                file.append(record).append(i % 2 == 0 ? "\n" : "\r\n");
            }
            List<CommitmentLine> back = new ArrayList<>();
            Formats.COMMITMENT_LINES.reader(stream(file.toString()), "gen.jsonl", request).forEachRemaining(back::add);
            assertEquals(request.lines(), back, file.toString());
            lines += back.size();
        }
        assertTrue(lines > 2000, "lines checked: " + lines);
    }

    @Test
    void aBadRecordIsReportedAtItsLineAndTheReaderGoesOn() {
        String text = """
                {"id": "a", "measure": "local-employment", "quantity": "2"}
                {"id": "b", "measure": "local-employment", "quantity": 2}
                {"id": "c", "measure": "no-such-measure", "quantity": "-1", "dropOff": "1.5"}
                [1, 2]
                {"id": "d", "measure": "local-employment", "quantity": "2"} {"id": "e"}
                {"id": "f", "measure": "local-employment", "quantity": "2", "colour": "red"}
                {"id": "g", "measure": "local-employment", "quantity": "2", "evidence": null}
                {"id": "h", "measure": "local-employment", "quantity": "2", "id": "h2"}
                {"id": "i", "measure": "local-employment", "quantity": "2", "proxy": {"amount": "x", "priceYear": "2024-25"}}

                {"id": "j", "measure": "local-employment", "quantity": "2", "startYear": 0}
                {"id": "k", "measure": "local-employment"
                {"id": "l", "measure": "local-employment", "quantity": "3", "duration": 3}
                """;
        List<String> out = outcomes(text);
        assertEquals(List.of(
                "1 ok a",
                "c.jsonl:2:56: $.quantity: expected a JSON string, found an integer",
                "c.jsonl:3:24: $.measure: unknown measure 'no-such-measure': the catalogue has no measure with this id",
                "c.jsonl:4:1: $: expected one commitment object on the line, found an array",
                "c.jsonl:5:61: $: trailing content after the object: one record per line",
                "c.jsonl:6:77: $.colour: unknown member 'colour': allowed members are attribution, countedSeparately,"
                        + " deadweight, discountKind, displacement, dropOff, duration, evidence, id, measure, proxy, quantity,"
                        + " startYear, wageArea",
                "c.jsonl:7:73: $.evidence: null is not allowed: omit an optional member instead",
                "c.jsonl:8:72: $.id: duplicate member 'id'",
                "c.jsonl:9:81: $.proxy.amount: invalid decimal 'x': expected a plain decimal in a JSON string: optional"
                        + " '-', no leading zeros, at most 30 integer and 20 fraction digits, no exponent (e.g. \"74.43\")",
                "c.jsonl:10:1: $: empty line: expected one commitment object on each line",
                "c.jsonl:11:74: $.startYear: invalid startYear 0: must be at least 1",
                "c.jsonl:12:42: $.measure: Unexpected end-of-input: expected close marker for Object (start marker at [line: 1, column: 1])",
                "13 ok l"), out);
    }

    @Test
    void everyProblemOfABadRecordIsReportedTogether() {
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> Formats.COMMITMENT_LINES.reader(
                stream("{\"id\": \"c\", \"measure\": \"no-such-measure\", \"quantity\": \"-1\", \"dropOff\": \"1.5\"}"),
                "c.jsonl", SETTINGS).next());
        assertEquals(List.of("$.measure", "$.quantity", "$.dropOff"), e.problems().stream().map(Problem::path).toList());
        assertTrue(e.problems().stream().allMatch(p -> p.line() == 1 && p.file().equals("c.jsonl")), e.getMessage());
        assertTrue(e.problems().get(1).message().startsWith("invalid quantity '-1': must not be negative"), e.getMessage());
        assertTrue(e.problems().get(2).message().startsWith("'1.5' is out of range"), e.getMessage());
    }

    @Test
    void limitsPerRecord() {
        String good = "{\"id\": \"ok\", \"measure\": \"local-employment\", \"quantity\": \"1\"}\n";
        String longId = "x".repeat(LineFormat.MAX_RECORD_BYTES);
        String deep = "{\"id\": \"d\", \"measure\": \"local-employment\", \"quantity\": \"1\", \"proxy\": "
                + "{\"provenance\": ".repeat(1) + "[[[[[[[[1]]]]]]]]" + "}}\n";
        String number = "{\"id\": \"n\", \"measure\": \"local-employment\", \"quantity\": \"1\", \"duration\": "
                + "1".repeat(41) + "}\n";
        String exact = "{\"id\": \"" + "y".repeat(LineFormat.MAX_RECORD_BYTES - 60) + "\", \"measure\": \"local-employment\""
                + ", \"quantity\": \"1\"}";
        exact = exact + " ".repeat(LineFormat.MAX_RECORD_BYTES - exact.length()) + "\r\n";
        List<String> out = outcomes(good + "{\"id\": \"" + longId + "\"}\n" + good + deep + number + exact + good);
        assertEquals("1 ok ok", out.get(0));
        assertEquals("c.jsonl:2:" + (LineFormat.MAX_RECORD_BYTES + 1) + ": $: line longer than "
                + LineFormat.MAX_RECORD_BYTES + " bytes: a record holds one commitment object", out.get(1));
        assertEquals("3 ok ok", out.get(2));
        // a commitment never nests deeper than 3: binding refuses the first container out of place, before the
        // parser's depth limit (8) is reached
        assertEquals("c.jsonl:4:85: $.proxy.provenance: expected an object, found an array", out.get(3));
        assertTrue(out.get(4).startsWith("c.jsonl:5:") && out.get(4).contains("Number value length (41) exceeds the maximum"
                + " allowed (40)"), out.get(4));
        assertTrue(out.get(5).startsWith("6 ok yyy"), "a record of exactly the limit, with CR LF, is read");
        assertEquals("7 ok ok", out.get(6));
        assertEquals(7, out.size());
    }

    @Test
    void anEndlessLineIsPassedOverInConstantMemory() {
        // 256 MiB of one line, generated while it is read: never held, reported as too long, then the next record
        long size = 256L << 20;
        InputStream huge = new InputStream() {
            private long sent;
            private final byte[] tail = "\n{\"id\": \"after\", \"measure\": \"local-employment\", \"quantity\": \"1\"}\n"
                    .getBytes(StandardCharsets.UTF_8);

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent >= size + tail.length) {
                    return -1;
                }
                int n = 0;
                while (n < len && sent < size + tail.length) {
                    b[off + n++] = sent < size ? (byte) 'z' : tail[(int) (sent - size)];
                    sent++;
                }
                return n;
            }
        };
        LineReader<CommitmentLine> r = Formats.COMMITMENT_LINES.reader(huge, "huge.jsonl", SETTINGS);
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class, r::next);
        assertEquals(1, e.problems().get(0).line());
        assertEquals("after", r.next().id());
        assertFalse(r.hasNext());
        assertThrows(NoSuchElementException.class, r::next);
    }

    @Test
    void bytesMustBeUtf8WithoutAByteOrderMark() {
        byte[] record = "{\"id\": \"\u00e9\", \"measure\": \"local-employment\", \"quantity\": \"1\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[record.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(record, 0, bom, 3, record.length);
        LineReader<CommitmentLine> r = Formats.COMMITMENT_LINES.reader(new ByteArrayInputStream(bom), "bom.jsonl", SETTINGS);
        assertEquals("bom.jsonl:1:1: $: a byte-order mark is not allowed: save the file as UTF-8 without a BOM",
                assertThrows(CatalogueFormatException.class, r::next).getMessage());

        byte[] overlong = "{\"id\": \"a\u00e9\", \"measure\": \"local-employment\", \"quantity\": \"1\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        overlong[9] = (byte) 0xC0; // é is C3 A9 at 9..10: C0 A9 is an overlong form
        r = Formats.COMMITMENT_LINES.reader(new ByteArrayInputStream(overlong), "bad.jsonl", SETTINGS);
        assertTrue(assertThrows(CatalogueFormatException.class, r::next).getMessage()
                .startsWith("bad.jsonl:1:10: $: invalid UTF-8: byte 0xC0"));
        r = Formats.COMMITMENT_LINES.reader(new ByteArrayInputStream(record), "ok.jsonl", SETTINGS);
        assertEquals("\u00e9", r.next().id());
    }

    @Test
    void aFileIsReadAndClosedAndAMissingFileIsAProblem(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("lines.jsonl");
        CommitmentLine line = CommitmentLine.builder("x", MeasureId.of("local-employment"), new BigDecimal("2.50"))
                .duration(3).build();
        Files.writeString(file, Formats.COMMITMENT_LINES.toLine(line) + "\n");
        try (LineReader<CommitmentLine> r = Formats.COMMITMENT_LINES.reader(file, SETTINGS)) {
            assertEquals(line, r.next());
            assertEquals("lines.jsonl", r.fileName());
        }
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
                () -> Formats.COMMITMENT_LINES.reader(dir.resolve("none.jsonl"), SETTINGS));
        assertEquals("none.jsonl:0:0: $: cannot read the file: no such file", e.getMessage());
    }

    @Test
    void theRecordSchemaIsTheRequestSchemasCommitment() throws IOException {
        JsonNode record = TREE.readTree(Formats.COMMITMENT_LINES.schema());
        JsonNode request = TREE.readTree(Formats.VALUATION_REQUEST.schema());
        JsonNode commitment = request.get("$defs").get("commitment");
        commitment.fieldNames().forEachRemaining(name -> assertEquals(commitment.get(name), record.get(name), name));
        record.get("$defs").fieldNames().forEachRemaining(name ->
                assertEquals(request.get("$defs").get(name), record.get("$defs").get(name), name));
        assertEquals(List.of(Formats.COMMITMENT_LINES), Formats.lineFormats());
        assertEquals("/io/github/svtoms/catalog/schema/svtoms-commitment-lines-1.schema.json",
                Formats.COMMITMENT_LINES.schemaResource());
        Schema schema = Schema.of("svtoms-commitment-lines-1");
        List<RequestPropertyTest.Spec> specs = RequestPropertyTest.specs();
        for (int i = 0; i < 200; i++) {
            ValuationRequest r = RequestPropertyTest.request(specs.get(i), i);
            for (CommitmentLine l : r.lines()) {
                String json = Formats.COMMITMENT_LINES.toLine(l);
                assertEquals(List.of(), schema.errors(TREE.readTree(json)), json);
            }
        }
    }
}
