package io.github.svtoms.core.portfolio;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.law.VatBasis;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Health Equity Collaborative anchor metrics (seed 002), the Real Living Wage share counted per supplier. */
class AnchorMetricsTest {
    static Money gbp(String a) {
        return Money.of(a, "GBP");
    }

    static PortfolioContract contract(String id, String supplier, boolean pays) {
        return PortfolioContract.of(ContractId.of(id), gbp("100000")).withPaysRealLivingWage(pays).withSupplier(supplier);
    }

    @Test
    void theLivingWageShareCountsSuppliersNotContracts() {
        // Acme holds three contracts and pays; Bolt holds one and does not: 1 of 2 suppliers = 50 %
        // (counted per contract it would be 3 of 4 = 75 %)
        Portfolio p = Portfolio.of(List.of(contract("a1", "GB-COH-1", true), contract("a2", "GB-COH-1", true),
                contract("a3", "GB-COH-1", true), contract("b1", "GB-COH-2", false)));
        Metric rlw = p.metrics(PortfolioTargets.NONE).metric(MetricId.REAL_LIVING_WAGE_SHARE);
        assertEquals(0, new BigDecimal("50").compareTo(rlw.value().orElseThrow()));
        assertEquals(0, new BigDecimal("4").compareTo(rlw.inputs().get("contractsWithKnownAnswer")));
        assertEquals(0, new BigDecimal("2").compareTo(rlw.inputs().get("suppliersWithKnownAnswer")));
        assertEquals("1 ÷ 2 × 100 = 50% (counted per supplier: 4 contract(s) from 2 supplier(s); a supplier counts as"
                + " paying only when every answer for it says so)", rlw.derivation());
    }

    @Test
    void aSupplierWithConflictingAnswersDoesNotCountAsPaying() {
        // GB-COH-1 says yes on one contract and no on another; a contract without an identifier is its own supplier
        Portfolio p = Portfolio.of(List.of(contract("a1", "GB-COH-1", true), contract("a2", "GB-COH-1", false),
                PortfolioContract.of(ContractId.of("c1"), gbp("5")).withPaysRealLivingWage(true)));
        Metric rlw = p.metrics(PortfolioTargets.NONE).metric(MetricId.REAL_LIVING_WAGE_SHARE);
        assertEquals(0, new BigDecimal("50").compareTo(rlw.value().orElseThrow()));
        assertTrue(rlw.derivation().contains("1 supplier(s) with conflicting answers counted as not paying"), rlw.derivation());
    }

    @Test
    void withoutSupplierIdentifiersEachContractIsASupplierAsBefore() {
        Portfolio p = Portfolio.of(List.of(
                PortfolioContract.of(ContractId.of("c1"), gbp("5")).withPaysRealLivingWage(true),
                PortfolioContract.of(ContractId.of("c2"), gbp("5")).withPaysRealLivingWage(false),
                PortfolioContract.of(ContractId.of("c3"), gbp("5")).withPaysRealLivingWage(true)));
        Metric rlw = p.metrics(PortfolioTargets.NONE).metric(MetricId.REAL_LIVING_WAGE_SHARE);
        assertEquals("66.67", rlw.displayValue());
        assertEquals("2 ÷ 3 × 100 = 66.66666666666666666666666666666667%", rlw.derivation());
    }

    @Test
    void theFiveAnchorMetrics() {
        Portfolio p = Portfolio.of(List.of(contract("a1", "GB-COH-1", true).withSocialValueWeighting(BigDecimal.TEN)
                .withSpend(gbp("1000"), gbp("200"), gbp("0"), gbp("0"))));
        PortfolioRequest request = new PortfolioRequest(p, PortfolioTargets.NONE, OrganisationPractices.of(true, false));
        AnchorMetrics a = request.anchorMetrics();
        assertEquals(0, BigDecimal.TEN.compareTo(a.valueWeightedSocialValueWeighting().value().orElseThrow()));
        assertEquals(0, new BigDecimal("100").compareTo(a.realLivingWageShare().value().orElseThrow()));
        assertEquals(Optional.of(true), a.supplierGuidance());
        assertEquals(Optional.of(false), a.supplierDevelopment());
        assertEquals(0, new BigDecimal("20").compareTo(a.localSpendShare().value().orElseThrow()));
        AnchorMetrics unknown = new PortfolioRequest(p, PortfolioTargets.NONE).anchorMetrics();
        assertEquals(Optional.empty(), unknown.supplierGuidance());
        assertEquals(Optional.empty(), unknown.supplierDevelopment());
        var report = p.metrics(PortfolioTargets.NONE);
        assertThrows(InvalidValueException.class, () -> new AnchorMetrics(report.metric(MetricId.TOTAL_VALUE),
                report.metric(MetricId.REAL_LIVING_WAGE_SHARE), Optional.empty(), Optional.empty(),
                report.metric(MetricId.LOCAL_SPEND_SHARE)));
    }

    @Test
    void aContractSaysWhetherItsValueIncludesVat() {
        PortfolioContract c = PortfolioContract.of(ContractId.of("c1"), gbp("120")).withValueIncludesVat(true);
        assertEquals(Optional.of(VatBasis.GROSS), c.valueBasis());
        assertEquals(Optional.of(gbp("120")), c.contractValue().gross());
        assertEquals(Optional.of(VatBasis.GROSS), c.withSocialValueWeighting(BigDecimal.ONE).valueBasis());
        assertEquals(Optional.of("GB-COH-9"), c.withSupplier("GB-COH-9").withPaysRealLivingWage(true).supplier());
        assertThrows(InvalidValueException.class, () -> c.withSupplier(" "));
        assertEquals(Optional.empty(), PortfolioContract.of(ContractId.of("c2"), gbp("1")).contractValue().includesVat());
    }
}
