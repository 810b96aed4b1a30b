package io.github.svtoms.catalog;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Contract;
import io.github.svtoms.proxies.valuation.Discounting;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled data in one place, and the valuation request builder it pre-fills. */
class BundledTest {
    private static final Currency GBP = Currency.getInstance("GBP");

    @Test
    void eachPartIsReadOnceAndShared() {
        assertSame(Bundled.catalogue(), Bundled.catalogue());
        assertSame(Bundled.proxyTable(), Bundled.proxyTable());
        assertSame(Bundled.referenceData(), Bundled.referenceData());
        assertEquals(1 + Bundled.FRAMEWORKS.size(), Bundled.catalogue().frameworks().size());
        assertEquals("svtoms-open-proxies", Bundled.proxyTable().id());
    }

    @Test
    void theDefaultPriceIndexIsTheFirstOfTheReferenceDataAsARequestFileWithoutOneUses() {
        assertEquals("hmt-gdp-deflator-2024-10", Bundled.PRICE_INDEX_ID);
        assertEquals(Bundled.PRICE_INDEX_ID, Bundled.priceIndex().id());
        assertEquals(Bundled.referenceData().priceIndices().get(0), Bundled.priceIndex());
        ValuationRequest read = Formats.VALUATION_REQUEST.parse("""
                {"format": "svtoms-valuation-request/1", "currency": "GBP", "priceYear": "2022", "commitments": []}""");
        assertEquals(Optional.of(Bundled.priceIndex()), read.priceIndex());
    }

    @Test
    void aRequestBuiltInCodeHasTheBundledCatalogueProxyTableAndIndexAndValuesLikeTheSameFile() {
        ValuationRequest built = Bundled.valuationRequest(GBP, PriceYear.parse("2024-25"))
                .contract(new Contract(Money.of("1200000.00", "GBP"), 3))
                .line(CommitmentLine.builder("jobs", MeasureId.of("local-employment"), new BigDecimal("10")).duration(3)
                        .build())
                .line(CommitmentLine.builder("waste", MeasureId.of("waste-diverted-from-landfill"), new BigDecimal("50"))
                        .build())
                .build();
        assertSame(Bundled.catalogue(), built.catalogue());
        assertEquals(Optional.of(Bundled.proxyTable()), built.proxyTable());
        assertEquals(Optional.of(Bundled.priceIndex()), built.priceIndex());
        assertEquals(Discounting.greenBook(), built.discounting(), "the builder's own default is kept");
        ValuationRequest read = Formats.VALUATION_REQUEST.parse("""
                {"format": "svtoms-valuation-request/1", "currency": "GBP", "priceYear": "2024-25",
                 "contract": {"value": "1200000.00", "years": 3},
                 "commitments": [{"id": "jobs", "measure": "local-employment", "quantity": "10", "duration": 3},
                                 {"id": "waste", "measure": "waste-diverted-from-landfill", "quantity": "50"}]}""");
        assertEquals(read, built);
        Valuation v = ValuationEngine.value(built);
        assertEquals(ValuationEngine.value(read).totals(), v.totals());
        assertEquals(1, v.lines().size(), "waste-diverted-from-landfill has no open proxy (landfill tax is a transfer):"
                + " counted, not valued");
        assertEquals(List.of("waste"), v.unvalued().stream().map(u -> u.lineId()).toList());
        assertTrue(v.totals().presentValue().signum() > 0);
        // the request written names no index or table: a reader with the bundled data gets it back
        String json = Formats.VALUATION_REQUEST.toJson(built);
        assertTrue(!json.contains("priceIndex") && json.contains("\"proxyTable\": \"svtoms-open-proxies\""), json);
        assertEquals(built, Formats.VALUATION_REQUEST.parse(json));
    }

    @Test
    void anotherCurrencyNeedsItsOwnProxyTable() {
        Currency eur = Currency.getInstance("EUR");
        var e = assertThrows(InvalidValueException.class, () -> Bundled.valuationRequest(eur, PriceYear.parse("2024-25")).build());
        assertTrue(e.getMessage().startsWith("proxy table 'svtoms-open-proxies' is in GBP but the request is in EUR"),
                e.getMessage());
        ValuationRequest euro = Bundled.valuationRequest(eur, PriceYear.parse("2024-25"))
                .proxyTable(ProxyTable.builder("mine", "Mine", "1", eur).build()).build();
        assertEquals("mine", euro.proxyTable().orElseThrow().id());
    }
}
