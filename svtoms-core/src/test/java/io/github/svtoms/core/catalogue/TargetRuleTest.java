package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.CurrencyMismatchException;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetRuleTest {
    /** Kent: one qualification per £250,000 of contract value. */
    private static final TargetRule KENT = new TargetRule.PerContractValue(BigDecimal.ONE, Money.of("250000", "GBP"));

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    private static void assertNumber(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @ParameterizedTest
    @CsvSource({
            "1000000,    4",  // 1,000,000 / 250,000 = 4 exactly
            "999999.99,  3",  // 3.99999996 → floor 3
            "249999,     0",  // 0.999996 → floor 0
            "250000,     1",  // the boundary earns one
            "250000.00,  1",  // scale does not matter
            "0,          0",
            "12345678.90, 49" // 49.3827156 → 49
    })
    void kentOneQualificationPer250000(String contractValue, String expected) {
        assertNumber(expected, KENT.targetFor(gbp(contractValue), 3));
    }

    @Test
    void perContractValueScalesTheQuantity() {
        // 2 per £100,000 on £350,000: floor(3.5) = 3 steps × 2 = 6
        var rule = new TargetRule.PerContractValue(new BigDecimal("2"), gbp("100000"));
        assertNumber("6", rule.targetFor(gbp("350000"), 1));
        // 0.5 per £10,000 on £25,000: floor(2.5) = 2 × 0.5 = 1.0
        var half = new TargetRule.PerContractValue(new BigDecimal("0.5"), gbp("10000"));
        assertNumber("1.0", half.targetFor(gbp("25000"), 1));
        assertEquals(new BigDecimal("2"), rule.quantity());
    }

    @Test
    void perContractYear() {
        // 26 apprenticeship weeks a year over 3 years = 78
        var rule = new TargetRule.PerContractYear(new BigDecimal("26"));
        assertNumber("78", rule.targetFor(gbp("500000"), 3));
        assertNumber("26", rule.targetFor(gbp("0"), 1));
        // currency plays no part
        assertNumber("52", rule.targetFor(Money.of("1", "EUR"), 2));
    }

    @Test
    void fixed() {
        var rule = new TargetRule.Fixed(new BigDecimal("5"));
        assertNumber("5", rule.targetFor(gbp("1"), 1));
        assertNumber("5", rule.targetFor(gbp("99000000"), 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.00", "-0.0001"})
    void quantityMustBePositive(String quantity) {
        BigDecimal q = new BigDecimal(quantity);
        for (var build : new java.util.function.Supplier<?>[] {
                () -> new TargetRule.PerContractValue(q, gbp("1")),
                () -> new TargetRule.PerContractYear(q),
                () -> new TargetRule.Fixed(q)}) {
            var e = assertThrows(InvalidValueException.class, build::get);
            assertTrue(e.getMessage().contains("invalid target quantity " + q.toPlainString()), e.getMessage());
            assertTrue(e.getMessage().contains("greater than 0"), e.getMessage());
        }
    }

    @Test
    void nullQuantityIsATypedError() {
        var e = assertThrows(InvalidValueException.class, () -> new TargetRule.Fixed(null));
        assertTrue(e.getMessage().contains("target quantity must not be null"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-250000", "0.00"})
    void perMustBePositive(String per) {
        var e = assertThrows(InvalidValueException.class, () -> new TargetRule.PerContractValue(BigDecimal.ONE, gbp(per)));
        assertTrue(e.getMessage().contains("'per' value GBP " + per), e.getMessage());
        assertTrue(e.getMessage().contains("greater than 0"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> new TargetRule.PerContractValue(BigDecimal.ONE, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void yearsMustBeAtLeastOne(int years) {
        for (TargetRule rule : new TargetRule[] {KENT, new TargetRule.PerContractYear(BigDecimal.ONE),
                new TargetRule.Fixed(BigDecimal.ONE)}) {
            var e = assertThrows(InvalidValueException.class, () -> rule.targetFor(gbp("1000000"), years));
            assertTrue(e.getMessage().contains("invalid contract duration " + years + " years"), e.getMessage());
            assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
        }
    }

    @Test
    void contractValueMustNotBeNegative() {
        for (TargetRule rule : new TargetRule[] {KENT, new TargetRule.PerContractYear(BigDecimal.ONE),
                new TargetRule.Fixed(BigDecimal.ONE)}) {
            var e = assertThrows(InvalidValueException.class, () -> rule.targetFor(gbp("-0.01"), 1));
            assertTrue(e.getMessage().contains("invalid contract value GBP -0.01"), e.getMessage());
            assertTrue(e.getMessage().contains("must not be negative"), e.getMessage());
            var n = assertThrows(InvalidValueException.class, () -> rule.targetFor(null, 1));
            assertTrue(n.getMessage().contains("contract value must not be null"), n.getMessage());
        }
    }

    @Test
    void contractInAnotherCurrencyIsAMismatch() {
        var e = assertThrows(CurrencyMismatchException.class, () -> KENT.targetFor(Money.of("1000000", "EUR"), 1));
        assertEquals(Currency.getInstance("EUR"), e.expected());
        assertEquals(Currency.getInstance("GBP"), e.actual());
        assertTrue(e.getMessage().contains("EUR") && e.getMessage().contains("GBP"), e.getMessage());
    }
}
