package io.github.svtoms.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2027 example in the root README.md ("Which Social Value Model applies when") is what the command prints:
 * the lines before the {@code …} are the start of the output, the lines after it its end.
 */
class ReadmeLawTest {
    @Test
    void theCentralGovernmentTenderOf2027IsShownAsItRuns() throws IOException {
        List<String> readme = Files.readAllLines(Run.ROOT.resolve("README.md"));
        int start = readme.indexOf("$ ./svtoms select examples/kpi-central-2027.json");
        assertTrue(start > 0, "README.md shows the command");
        List<String> shown = new ArrayList<>();
        for (String line : readme.subList(start + 1, readme.size())) {
            if (line.equals("```")) {
                break;
            }
            shown.add(line);
        }
        Run r = Run.of("select", Run.file("examples/kpi-central-2027.json"));
        assertEquals(0, r.code(), r.err());
        List<String> actual = r.out().lines().toList();
        int gap = shown.indexOf("…");
        assertTrue(gap > 0, "the block elides with …");
        assertEquals(shown.subList(0, gap), actual.subList(0, gap));
        List<String> tail = shown.subList(gap + 1, shown.size());
        assertEquals(tail, actual.subList(actual.size() - tail.size(), actual.size()));
        assertTrue(shown.contains("  edition         uk-svm-2027 (commenced 2027-02-01)"), shown.toString());
    }
}
