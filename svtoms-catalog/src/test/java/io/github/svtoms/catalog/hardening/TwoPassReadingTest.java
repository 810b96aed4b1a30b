package io.github.svtoms.catalog.hardening;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.Problem;
import io.github.svtoms.core.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file is bound first with nothing recorded and read again, locating every value, only when a problem
 * needs a position. These cases are the ones that pass could get wrong: a problem far into a file read in
 * small pieces, values the first pass must refuse although binding alone would accept them (a
 * {@code null} optional member, half a surrogate pair in a map key), malformed UTF-8 deep in a file, and
 * the caller's stream, which is never closed.
 */
class TwoPassReadingTest {
    private static final String OPEN = "/io/github/svtoms/catalog/default/svtoms-open.json";

    /** Hands out at most {@code piece} bytes per read, and remembers whether it was closed. */
    static final class Trickle extends ByteArrayInputStream {
        private final int piece;
        boolean closed;

        Trickle(byte[] bytes, int piece) {
            super(bytes);
            this.piece = piece;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, piece));
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    static String open() throws IOException {
        try (InputStream in = Formats.class.getResourceAsStream(OPEN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The 1-based line and column where {@code needle} starts in {@code text}. */
    static int[] lineAndColumn(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        String before = text.substring(0, at);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return new int[] {line, at - before.lastIndexOf('\n')};
    }

    static Problem only(CatalogueFormatException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void aProblemNearTheEndOfAFileReadInSmallPiecesIsPlacedAtItsValue() throws IOException {
        String text = open();
        int last = text.lastIndexOf("\"unit\": \"people\"");
        String bad = text.substring(0, last) + "\"unit\": \"parsecs\"" + text.substring(last + "\"unit\": \"people\"".length());
        int[] at = lineAndColumn(bad, "\"parsecs\"");
        for (int piece : List.of(1, 7, 1000, 1 << 20)) {
            Trickle in = new Trickle(bad.getBytes(StandardCharsets.UTF_8), piece);
            Problem p = only(assertThrows(CatalogueFormatException.class, () -> Formats.CATALOGUE.read(in, "open.json")));
            assertTrue(p.path().startsWith("$.measures[") && p.path().endsWith("].unit"), p.toString());
            assertEquals(at[0], p.line(), p.toString());
            assertEquals(at[1], p.column(), p.toString());
            assertTrue(p.message().contains("parsecs"), p.toString());
            assertFalse(in.closed, "the caller's stream is the caller's to close");
        }
    }

    @Test
    void aValidFileReadInSmallPiecesIsTheSameCatalogue() throws IOException {
        String text = open();
        Catalogue whole = Formats.CATALOGUE.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "open.json");
        Trickle in = new Trickle(text.getBytes(StandardCharsets.UTF_8), 3);
        assertEquals(whole, Formats.CATALOGUE.read(in, "open.json"));
        assertFalse(in.closed);
    }

    @Test
    void aNullOptionalMemberIsRefusedAtItsPosition() throws IOException {
        String text = open();
        int last = text.lastIndexOf("\"unit\": \"people\"");
        String bad = text.substring(0, last) + "\"exclusiveGroup\": null,\n      " + text.substring(last);
        int[] at = lineAndColumn(bad, "null,");
        Problem p = only(assertThrows(CatalogueFormatException.class,
                () -> Formats.CATALOGUE.read(new Trickle(bad.getBytes(StandardCharsets.UTF_8), 512), "open.json")));
        assertEquals("null is not allowed: omit an optional member instead", p.message());
        assertTrue(p.path().endsWith("].exclusiveGroup"), p.toString());
        assertEquals(at[0], p.line());
        assertEquals(at[1], p.column());
    }

    @Test
    void halfASurrogatePairInAMapKeyIsRefused() throws IOException {
        String text;
        try (InputStream in = TwoPassReadingTest.class.getResourceAsStream("/valid/sroi-valuation.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // derivation inputs are named freely: only the surrogate check stands between this key and a
        // report that cannot be written back as it was read
        String key = "\"inputs\": {\n            \"amount\"";
        assertTrue(text.contains(key));
        String bad = text.replace(key, "\"inputs\": {\n            \"am\\uD800ount\"");
        int[] at = lineAndColumn(bad, "\"am\\uD800ount\"");
        Problem p = only(assertThrows(CatalogueFormatException.class,
                () -> Formats.VALUATION_REPORT.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "v.json")));
        assertTrue(p.message().startsWith("invalid string: unpaired surrogate \\uD800"), p.toString());
        assertEquals("$.lines[0].derivation[0].inputs", p.path(), p.toString());
        assertEquals(at[0], p.line(), p.toString());
    }

    @Test
    void malformedUtf8DeepInAFileIsPlacedByLineAndCharacter() throws IOException {
        String text = open();
        int last = text.lastIndexOf("\"name\": \"");
        // a line holding two-byte and three-byte characters, then a broken sequence (C3 then a quote)
        String prefix = text.substring(0, last) + "\"name\": \"£ and € then ";
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(last + "\"name\": \"".length()).getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bad, 0, head.length);
        bad[head.length] = (byte) 0xC3;
        System.arraycopy(tail, 0, bad, head.length + 1, tail.length);
        int line = (int) prefix.chars().filter(c -> c == '\n').count() + 1;
        int column = prefix.length() - prefix.lastIndexOf('\n'); // characters, not bytes: the C3 is one more
        for (int piece : List.of(5, 8000, 1 << 20)) {
            Problem p = only(assertThrows(CatalogueFormatException.class,
                    () -> Formats.CATALOGUE.read(new Trickle(bad, piece), "open.json")));
            assertTrue(p.message().startsWith("invalid UTF-8: byte 0x"), p.toString());
            assertEquals(line, p.line(), p.toString());
            assertEquals(column, p.column(), p.toString());
        }
    }

    @Test
    void aKeyGivenTwiceInAMapIsRefusedAtItsSecondOccurrence() throws IOException {
        String text;
        try (InputStream in = Formats.class.getResourceAsStream("/io/github/svtoms/catalog/default/reference.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int values = text.indexOf("\"values\": {\n");
        int lineStart = text.indexOf('\n', values) + 1;
        int lineEnd = text.indexOf('\n', lineStart) + 1;
        String entry = text.substring(lineStart, lineEnd);
        String year = entry.substring(entry.indexOf('"') + 1, entry.indexOf('"', entry.indexOf('"') + 1));
        String bad = text.substring(0, lineEnd) + entry + text.substring(lineEnd);
        int line = (int) bad.substring(0, lineEnd).chars().filter(c -> c == '\n').count() + 1;
        Problem p = only(assertThrows(CatalogueFormatException.class,
                () -> Formats.REFERENCE_DATA.read(new Trickle(bad.getBytes(StandardCharsets.UTF_8), 100),
                        "reference.json")));
        assertEquals("duplicate member '" + year + "'", p.message(), p.toString());
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.path().endsWith(".values." + year), p.toString());
    }
}
