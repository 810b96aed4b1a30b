package io.github.svtoms.proxies;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriceIndexTest {
    static final PriceYear FY12 = PriceYear.parse("2012-13");
    static final PriceYear FY23 = PriceYear.parse("2023-24");

    static PriceIndex deflator() {
        return PriceIndex.builder("hmt-gdp-deflator", "GDP deflator", "2024-10")
                .base("2023-24 = 100")
                .put(FY12, new BigDecimal("74.43"))
                .put(FY23, new BigDecimal("100"))
                .put(PriceYear.parse("2024"), new BigDecimal("102.82"))
                .build();
    }

    @Test
    void rebasesWithTheRatioOfIndexValues() {
        PriceIndex d = deflator();
        // 9800 × 100 / 74.43 = 980000 / 74.43 = 13166.7338… → £13,166.73
        Money v = d.rebase(Money.of("9800", "GBP"), FY12, FY23);
        assertEquals(Money.of("13166.73", "GBP"), v.rounded());
        // and back: 13166.7338… × 74.43 / 100 = 9800.00
        assertEquals(Money.of("9800.00", "GBP"), d.rebase(v, FY23, FY12).rounded());
        assertEquals(0, d.ratio(FY12, FY23).compareTo(new BigDecimal("100").divide(new BigDecimal("74.43"),
                java.math.MathContext.DECIMAL128)));
        Money same = Money.of("5", "GBP");
        assertSame(same, d.rebase(same, PriceYear.parse("1999"), PriceYear.parse("1999")));
    }

    @Test
    void missingYearNamesTheYearAndTheSeries() {
        var e = assertThrows(MissingPriceYearException.class,
                () -> deflator().rebase(Money.of("1", "GBP"), PriceYear.parse("2019"), PriceYear.parse("2024")));
        assertTrue(e.getMessage().contains("2019") && e.getMessage().contains("hmt-gdp-deflator"), e.getMessage());
        assertEquals(PriceYear.parse("2019"), e.year());
        assertEquals("hmt-gdp-deflator", e.seriesId());
    }

    @Test
    void buildListsEveryProblem() {
        var e = assertThrows(InvalidValueException.class, () -> PriceIndex.builder("i", "i", "v")
                .put(FY12, new BigDecimal("1")).put(FY12, new BigDecimal("2")).put(FY23, BigDecimal.ZERO).build());
        assertTrue(e.getMessage().contains("duplicate year 2012-13") && e.getMessage().contains("value 0 for 2023-24"),
                e.getMessage());
        assertThrows(InvalidValueException.class, () -> PriceIndex.builder("Bad Id", "i", "v"));
    }

    @Test
    void keepsDeclarationOrderAndValueEquality() {
        assertEquals(java.util.List.of(FY12, FY23, PriceYear.parse("2024")), java.util.List.copyOf(deflator().values().keySet()));
        assertEquals(deflator(), deflator());
        assertEquals(deflator().hashCode(), deflator().hashCode());
    }
}
