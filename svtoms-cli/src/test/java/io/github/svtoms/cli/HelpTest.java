package io.github.svtoms.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --help} lists every subcommand with a whole first sentence: picocli shows the first line of a
 * command's description in its parent's list, so that line must be a short, complete sentence.
 */
class HelpTest {
    private static final Pattern COMMAND = Pattern.compile("^  (\\S+)\\s+(\\S.*)$");

    /** The "Commands:" section of a help text: each listed name with its summary, continuation lines joined. */
    static Map<String, String> listed(String help) {
        Map<String, String> commands = new LinkedHashMap<>();
        boolean in = false;
        String current = null;
        for (String line : help.lines().toList()) {
            if (line.equals("Commands:")) {
                in = true;
                continue;
            }
            if (!in) {
                continue;
            }
            if (line.isBlank()) {
                break;
            }
            Matcher m = COMMAND.matcher(line);
            if (m.matches()) {
                current = m.group(1);
                commands.put(current, m.group(2).strip());
            } else {
                assertTrue(current != null && line.startsWith("    "), "unexpected line in the command list: " + line);
                commands.put(current, commands.get(current) + " " + line.strip());
            }
        }
        return commands;
    }

    @Test
    void everyListedCommandHasAWholeFirstSentence() {
        List<List<String>> toVisit = new ArrayList<>(List.of(List.of()));
        List<String> seen = new ArrayList<>();
        while (!toVisit.isEmpty()) {
            List<String> path = toVisit.remove(0);
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Run r = Run.of(args.toArray(String[]::new));
            assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
            listed(r.out()).forEach((name, summary) -> {
                String where = String.join(" ", path) + " " + name + ": '" + summary + "'";
                assertTrue(summary.endsWith("."), "summary does not end with a full stop: " + where);
                assertFalse(summary.endsWith(",") || summary.endsWith(":"), where);
                assertTrue(Character.isUpperCase(summary.charAt(0)), "summary does not start a sentence: " + where);
                // one sentence: no full stop followed by a space and another sentence inside it
                assertFalse(summary.substring(0, summary.length() - 1).matches(".*\\.\\s+[A-Z].*"),
                        "more than one sentence: " + where);
                seen.add(String.join(" ", path) + (path.isEmpty() ? "" : " ") + name);
                List<String> child = new ArrayList<>(path);
                child.add(name);
                toVisit.add(child);
            });
        }
        assertEquals(List.of("catalogue", "proxies", "select", "value", "report", "evaluate", "monitor", "portfolio",
                "lm3", "ocds", "checklist", "catalogue list", "catalogue show", "catalogue export", "catalogue validate",
                "proxies export", "ocds scan", "ocds kpis", "ocds performance"), seen);
    }

    @Test
    void theTopLevelListShowsTheShortSentences() {
        Map<String, String> top = listed(Run.of("--help").out());
        assertEquals("Select KPIs for a contract from an svtoms-kpi-request/1 or an OCDS notice.", top.get("select"));
        assertEquals("Value the commitments of an svtoms-valuation-request/1 with financial proxies.", top.get("value"));
        assertEquals("Compute the Local Multiplier 3 (New Economics Foundation) from an svtoms-lm3/1 file.",
                top.get("lm3"));
        assertEquals("Run the GGI better value checklist and print the recommended action with the path taken.",
                top.get("checklist"));
        // the rest of a description follows in the command's own help
        String select = Run.of("select", "--help").out();
        assertTrue(select.contains("relevant, proportionate"), select);
    }

    @Test
    void theParserSeesAContinuationAsPartOfItsCommand() {
        Map<String, String> parsed = listed(String.join("\n", "Usage: x", "Commands:", "  one  First part",
                "         and the rest.", "  two  Short.", "", "Exit codes: none."));
        assertEquals(Map.of("one", "First part and the rest.", "two", "Short."), parsed);
    }
}
