package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.YearIndexing;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Discounting;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** svtoms-valuation-request/1 and svtoms-valuation/1: worked example through JSON, round trips, semantic errors. */
class ValuationJsonTest {
    static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ValuationJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    @Test
    void sroiWorkedExampleThroughJson() throws IOException {
        String text = resource("/valid/sroi-request.json");
        ValuationRequest request = Formats.VALUATION_REQUEST.read(bytes(text), "sroi-request.json");
        assertEquals(new Discounting(DiscountSchedule.constant(new BigDecimal("0.035")), YearIndexing.FIRST_YEAR_DISCOUNTED),
                request.discounting());
        // the writer records the table it was valued with: id, edition and the SHA-256 of its canonical form
        ProxyTableDigest used = ProxyTableDigest.of(Bundled.proxyTable());
        // and the reference data it was read with (default price index, carbon values, wage rates): its SHA-256
        ReferenceDataDigest reference = ReferenceDataDigest.of(Bundled.referenceData());
        String recorded = text.replace("  \"proxyTable\": \"svtoms-open-proxies\",\n", "  \"proxyTable\": \"svtoms-open-proxies\",\n"
                + "  \"proxyTableUsed\": {\n    \"id\": \"svtoms-open-proxies\",\n    \"edition\": \"" + used.edition()
                + "\",\n    \"sha256\": \"" + used.sha256() + "\"\n  },\n"
                + "  \"referenceUsed\": {\n    \"sha256\": \"" + reference.sha256() + "\"\n  },\n");
        assertEquals(recorded, Formats.VALUATION_REQUEST.toJson(request), "the file is canonical: read then write reproduces it");
        assertEquals(request, Formats.VALUATION_REQUEST.read(bytes(recorded), "recorded.json"));

        Valuation v = ValuationEngine.value(request);
        String json = Formats.VALUATION_REPORT.toJson(ValuationReport.of(request, v));
        // gross = 10 × 10,000 × 3 = 300,000; net_1 = 100,000 × 0.8 × 0.9 × 0.75 = 54,000; × 0.75 a year:
        // 40,500; 30,375; net = 124,875.
        // PV = 54,000/1.035 + 40,500/1.035² + 30,375/1.035³ = 52,173.913 + 37,807.183 + 27,396.510 = 117,377.606 → 117,377.61
        // One line, of an economic proxy: the split by value type holds one type, equal to the totals.
        assertTrue(json.contains("""
                  "totals": {
                    "gross": "300000.00",
                    "net": "124875.00",
                    "presentValue": "117377.61",
                    "byValueType": {
                      "economic": {
                        "gross": "300000.00",
                        "net": "124875.00",
                        "presentValue": "117377.61",
                        "percentOfContract": "9.78"
                      }
                    }
                  },
                  "percentOfContract": "9.78",
                """), json);
        // 117,377.6061 / 1,200,000 × 100 = 9.7815 → 9.78
        // DF_1 = 1/1.035 = 0.96618357487… → 0.9661835749; DF_2 = 0.93351070040… → 0.9335107004;
        // DF_3 = 0.90194270570… → 0.9019427057. Year PVs exact 52,173.913… / 37,807.18336… / 27,396.50968…, each
        // rounded on its own (HALF_EVEN): 52,173.91 / 37,807.18 / 27,396.51, summing to 117,377.60; the line's
        // present value 117,377.6061 → 117,377.61, so the years state their rounding adjustment: 0.01 (values:
        // 54,000 + 40,500 + 30,375 = 124,875.00 = net, adjustment 0.00).
        // Each year states its rate (the constant 3.5 %), the proxy per unit used (the line's own £10,000, already in
        // 2024 prices) and its dates: without a contract start, contract year 1 is the calendar price year 2024.
        assertTrue(json.contains("""
                      "years": [
                        {
                          "contractYear": 1,
                          "value": "54000.00",
                          "discountFactor": "0.9661835749",
                          "presentValue": "52173.91",
                          "rate": "0.035",
                          "proxy": "10000",
                          "from": "2024-01-01",
                          "to": "2024-12-31"
                        },
                        {
                          "contractYear": 2,
                          "value": "40500.00",
                          "discountFactor": "0.9335107004",
                          "presentValue": "37807.18",
                          "rate": "0.035",
                          "proxy": "10000",
                          "from": "2025-01-01",
                          "to": "2025-12-31"
                        },
                        {
                          "contractYear": 3,
                          "value": "30375.00",
                          "discountFactor": "0.9019427057",
                          "presentValue": "27396.51",
                          "rate": "0.035",
                          "proxy": "10000",
                          "from": "2026-01-01",
                          "to": "2026-12-31"
                        }
                      ],
                      "yearsRoundingAdjustment": {
                        "value": "0.00",
                        "presentValue": "0.01"
                      },
                """), json);
        assertTrue(json.contains("""
                  "discounting": {
                    "constantRate": "0.035",
                    "firstYear": "discounted"
                  },
                """), json);

        ValuationReport back = Formats.VALUATION_REPORT.read(bytes(json), "valuation.json");
        assertEquals(v.totals(), back.totals(), "totals read back equal the engine's rounded totals to the penny");
        assertEquals(gbp("117377.61"), back.totals().presentValue());
        assertEquals(ValuationReport.of(request, v), back);
        assertEquals(json, Formats.VALUATION_REPORT.toJson(back), "write → read → write is byte-identical");
        assertEquals(v.lines().get(0).reported(), back.lines().get(0).figures());
        assertEquals("supplied in the valuation request", back.lines().get(0).proxy().provenance().source());
    }

    @Test
    void tableProxiesAreRebasedAndTheReportRoundTrips() {
        String text = """
                {"format": "svtoms-valuation-request/1", "currency": "GBP", "priceYear": "2024-25",
                 "commitments": [
                  {"id": "a", "measure": "long-term-unemployed-hires", "quantity": "2"},
                  {"id": "b", "measure": "local-supplier-spend", "quantity": "50000.5", "duration": 2, "attribution": "0.5"},
                  {"id": "c", "measure": "local-sme-spend", "quantity": "1000"},
                  {"id": "d", "measure": "pay-gap-action-plan", "quantity": "1"}]}
                """;
        ValuationRequest request = Formats.VALUATION_REQUEST.read(bytes(text), "r.json");
        assertEquals(Optional.of(Bundled.proxyTable()), request.proxyTable());
        assertEquals(Bundled.referenceData().priceIndices().get(0), request.priceIndex().orElseThrow());
        assertEquals(Discounting.greenBook(), request.discounting());
        Valuation v = ValuationEngine.value(request);
        String json = Formats.VALUATION_REPORT.toJson(ValuationReport.of(request, v));
        ValuationReport back = Formats.VALUATION_REPORT.read(bytes(json), "v.json");
        assertEquals(ValuationReport.of(request, v), back);
        assertEquals(json, Formats.VALUATION_REPORT.toJson(back));
        assertEquals(v.totals(), back.totals());
        // c (local SME spend) is part of b (local spend): valued, shown, left out of the totals
        assertEquals(List.of(new ValuationReport.DoubleCounted("c", MeasureId.of("local-sme-spend"), "b",
                v.doubleCounted().get(0).reason())), back.doubleCounted());
        assertEquals(new java.math.BigDecimal("1000.00"), back.lines().get(2).figures().gross().amount(),
                "£1,000 of local SME spend at £1 per £1, not rebased");
        Money sum = back.lines().stream().filter(l -> !l.id().equals("c")).map(l -> l.figures().presentValue())
                .reduce(Optional.ofNullable(back.roundingAdjustments().get(ValuationReport.LINES))
                        .map(io.github.svtoms.proxies.valuation.RoundingAdjustment::all)
                        .orElse(io.github.svtoms.proxies.valuation.Figures.zero(request.currency())).presentValue(), Money::plus);
        assertEquals(back.totals().presentValue(), sum, "the counted lines and the stated adjustment add up to the total");
        String again = Formats.VALUATION_REQUEST.toJson(request);
        assertEquals(request, Formats.VALUATION_REQUEST.read(bytes(again), "again.json"));
        assertEquals(again, Formats.VALUATION_REQUEST.toJson(Formats.VALUATION_REQUEST.read(bytes(again), "again.json")));
    }

    @Test
    void semanticProblemsAreCollectedAtOnceWithTheirPositions() {
        String text = """
                {"format": "svtoms-valuation-request/1", "currency": "GBP", "priceYear": "1850",
                 "proxyTable": "hact-values",
                 "commitments": [
                  {"id": "a", "measure": "local-employment", "quantity": "1"},
                  {"id": "b", "measure": "local-employment", "quantity": "1"},
                  {"id": "c", "measure": "locl-employment", "quantity": "1"}]}
                """;
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
                () -> Formats.VALUATION_REQUEST.read(bytes(text), "r.json"));
        assertEquals(List.of(
                "r.json:1:74: $.priceYear: price year '1850' is not in price index 'hmt-gdp-deflator-2024-10': figures"
                        + " can only be reported in a year the index has",
                "r.json:2:16: $.proxyTable: unknown proxy table 'hact-values': the tables given are svtoms-open-proxies",
                "r.json:6:26: $.commitments[2].measure: unknown measure 'locl-employment': the catalogue has no measure"
                        + " with this id"), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void overlaidTablesAreChosenByName() {
        ProxyTable base = Bundled.proxyTable();
        String text = """
                {"format": "svtoms-valuation-request/1", "currency": "GBP", "priceYear": "2024",
                 "proxyTable": "svtoms-open-proxies", "commitments": []}
                """;
        ValuationRequest r = Formats.VALUATION_REQUEST.withContext(ReadContext.of(Bundled.catalogue(), base)).read(bytes(text), "r.json");
        assertEquals(base, r.proxyTable().orElseThrow());
        ValuationRequest none = Formats.VALUATION_REQUEST.withContext(ReadContext.of(Bundled.catalogue()))
                .read(bytes(text.replace("\"proxyTable\": \"svtoms-open-proxies\",", "")), "r.json");
        assertEquals(Optional.empty(), none.proxyTable());
    }

    @Test
    void aScheduleTheFormatCannotNameIsRefusedWhenWriting() {
        ValuationRequest r = ValuationRequest.builder(Money.currency("GBP"), PriceYear.parse("2024"), Bundled.catalogue())
                .discounting(new Discounting(Bundled.referenceData().discountSchedule("green-book").orElseThrow()
                        .equals(DiscountSchedule.greenBook()) ? DiscountSchedule.of("odd", "odd", DiscountSchedule.greenBook()
                        .bands(), Optional.empty()) : DiscountSchedule.of("odd", "odd", DiscountSchedule.greenBook().bands(),
                        Optional.empty()), YearIndexing.FIRST_YEAR_UNDISCOUNTED))
                .line(CommitmentLine.of("x", MeasureId.of("local-employment"), BigDecimal.ONE)).build();
        var e = assertThrows(io.github.svtoms.core.InvalidValueException.class, () -> Formats.VALUATION_REQUEST.toJson(r));
        assertTrue(e.getMessage().contains("discount schedule 'odd' cannot be written"), e.getMessage());
    }
}
