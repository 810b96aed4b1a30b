package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.TargetRule;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueRoundTripTest {
    static String resource(String name) throws IOException {
        try (InputStream in = CatalogueRoundTripTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Catalogue read(String json, String name) {
        return Formats.CATALOGUE.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    }

    @Test
    void canonicalFileIsWrittenBackByteForByte() throws IOException {
        String text = resource("/valid/small.json");
        Catalogue c = read(text, "small.json");
        assertEquals(text, Formats.CATALOGUE.toJson(c));
    }

    @Test
    void readKeepsValuesScaleAndOrder() throws IOException {
        Catalogue c = read(resource("/valid/small.json"), "small.json");
        var local = c.requireMeasure(MeasureId.of("local-employment"));
        assertEquals(new BigDecimal("100000.00"), local.minimumContractValue().orElseThrow().amount());
        assertEquals(2, local.minimumContractValue().orElseThrow().amount().scale());
        var rule = (TargetRule.PerContractValue) local.targetRule().orElseThrow();
        assertEquals(new BigDecimal("250000"), rule.per().amount());
        var kent = c.requireFramework(FrameworkId.of("kent"));
        assertEquals(new BigDecimal("60.0"), kent.rules().specifiedShare().orElseThrow());
        assertEquals(3, kent.rules().priorityGroupLimit().orElseThrow());
        assertEquals("good-employer", kent.priorities().get(1).id().value());
        assertTrue(c.requireMeasure(MeasureId.of("disabled-hires")).firstYearOnly());
        assertEquals("A small test set with an \"escaped\" quote, a tab\t and a pound sign £.",
                c.requireFramework(FrameworkId.of("open")).description());
        assertEquals(c, read(Formats.CATALOGUE.toJson(c), "again.json"));
    }
}
