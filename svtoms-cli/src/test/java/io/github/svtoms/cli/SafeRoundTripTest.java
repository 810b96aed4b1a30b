package io.github.svtoms.cli;

import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Safe#spreadsheet(String)} and {@link Safe#fromSpreadsheet(String)}: no cell starts like a formula, and
 * reading a cell back gives the text exactly, so that a CSV export reads back with {@code --lines}; and terminal
 * text has no control or bidirectional character; on seeded text built from the characters that matter.
 */
@ExtendWith(InstancioExtension.class)
class SafeRoundTripTest {
    private static final String ALPHABET = "=+-@\t\r'a1.,\" \u202e\u001b9";

    /** One seeded text: the seed of its characters. */
    record Spec(long seed) {
    }

    /** Seeded texts of 0–8 characters drawn from {@link #ALPHABET}. */
    private static List<String> texts() {
        return Instancio.ofList(Spec.class).size(5000).withSeed(20250611L).create().stream().map(s -> {
            java.util.Random r = new java.util.Random(s.seed());
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(9); i > 0; i--) {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            return b.toString();
        }).toList();
    }

    @Test
    void noCellStartsLikeAFormulaAndReadingUndoesTheChange() {
        int changed = 0;
        for (String t : texts()) {
            String safe = Safe.spreadsheet(t);
            assertEquals(t, Safe.fromSpreadsheet(safe), "read back: " + t);
            boolean number = t.matches("[-+]?[0-9]+(\\.[0-9]+)?");
            if (!safe.isEmpty() && !number) {
                assertFalse("=+-@\t\r".indexOf(safe.charAt(0)) >= 0, "starts like a formula: " + safe);
            }
            if (number) {
                assertEquals(t, safe, "a number stays a number");
            }
            if (!safe.equals(t)) {
                changed++;
                assertEquals("'" + t, safe);
            }
        }
        assertTrue(changed > 1000, "neutralised: " + changed);
        assertEquals("-12.5", Safe.spreadsheet("-12.5"));
        assertEquals("'-1+2", Safe.spreadsheet("-1+2"));
        assertEquals("''x", Safe.spreadsheet("'x"));
        assertEquals("'x", Safe.fromSpreadsheet(Safe.spreadsheet("'x")));
        assertEquals("'=1", Safe.spreadsheet("=1"));
        assertEquals("", Safe.spreadsheet(""));
    }

    @Test
    void terminalTextHasNoControlOrBidiCharacters() {
        for (String t : texts()) {
            String safe = Safe.terminal(t);
            assertTrue(safe.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == 0x202e), safe);
        }
        assertEquals("a\\u001B[31mb\\u202Ec", Safe.terminal("a\u001b[31mb\u202ec"));
        assertEquals("plain £ é", Safe.terminal("plain £ é"));
    }
}
