package io.github.svtoms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A written valuation result records the proxy table it used (id, edition, SHA-256 of the table's canonical
 * writing), in the tree and the streamed writing alike, and reads it back; the report's discounting names its
 * health schedule.
 */
class ReportTableUsedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ValuationRequest request() {
        return Bundled.valuationRequest(Currency.getInstance("GBP"), PriceYear.parse("2025-26"))
                .line(CommitmentLine.of("jobs", MeasureId.of("local-employment"), new BigDecimal("2")))
                .line(CommitmentLine.of("carbon", MeasureId.of("carbon-saved"), new BigDecimal("10")))
                .build();
    }

    @Test
    void theResultRecordsTheProxyTableItUsed() throws Exception {
        ValuationRequest r = request();
        ValuationReport report = ValuationReport.of(r, ValuationEngine.value(r));
        ProxyTableDigest expected = ProxyTableDigest.of(Bundled.proxyTable());
        assertEquals(java.util.Optional.of(expected), report.proxyTableUsed());
        String json = Formats.VALUATION_REPORT.toJson(report);
        JsonNode tree = JSON.readTree(json);
        assertEquals(expected.id(), tree.get("proxyTableUsed").get("id").asText());
        assertEquals(expected.edition(), tree.get("proxyTableUsed").get("edition").asText());
        assertEquals(expected.sha256(), tree.get("proxyTableUsed").get("sha256").asText());
        assertEquals("green-book-health", tree.get("discounting").get("healthSchedule").asText());
        assertEquals(List.of(), Schema.of("svtoms-valuation-1").errors(tree));
        ValuationReport back = Formats.VALUATION_REPORT.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "v.json");
        assertEquals(report.proxyTableUsed(), back.proxyTableUsed());
        assertEquals(report.discounting(), back.discounting());
        JsonNode streamed = JSON.readTree(ValuationReportWriterTest.stream(r));
        assertEquals(tree.get("proxyTableUsed"), streamed.get("proxyTableUsed"));
        assertEquals(tree.get("discounting"), streamed.get("discounting"));
    }

    @Test
    void aValuationWithoutATableRecordsNoneAndABadHashIsRefusedAtItsPath() throws Exception {
        ValuationRequest r = request();
        String json = Formats.VALUATION_REPORT.toJson(ValuationReport.of(r, ValuationEngine.value(r)));
        String bad = json.replaceFirst("\"sha256\"\\s*:\\s*\"[0-9a-f]{64}\"", "\"sha256\": \"XYZ\"");
        assertFalse(bad.equals(json), "the hash was replaced");
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> Formats.VALUATION_REPORT.read(
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "v.json"));
        assertTrue(e.getMessage().contains("$.proxyTableUsed.sha256") && e.getMessage().contains("invalid sha256 'XYZ'"),
                e.getMessage());
        ValuationRequest none = ValuationRequest.builder(Currency.getInstance("GBP"), PriceYear.parse("2025-26"),
                Bundled.catalogue()).build();
        JsonNode tree = JSON.readTree(Formats.VALUATION_REPORT.toJson(ValuationReport.of(none, ValuationEngine.value(none))));
        assertFalse(tree.has("proxyTableUsed"));
    }

    @Test
    void aRequestWrittenWithOneReferenceDataIsRefusedWithAnother() {
        ValuationRequest r = request();
        String json = Formats.VALUATION_REQUEST.toJson(r);
        ReferenceDataDigest bundled = ReferenceDataDigest.of(Bundled.referenceData());
        assertTrue(json.contains("\"referenceUsed\": {\n    \"sha256\": \"" + bundled.sha256() + "\""), json);
        // read back with the same reference data: the same request
        assertEquals(r, Formats.VALUATION_REQUEST.parse(json));
        // with other reference data (no carbon values): refused, naming both hashes
        var ref = Bundled.referenceData();
        var other = new io.github.svtoms.proxies.ReferenceData(ref.discountSchedules(), ref.priceIndices(), ref.wellby(),
                ref.wageSeries(), List.of());
        ReferenceDataDigest otherDigest = ReferenceDataDigest.of(other);
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> Formats.VALUATION_REQUEST
                .withContext(ReadContext.bundled().withReferenceData(other)).parse(json));
        assertTrue(e.getMessage().contains("$.referenceUsed.sha256") && e.getMessage().contains(bundled.describe())
                && e.getMessage().contains(otherDigest.describe()), e.getMessage());
    }
}
