package io.github.svtoms.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text from a notice cannot run as a formula in a spreadsheet opening the CSV, nor move the cursor,
 * recolour or reorder a terminal showing the table ({@link Safe}).
 */
class OutputSafetyTest {
    /** A notice whose texts are hostile: formulas, an escape sequence, a right-to-left override, a newline. */
    private static final String HOSTILE = """
            {
              "ocid": "=ocds-evil",
              "id": "@release",
              "date": "2025-03-01T00:00:00Z",
              "tag": ["tender"],
              "parties": [{"id": "b1", "name": "\\u001b[31mEvil\\u202eCouncil", "roles": ["buyer"],
                "details": {"classifications": [{"scheme": "TED_CA_TYPE", "id": "Regional or local authority"}]}}],
              "buyer": {"id": "b1", "name": "\\u001b[31mEvil\\u202eCouncil"},
              "tender": {
                "id": "t1",
                "title": "=HYPERLINK(\\"http://x.example\\",\\"click\\")\\nsecond line",
                "mainProcurementCategory": "services",
                "value": {"amount": 500000, "currency": "GBP"},
                "contractPeriod": {"startDate": "2025-04-01", "endDate": "2027-03-31"},
                "lots": [{"id": "=1+1\\u001b[2J\\u202e", "title": "+lot",
                  "awardCriteria": {"criteria": [
                    {"type": "quality", "name": "@SUM(1+1)", "numbers": [{"number": 40, "weight": "percentageExact"}]},
                    {"type": "price", "name": "-price", "numbers": [{"number": 60, "weight": "percentageExact"}]}]}}]
              }
            }
            """;

    @Test
    void spreadsheetCellsThatStartLikeAFormulaGetAnApostrophe() {
        for (String formula : List.of("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "=", "-", "+44 20 7946 0000", "-1e5")) {
            assertEquals("'" + formula, Safe.spreadsheet(formula), formula);
        }
        for (String plain : List.of("", "12", "-12.50", "+3", "0.25", "abc", "a=1", "£-5", " =1")) {
            assertEquals(plain, Safe.spreadsheet(plain), plain);
        }
    }

    @Test
    void terminalTextHasControlAndBidiCharactersEscaped() {
        assertEquals("a\\u001B[31mb", Safe.terminal("a\u001b[31mb"));
        assertEquals("x\\u000Ay\\u000Dz\\u0009", Safe.terminal("x\ny\rz\t"));
        assertEquals("\\u202Eevil\\u202C", Safe.terminal("\u202eevil\u202c"));
        assertEquals("\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C", Safe.terminal("\u2066\u2067\u2068\u2069\u200e\u200f\u061c"));
        assertEquals("\\u007F\\u0080\\u009B\\u2028\\u2029", Safe.terminal("\u007f\u0080\u009b\u2028\u2029"));
        assertEquals("£1,234 — Ceredigion, Cymraeg: ŵ ŷ, العربية", Safe.terminal("£1,234 — Ceredigion, Cymraeg: ŵ ŷ, العربية"));
        for (char c = 0; c < 0x3000; c++) {
            String escaped = Safe.terminal(String.valueOf(c));
            assertEquals(Safe.isUnsafe(c), !escaped.equals(String.valueOf(c)), "U+" + Integer.toHexString(c));
            assertFalse(escaped.chars().anyMatch(x -> Safe.isUnsafe((char) x)), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void theScanCsvOfAHostileNoticeOpensAsTextInASpreadsheet(@TempDir Path dir) throws IOException {
        String file = OcdsData.write(dir, "hostile.json", HOSTILE);
        Run r = Run.of("ocds", "scan", file, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = OcdsScanCommandTest.csv(r.out());
        assertEquals(2, rows.size());
        Map<String, String> whole = rows.get(0);
        Map<String, String> lot = rows.get(1);
        assertEquals("'=ocds-evil", whole.get("ocid"));
        assertEquals("'@release", whole.get("release_id"));
        assertEquals("'=HYPERLINK(\"http://x.example\",\"click\")\nsecond line", whole.get("title"));
        assertEquals("'=1+1\u001b[2J\u202e", lot.get("lot"));
        assertEquals("'+lot", lot.get("title"));
        assertEquals("'@SUM(1+1) 40%; -price 60%", lot.get("criteria"));
        assertEquals("500000", whole.get("net_value"));
        for (Map<String, String> row : rows) {
            for (Map.Entry<String, String> cell : row.entrySet()) {
                String v = cell.getValue();
                assertFalse(!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("[-+]?[0-9]+(\\.[0-9]+)?"),
                        cell.getKey() + " starts like a formula: " + v);
            }
        }
    }

    @Test
    void theScanTableAndTheSelectProfileShowEscapesNotControlCharacters(@TempDir Path dir) {
        String file = OcdsData.write(dir, "hostile.json", HOSTILE);
        Run scan = Run.of("ocds", "scan", file);
        assertEquals(0, scan.code(), scan.err());
        assertNoUnsafeCharacter(scan.out());
        assertTrue(scan.out().lines().anyMatch(l -> l.contains("  =1+1\\u001B[2J\\u202E  ")), scan.out());

        Run select = Run.of("select", "--ocds", file, "--framework", "svtoms-open");
        assertEquals(0, select.code(), select.err());
        assertNoUnsafeCharacter(select.out());
        assertTrue(select.out().contains("  buyer name      \\u001B[31mEvil\\u202ECouncil\n"), select.out());
        assertTrue(select.out().contains("  title           =HYPERLINK(\"http://x.example\",\"click\")\\u000Asecond line\n"),
                select.out());

        Run lot = Run.of("select", "--ocds", file, "--lot", "=1+1\u001b[2J\u202e", "--framework", "svtoms-open", "--format", "json");
        assertEquals(0, lot.code(), lot.err());
        assertNoUnsafeCharacter(lot.err());
        assertTrue(lot.err().contains("svtoms: hostile.json lot =1+1\\u001B[2J\\u202E: "), lot.err());

        Run noLot = Run.of("select", "--ocds", file, "--lot", "\u001b[2J", "--framework", "svtoms-open");
        assertEquals(Main.USAGE, noLot.code());
        assertNoUnsafeCharacter(noLot.err());
    }

    private static void assertNoUnsafeCharacter(String text) {
        text.lines().forEach(l -> assertFalse(l.chars().anyMatch(c -> Safe.isUnsafe((char) c)), "unescaped character in: " + l));
    }
}
