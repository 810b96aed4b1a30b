package io.github.svtoms.proxies;

import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One index basis per rebasing: between a calendar and a financial year, the calendar year's value comes from the
 * financial-year series by the quarter method, never from the calendar series (which has another base).
 */
class OneIndexBasisTest {
    /** The bundled HM Treasury deflator's values for these years (2023 = 100 and 2023-24 = 100). */
    private static PriceIndex hmt() {
        return PriceIndex.builder("hmt", "GDP deflator", "2024-10")
                .put(PriceYear.parse("2022"), new BigDecimal("93.19"))
                .put(PriceYear.parse("2022-23"), new BigDecimal("94.22"))
                .put(PriceYear.parse("2023"), new BigDecimal("100"))
                .put(PriceYear.parse("2023-24"), new BigDecimal("100"))
                .put(PriceYear.parse("2024"), new BigDecimal("102.82"))
                .put(PriceYear.parse("2024-25"), new BigDecimal("102.37"))
                .build();
    }

    @Test
    void aCalendarYearIsPutOnTheFinancialBasisByTheQuarterMethod() {
        // £100 in 2023 prices to 2024-25 prices. Calendar 2023 = January–December 2023: January–March lie in
        // 2022-23, April–December in 2023-24, so D*[2023] = ¼ × 94.22 + ¾ × 100 = 23.555 + 75 = 98.555.
        // 100 × 102.37 / 98.555 = 10,237 / 98.555 = 103.8709350… → £103.87.
        // (Mixing bases, 102.37 / 100 would give £102.37: 1.5 % less.)
        PriceIndex.Rebasing r = hmt().rebasing(PriceYear.parse("2023"), PriceYear.parse("2024-25"));
        assertEquals(0, r.fromValue().compareTo(new BigDecimal("98.555")));
        assertEquals(0, r.toValue().compareTo(new BigDecimal("102.37")));
        assertEquals(new BigDecimal("102.37").divide(new BigDecimal("98.555"), MathContext.DECIMAL128), r.ratio());
        assertEquals(PriceIndex.Rebasing.QUARTER_METHOD, r.method());
        assertEquals("D*[2023] = ¼ × D[2022-23] + ¾ × D[2023-24] = ¼ × 94.22 + ¾ × 100 = 98.555 (calendar year 2023 on"
                + " the financial-year basis: its January–March lie in 2022-23)", r.explanation());
        assertEquals(Money.of("103.87", "GBP"),
                hmt().rebase(Money.of("100", "GBP"), PriceYear.parse("2023"), PriceYear.parse("2024-25")).rounded());
    }

    @Test
    void financialToCalendarUsesTheSameMethodTheOtherWay() {
        // £100 in 2022-23 prices to 2024 prices: D*[2024] = ¼ × 100 + ¾ × 102.37 = 25 + 76.7775 = 101.7775;
        // 100 × 101.7775 / 94.22 = 10,177.75 / 94.22 = 108.0211208… → £108.02
        PriceIndex.Rebasing r = hmt().rebasing(PriceYear.parse("2022-23"), PriceYear.parse("2024"));
        assertEquals(0, r.fromValue().compareTo(new BigDecimal("94.22")));
        assertEquals(0, r.toValue().compareTo(new BigDecimal("101.7775")));
        assertEquals(Money.of("108.02", "GBP"),
                hmt().rebase(Money.of("100", "GBP"), PriceYear.parse("2022-23"), PriceYear.parse("2024")).rounded());
    }

    @Test
    void yearsOfOneKindUseTheirOwnSeries() {
        // calendar to calendar: 100 × 102.82 / 93.19 = 110.3337268… → £110.33
        PriceIndex.Rebasing c = hmt().rebasing(PriceYear.parse("2022"), PriceYear.parse("2024"));
        assertEquals(PriceIndex.Rebasing.SAME_BASIS, c.method());
        assertEquals("", c.explanation());
        assertEquals(Money.of("110.33", "GBP"),
                hmt().rebase(Money.of("100", "GBP"), PriceYear.parse("2022"), PriceYear.parse("2024")).rounded());
        // financial to financial: 100 × 102.37 / 94.22 = 108.6499681… → £108.65
        assertEquals(Money.of("108.65", "GBP"),
                hmt().rebase(Money.of("100", "GBP"), PriceYear.parse("2022-23"), PriceYear.parse("2024-25")).rounded());
    }

    @Test
    void aMissingFinancialYearRefusesTheRebasingInsteadOfMixingBases() {
        // 2022 to 2024-25 needs 2021-22, which the index lacks; the calendar value 93.19 is there but on another base
        var e = assertThrows(MissingPriceYearException.class,
                () -> hmt().rebasing(PriceYear.parse("2022"), PriceYear.parse("2024-25")));
        assertEquals(PriceYear.parse("2021-22"), e.year());
        assertEquals("hmt", e.seriesId());
        assertTrue(e.getMessage().contains("needed to put calendar year 2022 on the financial-year basis"), e.getMessage());
    }

    @Test
    void theCalendarValueNeverEntersACrossKindRatio() {
        // Property: changing the calendar series changes no calendar ↔ financial ratio, over seeded indexes.
        Random random = new Random(20261202);
        for (int i = 0; i < 500; i++) {
            BigDecimal fyBefore = BigDecimal.valueOf(1 + random.nextInt(50_000), 2);
            BigDecimal fyAfter = BigDecimal.valueOf(1 + random.nextInt(50_000), 2);
            BigDecimal fyTarget = BigDecimal.valueOf(1 + random.nextInt(50_000), 2);
            BigDecimal cal1 = BigDecimal.valueOf(1 + random.nextInt(50_000), 2);
            BigDecimal cal2 = BigDecimal.valueOf(1 + random.nextInt(50_000), 2);
            BigDecimal a = index(fyBefore, fyAfter, fyTarget, cal1).ratio(PriceYear.parse("2020"), PriceYear.parse("2030-31"));
            BigDecimal b = index(fyBefore, fyAfter, fyTarget, cal2).ratio(PriceYear.parse("2020"), PriceYear.parse("2030-31"));
            assertEquals(a, b);
            BigDecimal expected = fyTarget.divide(new BigDecimal("0.25").multiply(fyBefore)
                    .add(new BigDecimal("0.75").multiply(fyAfter)), MathContext.DECIMAL128);
            assertEquals(expected, a);
        }
    }

    private static PriceIndex index(BigDecimal fyBefore, BigDecimal fyAfter, BigDecimal fyTarget, BigDecimal calendar) {
        return PriceIndex.builder("p", "p", "v")
                .put(PriceYear.parse("2019-20"), fyBefore)
                .put(PriceYear.parse("2020-21"), fyAfter)
                .put(PriceYear.parse("2030-31"), fyTarget)
                .put(PriceYear.parse("2020"), calendar)
                .build();
    }
}
