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
        try (InputStream in = Catalogues.class.getResourceAsStream("default/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static InputStream stream(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void openCatalogueRoundTripsByteForByte() throws IOException {
        String text = bundled("svtoms-open.json");
        Catalogue c = Catalogues.read(stream(text), "svtoms-open.json");
        assertEquals(text, Catalogues.toJson(c));
    }

    @Test
    void frameworkFilesRoundTripByteForByte() throws IOException {
        Catalogue base = Catalogues.read(stream(bundled("svtoms-open.json")), "svtoms-open.json");
        for (String id : Catalogues.DEFAULT_FRAMEWORKS) {
            String text = bundled("frameworks/" + id + ".json");
            CatalogueDocument doc = Catalogues.readDocument(base, stream(text), id + ".json");
            assertEquals(text, Catalogues.toJson(doc), id);
            base = Catalogues.extend(base, stream(text), id + ".json");
        }
        assertEquals(base, Catalogues.openDefault());
    }

    @Test
    void proxiesRoundTripByteForByte() throws IOException {
        String text = bundled("svtoms-open-proxies.json");
        ProxyTable t = ProxyTables.read(stream(text), "svtoms-open-proxies.json");
        assertEquals(text, ProxyTables.toJson(t));
    }

    @Test
    void referenceRoundTripsByteForByte() throws IOException {
        String text = bundled("reference.json");
        ReferenceData r = References.read(stream(text), "reference.json");
        assertEquals(text, References.toJson(r));
    }
}
