package io.github.svtoms.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OCDS output shown in the root README.md is what the commands print: the lines before a {@code …} are
 * the start of the output, the lines after it its end.
 */
class ReadmeOcdsTest {
    private static List<String> block(String command) throws IOException {
        List<String> readme = Files.readAllLines(Run.ROOT.resolve("README.md"));
        int start = readme.indexOf("$ " + command);
        assertTrue(start > 0, "README.md shows '$ " + command + "'");
        List<String> block = new ArrayList<>();
        for (String line : readme.subList(start + 1, readme.size())) {
            if (line.equals("```")) {
                return block;
            }
            block.add(line);
        }
        throw new AssertionError("unterminated code block after " + command);
    }

    private static void assertShown(List<String> shown, String out) {
        List<String> actual = out.lines().toList();
        int gap = shown.indexOf("…");
        assertTrue(gap >= 0, "the block elides with …");
        List<String> head = shown.subList(0, gap);
        List<String> tail = shown.subList(gap + 1, shown.size());
        assertEquals(head, actual.subList(0, head.size()));
        assertEquals(tail, actual.subList(actual.size() - tail.size(), actual.size()));
    }

    @Test
    void selectOcdsOnARealNoticeIsShownAsItRuns() throws IOException {
        String notice = "svtoms-ocds/src/test/resources/io/github/svtoms/ocds/real/england-WRel67-355.json";
        List<String> shown = block("./svtoms select --ocds " + notice + " --framework svtoms-open");
        Run r = Run.of("select", "--ocds", Run.file(notice), "--framework", "svtoms-open");
        assertEquals(0, r.code(), r.err());
        assertShown(shown, r.out());
    }

    @Test
    void theScanCountsOfThe250ReleasesAreShownAsTheyRun() throws IOException {
        List<String> shown = block("./svtoms ocds scan ../shared/data/ocds");
        Run r = Run.of("ocds", "scan", OcdsData.directory().toString());
        assertEquals(0, r.code(), r.err());
        assertShown(shown, r.out());
    }

    @Test
    void writingKpisIsShownAsItRuns() throws IOException {
        List<String> shown = block("./svtoms ocds kpis examples/kpi-kent.json --ocid ocds-b5fd17-example "
                + "--release-id ocds-b5fd17-example-kpis-1 \\");
        // the command's second line, then the output
        assertEquals("    --contract contract-1 --award award-1 --date 2026-04-01T09:30:00Z", shown.get(0));
        Run r = Run.of("ocds", "kpis", Run.file("examples/kpi-kent.json"), "--ocid", "ocds-b5fd17-example",
                "--release-id", "ocds-b5fd17-example-kpis-1", "--contract", "contract-1", "--award", "award-1",
                "--date", "2026-04-01T09:30:00Z");
        assertEquals(0, r.code(), r.err());
        assertShown(shown.subList(1, shown.size()), r.out());
    }
}
