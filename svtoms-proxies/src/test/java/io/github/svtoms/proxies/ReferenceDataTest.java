package io.github.svtoms.proxies;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceDataTest {
    static final Provenance P = new Provenance("Green Book wellbeing guidance", "HM Treasury", "July 2021",
            Optional.empty(), "OGL v3.0", EvidenceGrade.V2, Optional.empty());

    static WageSeries rlw() {
        Map<PriceYear, BigDecimal> v = new LinkedHashMap<>();
        v.put(PriceYear.ofCalendar(2023), new BigDecimal("12.00"));
        v.put(PriceYear.ofCalendar(2024), new BigDecimal("12.60"));
        return new WageSeries("real-living-wage-uk", "Real Living Wage (UK)", Currency.getInstance("GBP"), "hour", P, v);
    }

    @Test
    void wageSeriesLooksUpAndRefusesMissingYears() {
        WageSeries w = rlw();
        assertEquals(new BigDecimal("12.60"), w.value(PriceYear.ofCalendar(2024)));
        var e = assertThrows(MissingPriceYearException.class, () -> w.value(PriceYear.ofCalendar(2019)));
        assertTrue(e.getMessage().contains("2019") && e.getMessage().contains("real-living-wage-uk"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> w.values().clear());
        assertThrows(InvalidValueException.class, () -> new WageSeries("w", "w", Currency.getInstance("GBP"), "hour", P,
                Map.of(PriceYear.ofCalendar(2024), BigDecimal.ZERO)));
    }

    @Test
    void wellbyRangeMustBeOrdered() {
        WellbyValue ok = new WellbyValue(Money.of("13000", "GBP"), Money.of("10000", "GBP"), Money.of("16000", "GBP"),
                PriceYear.ofCalendar(2019), P);
        assertEquals(Money.of("13000", "GBP"), ok.amount());
        var e = assertThrows(InvalidValueException.class, () -> new WellbyValue(Money.of("13000", "GBP"),
                Money.of("14000", "GBP"), Money.of("16000", "GBP"), PriceYear.ofCalendar(2019), P));
        assertTrue(e.getMessage().contains("14000"), e.getMessage());
    }

    @Test
    void lookupsByIdAndDuplicatesRejected() {
        ReferenceData r = new ReferenceData(List.of(DiscountSchedule.greenBook(), DiscountSchedule.greenBookHealth()),
                List.of(PriceIndexTest.deflator()), Optional.empty(), List.of(rlw()));
        assertEquals(DiscountSchedule.greenBookHealth(), r.discountSchedule("green-book-health").orElseThrow());
        assertEquals("hmt-gdp-deflator", r.priceIndex("hmt-gdp-deflator").orElseThrow().id());
        assertEquals(Optional.empty(), r.wageSeries("national-living-wage"));
        var e = assertThrows(InvalidValueException.class, () -> new ReferenceData(
                List.of(DiscountSchedule.greenBook(), DiscountSchedule.greenBook()), List.of(), Optional.empty(), List.of()));
        assertTrue(e.getMessage().contains("'green-book'"), e.getMessage());
    }
}
