package io.github.svtoms.catalog;

import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.Catalogue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file under /invalid must fail with a {@link CatalogueFormatException} whose first problem has the
 * line, column, JSON path and message fragment written in /invalid/index.txt, and nothing else may
 * escape (no Jackson exception, no NullPointerException).
 */
class InvalidCorpusTest {
    record Case(String name, String reader, int line, int column, String path, String fragment, int count) {
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = InvalidCorpusTest.class.getResourceAsStream("/invalid/index.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" \\| ", -1);
                out.add(new Case(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], f[5],
                        Integer.parseInt(f[6])));
            }
        }
        return out;
    }

    @Test
    void corpusHasAtLeastThirtyFiles() throws IOException {
        assertTrue(cases().size() >= 30, "only " + cases().size() + " invalid files");
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidFileFailsWhereExpected() throws IOException {
        Catalogue base = Formats.CATALOGUE.read(getClass().getResourceAsStream("/valid/small.json"), "small.json");
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String file = c.name() + ".json";
            try (InputStream in = getClass().getResourceAsStream("/invalid/" + file)) {
                SvtomsException thrown = assertThrows(SvtomsException.class, () -> {
                    switch (c.reader()) {
                        case "overlay" -> Overlays.catalogue(base, in, file);
                        case "proxies" -> Formats.PROXY_TABLE.read(in, file);
                        case "reference" -> Formats.REFERENCE_DATA.read(in, file);
                        case "valuation-request" -> Formats.VALUATION_REQUEST.read(in, file);
                        case "valuation" -> Formats.VALUATION_REPORT.read(in, file);
                        case "kpi-request" -> Formats.KPI_REQUEST.read(in, file);
                        case "kpi-selection" -> Formats.KPI_SELECTION.read(in, file);
                        case "evaluation" -> Formats.EVALUATION_REQUEST.read(in, file);
                        case "monitoring" -> Formats.MONITORING_REQUEST.read(in, file);
                        case "portfolio" -> Formats.PORTFOLIO_REQUEST.read(in, file);
                        default -> Formats.CATALOGUE.read(in, file);
                    }
                });
                assertEquals(CatalogueFormatException.class, thrown.getClass(), thrown.toString());
                CatalogueFormatException e = (CatalogueFormatException) thrown;
                Problem first = e.problems().get(0);
                assertEquals(c.count(), e.problems().size(), e.getMessage());
                assertEquals(file, first.file());
                assertEquals(c.line(), first.line(), e.getMessage());
                if (c.column() != 0) {
                    assertEquals(c.column(), first.column(), e.getMessage());
                }
                assertEquals(c.path(), first.path(), e.getMessage());
                assertTrue(first.message().contains(c.fragment()), e.getMessage());
                assertTrue(e.getMessage().startsWith(c.count() == 1 ? file + ":" + c.line() + ":" : c.count() + " problems:"),
                        e.getMessage());
            }
        }));
    }
}
