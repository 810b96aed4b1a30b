package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example of README-formats.md, kept compiling and true. */
class ApiExampleTest {
    @Test
    void readmeExample() throws Exception {
        // --- README example start
        Catalogue catalogue = Bundled.catalogue();                  // svtoms-open + 8 priority frameworks
        var kentJobs = catalogue.measuresServing(FrameworkId.of("kent"), PriorityId.of("kent-local-employment"));

        ProxyTable proxies = Bundled.proxyTable();
        PriceIndex deflator = Bundled.referenceData().priceIndex("hmt-gdp-deflator-2024-10").orElseThrow();
        ProxyValue hire = proxies.proxyFor(MeasureId.of("long-term-unemployed-hires")).orElseThrow();
        Money in2024 = deflator.rebase(hire.amount(), hire.priceYear(), PriceYear.parse("2024-25"));

        Path file = Files.createTempFile("catalogue", ".json");
        Formats.CATALOGUE.write(catalogue, file);                                // canonical svtoms-catalogue/1
        Catalogue again = Formats.CATALOGUE.read(file);                          // strict; equal to what was written
        String message = "";
        try {
            Formats.CATALOGUE.read(new ByteArrayInputStream("{\"format\": \"svtoms-catalogue/1\", \"measures\": 1}"
                    .getBytes(StandardCharsets.UTF_8)), "bad.json");
        } catch (CatalogueFormatException e) {
            message = e.getMessage();                // "bad.json:1:46: $.measures: expected an array, found an integer"
        }
        // --- README example end
        assertEquals("bad.json:1:46: $.measures: expected an array, found an integer", message);
        assertFalse(kentJobs.isEmpty());
        assertEquals(1, in2024.signum());
        assertEquals(catalogue, again);
        Files.delete(file);
    }
}
