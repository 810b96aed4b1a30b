package io.github.svtoms.core.law;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.CurrencyMismatchException;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThresholdRulesTest {
    static Money gbp(String a) {
        return Money.of(a, "GBP");
    }

    static final Threshold MORE_THAN_5M_GROSS = Threshold.moreThan(gbp("5000000.00"), VatBasis.GROSS);
    static final Threshold AT_LEAST_5M_GROSS = Threshold.atLeast(gbp("5000000.00"), VatBasis.GROSS);
    static final Threshold AT_LEAST_1M_NET = Threshold.atLeast(gbp("1000000.00"), VatBasis.NET);

    @Test
    void exactlyTheAmountReachesAtLeastButNotMoreThan() {
        ContractValue five = ContractValue.gross(gbp("5000000.00"));
        assertEquals(Optional.of(false), MORE_THAN_5M_GROSS.test(five).reached());
        assertEquals(Optional.of(true), AT_LEAST_5M_GROSS.test(five).reached());
        ContractValue penny = ContractValue.gross(gbp("5000000.01"));
        assertEquals(Optional.of(true), MORE_THAN_5M_GROSS.test(penny).reached());
        ContractValue below = ContractValue.gross(gbp("4999999.99"));
        assertEquals(Optional.of(false), AT_LEAST_5M_GROSS.test(below).reached());
        assertEquals("£5,000,000.00 including VAT is not more than £5,000,000.00 including VAT",
                MORE_THAN_5M_GROSS.test(five).detail());
        assertEquals("£5,000,000.00 or more including VAT", AT_LEAST_5M_GROSS.describe());
    }

    @Test
    void aNetValueAboveAGrossThresholdIsAboveItWhateverTheVat() {
        // gross = net + VAT ≥ net: net £5,000,000.01 > £5m, so gross > £5m too
        ThresholdTest t = MORE_THAN_5M_GROSS.test(ContractValue.net(gbp("5000000.01")));
        assertTrue(t.isReached());
        assertTrue(t.detail().contains("whatever the VAT"), t.detail());
        // net £5,000,000.00: gross is £5m (zero-rated) or more, so "more than £5m" depends on the VAT
        ThresholdTest open = MORE_THAN_5M_GROSS.test(ContractValue.net(gbp("5000000.00")));
        assertTrue(open.cannotBeChecked());
        assertFalse(open.isReached());
        assertFalse(open.isNotReached());
        assertTrue(open.detail().startsWith("cannot be checked"), open.detail());
        assertTrue(open.detail().contains("give the value including VAT"), open.detail());
        // net £4m: gross could be £4.8m or more — cannot be checked, never a fail
        assertTrue(MORE_THAN_5M_GROSS.test(ContractValue.net(gbp("4000000.00"))).cannotBeChecked());
    }

    @Test
    void aGrossValueBelowANetThresholdIsBelowItWhateverTheVat() {
        // net ≤ gross: gross £999,999.99 < £1m, so net < £1m too
        assertTrue(AT_LEAST_1M_NET.test(ContractValue.gross(gbp("999999.99"))).isNotReached());
        // gross £1.2m: net could be £1m (20 % VAT) or £1.2m — cannot be checked
        assertTrue(AT_LEAST_1M_NET.test(ContractValue.gross(gbp("1200000.00"))).cannotBeChecked());
    }

    @Test
    void anUnstatedBasisDecidesOnlyWhatTheVatCannotChange() {
        // £6m, basis unknown: net or gross, the gross value is at least £6m
        assertTrue(MORE_THAN_5M_GROSS.test(ContractValue.unstated(gbp("6000000.00"))).isReached());
        assertTrue(MORE_THAN_5M_GROSS.test(ContractValue.unstated(gbp("4000000.00"))).cannotBeChecked());
        assertTrue(AT_LEAST_1M_NET.test(ContractValue.unstated(gbp("900000.00"))).isNotReached());
        assertTrue(AT_LEAST_1M_NET.test(ContractValue.unstated(gbp("1100000.00"))).cannotBeChecked());
    }

    @Test
    void bothBasesKnownUseTheRulesBasis() {
        ContractValue both = ContractValue.of(gbp("4500000.00"), gbp("5400000.00"));
        assertTrue(MORE_THAN_5M_GROSS.test(both).isReached());
        assertTrue(Threshold.moreThan(gbp("5000000.00"), VatBasis.NET).test(both).isNotReached());
        assertEquals("£5,400,000.00 including VAT (£4,500,000.00 excluding VAT)", both.describe());
    }

    @Test
    void anotherCurrencyCannotBeChecked() {
        ThresholdTest t = MORE_THAN_5M_GROSS.test(ContractValue.gross(Money.of("9000000.00", "EUR")));
        assertTrue(t.cannotBeChecked());
        assertTrue(t.detail().contains("never converts currencies"), t.detail());
        assertThrows(CurrencyMismatchException.class, () -> MORE_THAN_5M_GROSS.reachedBy(Money.of("1", "EUR")));
    }

    @Test
    void invalidThresholdsAreRejected() {
        assertThrows(InvalidValueException.class, () -> Threshold.atLeast(gbp("-1"), VatBasis.NET));
        assertThrows(InvalidValueException.class, () -> new Threshold(null, VatBasis.NET, Threshold.Comparison.AT_LEAST));
        assertEquals(Threshold.Comparison.MORE_THAN, Threshold.Comparison.fromId("more-than"));
        assertThrows(InvalidValueException.class, () -> Threshold.Comparison.fromId("above"));
    }

    @Test
    void reachedByComparesExactly() {
        assertTrue(AT_LEAST_5M_GROSS.reachedBy(gbp("5000000")));
        assertFalse(MORE_THAN_5M_GROSS.reachedBy(gbp("5000000.000")));
        assertTrue(MORE_THAN_5M_GROSS.reachedBy(Money.of(new BigDecimal("5000000.001"), Money.currency("GBP"))));
    }
}
