package io.github.svtoms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The schemas of the valuation-request, valuation, KPI-request and KPI-selection formats accept what the
 * writers produce (the valid samples and 1,000 generated documents each) and reject the invalid files the
 * schema can see (shape, patterns, ranges, enums; not catalogue lookups).
 */
class RequestSchemaTest {
    private static final ObjectMapper TREE = new ObjectMapper();
    private static final Map<String, String> SCHEMAS = Map.of("valuation-request", "svtoms-valuation-request-1",
            "valuation", "svtoms-valuation-1", "kpi-request", "svtoms-kpi-request-1", "kpi-selection", "svtoms-kpi-selection-1");

    static Schema schema(String kind) {
        return Schema.of(SCHEMAS.get(kind));
    }

    static JsonNode file(String path) throws IOException {
        try (InputStream in = RequestSchemaTest.class.getResourceAsStream(path)) {
            return TREE.readTree(in);
        }
    }

    @Test
    void validSamplesPass() throws IOException {
        assertEquals(List.of(), schema("valuation-request").errors(file("/valid/sroi-request.json")));
        assertEquals(List.of(), schema("valuation").errors(file("/valid/sroi-valuation.json")));
        assertEquals(List.of(), schema("kpi-request").errors(file("/valid/kent-kpi-request.json")));
        assertEquals(List.of(), schema("kpi-selection").errors(file("/valid/kent-kpi-selection.json")));
    }

    @Test
    void everythingTheWritersProduceValidates() throws IOException {
        Schema request = schema("valuation-request");
        Schema valuation = schema("valuation");
        Schema kpiRequest = schema("kpi-request");
        Schema kpiSelection = schema("kpi-selection");
        KpiSelector selector = new KpiSelector(Bundled.catalogue());
        List<RequestPropertyTest.Spec> specs = RequestPropertyTest.specs();
        for (int i = 0; i < specs.size(); i++) {
            ValuationRequest r = RequestPropertyTest.request(specs.get(i), i);
            String json = Formats.VALUATION_REQUEST.toJson(r);
            assertEquals(List.of(), request.errors(TREE.readTree(json)), json);
            String report = Formats.VALUATION_REPORT.toJson(ValuationReport.of(r, ValuationEngine.value(r)));
            assertEquals(List.of(), valuation.errors(TREE.readTree(report)), report);
            var profile = RequestPropertyTest.profile(specs.get(i));
            String k = Formats.KPI_REQUEST.toJson(profile);
            assertEquals(List.of(), kpiRequest.errors(TREE.readTree(k)), k);
            String sel = Formats.KPI_SELECTION.toJson(selector.report(profile));
            assertEquals(List.of(), kpiSelection.errors(TREE.readTree(sel)), sel);
        }
    }

    @Test
    void schemasRejectWhatTheReadersRejectByShape() throws IOException {
        Map<String, List<String>> bad = Map.of(
                "valuation-request", List.of("vr-bad-format-tag", "vr-schedule-and-rate", "vr-negative-quantity",
                        "vr-adjustment-out-of-range", "vr-start-year-zero", "vr-start-year-string", "vr-quantity-as-number",
                        "vr-missing-commitments", "vr-unknown-member", "vr-rate-not-below-one", "vr-unknown-schedule",
                        "vr-unknown-first-year", "vr-contract-value-zero"),
                "kpi-request", List.of("kr-unknown-buyer", "kr-unknown-category", "kr-max-kpis-zero", "kr-stretch-below-one",
                        "kr-duplicate-sector", "kr-selection-tag", "kr-value-as-number"),
                "kpi-selection", List.of("ks-passed-as-string", "ks-missing-checks", "ks-levels-partly-given"),
                "valuation", List.of("v-money-three-decimals", "v-discount-factor-scale", "v-unknown-step-kind",
                        "v-unknown-unit"));
        for (var e : bad.entrySet()) {
            Schema s = schema(e.getKey());
            for (String name : e.getValue()) {
                assertFalse(s.errors(file("/invalid/" + name + ".json")).isEmpty(), name);
            }
        }
    }
}
