package io.github.svtoms.proxies;

import io.github.svtoms.core.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiscountScheduleTest {
    private static String dp4(BigDecimal v) {
        return v.setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Test
    void greenBookCheckValues() {
        DiscountSchedule g = DiscountSchedule.greenBook();
        // DF_t = 1 / 1.035^t for t ≤ 30: 1/1.035 = 0.96618; 1/1.035^5 = 0.84197; 1/1.035^10 = 0.70892;
        // 1/1.035^30 = 0.35628; then DF_31 = DF_30 / 1.03 = 0.34590 (not 1/1.03^31 = 0.400)
        assertEquals("0.9662", dp4(g.factor(1)));
        assertEquals("0.8420", dp4(g.factor(5)));
        assertEquals("0.7089", dp4(g.factor(10)));
        assertEquals("0.3563", dp4(g.factor(30)));
        assertEquals("0.3459", dp4(g.factor(31)));
        // 34 significant digits, python decimal (prec 34, HALF_EVEN), same year-by-year division
        assertEquals(new BigDecimal("0.3459013695167976121083649561951750"), g.factor(31));
        assertEquals(BigDecimal.ONE, g.factor(0));
        assertEquals(Optional.empty(), g.horizon());
        assertEquals(new BigDecimal("0.030"), g.rate(31));
        assertEquals(new BigDecimal("0.010"), g.rate(500));
    }

    @Test
    void healthScheduleHasAHorizonOf125() {
        DiscountSchedule h = DiscountSchedule.greenBookHealth();
        assertEquals(Optional.of(125), h.horizon());
        // python decimal: Π 1/1.015 (t 1..30) = 0.63976243; then / 1.0129 = 0.63161460
        assertEquals("0.6398", dp4(h.factor(30)));
        assertEquals("0.6316", dp4(h.factor(31)));
        assertEquals(new BigDecimal("0.2110618529091567246545771605012130"), h.factor(125));
        var e = assertThrows(ValuationException.class, () -> h.factor(126));
        assertTrue(e.getMessage().contains("126") && e.getMessage().contains("green-book-health"), e.getMessage());
    }

    @Test
    void noneAndConstant() {
        DiscountSchedule none = DiscountSchedule.none();
        assertEquals("none", none.id());
        assertEquals(0, BigDecimal.ONE.compareTo(none.factor(1000)));
        assertTrue(none.isUndiscounted());
        DiscountSchedule c = DiscountSchedule.constant(new BigDecimal("0.05"));
        assertEquals("constant", c.id());
        // 1/1.05^2 = 1/1.1025 = 0.907029478...
        assertEquals("0.9070", dp4(c.factor(2)));
        List<BigDecimal> f = c.factors(3);
        assertEquals(4, f.size());
        assertEquals(c.factor(3), f.get(3));
    }

    @Test
    void bandsMustBeContiguousFromOne() {
        var r = new BigDecimal("0.03");
        var gap = assertThrows(InvalidValueException.class, () -> DiscountSchedule.of("x", "x",
                List.of(DiscountBand.of(1, 10, r), DiscountBand.from(12, r)), Optional.empty()));
        assertTrue(gap.getMessage().contains("t = 12") && gap.getMessage().contains("t = 11"), gap.getMessage());
        assertThrows(InvalidValueException.class, () -> DiscountSchedule.of("x", "x",
                List.of(DiscountBand.of(2, 10, r)), Optional.empty()));
        assertThrows(InvalidValueException.class, () -> DiscountSchedule.of("x", "x",
                List.of(DiscountBand.from(1, r), DiscountBand.from(2, r)), Optional.empty()));
        assertThrows(InvalidValueException.class, () -> DiscountSchedule.of("x", "x", List.of(), Optional.empty()));
        var rate = assertThrows(InvalidValueException.class, () -> DiscountBand.from(1, BigDecimal.ONE));
        assertTrue(rate.getMessage().contains("1"), rate.getMessage());
        assertThrows(InvalidValueException.class, () -> DiscountBand.of(5, 4, r));
        assertThrows(InvalidValueException.class, () -> DiscountBand.from(0, r));
    }

    @Test
    void yearIndexing() {
        assertEquals(0, YearIndexing.FIRST_YEAR_UNDISCOUNTED.discountYear(1));
        assertEquals(1, YearIndexing.FIRST_YEAR_DISCOUNTED.discountYear(1));
        assertEquals(YearIndexing.FIRST_YEAR_DISCOUNTED, YearIndexing.fromId("discounted"));
        assertEquals("undiscounted", YearIndexing.FIRST_YEAR_UNDISCOUNTED.id());
        assertThrows(InvalidValueException.class, () -> YearIndexing.fromId("first"));
    }
}
