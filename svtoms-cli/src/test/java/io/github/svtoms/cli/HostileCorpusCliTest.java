package io.github.svtoms.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file of the hostile corpus ({@code svtoms-catalog/src/test/resources/hostile/}, described by its
 * {@code index.txt}) run in-process through the command that reads its format. Each must end with exit
 * code 3, nothing on stdout, and stderr made only of {@code FILE:LINE:COLUMN: $.path: message} lines, one
 * of which is the problem the index names (same line, column and path, message starting with the
 * index's fragment); no stack trace may reach the user.
 */
class HostileCorpusCliTest {
    private static final Path CORPUS = Run.ROOT.resolve("svtoms-catalog/src/test/resources/hostile");
    /** FILE:LINE:COLUMN: $path: message, the file being the path given on the command line. */
    private static final Pattern PROBLEM_LINE = Pattern.compile("^(.+):(\\d+):(\\d+): (\\$\\S*): (.+)$");
    /** The command for each reader named in the index. */
    private static final Map<String, List<String>> COMMANDS = commands();

    private static Map<String, List<String>> commands() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("catalogue", List.of("catalogue", "validate"));
        m.put("proxies", List.of("catalogue", "validate"));
        m.put("reference", List.of("catalogue", "validate"));
        m.put("valuation", List.of("catalogue", "validate"));
        m.put("kpi-selection", List.of("catalogue", "validate"));
        m.put("valuation-request", List.of("value"));
        m.put("kpi-request", List.of("select"));
        m.put("evaluation", List.of("evaluate"));
        m.put("monitoring", List.of("monitor"));
        m.put("portfolio", List.of("portfolio"));
        return m;
    }

    record Entry(String file, String reader, int line, int column, String path, String fragment) {
    }

    static List<Entry> index() throws IOException {
        List<Entry> out = new ArrayList<>();
        for (String l : Files.readAllLines(CORPUS.resolve("index.txt"), StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split(" \\| ", -1);
            assertEquals(8, f.length, "index line " + l);
            out.add(new Entry(f[0].trim() + ".json", f[1].trim(), Integer.parseInt(f[3].trim()),
                    Integer.parseInt(f[4].trim()), f[5].trim(), f[6].trim()));
        }
        return out;
    }

    @Test
    void everyHostileFileIsRejectedWithPositionedProblemsAndExitCode3() throws IOException {
        List<Entry> entries = index();
        assertEquals(523, entries.size(), "the corpus has 523 hostile files");
        Map<String, Integer> perCommand = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Entry e : entries) {
            List<String> command = COMMANDS.get(e.reader());
            assertTrue(command != null, "no command for reader " + e.reader());
            String file = CORPUS.resolve(e.file()).toString();
            assertTrue(Files.isRegularFile(Path.of(file)), file);
            List<String> args = new ArrayList<>(command);
            args.add(file);
            Run run = Run.of(args.toArray(String[]::new));
            String why = check(command.equals(VALIDATE) ? validateExpectation(e) : e, file, run);
            if (why != null) {
                failures.add(e.file() + " (" + String.join(" ", command) + "): " + why);
            }
            perCommand.merge(String.join(" ", command), 1, Integer::sum);
        }
        assertEquals(List.of(), failures, failures.size() + " of " + entries.size() + " files misbehaved");
        // catalogue 74 + proxies 59 + reference 63 + valuation 42 + kpi-selection 41 = 279
        assertEquals(Map.of("catalogue validate", 279, "value", 69, "select", 51, "evaluate", 42, "monitor", 43,
                "portfolio", 39), perCommand);
    }

    private static final List<String> VALIDATE = List.of("catalogue", "validate");

    /**
     * {@code catalogue validate} first works out which format a file is in, so a file it cannot sniff is
     * answered by the command itself, not by the format's reader: the same place and path, its own words.
     * (The format tag is then placed at the start of the document, 1:1, not at the tag's value.)
     */
    static Entry validateExpectation(Entry e) {
        String kind = e.file().substring(e.file().indexOf('-', e.reader().length()) + 1).replace(".json", "");
        return switch (kind) {
            case "empty" -> new Entry(e.file(), e.reader(), 1, 1, "$", "the file is empty: expected a JSON object");
            case "null-document" -> new Entry(e.file(), e.reader(), 1, 1, "$", "expected a JSON object, found null");
            case "top-level-array" -> new Entry(e.file(), e.reader(), 1, 1, "$", "expected a JSON object, found an array");
            case "top-level-string" -> new Entry(e.file(), e.reader(), 1, 1, "$", "expected a JSON object, found a string");
            case "unquoted-member-name" -> new Entry(e.file(), e.reader(), e.line(), e.column(), e.path(),
                    "malformed JSON: " + e.fragment());
            case "format-tag-case", "wrong-major-version" -> new Entry(e.file(), e.reader(), 1, 1, "$.format",
                    "unknown format \"" + formatTag(e.file()) + "\"; known: svtoms-catalogue/1");
            default -> e;
        };
    }

    /** The file's format tag as written in it. */
    private static String formatTag(String file) {
        try {
            var m = Pattern.compile("\"format\": *\"([^\"]*)\"").matcher(Files.readString(CORPUS.resolve(file)));
            assertTrue(m.find(), file);
            return m.group(1);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** @return why the run is wrong, or null when it is right */
    private static String check(Entry e, String file, Run run) {
        if (run.code() != Main.INVALID_INPUT) {
            return "exit code " + run.code() + ", stderr " + run.err();
        }
        if (!run.out().isEmpty()) {
            return "stdout not empty: " + run.out();
        }
        if (run.err().contains("at io.") || run.err().contains("Exception in thread") || run.err().contains("\tat ")) {
            return "stack trace on stderr: " + run.err();
        }
        List<String> lines = run.err().lines().toList();
        if (lines.isEmpty()) {
            return "nothing on stderr";
        }
        boolean named = false;
        int shown = 0;
        for (String l : lines) {
            // past Commands.MAX_PROBLEMS_SHOWN problems, one last line counts the rest; it must say exactly that
            if (shown == Commands.MAX_PROBLEMS_SHOWN && l.matches("svtoms: .+: \\d+ more problems not shown \\(\\d+ in all\\)")) {
                continue;
            }
            shown++;
            var m = PROBLEM_LINE.matcher(l);
            if (!m.matches()) {
                return "stderr line not FILE:LINE:COLUMN: $.path: message: " + l;
            }
            if (!m.group(1).equals(file)) {
                return "problem names file " + m.group(1) + ", not " + file;
            }
            if (Integer.parseInt(m.group(2)) == e.line() && Integer.parseInt(m.group(3)) == e.column()
                    && m.group(4).equals(e.path()) && m.group(5).startsWith(e.fragment())) {
                named = true;
            }
        }
        if (!named) {
            return "no problem at " + e.line() + ":" + e.column() + " " + e.path() + " starting '" + e.fragment()
                    + "' in " + run.err();
        }
        return null;
    }
}
