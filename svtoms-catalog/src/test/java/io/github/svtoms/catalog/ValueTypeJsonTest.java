package io.github.svtoms.catalog;

import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.valuation.Figures;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.github.svtoms.catalog.ValuationJsonTest.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** svtoms-valuation/1 keeps value types apart: totals and breakdowns per type, lossless, refused when they do not add up. */
class ValueTypeJsonTest {
    private static final String REQUEST = """
            {"format": "svtoms-valuation-request/1", "currency": "GBP", "priceYear": "2024",
             "contract": {"value": "1000000", "years": 1},
             "discounting": {"schedule": "none", "firstYear": "undiscounted"},
             "commitments": [
              {"id": "wellbeing", "measure": "staff-wellbeing-wellbys", "quantity": "1",
               "proxy": {"amount": "13000", "priceYear": "2024", "valueType": "social-wellbeing",
                         "provenance": {"source": "test", "publisher": "test", "edition": "1", "licence": "test", "evidence": "U"}}},
              {"id": "jobs", "measure": "local-employment", "quantity": "1",
               "proxy": {"amount": "30000", "priceYear": "2024", "valueType": "economic",
                         "provenance": {"source": "test", "publisher": "test", "edition": "1", "licence": "test", "evidence": "U"}}},
              {"id": "hire", "measure": "disabled-hires", "quantity": "1",
               "proxy": {"amount": "8000", "priceYear": "2024", "valueType": "fiscal+economic",
                         "provenance": {"source": "test", "publisher": "test", "edition": "1", "licence": "test", "evidence": "U"}}}]}
            """;

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    @Test
    void totalsAndBreakdownsAreWrittenPerValueTypeAndReadBackLosslessly() {
        ValuationRequest request = Formats.VALUATION_REQUEST.read(bytes(REQUEST), "r.json");
        Valuation v = ValuationEngine.value(request);
        // No adjustment, no discounting, one year: each line's figures are its proxy.
        // social-wellbeing 13,000.00 + economic 30,000.00 + fiscal+economic 8,000.00 = 51,000.00 in all;
        // of a £1,000,000 contract: 1.30 % + 3.00 % + 0.80 % = 5.10 %.
        assertEquals(gbp("51000.00"), v.totals().presentValue());
        assertEquals(Map.of(
                ValueType.ECONOMIC, figures("30000.00"),
                ValueType.FISCAL_AND_ECONOMIC, figures("8000.00"),
                ValueType.SOCIAL_WELLBEING, figures("13000.00")), v.totalsByValueType());
        assertEquals(List.of(ValueType.ECONOMIC, ValueType.FISCAL_AND_ECONOMIC, ValueType.SOCIAL_WELLBEING),
                List.copyOf(v.totalsByValueType().keySet()), "in ValueType order");
        assertEquals(Map.of(ValueType.ECONOMIC, new BigDecimal("3.00"), ValueType.FISCAL_AND_ECONOMIC,
                new BigDecimal("0.80"), ValueType.SOCIAL_WELLBEING, new BigDecimal("1.30")), v.percentOfContractByValueType());

        ValuationReport report = ValuationReport.of(request, v);
        String json = Formats.VALUATION_REPORT.toJson(report);
        assertTrue(json.contains("""
                    "byValueType": {
                      "economic": {
                        "gross": "30000.00",
                        "net": "30000.00",
                        "presentValue": "30000.00",
                        "percentOfContract": "3.00"
                      },
                      "fiscal+economic": {
                        "gross": "8000.00",
                        "net": "8000.00",
                        "presentValue": "8000.00",
                        "percentOfContract": "0.80"
                      },
                      "social-wellbeing": {
                        "gross": "13000.00",
                        "net": "13000.00",
                        "presentValue": "13000.00",
                        "percentOfContract": "1.30"
                      }
                    }
                """), json);
        ValuationReport back = Formats.VALUATION_REPORT.read(bytes(json), "v.json");
        assertEquals(report, back);
        assertEquals(v.totalsByValueType(), back.totalsByValueType());
        assertEquals(v.percentOfContractByValueType(), back.percentOfContractByValueType());
        assertEquals(json, Formats.VALUATION_REPORT.toJson(back), "write → read → write is byte-identical");
        // two themes: wellbeing holds the WELLBY line alone; each theme's split is its lines' types
        assertEquals(Map.of(ValueType.SOCIAL_WELLBEING, figures("13000.00")),
                back.byTheme().stream().filter(b -> b.id().equals("wellbeing")).findFirst().orElseThrow().byValueType());
    }

    @Test
    void aSplitThatDoesNotAddUpIsRefusedWithItsPath() {
        ValuationRequest request = Formats.VALUATION_REQUEST.read(bytes(REQUEST), "r.json");
        String json = Formats.VALUATION_REPORT.toJson(ValuationReport.of(request, ValuationEngine.value(request)));
        // one penny moved into the wellbeing share of the totals: 51,000.01 ≠ 51,000.00
        String tampered = json.replaceFirst("\"presentValue\": \"13000.00\",\n        \"percentOfContract\"",
                "\"presentValue\": \"13000.01\",\n        \"percentOfContract\"");
        assertTrue(!tampered.equals(json), "the tampering applies");
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
                () -> Formats.VALUATION_REPORT.read(bytes(tampered), "v.json"));
        assertTrue(e.getMessage().contains("must add up exactly"), e.getMessage());
        // a breakdown entry without its split
        String missing = json.replaceFirst("(\"byMeasure\": \\[\\s*\\{[^}]*?\"presentValue\": \"[0-9.]+\"),\\s*\"byValueType\": \\{\\s*\"[a-z+-]+\": \\{[^}]*\\}\\s*\\}",
                "$1");
        assertTrue(!missing.equals(json), "the removal applies");
        CatalogueFormatException e2 = assertThrows(CatalogueFormatException.class,
                () -> Formats.VALUATION_REPORT.read(bytes(missing), "v.json"));
        assertTrue(e2.getMessage().contains("$.byMeasure[0].byValueType"), e2.getMessage());
    }

    private static Figures figures(String amount) {
        return new Figures(gbp(amount), gbp(amount), gbp(amount));
    }
}
