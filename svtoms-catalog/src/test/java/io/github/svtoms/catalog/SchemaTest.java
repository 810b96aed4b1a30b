package io.github.svtoms.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bundled schema is itself a valid draft 2020-12 schema, and the validator reports what it rejects. */
class SchemaTest {
    static final List<String> SCHEMAS = List.of("svtoms-catalogue-1", "svtoms-proxies-1", "svtoms-reference-1",
            "svtoms-valuation-request-1", "svtoms-valuation-1", "svtoms-kpi-request-1", "svtoms-kpi-selection-1",
            "svtoms-evaluation-request-1", "svtoms-evaluation-1", "svtoms-monitoring-1", "svtoms-monitoring-status-1",
            "svtoms-portfolio-1", "svtoms-portfolio-metrics-1");

    @Test
    void everyBundledSchemaIsAValidDraft202012Schema() {
        // the 2020-12 meta-schema ships inside the validator: nothing is fetched
        JsonSchema meta = Schema.FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
        for (String name : SCHEMAS) {
            assertEquals(Set.of(), meta.validate(Schema.json(name)), name);
            assertEquals("https://json-schema.org/draft/2020-12/schema", Schema.json(name).path("$schema").asText(), name);
        }
    }

    @Test
    void theValidatorNamesWhatIsWrong() {
        Schema s = Schema.of("svtoms-catalogue-1");
        ObjectNode doc = (ObjectNode) FormatTests.tree("{\"format\": \"svtoms-catalogue/1\"}");
        assertEquals(List.of(), s.errors(doc));
        doc.put("format", "svtoms-proxies/1");
        doc.put("surplus", 1);
        List<String> errors = s.errors(doc);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("format") && e.contains("svtoms-catalogue/1")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("surplus")), errors.toString());
        assertFalse(s.errors(FormatTests.tree("[]")).isEmpty());
    }
}
