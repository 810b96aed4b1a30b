package io.github.svtoms.catalog;

import io.github.svtoms.core.evaluation.EvaluationRequest;
import io.github.svtoms.core.evaluation.EvaluationResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.svtoms.core.evaluation.BidId;
import io.github.svtoms.core.evaluation.CriterionId;
import io.github.svtoms.core.evaluation.FrameworkCheck;
import io.github.svtoms.core.evaluation.RankedBy;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.github.svtoms.catalog.FormatTests.edited;
import static io.github.svtoms.catalog.FormatTests.example;
import static io.github.svtoms.catalog.FormatTests.schema;
import static io.github.svtoms.catalog.FormatTests.text;
import static io.github.svtoms.catalog.FormatTests.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** svtoms-evaluation-request/1 and svtoms-evaluation/1 on the Brighton & Hove example. */
class EvaluationFormatTest {
    private static final String FILE = "brighton-hove-dv-evaluation.json";

    @Test
    void brightonHoveExampleScoresAsComputedByHand() {
        EvaluationRequest request = Formats.EVALUATION_REQUEST.read(example(FILE));
        EvaluationResult result = request.evaluate();
        // lowest price 2,250,000.
        // rise-together: 2,250,000 ÷ 2,400,000 × 40 = 37.5; 75 × 48 ÷ 100 = 36;
        //   (80 × 60 + 60 × 40) ÷ 100 = 72, 72 × 12 ÷ 100 = 8.64; total 82.14
        // southdown-safety: 40; 65 × 48 ÷ 100 = 31.2; 50 × 12 ÷ 100 = 6; total 77.2
        // coastal-womens-aid: 2,250,000 × 40 ÷ 2,600,000 = 34.615384…; 85 × 48 ÷ 100 = 40.8;
        //   (90 × 60 + 80 × 40) ÷ 100 = 86, 86 × 12 ÷ 100 = 10.32; total 85.735384… → 85.74
        assertEquals(List.of("coastal-womens-aid", "rise-together", "southdown-safety"),
                result.evaluation().orElseThrow().ranking().stream().map(r -> r.bid().value()).toList());
        assertEquals("85.74", result.winner().orElseThrow().displayTotal());
        assertEquals(0, new BigDecimal("82.14").compareTo(result.evaluation().orElseThrow().result(BidId.of("rise-together")).total()));
        assertEquals(0, new BigDecimal("77.2").compareTo(result.evaluation().orElseThrow().result(BidId.of("southdown-safety")).total()));
        assertEquals(0, new BigDecimal("8.64").compareTo(result.evaluation().orElseThrow().result(BidId.of("rise-together"))
                .score(CriterionId.of("social-value")).orElseThrow().points()));
        assertEquals(RankedBy.TOTAL, result.winner().orElseThrow().aboveNextBy().orElseThrow());
        // brighton-hove requires at least 1 social value outcome per tender; the tender has 2
        FrameworkCheck check = result.frameworkCheck().orElseThrow();
        assertTrue(check.passed());
        assertEquals(List.of(FrameworkCheck.MINIMUM_OUTCOMES), check.findings().stream().map(f -> f.ruleId()).toList());
        assertEquals("Coastal Women's Aid Alliance", request.bidNames().get(BidId.of("coastal-womens-aid")));
    }

    @Test
    void exampleIsCanonicalAndRoundTrips() {
        String original = text(example(FILE));
        EvaluationRequest request = Formats.EVALUATION_REQUEST.read(example(FILE));
        assertEquals(original, Formats.EVALUATION_REQUEST.toJson(request), "read → write reproduces the canonical example");
        EvaluationRequest again = Formats.EVALUATION_REQUEST.read(FormatTests.in(Formats.EVALUATION_REQUEST.toJson(request)), "again.json");
        assertEquals(request, again);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Formats.EVALUATION_REQUEST.write(again, out);
        assertEquals(original, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void resultReportsRoundedScoresDerivationsAndChecks() {
        EvaluationResult result = Formats.EVALUATION_REQUEST.read(example(FILE)).evaluate();
        String json = Formats.EVALUATION_RESULT.toJson(result);
        assertEquals(List.of(), schema("svtoms-evaluation-1").errors(tree(json)), json);
        JsonNode root = tree(json);
        assertEquals("svtoms-evaluation/1", root.get("format").asText());
        assertEquals("coastal-womens-aid", root.get("winner").asText());
        JsonNode first = root.get("ranking").get(0);
        assertEquals("85.74", first.get("total").asText());
        assertEquals("51.12", first.get("qualityAndSocialValue").asText(), "40.8 + 10.32");
        assertEquals("total", first.get("aboveNextBy").asText());
        JsonNode price = first.get("criteria").get(0);
        assertEquals("34.62", price.get("points").asText(), "34.615384… rounded HALF_EVEN");
        assertEquals("2250000", price.get("inputs").get("lowestPrice").asText());
        assertTrue(price.get("derivation").asText().startsWith("lowest-price: lowest price 2250000 ÷ bid price 2600000"));
        assertEquals("77.20", root.get("ranking").get(2).get("total").asText());
        assertFalse(root.get("ranking").get(2).has("aboveNextBy"), "the last bid is above no other");
        JsonNode check = root.get("frameworkCheck");
        assertEquals("brighton-hove", check.get("framework").asText());
        assertTrue(check.get("passed").asBoolean());
        assertEquals("minimum-outcomes-per-tender", check.get("findings").get(0).get("rule").asText());
        assertEquals("error", check.get("findings").get(0).get("severity").asText());
    }

    @Test
    void requestSchemaAcceptsTheExampleAndRejectsBrokenVariants() {
        Schema s = schema("svtoms-evaluation-request-1");
        String json = text(example(FILE));
        assertEquals(List.of(), s.errors(tree(json)));
        List<JsonNode> bad = List.of(
                edited(json, o -> o.put("format", "svtoms-evaluation/1")),
                edited(json, o -> ((ObjectNode) o.get("criteria").get(0)).put("weight", "0")),
                edited(json, o -> ((ObjectNode) o.get("criteria").get(0)).put("kind", "cost")),
                edited(json, o -> ((ObjectNode) o.get("criteria").get(1)).put("proxyValueMode", "per-pound")),
                edited(json, o -> ((ObjectNode) o.get("bids").get(0)).remove("price")),
                edited(json, o -> ((ObjectNode) o.get("bids").get(1).get("socialValue")).put("social-value", "101")),
                edited(json, o -> ((ObjectNode) o.get("bids").get(1).get("quality")).put("service-quality", 65)),
                edited(json, o -> o.put("priceScoring", "cheapest")),
                edited(json, o -> o.put("socialValueOutcomes", "2")),
                edited(json, o -> o.put("colour", "red")));
        for (JsonNode b : bad) {
            assertFalse(s.errors(b).isEmpty(), b.toString());
        }
    }

    @Test
    void customPriceScoringCannotBeWritten() {
        EvaluationRequest request = Formats.EVALUATION_REQUEST.read(example(FILE));
        var custom = new io.github.svtoms.core.evaluation.PriceScoring() {
            @Override
            public String methodName() {
                return "my-method";
            }

            @Override
            public io.github.svtoms.core.evaluation.ScoreDerivation score(BigDecimal price, List<BigDecimal> all, BigDecimal w) {
                return new io.github.svtoms.core.evaluation.ScoreDerivation(w, "full", java.util.Map.of());
            }
        };
        EvaluationRequest withCustom = new EvaluationRequest(request.framework(), request.scheme().orElseThrow().withPriceScoring(custom),
                request.bids(), request.bidNames());
        var e = assertThrows(io.github.svtoms.core.InvalidValueException.class, () -> Formats.EVALUATION_REQUEST.toJson(withCustom));
        assertTrue(e.getMessage().contains("'my-method'"), e.getMessage());
    }
}
