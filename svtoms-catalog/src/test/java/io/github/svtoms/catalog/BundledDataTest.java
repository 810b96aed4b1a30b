package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ReferenceData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BundledDataTest {
    static String bundled(String name) throws IOException {
        try (InputStream in = Formats.class.getResourceAsStream("default/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static InputStream stream(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void openCatalogueRoundTripsByteForByte() throws IOException {
        String text = bundled("svtoms-open.json");
        Catalogue c = Formats.CATALOGUE.read(stream(text), "svtoms-open.json");
        assertEquals(text, Formats.CATALOGUE.toJson(c));
    }

    @Test
    void frameworkFilesRoundTripByteForByte() throws IOException {
        Catalogue base = Formats.CATALOGUE.read(stream(bundled("svtoms-open.json")), "svtoms-open.json");
        for (String id : Bundled.FRAMEWORKS) {
            String text = bundled("frameworks/" + id + ".json");
            CatalogueDocument doc = CatalogueDocument.read(base, stream(text), id + ".json");
            assertEquals(text, doc.toJson(), id);
            base = Formats.CATALOGUE.withContext(ReadContext.of(base)).read(stream(text), id + ".json");
        }
        assertEquals(base, Bundled.catalogue());
    }

    @Test
    void proxiesRoundTripByteForByte() throws IOException {
        String text = bundled("svtoms-open-proxies.json");
        ProxyTable t = Formats.PROXY_TABLE.read(stream(text), "svtoms-open-proxies.json");
        assertEquals(text, Formats.PROXY_TABLE.toJson(t));
    }

    @Test
    void referenceRoundTripsByteForByte() throws IOException {
        String text = bundled("reference.json");
        ReferenceData r = Formats.REFERENCE_DATA.read(stream(text), "reference.json");
        assertEquals(text, Formats.REFERENCE_DATA.toJson(r));
    }
}
