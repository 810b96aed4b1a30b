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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The example of README-formats.md, kept compiling, true and in the README. */
class ApiExampleTest {
    @Test
    void readmeExample() throws Exception {
        Path file = Files.createTempFile("catalogue", ".json");
        // --- README example start
        Catalogue catalogue = Bundled.catalogue();                        // svtoms-open + 10 priority frameworks
        var kentJobs = catalogue.measuresServing(FrameworkId.of("kent"), PriorityId.of("kent-local-employment"));

        ProxyTable proxies = Bundled.proxyTable();
        PriceIndex deflator = Bundled.priceIndex();                        // hmt-gdp-deflator-2024-10
        ProxyValue hire = proxies.proxyFor(MeasureId.of("long-term-unemployed-hires")).orElseThrow();
        Money in2024 = deflator.rebase(hire.amount(), hire.priceYear(), PriceYear.parse("2024-25"));

        Formats.CATALOGUE.write(catalogue, file);                          // canonical svtoms-catalogue/1
        Catalogue again = Formats.CATALOGUE.read(file);                    // strict; equal to what was written
        Format<?> format = Formats.detect(file);                           // Formats.CATALOGUE, from its "format" member
        String message = "";
        try {
            Formats.CATALOGUE.parse("{\"format\": \"svtoms-catalogue/1\", \"measures\": 1}");
        } catch (CatalogueFormatException e) {
            message = e.getMessage();               // "<string>:1:46: $.measures: expected an array, found an integer"
        }
        // --- README example end
        assertEquals("<string>:1:46: $.measures: expected an array, found an integer", message);
        assertFalse(kentJobs.isEmpty());
        assertEquals(Bundled.PRICE_INDEX_ID, deflator.id());
        assertEquals(1, in2024.signum());
        assertEquals(catalogue, again);
        assertSame(Formats.CATALOGUE, format);
        Files.delete(file);
    }

    @Test
    void theReadmeShowsThisExample() {
        FormatTests.assertReadmesShow(getClass(), List.of(Path.of("README-formats.md")));
    }
}
