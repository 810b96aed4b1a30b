package io.github.svtoms.catalog;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.core.monitoring.MonitoringResult;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.DeliveryValuation;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.catalog.FormatTests.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Pledged versus delivered proxy value of the ELFT example, computed by hand. */
class DeliveryValuationTest {
    private static final Currency GBP = Currency.getInstance("GBP");

    private static ProxyValue proxy(String amount, String deadweight) {
        return new ProxyValue(Money.of(amount, "GBP"), PriceYear.parse("2024"), ValueType.ECONOMIC,
                Optional.ofNullable(deadweight).map(BigDecimal::new), Provenance.suppliedInRequest(), Optional.empty());
    }

    @Test
    void pledgedAndDeliveredWithASimpleTable() {
        MonitoringResult result = Formats.MONITORING_REQUEST.read(example("elft-soft-fm-monitoring.json")).assess();
        ProxyTable table = ProxyTable.builder("test", "Test proxies", "1", GBP)
                .put(MeasureId.of("real-living-wage-workers"), proxy("1000", null))
                .put(MeasureId.of("local-employment"), proxy("10000", "0.2"))
                .put(MeasureId.of("volunteering-hours"), proxy("15", null))
                .build();
        ValuationRequest context = ValuationRequest.builder(GBP, PriceYear.parse("2024"), Bundled.catalogue())
                .proxyTable(table).build();
        DeliveryValuation v = DeliveryValuation.of(result, context);
        // pledged: 230 × 1,000 = 230,000; 40 × 10,000 = 400,000 gross, × (1 − 0.2) = 320,000 net; 400 × 15 = 6,000
        //   gross 636,000; net 556,000; one contract year, undiscounted (Green Book, year 1 = t0) → PV 556,000
        assertEquals(Money.of("636000.00", "GBP"), v.pledged().totals().gross());
        assertEquals(Money.of("556000.00", "GBP"), v.pledged().totals().net());
        assertEquals(Money.of("556000.00", "GBP"), v.pledged().totals().presentValue());
        // delivered: 230 × 1,000 = 230,000; 17 × 10,000 = 170,000 gross, × 0.8 = 136,000 net; 210 × 15 = 3,150
        //   gross 230,000 + 170,000 + 3,150 = 403,150; net 230,000 + 136,000 + 3,150 = 369,150
        assertEquals(Money.of("403150.00", "GBP"), v.delivered().totals().gross());
        assertEquals(Money.of("369150.00", "GBP"), v.delivered().totals().net());
        // apprenticeship-starts has no proxy in this table: unvalued in both, never silently dropped
        assertEquals(List.of(MeasureId.of("apprenticeship-starts")),
                v.pledged().unvalued().stream().map(u -> u.measure()).toList());
        assertEquals(0, new BigDecimal("2").compareTo(v.delivered().unvalued().get(0).quantity()));
        assertEquals(Money.of("136000.00", "GBP"),
                v.delivered().byMeasure().get(MeasureId.of("local-employment")).reported().net());
    }

    @Test
    void bundledTableThroughTheConvenienceContext() {
        MonitoringResult result = Formats.MONITORING_REQUEST.read(example("elft-soft-fm-monitoring.json")).assess();
        // the bundled catalogue, proxy table, price index and reference data (the wage series the Real Living Wage
        // proxy follows)
        DeliveryValuation v = DeliveryValuation.of(result, Bundled.valuationRequest(GBP, PriceYear.parse("2025-26")).build());
        // real-living-wage-workers follows the living wage gap by year: contract year 1 is the price year, FY 2025-26
        // (no contract start), whose gap is the UK living wage announced in 2024, 12.60, minus the NLW from April 2025,
        // 12.21: 0.39 an hour × 1,950 hours = 760.50 per FTE-year, already in 2025-26 prices; no default deadweight:
        // pledged 230 × 760.50 = 174,915; delivered the same 230 workers. (The published £2,418 is the 2025 round's
        // gap, 13.45 − 12.21, paid from spring 2026.)
        // local-employment 39,039 per FTE-year, default deadweight 0.2: pledged 40 × 39,039 × 0.8 = 1,249,248;
        // delivered 17 × 39,039 × 0.8 = 530,930.40
        assertEquals(Money.of("174915.00", "GBP"),
                v.pledged().byMeasure().get(MeasureId.of("real-living-wage-workers")).reported().net());
        assertEquals(Money.of("174915.00", "GBP"),
                v.delivered().byMeasure().get(MeasureId.of("real-living-wage-workers")).reported().net());
        assertEquals(Money.of("1249248.00", "GBP"),
                v.pledged().byMeasure().get(MeasureId.of("local-employment")).reported().net());
        assertEquals(Money.of("530930.40", "GBP"),
                v.delivered().byMeasure().get(MeasureId.of("local-employment")).reported().net());
    }

    @Test
    void contextWithLinesIsRejected() {
        MonitoringResult result = Formats.MONITORING_REQUEST.read(example("elft-soft-fm-monitoring.json")).assess();
        ValuationRequest context = ValuationRequest.builder(GBP, PriceYear.parse("2024"), Bundled.catalogue())
                .line(CommitmentLine.of("x", MeasureId.of("local-employment"), BigDecimal.ONE)).build();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> DeliveryValuation.of(result, context));
        assertEquals(true, e.getMessage().contains("has 1 line(s)"), e.getMessage());
    }
}
