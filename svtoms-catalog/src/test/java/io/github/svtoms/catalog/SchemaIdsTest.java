package io.github.svtoms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.evaluation.CriterionKind;
import io.github.svtoms.core.evaluation.ProxyValueMode;
import io.github.svtoms.core.evaluation.RankedBy;
import io.github.svtoms.core.evaluation.Severity;
import io.github.svtoms.core.evaluation.StandardPriceScoring;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.monitoring.RagStatus;
import io.github.svtoms.core.monitoring.VerificationLevel;
import io.github.svtoms.core.portfolio.MetricUnit;
import io.github.svtoms.proxies.EvidenceGrade;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.YearIndexing;
import io.github.svtoms.proxies.derivation.StepKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static io.github.svtoms.catalog.BundledDataChecksTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Schemas repeat two rules of core for validators outside Java: the id rule and the ids of the
 * enums. They must say the same as {@link IdRule} and {@link FileIds}.
 */
class SchemaIdsTest {
    private static final List<String> SCHEMAS = List.of("catalogue", "evaluation", "evaluation-request",
            "kpi-request", "kpi-selection", "monitoring", "monitoring-status", "portfolio", "portfolio-metrics",
            "proxies", "reference", "valuation", "valuation-request", "commitment-lines");
    private static final String ID_PATTERN = "^[a-z0-9][a-z0-9.-]{0,63}$";

    private static JsonNode schema(String kind) throws IOException {
        return json("schema/svtoms-" + kind + "-1.schema.json");
    }

    private static void patterns(JsonNode node, List<String> out) {
        node.fields().forEachRemaining(e -> {
            if (e.getKey().equals("pattern") && e.getValue().isTextual()) {
                out.add(e.getValue().asText());
            }
        });
        node.forEach(child -> patterns(child, out));
    }

    @Test
    void everySchemaWritesTheIdRuleAsCoreDoes() throws IOException {
        for (String kind : SCHEMAS) {
            List<String> found = new ArrayList<>();
            patterns(schema(kind), found);
            assertTrue(found.contains(ID_PATTERN), kind + ": " + found);
            // no other pattern is a drifted copy of the id rule
            found.stream().filter(p -> p.startsWith("^[a-z0-9]"))
                    .forEach(p -> assertEquals(ID_PATTERN, p, kind));
        }
        // and that pattern accepts exactly what IdRule accepts, on seeded random text near the rule's edges
        Pattern schemaRule = Pattern.compile(ID_PATTERN);
        String alphabet = "abz09-.A_ é/";
        Random random = new Random(20250101L);
        int valid = 0;
        for (int i = 0; i < 5000; i++) {
            // half the texts use only the rule's characters (the first 7), the others one stray in eight
            boolean clean = random.nextBoolean();
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(68);
            for (int j = 0; j < length; j++) {
                boolean stray = !clean && random.nextInt(8) == 0;
                s.append(alphabet.charAt(stray ? 7 + random.nextInt(alphabet.length() - 7) : random.nextInt(7)));
            }
            boolean expected = IdRule.isValid(s.toString());
            assertEquals(expected, schemaRule.matcher(s).find(), "'" + s + "'");
            valid += expected ? 1 : 0;
        }
        assertTrue(valid > 1000 && valid < 4000, "valid: " + valid);
    }

    private static <E extends Enum<E> & FileId> void sameIds(String kind, String pointer, Class<E> type)
            throws IOException {
        JsonNode node = schema(kind).at(pointer + "/enum");
        assertTrue(node.isArray(), kind + " " + pointer);
        List<String> inSchema = new ArrayList<>();
        node.forEach(n -> inSchema.add(n.asText()));
        assertEquals(FileIds.ids(type), inSchema, kind + " " + pointer);
    }

    @Test
    void everyEnumInTheSchemasListsTheIdsOfItsCoreEnum() throws IOException {
        sameIds("catalogue", "/$defs/provenance/properties/evidence", EvidenceGrade.class);
        sameIds("catalogue", "/$defs/framework/properties/kind", FrameworkKind.class);
        sameIds("catalogue", "/$defs/measure/properties/categories/items", ContractCategory.class);
        sameIds("evaluation", "/properties/frameworkCheck/properties/findings/items/properties/severity", Severity.class);
        sameIds("evaluation", "/$defs/result/properties/aboveNextBy", RankedBy.class);
        sameIds("evaluation", "/$defs/result/properties/criteria/items/properties/kind", CriterionKind.class);
        sameIds("evaluation-request", "/properties/priceScoring", StandardPriceScoring.class);
        sameIds("evaluation-request", "/$defs/criterion/properties/kind", CriterionKind.class);
        sameIds("evaluation-request", "/$defs/criterion/properties/proxyValueMode", ProxyValueMode.class);
        for (String kind : List.of("kpi-request", "kpi-selection")) {
            sameIds(kind, "/properties/contract/properties/category", ContractCategory.class);
            sameIds(kind, "/properties/contract/properties/buyer", BuyerType.class);
        }
        sameIds("monitoring", "/properties/reports/items/properties/verification", VerificationLevel.class);
        sameIds("monitoring-status", "/properties/commitments/items/properties/lowestVerification",
                VerificationLevel.class);
        sameIds("monitoring-status", "/$defs/rag", RagStatus.class);
        sameIds("portfolio-metrics", "/properties/metrics/items/properties/unit", MetricUnit.class);
        sameIds("proxies", "/$defs/provenance/properties/evidence", EvidenceGrade.class);
        sameIds("proxies", "/$defs/entry/properties/valueType", ValueType.class);
        sameIds("reference", "/$defs/provenance/properties/evidence", EvidenceGrade.class);
        sameIds("valuation", "/properties/discounting/properties/firstYear", YearIndexing.class);
        sameIds("valuation", "/$defs/line/properties/proxy/properties/valueType", ValueType.class);
        sameIds("valuation", "/$defs/line/properties/proxy/properties/evidence", EvidenceGrade.class);
        sameIds("valuation", "/$defs/line/properties/derivation/items/properties/kind", StepKind.class);
        sameIds("valuation-request", "/properties/discounting/properties/firstYear", YearIndexing.class);
        sameIds("valuation-request", "/$defs/provenance/properties/evidence", EvidenceGrade.class);
        sameIds("valuation-request", "/$defs/commitment/properties/proxy/properties/valueType", ValueType.class);
    }
}
