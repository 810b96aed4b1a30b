package io.github.svtoms.catalog.hardening;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.Overlays;
import io.github.svtoms.catalog.Problem;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.Catalogue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file under /hostile must fail with the exception type written in /hostile/index.txt, one of its
 * problems at the line, column and JSON path given there with the message fragment, within a second
 * (a safety bound, not a performance target), and without leaving state behind: the base a catalogue
 * is overlaid on is unchanged and the bundled defaults still read.
 */
class HostileCorpusTest {
    record Case(String name, String reader, String exception, int line, int column, String path, String fragment,
            String note) {
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(" \\| ", -1);
            assertEquals(8, f.length, line);
            out.add(new Case(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5], f[6], f[7]));
        }
        return out;
    }

    static String resource(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) {
                throw new IOException("no resource /hostile/" + name);
            }
            return in.readAllBytes();
        }
    }

    /** Every reader, in the order of the corpus. */
    static final List<String> READERS = List.of("catalogue", "proxies", "reference", "valuation-request", "valuation",
            "kpi-request", "kpi-selection", "evaluation", "monitoring", "portfolio");

    /** The reader of a corpus file: its name starts with the format's kind (the longest that fits). */
    static String readerOf(String file) {
        return READERS.stream().filter(r -> file.startsWith(r + "-")).max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow(() -> new IllegalArgumentException("no reader for " + file));
    }

    /** Reads with the reader the index names; returns what was read (for the valid bases). */
    static Object read(String reader, InputStream in, String file) {
        return switch (reader) {
            case "catalogue" -> Formats.CATALOGUE.read(in, file);
            case "proxies" -> Formats.PROXY_TABLE.read(in, file);
            case "reference" -> Formats.REFERENCE_DATA.read(in, file);
            case "valuation-request" -> Formats.VALUATION_REQUEST.read(in, file);
            case "valuation" -> Formats.VALUATION_REPORT.read(in, file);
            case "kpi-request" -> Formats.KPI_REQUEST.read(in, file);
            case "kpi-selection" -> Formats.KPI_SELECTION.read(in, file);
            case "evaluation" -> Formats.EVALUATION_REQUEST.read(in, file);
            case "monitoring" -> Formats.MONITORING_REQUEST.read(in, file);
            case "portfolio" -> Formats.PORTFOLIO_REQUEST.read(in, file);
            default -> throw new IllegalArgumentException("unknown reader " + reader);
        };
    }

    @Test
    void theCorpusCoversEveryFormatWithAtLeastOneHundredFiles() throws IOException {
        List<Case> cases = cases();
        Map<String, Integer> perReader = new TreeMap<>();
        cases.forEach(c -> perReader.merge(c.reader(), 1, Integer::sum));
        assertTrue(cases.size() >= 100, "only " + cases.size());
        assertEquals(new java.util.TreeSet<>(READERS), perReader.keySet());
        perReader.values().forEach(n -> assertTrue(n >= 30, perReader.toString()));
        cases.forEach(c -> assertEquals(readerOf(c.name()), c.reader(), c.name()));
        assertEquals(cases.size(), cases.stream().map(Case::name).distinct().count(), "a file is listed twice");
    }

    @Test
    void theBasesAreValid() throws IOException {
        // each hostile file is one change away from these
        for (String reader : READERS) {
            read(reader, new ByteArrayInputStream(bytes(reader + "-base.json")), reader + "-base.json");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHostileFileFailsAsDocumented() throws IOException {
        Catalogue base = Formats.CATALOGUE.read(new ByteArrayInputStream(bytes("catalogue-base.json")), "catalogue-base.json");
        Catalogue baseCopy = Formats.CATALOGUE.read(new ByteArrayInputStream(bytes("catalogue-base.json")), "catalogue-base.json");
        Catalogue defaults = Bundled.catalogue();
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.note(), () -> {
            String file = c.name() + ".json";
            byte[] content = bytes(file);
            SvtomsException thrown = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThrows(SvtomsException.class,
                    () -> read(c.reader(), new ByteArrayInputStream(content), file)));
            assertEquals(c.exception(), thrown.getClass().getSimpleName(), thrown.toString());
            List<Problem> problems = ((CatalogueFormatException) thrown).problems();
            assertTrue(problems.stream().allMatch(p -> p.file().equals(file) && p.line() > 0 && p.column() > 0),
                    thrown.getMessage());
            assertTrue(problems.stream().anyMatch(p -> p.line() == c.line() && p.column() == c.column()
                            && p.path().equals(c.path()) && p.message().startsWith(c.fragment())),
                    () -> "expected " + c + "\nbut got " + thrown.getMessage());
            if (c.reader().equals("catalogue")) {
                // the same bytes as an overlay (where references may resolve in the base, so a few files are
                // valid overlays): only a typed error may come out, and the base is untouched either way
                try {
                    Overlays.catalogue(base, new ByteArrayInputStream(content), file);
                } catch (SvtomsException expected) {
                    assertTrue(expected instanceof CatalogueFormatException, expected.toString());
                }
                assertEquals(baseCopy, base);
            }
            assertEquals(defaults, Bundled.catalogue());
        }));
    }
}
