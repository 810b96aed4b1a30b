package io.github.svtoms.catalog;

import io.github.svtoms.core.monitoring.MonitoringRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.monitoring.CommitmentStatus;
import io.github.svtoms.core.monitoring.MonitoringResult;
import io.github.svtoms.core.monitoring.RagStatus;
import io.github.svtoms.core.monitoring.VerificationLevel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.catalog.FormatTests.edited;
import static io.github.svtoms.catalog.FormatTests.example;
import static io.github.svtoms.catalog.FormatTests.schema;
import static io.github.svtoms.catalog.FormatTests.text;
import static io.github.svtoms.catalog.FormatTests.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** svtoms-monitoring/1 and svtoms-monitoring-status/1 on the ELFT soft FM example. */
class MonitoringFormatTest {
    private static final String FILE = "elft-soft-fm-monitoring.json";

    private static CommitmentStatus status(MonitoringResult r, String measure) {
        return r.status(MeasureId.of(measure));
    }

    @Test
    void elftExampleAtMonthSixAsComputedByHand() {
        MonitoringResult r = Formats.MONITORING_REQUEST.read(example(FILE)).assess();
        // contract 2023-04-01 to 2024-04-01 = 366 days (29 Feb 2024); as of 2023-10-01, 183 days have elapsed
        // (30 + 31 + 30 + 31 + 31 + 30), so every expectation is target × 183 ÷ 366 = target ÷ 2.
        CommitmentStatus rlw = status(r, "real-living-wage-workers");
        assertEquals(183, rlw.elapsedDays());
        assertEquals(366, rlw.totalDays());
        // 200 + 30 = 230 delivered; expected 115; 230 ÷ 115 × 100 = 200 % → green; 230 ≥ minimum 200, ≥ target 230, < stretch 250
        assertEquals(0, new BigDecimal("230").compareTo(rlw.delivered()));
        assertEquals(0, new BigDecimal("115").compareTo(rlw.expected()));
        assertEquals("200.00", rlw.displayPercentOfExpected());
        assertEquals(RagStatus.GREEN, rlw.rag());
        assertEquals(Optional.of(true), rlw.minimumReached());
        assertTrue(rlw.targetReached());
        assertEquals(Optional.of(false), rlw.stretchReached());
        assertEquals(Optional.of(VerificationLevel.EVIDENCED), rlw.lowestVerification());
        // local employment: 9 + 8 = 17 of 20 expected = 85 % → amber (80 ≤ 85 < 100); weakest report self-reported
        CommitmentStatus local = status(r, "local-employment");
        assertEquals("85.00", local.displayPercentOfExpected());
        assertEquals(RagStatus.AMBER, local.rag());
        assertEquals(Optional.of(VerificationLevel.SELF_REPORTED), local.lowestVerification());
        assertEquals(1, local.publishableStories().size());
        // apprenticeships: 1 + 1 = 2 of 4 expected = 50 % → red; minimum 4 not reached; its one story lacks consent
        CommitmentStatus apprentices = status(r, "apprenticeship-starts");
        assertEquals("50.00", apprentices.displayPercentOfExpected());
        assertEquals(RagStatus.RED, apprentices.rag());
        assertEquals(Optional.of(false), apprentices.minimumReached());
        assertEquals(1, apprentices.stories().size());
        assertEquals(0, apprentices.publishableStories().size());
        // volunteering: 90 + 120 = 210 of 200 expected = 105 % → green
        assertEquals("105.00", status(r, "volunteering-hours").displayPercentOfExpected());
        assertEquals(RagStatus.RED, r.overall());
    }

    @Test
    void exampleIsCanonicalAndRoundTrips() {
        String original = text(example(FILE));
        MonitoringRequest request = Formats.MONITORING_REQUEST.read(example(FILE));
        assertEquals(original, Formats.MONITORING_REQUEST.toJson(request));
        MonitoringRequest again = Formats.MONITORING_REQUEST.read(FormatTests.in(Formats.MONITORING_REQUEST.toJson(request)), "again.json");
        assertEquals(request, again);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Formats.MONITORING_REQUEST.write(again, out);
        assertEquals(original, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void statusReportHasRagStoriesAndDeliveredQuantities() {
        MonitoringResult r = Formats.MONITORING_REQUEST.read(example(FILE)).assess();
        String json = Formats.MONITORING_STATUS.toJson(Formats.MONITORING_REQUEST.read(example(FILE)).report());
        assertEquals(List.of(), schema("svtoms-monitoring-status-1").errors(tree(json)), json);
        JsonNode root = tree(json);
        assertEquals("red", root.get("overall").asText());
        JsonNode apprentices = root.get("commitments").get(2);
        assertEquals("apprenticeship-starts", apprentices.get("measure").asText());
        assertEquals("4.00", apprentices.get("expected").asText());
        assertEquals("50.00", apprentices.get("percentOfExpected").asText());
        assertEquals("red", apprentices.get("rag").asText());
        assertEquals(1, apprentices.get("storiesCount").asInt());
        assertEquals(0, apprentices.get("publishableStoriesCount").asInt());
        assertFalse(apprentices.has("publishableStories"), "a story without consent is never reproduced");
        assertFalse(json.contains("care leaver started"), "nor is its narrative anywhere in the report");
        assertEquals("self-reported", apprentices.get("lowestVerification").asText());
        JsonNode delivered = root.get("deliveredQuantities");
        assertEquals(4, delivered.size());
        assertEquals("local-employment", delivered.get(1).get("measure").asText());
        assertEquals("17", delivered.get(1).get("quantity").asText());
        assertEquals("210", delivered.get(3).get("quantity").asText());
        assertEquals("https://www.elft.nhs.uk/", root.get("commitments").get(1).get("publishableStories").get(0)
                .get("link").asText());
    }

    @Test
    void requestSchemaAcceptsTheExampleAndRejectsBrokenVariants() {
        Schema s = schema("svtoms-monitoring-1");
        String json = text(example(FILE));
        assertEquals(List.of(), s.errors(tree(json)));
        List<JsonNode> bad = List.of(
                edited(json, o -> o.put("asOf", "01/10/2023")),
                edited(json, o -> o.put("asOf", "2023-13-01")),
                edited(json, o -> ((ObjectNode) o.get("commitments").get(0)).put("target", 230)),
                edited(json, o -> ((ObjectNode) o.get("commitments").get(0)).remove("end")),
                edited(json, o -> ((ObjectNode) o.get("reports").get(0)).put("verification", "audited")),
                edited(json, o -> ((ObjectNode) o.get("reports").get(0).get("stories").get(0)).remove("consent")),
                edited(json, o -> ((ObjectNode) o.get("reports").get(0).get("stories").get(0)).put("consent", "yes")),
                edited(json, o -> ((ObjectNode) o.get("reports").get(1)).put("quantity", "-1")),
                edited(json, o -> o.putArray("commitments")));
        for (JsonNode b : bad) {
            assertFalse(s.errors(b).isEmpty(), b.toString());
        }
    }
}
