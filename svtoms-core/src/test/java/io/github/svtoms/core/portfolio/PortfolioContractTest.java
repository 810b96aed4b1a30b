package io.github.svtoms.core.portfolio;

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

/** The rules of one portfolio contract, at their boundaries, with their messages. */
class PortfolioContractTest {
    private static final ContractId C = ContractId.of("c1");

    private static Money gbp(String s) {
        return Money.of(s, "GBP");
    }

    private static PortfolioContract base() {
        return PortfolioContract.of(C, gbp("1000"));
    }

    @Test
    void weightingIsAPercentageFrom0To100Inclusive() {
        assertEquals(Optional.of(BigDecimal.ZERO), base().withSocialValueWeighting(BigDecimal.ZERO).socialValueWeighting());
        assertEquals(Optional.of(new BigDecimal("100")),
                base().withSocialValueWeighting(new BigDecimal("100")).socialValueWeighting());
        var over = assertThrows(InvalidValueException.class, () -> base().withSocialValueWeighting(new BigDecimal("100.01")));
        assertEquals("invalid social value weighting 100.01 of contract 'c1': a percentage must be between 0 and 100",
                over.getMessage());
        var under = assertThrows(InvalidValueException.class, () -> base().withSocialValueWeighting(new BigDecimal("-0.01")));
        assertEquals("invalid social value weighting -0.01 of contract 'c1': a percentage must be between 0 and 100",
                under.getMessage());
        assertFalse(base().hasSocialValue());
        assertFalse(base().withSocialValueWeighting(BigDecimal.ZERO).hasSocialValue());
        assertTrue(base().withSocialValueWeighting(new BigDecimal("0.01")).hasSocialValue());
    }

    @Test
    void amountsAreNonNegativeAndInTheContractCurrency() {
        var negative = assertThrows(InvalidValueException.class, () -> PortfolioContract.of(C, gbp("-0.01")));
        assertEquals("invalid value GBP -0.01 of contract 'c1': must be at least 0", negative.getMessage());
        assertEquals(gbp("0"), PortfolioContract.of(C, gbp("0")).value());
        var spend = assertThrows(InvalidValueException.class,
                () -> base().withSpend(gbp("100"), gbp("-1"), gbp("0"), gbp("0")));
        assertEquals("invalid local spend GBP -1 of contract 'c1': must be at least 0", spend.getMessage());
        var proxy = assertThrows(InvalidValueException.class,
                () -> base().withProxyValue(gbp("10"), Optional.of(gbp("-5"))));
        assertEquals("invalid proxy value delivered GBP -5 of contract 'c1': must be at least 0", proxy.getMessage());
        var currency = assertThrows(CurrencyMismatchException.class,
                () -> base().withSpend(gbp("100"), gbp("1"), Money.of("1", "EUR"), gbp("0")));
        assertEquals(Money.currency("GBP"), currency.expected());
        assertEquals(Money.currency("EUR"), currency.actual());
    }

    @Test
    void partsOfTheAddressableSpendMayEqualButNotExceedIt() {
        PortfolioContract all = base().withSpend(gbp("100"), gbp("100"), gbp("100.00"), gbp("100"));
        assertEquals(Optional.of(gbp("100")), all.localSpend());
        assertEquals(Optional.of(gbp("100.00")), all.smeSpend());
        assertEquals(Optional.of(gbp("100")), all.vcseSpend());
        assertEquals(Optional.of(gbp("100")), all.addressableSpend());
        var local = assertThrows(InvalidValueException.class,
                () -> base().withSpend(gbp("100"), gbp("100.01"), gbp("0"), gbp("0")));
        assertEquals("invalid local spend GBP 100.01 of contract 'c1': more than the addressable spend GBP 100",
                local.getMessage());
        var sme = assertThrows(InvalidValueException.class,
                () -> base().withSpend(gbp("100"), gbp("0"), gbp("101"), gbp("0")));
        assertEquals("invalid SME spend GBP 101 of contract 'c1': more than the addressable spend GBP 100", sme.getMessage());
        var vcse = assertThrows(InvalidValueException.class,
                () -> base().withSpend(gbp("100"), gbp("0"), gbp("0"), gbp("200")));
        assertEquals("invalid VCSE spend GBP 200 of contract 'c1': more than the addressable spend GBP 100", vcse.getMessage());
        // without an addressable spend, the parts are not bounded by it (only by being non-negative)
        PortfolioContract unbounded = new PortfolioContract(C, gbp("10"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(gbp("50")), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(Optional.of(gbp("50")), unbounded.localSpend());
    }

    @Test
    void withersKeepEveryOtherComponent() {
        PortfolioContract c = base().withSocialValueWeighting(BigDecimal.TEN).withPaysRealLivingWage(true)
                .withSpend(gbp("100"), gbp("40"), gbp("30"), gbp("20")).withProxyValue(gbp("500"), Optional.of(gbp("250")));
        assertEquals(C, c.id());
        assertEquals(gbp("1000"), c.value());
        assertEquals(Optional.of(BigDecimal.TEN), c.socialValueWeighting());
        assertEquals(Optional.of(true), c.paysRealLivingWage());
        assertEquals(Optional.of(gbp("100")), c.addressableSpend());
        assertEquals(Optional.of(gbp("40")), c.localSpend());
        assertEquals(Optional.of(gbp("30")), c.smeSpend());
        assertEquals(Optional.of(gbp("20")), c.vcseSpend());
        assertEquals(Optional.of(gbp("500")), c.proxyValueCommitted());
        assertEquals(Optional.of(gbp("250")), c.proxyValueDelivered());
        // each wither applied last still keeps what came before
        PortfolioContract d = c.withPaysRealLivingWage(false).withSocialValueWeighting(BigDecimal.ONE);
        assertEquals(Optional.of(false), d.paysRealLivingWage());
        assertEquals(c.proxyValueDelivered(), d.proxyValueDelivered());
        assertEquals(c.vcseSpend(), d.vcseSpend());
        PortfolioContract e = d.withSpend(gbp("10"), gbp("1"), gbp("2"), gbp("3"));
        assertEquals(Optional.of(BigDecimal.ONE), e.socialValueWeighting());
        assertEquals(Optional.of(false), e.paysRealLivingWage());
        assertEquals(Optional.of(gbp("500")), e.proxyValueCommitted());
        PortfolioContract f = e.withProxyValue(gbp("7"), Optional.empty());
        assertEquals(Optional.of(gbp("10")), f.addressableSpend());
        assertEquals(Optional.of(gbp("3")), f.vcseSpend());
        assertEquals(Optional.empty(), f.proxyValueDelivered());
        assertEquals(Optional.of(BigDecimal.ONE), f.socialValueWeighting());
    }
}
