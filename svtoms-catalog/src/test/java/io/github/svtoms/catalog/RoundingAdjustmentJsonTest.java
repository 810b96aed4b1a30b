package io.github.svtoms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.svtoms.proxies.valuation.RoundingAdjustment;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.svtoms.catalog.ValuationJsonTest.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-value-type parts of each stated list adjustment ({@code roundingAdjustments.*.byValueType}): written
 * by the tree writer and the streaming writer alike, read back, and right by the file's own arithmetic — for each
 * value type of the totals, the sum of a list's entries of that type plus the type's adjustment (zero when not
 * listed) is that type's total, to the penny; on the seeded requests of {@link RequestPropertyTest}.
 */
@ExtendWith(InstancioExtension.class)
class RoundingAdjustmentJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIGURES = {"gross", "net", "presentValue"};

    @Test
    void eachListAdjustmentStatesItsPartsPerValueTypeAndTheyAddUpToEachTypesTotal() throws IOException {
        List<RequestPropertyTest.Spec> specs = RequestPropertyTest.specs();
        int typedParts = 0;
        int mixedReports = 0;
        for (int i = 0; i < specs.size(); i++) {
            ValuationRequest r = RequestPropertyTest.request(specs.get(i), i);
            Valuation v = ValuationEngine.value(r);
            ValuationReport report = ValuationReport.of(r, v);
            String json = Formats.VALUATION_REPORT.toJson(report);
            ValuationReport back = Formats.VALUATION_REPORT.read(bytes(json), "v.json");
            assertEquals(report.roundingAdjustments(), back.roundingAdjustments(), json);
            // the API's adjustments, their zero parts left out, are what the report holds
            Map<String, RoundingAdjustment> api = Map.of(ValuationReport.LINES, v.linesRoundingAdjustment(),
                    ValuationReport.BY_MEASURE, v.summary().byMeasureRoundingAdjustment(),
                    ValuationReport.BY_OUTCOME, v.summary().byOutcomeRoundingAdjustment(),
                    ValuationReport.BY_THEME, v.summary().byThemeRoundingAdjustment());
            api.forEach((k, a) -> {
                RoundingAdjustment held = back.roundingAdjustments().get(k);
                if (a.isZero()) {
                    assertEquals(null, held, k + ": " + json);
                } else {
                    assertEquals(a.all(), held.all(), k);
                    a.byValueType().forEach((t, f) -> assertEquals(RoundingAdjustment.isZero(f) ? null : f,
                            held.byValueType().get(t), k + " " + t + ": " + json));
                    assertTrue(a.byValueType().keySet().containsAll(held.byValueType().keySet()), k);
                }
            });
            JsonNode tree = JSON.readTree(json);
            JsonNode streamed = JSON.readTree(ValuationReportWriterTest.stream(r));
            assertEquals(tree.get("roundingAdjustments"), streamed.get("roundingAdjustments"),
                    "the streaming writer states the same adjustments: " + json);
            typedParts += checkArithmetic(tree, json);
            if (tree.get("totals").has("byValueType") && tree.get("totals").get("byValueType").size() > 1) {
                mixedReports++;
            }
        }
        assertTrue(mixedReports > 20, "reports with several value types: " + mixedReports);
        assertTrue(typedParts > 20, "non-zero parts by value type checked: " + typedParts);
    }

    @Test
    void nestedBreakdownsStateTheirPartsAdjustmentInTheJsonAndItAddsUp() throws IOException {
        List<RequestPropertyTest.Spec> specs = RequestPropertyTest.specs();
        int stated = 0;
        for (int i = 0; i < specs.size(); i++) {
            ValuationRequest r = RequestPropertyTest.request(specs.get(i), i);
            ValuationReport report = ValuationReport.of(r, ValuationEngine.value(r));
            String json = Formats.VALUATION_REPORT.toJson(report);
            ValuationReport back = Formats.VALUATION_REPORT.read(bytes(json), "v.json");
            assertEquals(report.byTheme(), back.byTheme(), json);
            assertEquals(report.byOutcome(), back.byOutcome(), json);
            JsonNode tree = JSON.readTree(json);
            assertEquals(tree.get("byTheme"), JSON.readTree(ValuationReportWriterTest.stream(r)).get("byTheme"));
            assertEquals(tree.get("byOutcome"), JSON.readTree(ValuationReportWriterTest.stream(r)).get("byOutcome"));
            // from the JSON alone: a theme = Σ its outcomes + partsRoundingAdjustment; an outcome = Σ its measures + …
            stated += checkParts(tree.get("byTheme"), "theme", tree.get("byOutcome"), "outcome",
                    o -> r.catalogue().requireOutcome(io.github.svtoms.core.catalogue.OutcomeId.of(o)).theme().value(), json);
            stated += checkParts(tree.get("byOutcome"), "outcome", tree.get("byMeasure"), "measure",
                    m -> r.catalogue().requireMeasure(io.github.svtoms.core.catalogue.MeasureId.of(m)).outcome().value(), json);
        }
        assertTrue(stated > 10, "stated parts adjustments checked: " + stated);
    }

    private static int checkParts(JsonNode parents, String parentKey, JsonNode children, String childKey,
                                  java.util.function.Function<String, String> parentOf, String json) {
        int stated = 0;
        for (JsonNode parent : parents) {
            String id = parent.get(parentKey).asText();
            JsonNode adjustment = parent.get("partsRoundingAdjustment");
            if (adjustment != null) {
                stated++;
            }
            for (String figure : FIGURES) {
                BigDecimal sum = adjustment == null ? BigDecimal.ZERO : new BigDecimal(adjustment.get(figure).asText());
                for (JsonNode child : children) {
                    if (parentOf.apply(child.get(childKey).asText()).equals(id)) {
                        sum = sum.add(new BigDecimal(child.get(figure).asText()));
                    }
                }
                assertEquals(0, sum.compareTo(new BigDecimal(parent.get(figure).asText())), parentKey + " " + id + " "
                        + figure + ": " + json);
            }
        }
        return stated;
    }

    /** Checks every list adjustment of a report by its own figures; returns how many non-zero typed parts it had. */
    private static int checkArithmetic(JsonNode report, String json) {
        JsonNode totals = report.get("totals");
        JsonNode adjustments = report.get("roundingAdjustments");
        Set<String> left = new HashSet<>();
        report.get("doubleCounted").forEach(d -> left.add(d.get("line").asText()));
        int parts = 0;
        for (String list : List.of("lines", "byMeasure", "byOutcome", "byTheme")) {
            JsonNode adjustment = adjustments == null ? null : adjustments.get(list);
            if (adjustment != null && adjustment.has("byValueType")) {
                parts += adjustment.get("byValueType").size();
            }
            JsonNode types = totals.get("byValueType");
            if (types == null) {
                continue;
            }
            for (var type = types.fields(); type.hasNext(); ) {
                var t = type.next();
                for (String figure : FIGURES) {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (JsonNode entry : report.get(list)) {
                        if (list.equals("lines")) {
                            if (!left.contains(entry.get("id").asText())
                                    && entry.get("proxy").get("valueType").asText().equals(t.getKey())) {
                                sum = sum.add(new BigDecimal(entry.get(figure).asText()));
                            }
                        } else if (entry.get("byValueType").has(t.getKey())) {
                            sum = sum.add(new BigDecimal(entry.get("byValueType").get(t.getKey()).get(figure).asText()));
                        }
                    }
                    JsonNode part = adjustment == null || !adjustment.has("byValueType") ? null
                            : adjustment.get("byValueType").get(t.getKey());
                    BigDecimal stated = part == null ? BigDecimal.ZERO : new BigDecimal(part.get(figure).asText());
                    assertEquals(0, sum.add(stated).compareTo(new BigDecimal(t.getValue().get(figure).asText())),
                            list + " " + t.getKey() + " " + figure + ": " + sum + " + " + stated + " ≠ the type's total; "
                                    + json);
                }
            }
            for (String figure : FIGURES) {
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode entry : report.get(list)) {
                    if (!list.equals("lines") || !left.contains(entry.get("id").asText())) {
                        sum = sum.add(new BigDecimal(entry.get(figure).asText()));
                    }
                }
                BigDecimal stated = adjustment == null ? BigDecimal.ZERO : new BigDecimal(adjustment.get(figure).asText());
                assertEquals(0, sum.add(stated).compareTo(new BigDecimal(totals.get(figure).asText())),
                        list + " " + figure + ": " + json);
            }
        }
        return parts;
    }
}
