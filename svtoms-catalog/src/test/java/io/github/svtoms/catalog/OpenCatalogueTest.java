package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Bundled#openCatalogue()}: the bundled catalogue without its priority frameworks has every measure,
 * theme, outcome and priority group of the whole one, and values every example and 1,000 seeded requests
 * exactly as it does (same report, byte for byte).
 */
@ExtendWith(InstancioExtension.class)
class OpenCatalogueTest {
    @Test
    void theOpenCatalogueHasEverythingAValuationUses() {
        Catalogue open = Bundled.openCatalogue();
        Catalogue whole = Bundled.catalogue();
        assertSame(open, Bundled.openCatalogue());
        assertEquals(List.of("svtoms-open"), open.frameworks().stream().map(f -> f.id().value()).toList());
        assertEquals(whole.measures(), open.measures());
        assertEquals(whole.themes(), open.themes());
        assertEquals(whole.outcomes(), open.outcomes());
        assertEquals(whole.priorityGroups(), open.priorityGroups());
    }

    @Test
    void everyExampleAndSeededRequestValuesTheSameWithEitherCatalogue() throws IOException {
        Format<ValuationRequest> open = Formats.VALUATION_REQUEST.withContext(ReadContext.of(Bundled.openCatalogue(),
                Bundled.proxyTable()));
        Format<ValuationRequest> whole = Formats.VALUATION_REQUEST.withContext(ReadContext.of(Bundled.catalogue(),
                Bundled.proxyTable()));
        Path examples = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(examples.resolve("examples"))) {
            examples = examples.getParent();
        }
        int read = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(examples.resolve("examples"), "*.json")) {
            for (Path f : files) {
                if (Formats.detect(f) == Formats.VALUATION_REQUEST) {
                    assertEquals(report(whole.read(f)), report(open.read(f)), f.toString());
                    read++;
                }
            }
        }
        assertTrue(read >= 3, "example requests: " + read);
        List<RequestPropertyTest.Spec> specs = RequestPropertyTest.specs();
        for (int i = 0; i < specs.size(); i++) {
            String json = Formats.VALUATION_REQUEST.toJson(RequestPropertyTest.request(specs.get(i), i));
            assertEquals(report(whole.parse(json)), report(open.parse(json)), json);
        }
    }

    private static String report(ValuationRequest r) {
        return Formats.VALUATION_REPORT.toJson(ValuationReport.of(r, ValuationEngine.value(r)));
    }
}
