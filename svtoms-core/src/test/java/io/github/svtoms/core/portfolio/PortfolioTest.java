package io.github.svtoms.core.portfolio;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.CurrencyMismatchException;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortfolioTest {
    static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    static void assertNumber(String expected, Optional<BigDecimal> actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual.orElseThrow()), () -> "expected " + expected + " but was " + actual);
    }

    /*
     * c1: value 1,000,000, weighting 10 %, pays RLW; addressable 400,000 (local 100,000, SME 60,000, VCSE 20,000);
     *     proxy committed 50,000, delivered 30,000
     * c2: value 3,000,000, weighting 20 %, does not pay RLW; addressable 1,000,000 (local 180,000, SME 150,000,
     *     VCSE 8,000); proxy committed 200,000, delivered not yet known
     * c3: value 2,000,000, no weighting (no social value), RLW unknown, no spend or proxy figures
     * c4: value 1,000,000, weighting 0 % (stated), pays RLW
     */
    static final Portfolio PORTFOLIO = Portfolio.of(List.of(
            PortfolioContract.of(ContractId.of("c1"), gbp("1000000")).withSocialValueWeighting(BigDecimal.TEN)
                    .withPaysRealLivingWage(true).withSpend(gbp("400000"), gbp("100000"), gbp("60000"), gbp("20000"))
                    .withProxyValue(gbp("50000"), Optional.of(gbp("30000"))),
            PortfolioContract.of(ContractId.of("c2"), gbp("3000000")).withSocialValueWeighting(BigDecimal.valueOf(20))
                    .withPaysRealLivingWage(false).withSpend(gbp("1000000"), gbp("180000"), gbp("150000"), gbp("8000"))
                    .withProxyValue(gbp("200000"), Optional.empty()),
            PortfolioContract.of(ContractId.of("c3"), gbp("2000000")),
            PortfolioContract.of(ContractId.of("c4"), gbp("1000000")).withSocialValueWeighting(BigDecimal.ZERO)
                    .withPaysRealLivingWage(true)));

    @Test
    void metricsComputedByHand() {
        var report = PORTFOLIO.metrics(PortfolioTargets.allShares(BigDecimal.valueOf(20)));
        assertEquals("GBP", report.currency().getCurrencyCode());
        assertEquals(MetricId.values().length, report.metrics().size());
        assertNumber("4", report.metric(MetricId.CONTRACT_COUNT).value());
        // 1m + 3m + 2m + 1m = 7m
        assertNumber("7000000", report.metric(MetricId.TOTAL_VALUE).value());
        // c1 and c2 (c4's 0 % is not social value, c3 has none) → 2 of 4 = 50 %
        assertNumber("2", report.metric(MetricId.CONTRACTS_WITH_SOCIAL_VALUE).value());
        assertNumber("50", report.metric(MetricId.SHARE_WITH_SOCIAL_VALUE).value());

        // stated weightings (c1, c2, c4): (1m × 10 + 3m × 20 + 1m × 0) / (1m + 3m + 1m) = 70m / 5m = 14 %
        Metric weighted = report.metric(MetricId.VALUE_WEIGHTED_SOCIAL_VALUE_WEIGHTING);
        assertNumber("14", weighted.value());
        assertEquals(List.of(ContractId.of("c1"), ContractId.of("c2"), ContractId.of("c4")), weighted.contracts());
        assertEquals(0, new BigDecimal("70000000").compareTo(weighted.inputs().get("sumOfValueTimesWeighting")));
        assertEquals(0, new BigDecimal("5000000").compareTo(weighted.inputs().get("sumOfValuesWithWeighting")));
        assertTrue(weighted.derivation().contains("1 without one left out"), weighted.derivation());
        // all contracts, c3 as 0 %: 70m / 7m = 10 %
        assertNumber("10", report.metric(MetricId.VALUE_WEIGHTED_SOCIAL_VALUE_WEIGHTING_ALL).value());

        // committed 50,000 + 200,000 = 250,000; delivered 30,000; ratio over c1 only: 30,000 / 50,000 = 0.6
        assertNumber("250000", report.metric(MetricId.PROXY_VALUE_COMMITTED).value());
        assertNumber("30000", report.metric(MetricId.PROXY_VALUE_DELIVERED).value());
        assertNumber("0.6", report.metric(MetricId.PROXY_VALUE_DELIVERED_TO_COMMITTED).value());
        assertEquals(List.of(ContractId.of("c1")), report.metric(MetricId.PROXY_VALUE_DELIVERED_TO_COMMITTED).contracts());

        // RLW known for c1 (yes), c2 (no), c4 (yes) → 2 / 3 = 66.67 %
        Metric rlw = report.metric(MetricId.REAL_LIVING_WAGE_SHARE);
        assertNumber(new BigDecimal(200).divide(new BigDecimal(3), MathContext.DECIMAL128).toPlainString(), rlw.value());
        assertEquals("66.67", rlw.displayValue());

        // addressable 400,000 + 1,000,000 = 1,400,000
        // local (100,000 + 180,000) / 1.4m = 20 % → meets 20 %
        Metric local = report.metric(MetricId.LOCAL_SPEND_SHARE);
        assertNumber("20", local.value());
        assertEquals(Optional.of(true), local.targetMet());
        // SME (60,000 + 150,000) / 1.4m = 15 % → below 20 %
        Metric sme = report.metric(MetricId.SME_SPEND_SHARE);
        assertNumber("15", sme.value());
        assertEquals(Optional.of(false), sme.targetMet());
        assertEquals("210000 ÷ 1400000 × 100 = 15%, below the target of 20%", sme.derivation());
        // VCSE (20,000 + 8,000) / 1.4m = 2 %
        assertNumber("2", report.metric(MetricId.VCSE_SPEND_SHARE).value());
        assertEquals("2.00", report.metric(MetricId.VCSE_SPEND_SHARE).displayValue());
        assertEquals("7000000.00", report.metric(MetricId.TOTAL_VALUE).displayValue());
        assertEquals("4", report.metric(MetricId.CONTRACT_COUNT).displayValue());
    }

    @Test
    void emptyAndUnknownFiguresGiveUndefinedMetrics() {
        var report = new Portfolio(Money.currency("GBP"), List.of()).metrics(PortfolioTargets.NONE);
        assertNumber("0", report.metric(MetricId.CONTRACT_COUNT).value());
        assertEquals(Optional.empty(), report.metric(MetricId.SHARE_WITH_SOCIAL_VALUE).value());
        assertEquals(Optional.empty(), report.metric(MetricId.VALUE_WEIGHTED_SOCIAL_VALUE_WEIGHTING).value());
        assertEquals(Optional.empty(), report.metric(MetricId.REAL_LIVING_WAGE_SHARE).value());
        assertEquals("n/a", report.metric(MetricId.LOCAL_SPEND_SHARE).displayValue());
        assertEquals(Optional.empty(), report.metric(MetricId.LOCAL_SPEND_SHARE).targetMet());
        assertThrows(InvalidValueException.class, () -> Portfolio.of(List.of()));
    }

    @Test
    void invalidInputIsRejected() {
        var gbpContract = PortfolioContract.of(ContractId.of("a"), gbp("10"));
        var euroContract = PortfolioContract.of(ContractId.of("b"), Money.of("10", "EUR"));
        assertThrows(CurrencyMismatchException.class, () -> Portfolio.of(List.of(gbpContract, euroContract)));
        assertThrows(CurrencyMismatchException.class,
                () -> gbpContract.withProxyValue(Money.of("5", "EUR"), Optional.empty()));
        assertThrows(CurrencyMismatchException.class,
                () -> gbpContract.withSpend(gbp("10"), Money.of("1", "EUR"), gbp("1"), gbp("1")));
        assertThrows(InvalidValueException.class, () -> Portfolio.of(List.of(gbpContract, gbpContract)));
        assertThrows(InvalidValueException.class, () -> gbpContract.withSocialValueWeighting(BigDecimal.valueOf(101)));
        assertThrows(InvalidValueException.class, () -> PortfolioContract.of(ContractId.of("n"), gbp("-1")));
        var e = assertThrows(InvalidValueException.class,
                () -> gbpContract.withSpend(gbp("10"), gbp("11"), gbp("1"), gbp("1")));
        assertTrue(e.getMessage().contains("more than the addressable spend"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> PortfolioTargets.allShares(BigDecimal.valueOf(-5)));
        assertThrows(InvalidValueException.class, () -> ContractId.of("C/1"));
    }
}
