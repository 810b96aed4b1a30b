package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.valuation.LineRejectedException.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.util.Currency;

import static io.github.svtoms.proxies.valuation.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every validation rule: the exception type and the key words of its message. */
class ValidationTest {
    private static void messageHas(Throwable e, String... words) {
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), "'" + w + "' missing from: " + e.getMessage());
        }
    }

    private static LineRejectedException rejected(Rule rule, Executable call, String... words) {
        LineRejectedException e = assertThrows(LineRejectedException.class, call);
        assertEquals(rule, e.rule());
        messageHas(e, words);
        return e;
    }

    @Test
    void negativeQuantity() {
        var e = assertThrows(InvalidValueException.class, () -> CommitmentLine.of("q1", CARBON, d("-2.5")));
        messageHas(e, "'q1'", "-2.5", "negative");
    }

    @Test
    void adjustmentsOutsideZeroToOne() {
        messageHas(assertThrows(InvalidValueException.class, () -> CommitmentLine.builder("a1", CARBON, d("1"))
                .deadweight(d("1.2")).build()), "'a1'", "deadweight", "1.2", "[0, 1]");
        messageHas(assertThrows(InvalidValueException.class, () -> CommitmentLine.builder("a2", CARBON, d("1"))
                .displacement(d("-0.1")).build()), "'a2'", "displacement", "-0.1");
        messageHas(assertThrows(InvalidValueException.class, () -> CommitmentLine.builder("a3", CARBON, d("1"))
                .attribution(d("1.01")).build()), "'a3'", "attribution", "1.01");
        messageHas(assertThrows(InvalidValueException.class, () -> CommitmentLine.builder("a4", CARBON, d("1"))
                .dropOff(d("2")).build()), "'a4'", "drop-off", "2");
    }

    @Test
    void startYearAndDuration() {
        messageHas(assertThrows(InvalidValueException.class, () -> CommitmentLine.builder("s1", CARBON, d("1"))
                .startYear(0).build()), "'s1'", "start year 0");
        messageHas(assertThrows(InvalidValueException.class, () -> CommitmentLine.builder("s2", CARBON, d("1"))
                .duration(0).build()), "'s2'", "duration 0");
        assertThrows(InvalidValueException.class, () -> CommitmentLine.of(" ", CARBON, d("1")));
    }

    @Test
    void unknownMeasure() {
        var engine = ValuationEngine.of(request(Discounting.none()).build());
        var e = rejected(Rule.UNKNOWN_MEASURE, () -> engine.valueLine(CommitmentLine.of("u1", MeasureId.of("nt99"), d("1"))),
                "'u1'", "'nt99'", "unknown measure");
        assertEquals("u1", e.lineId());
    }

    @Test
    void firstYearOnlyMeasureOverMoreThanOneYear() {
        var engine = ValuationEngine.of(request(Discounting.none()).build());
        rejected(Rule.FIRST_YEAR_ONLY, () -> engine.valueLine(CommitmentLine.builder("f1", LTU_HIRES, d("3"))
                .duration(2).build()), "'f1'", "long-term-unemployed-hires", "first year only", "2 years");
        // one year is fine
        assertTrue(engine.valueLine(CommitmentLine.of("f2", LTU_HIRES, d("3"))).isPresent());
    }

    @Test
    void beyondTheScheduleHorizon() {
        var engine = ValuationEngine.of(request(Discounting.of(DiscountSchedule.greenBookHealth())).build());
        // contract years 100..126 → t = 99..125: within the horizon
        assertTrue(engine.valueLine(CommitmentLine.builder("ok", CARBON, d("1")).startYear(100).duration(27).build())
                .isPresent());
        // contract year 127 → t = 126 > 125
        rejected(Rule.BEYOND_HORIZON, () -> engine.valueLine(CommitmentLine.builder("h1", CARBON, d("1")).startYear(100)
                .duration(28).build()), "'h1'", "127", "t = 126", "green-book-health", "125");
        var disc = ValuationEngine.of(request(new Discounting(DiscountSchedule.greenBookHealth(),
                io.github.svtoms.proxies.YearIndexing.FIRST_YEAR_DISCOUNTED)).build());
        rejected(Rule.BEYOND_HORIZON, () -> disc.valueLine(CommitmentLine.builder("h2", CARBON, d("1")).startYear(126)
                .build()), "'h2'", "t = 126");
    }

    @Test
    void currencyMismatch() {
        var engine = ValuationEngine.of(request(Discounting.none()).build());
        rejected(Rule.CURRENCY_MISMATCH, () -> engine.valueLine(CommitmentLine.builder("m1", CARBON, d("1"))
                .proxy(ProxyValue.supplied(Money.of("5", "EUR"), Y2024)).build()), "'m1'", "EUR", "GBP");
        ProxyTable eur = ProxyTable.builder("eur", "eur", "1", Currency.getInstance("EUR")).build();
        messageHas(assertThrows(InvalidValueException.class, () -> request(Discounting.none()).proxyTable(eur).build()),
                "'eur'", "EUR", "GBP");
        messageHas(assertThrows(InvalidValueException.class, () -> request(Discounting.none())
                .contract(new Contract(Money.of("100", "EUR"), 1)).build()), "EUR 100", "GBP");
    }

    @Test
    void duplicateLineId() {
        var request = request(Discounting.none()).line(CommitmentLine.of("d1", CARBON, d("1")))
                .line(CommitmentLine.of("d1", EMPLOYMENT, d("1"))).build();
        rejected(Rule.DUPLICATE_ID, () -> ValuationEngine.value(request), "'d1'", "duplicate");
    }

    @Test
    void rebasingWithoutIndexOrWithAMissingYear() {
        var noIndex = ValuationEngine.of(ValuationRequest.builder(GBP, Y2024, catalogue()).proxyTable(table())
                .discounting(Discounting.none()).build());
        // hires are in 2012-13 prices: a line needs the index
        rejected(Rule.REBASING, () -> noIndex.valueLine(CommitmentLine.of("r1", LTU_HIRES, d("1"))),
                "'r1'", "2012-13", "no price index");
        // other measures are in 2024 prices and need no index
        assertTrue(noIndex.valueLine(CommitmentLine.of("r2", CARBON, d("1"))).isPresent());
        var engine = ValuationEngine.of(request(Discounting.none()).build());
        var e = rejected(Rule.REBASING, () -> engine.valueLine(CommitmentLine.builder("r3", CARBON, d("1"))
                .proxy(ProxyValue.supplied(gbp("5"), PriceYear.parse("2019"))).build()), "'r3'", "2019", "test-deflator");
        assertTrue(e.getCause() instanceof io.github.svtoms.proxies.MissingPriceYearException);
    }

    @Test
    void contractRules() {
        messageHas(assertThrows(InvalidValueException.class, () -> new Contract(gbp("0"), 3)), "GBP 0");
        messageHas(assertThrows(InvalidValueException.class, () -> new Contract(gbp("10"), 0)), "years 0");
    }

    @Test
    void largestRemainderRefusesAnUnreachableTarget() {
        messageHas(assertThrows(InvalidValueException.class, () -> LargestRemainder.allocate(
                java.util.List.of(d("1.001"), d("2.001")), d("5.00"), 2)), "5.00", "3.00");
        assertEquals(java.util.List.of(), LargestRemainder.allocate(java.util.List.of(), BigDecimal.ZERO, 2));
    }
}
