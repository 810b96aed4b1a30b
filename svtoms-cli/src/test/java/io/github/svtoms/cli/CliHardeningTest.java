package io.github.svtoms.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The command line's inputs, outputs and messages under attack: endless devices and FIFOs as inputs, standard
 * input given twice, output that cannot be written, an {@code --out} file replaced whole, control characters
 * in values reaching the error stream, styling of the HTML report taken from cell text, and the exit codes.
 */
class CliHardeningTest {
    private static final String REQUEST = Run.file("examples/elft-soft-fm.json");
    private static final Duration QUICK = Duration.ofSeconds(10);

    /** A device or a FIFO named as an input is refused at once, by name and reason, with exit code 3. */
    @Test
    void devicesAndFifosAreRefusedAsInputsWithoutReadingThem(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is needed");
        String notRegular = ":0:0: $: cannot read the file: is not a regular file (a device, FIFO or socket): only regular "
                + "files are read\n";
        for (String device : List.of("/dev/zero", "/dev/urandom", fifo.toString())) {
            List<String[]> commands = List.of(
                    new String[] {"value", device},
                    new String[] {"value", REQUEST, "--catalogue", device},
                    new String[] {"value", REQUEST, "--proxies", device},
                    new String[] {"value", REQUEST, "--lines", device, "--lines-format", "jsonl"},
                    new String[] {"catalogue", "validate", device},
                    new String[] {"report", device, "--out", dir.resolve("r.html").toString()},
                    new String[] {"monitor", device},
                    new String[] {"lm3", device});
            for (String[] args : commands) {
                // on a FIFO without a writer, opening it would block for ever; on a device, reading fills the memory
                Run r = assertTimeoutPreemptively(QUICK, () -> Run.of(args), String.join(" ", args));
                assertEquals(Main.INVALID_INPUT, r.code(), String.join(" ", args) + ": " + r.err());
                assertEquals(device + notRegular, r.err(), String.join(" ", args));
                assertEquals("", r.out());
            }
        }
    }

    @Test
    void aDirectoryAnEmptyPathAndAMissingFileEachSayWhatIsWrong(@TempDir Path dir) {
        Run d = Run.of("value", dir.toString());
        assertEquals(Main.INVALID_INPUT, d.code());
        assertEquals(dir + ":0:0: $: cannot read the file: is a directory, not a file\n", d.err());
        Run e = Run.of("value", "");
        assertEquals(Main.INVALID_INPUT, e.code());
        assertEquals(":0:0: $: cannot read the file: the path is empty\n", e.err()); // was "is a directory"
        Run m = Run.of("value", REQUEST, "--lines", dir.resolve("none.csv").toString());
        assertEquals(dir.resolve("none.csv") + ":0:0: $: cannot read the file: no such file\n", m.err());
        Run n = Run.of("value", "a\u0000b.json");
        assertEquals(Main.INVALID_INPUT, n.code(), n.err());
        assertEquals("a\\u0000b.json:0:0: $: cannot read the file: invalid path: Nul character not allowed\n", n.err());
    }

    /** Standard input can be read once: a second {@code -} is a usage error, not "an empty file". */
    @Test
    void standardInputGivenTwiceIsAUsageError() throws IOException {
        String request = Files.readString(Path.of(REQUEST));
        for (String[] args : List.of(new String[] {"value", "-", "--catalogue", "-"},
                new String[] {"value", "-", "--proxies", "-"},
                new String[] {"report", "-", "--monitoring", "-", "--out", "-"})) {
            Run r = Run.withInput(request, args);
            assertEquals(Main.USAGE, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("svtoms: standard input (-) is given for two inputs: it can be read only once; "
                    + "save one of them to a file and give its path\n"), r.err());
            assertFalse(r.err().contains("empty"), r.err());
        }
        assertEquals(0, Run.withInput(request, "value", "-").code()); // once is fine
    }

    /** The byte cap counts what is read: 16 MiB and one byte on standard input is refused, never held whole. */
    @Test
    void standardInputIsCappedByTheBytesRead() {
        InputStream endless = new InputStream() {
            private long n;

            @Override
            public int read() {
                return n++ == 0 ? '{' : ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                n += len;
                return len;
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(QUICK, () -> Main.run(new String[] {"value", "-"}, new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                endless));
        assertEquals(Main.INVALID_INPUT, code);
        assertEquals("<stdin>:0:0: $: cannot read the file: larger than 16777216 bytes, the most a document may hold\n",
                err.toString(StandardCharsets.UTF_8));
    }

    /** Every command's output is checked: a full disk is exit code 4 and a message, never 0. */
    @Test
    void everyCommandFailsWithFourWhenItsOutputCannotBeWritten() {
        List<String[]> commands = List.of(
                new String[] {"catalogue", "list"},
                new String[] {"catalogue", "show", "local-employment"},
                new String[] {"catalogue", "export"},
                new String[] {"proxies", "export"},
                new String[] {"catalogue", "validate", REQUEST},
                new String[] {"select", Run.file("examples/kpi-kent.json")},
                new String[] {"value", REQUEST},
                new String[] {"value", REQUEST, "--format", "json"},
                new String[] {"value", REQUEST, "--format", "csv"},
                new String[] {"value", REQUEST, "--format", "jsonl"},
                new String[] {"report", REQUEST, "--out", "-"},
                new String[] {"evaluate", Run.file("examples/central-2027-evaluation.json")},
                new String[] {"monitor", Run.file("examples/elft-soft-fm-monitoring.json")},
                new String[] {"portfolio", Run.file("examples/nhs-london-portfolio.json")},
                new String[] {"lm3", Run.file("examples/salford-lm3.json")},
                new String[] {"checklist"},
                new String[] {"--version"});
        for (String[] args : commands) {
            assertEquals(0, Run.of(args).code(), String.join(" ", args));
            for (long room : new long[] {0, 10}) {
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = Main.run(args, new PrintStream(new Full(room), false, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
                assertEquals(Main.OUTPUT_FAILED, code, String.join(" ", args) + " with room " + room + ": " + err);
                assertTrue(err.toString(StandardCharsets.UTF_8).endsWith(
                        "svtoms: cannot write the output: standard output was closed or the disk is full\n"), err.toString());
            }
        }
    }

    /** Standard error closed: the run cannot say anything, but it does not claim success. */
    @Test
    void aClosedStandardErrorIsNotSuccessEither(@TempDir Path dir) {
        int code = Main.run(new String[] {"report", REQUEST, "--out", dir.resolve("r.html").toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new Full(0), true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        assertEquals(Main.OUTPUT_FAILED, code); // "svtoms: wrote r.html" could not be written
    }

    /**
     * {@code report --out} replaces the file in one rename: a hard link to the previous file keeps the previous
     * content (a write in place would change it), and no temporary file is left behind.
     */
    @Test
    void reportOutReplacesTheFileWholeByARename(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("report.html");
        Files.writeString(out, "previous page");
        Path link = Files.createLink(dir.resolve("link.html"), out);
        Run r = Run.of("report", REQUEST, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out).startsWith("<!DOCTYPE html>"));
        assertEquals("previous page", Files.readString(link));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("link.html", "report.html"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void reportOutToAFullDeviceOrAMissingDirectoryFailsWithFourAndLeavesNothing(@TempDir Path dir) throws IOException {
        if (Files.exists(Path.of("/dev/full"))) {
            Run full = Run.of("report", REQUEST, "--out", "/dev/full");
            assertEquals(Main.OUTPUT_FAILED, full.code(), full.err());
            assertEquals("svtoms: cannot write /dev/full: no space left on device\n", full.err());
        }
        Run isDir = Run.of("report", REQUEST, "--out", dir.toString());
        assertEquals(Main.OUTPUT_FAILED, isDir.code());
        assertEquals("svtoms: cannot write " + dir + ": is a directory\n", isDir.err());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    /**
     * A value with ESC, BEL, CR, LF or a bidi override quoted in an error message (the library's, the reader's or
     * picocli's) reaches standard error escaped: one line per problem, no raw control character.
     */
    @Test
    void controlCharactersInValuesNeverReachTheErrorStreamRaw(@TempDir Path dir) throws IOException {
        String forged = "x\u001b[31m\u0007\r\nsvtoms: everything is fine\u202e";
        String request = Files.readString(Path.of(REQUEST)).replace("\"real-living-wage-workers\"",
                "\"" + forged.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007").replace("\r", "\\r")
                        .replace("\n", "\\n") + "\"");
        Path file = dir.resolve("forged.json");
        Files.writeString(file, request);
        List<Run> runs = new ArrayList<>();
        runs.add(Run.of("value", file.toString()));
        runs.add(Run.of("catalogue", "show", forged));
        runs.add(Run.of("value", dir.resolve(forged).toString()));
        runs.add(Run.of("catalogue", "list", "--framework", forged));
        for (Run r : runs) {
            assertTrue(r.code() == Main.INVALID_INPUT || r.code() == Main.USAGE, r.err());
            for (char c : r.err().toCharArray()) {
                assertFalse(c != '\n' && Safe.isUnsafe(c), "raw U+" + Integer.toHexString(c) + " in " + r.err());
            }
            assertFalse(r.err().lines().anyMatch(l -> l.startsWith("svtoms: everything is fine")), r.err());
            assertTrue(r.err().contains("x\\u001B[31m\\u0007\\u000D\\u000Asvtoms: everything is fine\\u202E"), r.err());
        }
        assertEquals(1, runs.get(0).err().lines().count(), runs.get(0).err());
    }

    /** In table mode standard output is for a terminal: free text from a file is escaped there too. */
    @Test
    void tablesOnStandardOutputCarryNoRawControlCharacters(@TempDir Path dir) throws IOException {
        String lm3 = Files.readString(Path.of(Run.file("examples/salford-lm3.json"))).replace(
                "\"description\": \"Salford City Council", "\"description\": \"\\u001b[2J\\r\\nLM3 = 99\\u202eSalford City Council");
        Path file = dir.resolve("lm3.json");
        Files.writeString(file, lm3);
        Run r = Run.of("lm3", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\\u001B[2J\\u000D\\u000ALM3 = 99\\u202ESalford City Council"), r.out());
        for (char c : r.out().toCharArray()) {
            assertFalse(c != '\n' && c != '\t' && Safe.isUnsafe(c), "raw U+" + Integer.toHexString(c) + " in " + r.out());
        }
        // JSON is data, quoted by JSON's own escapes: not escaped again
        Run j = Run.of("lm3", file.toString(), "--format", "json");
        assertEquals(0, j.code(), j.err());
        assertEquals(Run.of("lm3", Run.file("examples/salford-lm3.json"), "--format", "json").json().size(), j.json().size());
    }

    /** A line id that looks like a badge or a total row is shown as text: the style comes from the data. */
    @Test
    void theHtmlReportTakesNoStyleFromCellText(@TempDir Path dir) throws IOException {
        String request = Files.readString(Path.of(REQUEST))
                .replace("\"ocs-rlw\"", "\"green|All targets met\"")
                .replace("\"ocs-local-hires\"", "\"Total\"")
                .replace("\"ocs-ltu-hires\"", "\"<script>alert(1)</script>\"");
        Path file = dir.resolve("styled.json");
        Files.writeString(file, request);
        Run r = Run.of("report", file.toString(), "--out", "-");
        assertEquals(0, r.code(), r.err());
        String html = r.out();
        assertFalse(html.contains("class=\"rag green\""), "a badge made from a line id");
        assertTrue(html.contains("<td>green|All targets met (projected)</td>"), "the id as text, marked projected (its living wage years beyond the announced rates)");
        // the two real total rows (themes, lines), not the line called Total
        assertEquals(2, count(html, "<tr class=\"total\">"));
        assertTrue(html.contains("<tr><td>Total</td>"));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void aStoryLinkThatIsNotHttpHttpsOrMailtoIsRefusedAtItsPosition(@TempDir Path dir) throws IOException {
        String monitoring = Files.readString(Path.of(Run.file("examples/elft-soft-fm-monitoring.json")));
        int at = monitoring.indexOf("\"link\": \"https:");
        assumeTrue(at > 0, "the example has a story link");
        for (String link : List.of("javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
                "JavaScript:alert(1)", "vbscript:x", "ftp://example.org/x", "https:///no-host")) {
            int end = monitoring.indexOf('"', at + 9);
            String bad = monitoring.substring(0, at) + "\"link\": \"" + link + monitoring.substring(end);
            Path file = dir.resolve("m.json");
            Files.writeString(file, bad);
            Run r = Run.of("monitor", file.toString());
            assertEquals(Main.INVALID_INPUT, r.code(), link + ": " + r.err());
            String line = monitoring.substring(0, at).split("\n", -1).length + "";
            assertTrue(r.err().matches("(?s)" + java.util.regex.Pattern.quote(file.toString()) + ":" + line
                    + ":\\d+: \\$\\.reports\\[\\d+\\]\\.stories\\[\\d+\\]\\.link: invalid link .*\n"), link + ": " + r.err());
        }
    }

    @Test
    void csvHeadersGoThroughSafeToo() {
        Csv csv = new Csv("=cmd", "plain");
        assertEquals("'=cmd,plain\n", csv.render());
    }

    @Test
    void internalErrorsAloneExitWithOne() {
        Context context = new Context(new java.io.PrintWriter(new java.io.StringWriter()),
                new Main.SafeLines(new java.io.StringWriter()), InputStream.nullInputStream());
        assertEquals(Main.FAILURE, Commands.failure(new IllegalStateException("a bug"), context));
        assertEquals(Main.INVALID_INPUT, Commands.failure(new io.github.svtoms.core.InvalidValueException("bad"), context));
        assertEquals(Main.INVALID_INPUT, Commands.failure(new java.io.UncheckedIOException("lines.csv: cannot read line 3",
                new IOException("input/output error")), context));
        assertEquals(Main.OUTPUT_FAILED, Commands.failure(OutputFailure.standardOutput(), context));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** A stream with room for {@code room} bytes, then "No space left on device". */
    static final class Full extends OutputStream {
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
