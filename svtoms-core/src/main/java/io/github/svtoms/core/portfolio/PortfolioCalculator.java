package io.github.svtoms.core.portfolio;

import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Computes the portfolio metrics. Stateless. */
final class PortfolioCalculator {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PortfolioCalculator() {
    }

    static List<Metric> metrics(List<PortfolioContract> contracts, PortfolioTargets targets) {
        List<Metric> out = new ArrayList<>();
        List<ContractId> all = ids(contracts);
        BigDecimal n = BigDecimal.valueOf(contracts.size());
        BigDecimal totalValue = sum(contracts, c -> c.value().amount());
        out.add(plain(MetricId.CONTRACT_COUNT, Optional.of(n), all, inputs("contracts", n), contracts.size() + " contract(s)"));
        out.add(plain(MetricId.TOTAL_VALUE, Optional.of(totalValue), all, inputs("sumOfValues", totalValue),
                "sum of " + contracts.size() + " contract value(s) = " + s(totalValue)));

        List<PortfolioContract> withSv = contracts.stream().filter(PortfolioContract::hasSocialValue).toList();
        BigDecimal svCount = BigDecimal.valueOf(withSv.size());
        out.add(plain(MetricId.CONTRACTS_WITH_SOCIAL_VALUE, Optional.of(svCount), ids(withSv),
                inputs("contractsWithSocialValue", svCount), withSv.size() + " contract(s) with a social value weighting above 0"));
        out.add(share(MetricId.SHARE_WITH_SOCIAL_VALUE, svCount, n, ids(withSv), "contractsWithSocialValue", "contracts",
                Optional.empty()));

        List<PortfolioContract> weighted = contracts.stream().filter(c -> c.socialValueWeighting().isPresent()).toList();
        BigDecimal sumVw = sum(weighted, c -> c.value().amount().multiply(c.socialValueWeighting().orElseThrow()));
        BigDecimal sumWeightedValue = sum(weighted, c -> c.value().amount());
        out.add(ratio(MetricId.VALUE_WEIGHTED_SOCIAL_VALUE_WEIGHTING, sumVw, sumWeightedValue, ids(weighted),
                "sumOfValueTimesWeighting", "sumOfValuesWithWeighting",
                "over the " + weighted.size() + " contract(s) stating a weighting; "
                        + (contracts.size() - weighted.size()) + " without one left out"));
        out.add(ratio(MetricId.VALUE_WEIGHTED_SOCIAL_VALUE_WEIGHTING_ALL, sumVw, totalValue, all,
                "sumOfValueTimesWeighting", "sumOfAllValues",
                "over all " + contracts.size() + " contract(s), those without a weighting counted as 0%"));

        List<PortfolioContract> committed = contracts.stream().filter(c -> c.proxyValueCommitted().isPresent()).toList();
        List<PortfolioContract> delivered = contracts.stream().filter(c -> c.proxyValueDelivered().isPresent()).toList();
        BigDecimal sumCommitted = sum(committed, c -> c.proxyValueCommitted().orElseThrow().amount());
        BigDecimal sumDelivered = sum(delivered, c -> c.proxyValueDelivered().orElseThrow().amount());
        out.add(plain(MetricId.PROXY_VALUE_COMMITTED, Optional.of(sumCommitted), ids(committed),
                inputs("sumCommitted", sumCommitted), "sum over " + committed.size() + " contract(s) = " + s(sumCommitted)));
        out.add(plain(MetricId.PROXY_VALUE_DELIVERED, Optional.of(sumDelivered), ids(delivered),
                inputs("sumDelivered", sumDelivered), "sum over " + delivered.size() + " contract(s) = " + s(sumDelivered)));
        List<PortfolioContract> both = committed.stream().filter(c -> c.proxyValueDelivered().isPresent()).toList();
        out.add(ratio(MetricId.PROXY_VALUE_DELIVERED_TO_COMMITTED,
                sum(both, c -> c.proxyValueDelivered().orElseThrow().amount()),
                sum(both, c -> c.proxyValueCommitted().orElseThrow().amount()), ids(both),
                "deliveredOfContractsWithBoth", "committedOfContractsWithBoth",
                "over the " + both.size() + " contract(s) stating both"));

        out.add(livingWage(contracts));

        out.add(spend(MetricId.LOCAL_SPEND_SHARE, contracts, PortfolioContract::localSpend, targets.localShare()));
        out.add(spend(MetricId.SME_SPEND_SHARE, contracts, PortfolioContract::smeSpend, targets.smeShare()));
        out.add(spend(MetricId.VCSE_SPEND_SHARE, contracts, PortfolioContract::vcseSpend, targets.vcseShare()));
        return out;
    }

    /**
     * The Real Living Wage share, counted per supplier (seed 002: "proportion of suppliers that pay the real
     * living wage"): contracts with the same supplier identifier are one supplier, which counts as paying only
     * when every known answer for it says so; a contract without an identifier is a supplier of its own.
     */
    private static Metric livingWage(List<PortfolioContract> contracts) {
        List<PortfolioContract> known = contracts.stream().filter(c -> c.paysRealLivingWage().isPresent()).toList();
        Map<Object, List<Boolean>> bySupplier = new LinkedHashMap<>();
        for (PortfolioContract c : known) {
            Object key = c.supplier().isPresent() ? c.supplier().get() : c.id();
            bySupplier.computeIfAbsent(key, k -> new ArrayList<>()).add(c.paysRealLivingWage().orElseThrow());
        }
        long paying = bySupplier.values().stream().filter(answers -> !answers.contains(false)).count();
        long conflicting = bySupplier.values().stream().filter(a -> a.contains(true) && a.contains(false)).count();
        Metric m = share(MetricId.REAL_LIVING_WAGE_SHARE, BigDecimal.valueOf(paying), BigDecimal.valueOf(bySupplier.size()),
                ids(known), "suppliersPayingRealLivingWage", "suppliersWithKnownAnswer", Optional.empty());
        if (known.stream().noneMatch(c -> c.supplier().isPresent())) {
            return m; // one supplier per contract, as before suppliers were identified
        }
        Map<String, BigDecimal> in = new LinkedHashMap<>(m.inputs());
        in.put("contractsWithKnownAnswer", BigDecimal.valueOf(known.size()));
        String per = " (counted per supplier: " + known.size() + " contract(s) from " + bySupplier.size()
                + " supplier(s); a supplier counts as paying only when every answer for it says so"
                + (conflicting == 0 ? "" : "; " + conflicting + " supplier(s) with conflicting answers counted as not paying")
                + ")";
        return new Metric(m.id(), m.value(), m.target(), m.targetMet(), m.contracts(), in, m.derivation() + per);
    }

    private static Metric spend(MetricId id, List<PortfolioContract> contracts,
                                Function<PortfolioContract, Optional<Money>> part, Optional<BigDecimal> target) {
        List<PortfolioContract> known = contracts.stream()
                .filter(c -> c.addressableSpend().isPresent() && part.apply(c).isPresent()).toList();
        BigDecimal partSum = sum(known, c -> part.apply(c).orElseThrow().amount());
        BigDecimal addressable = sum(known, c -> c.addressableSpend().orElseThrow().amount());
        return share(id, partSum, addressable, ids(known), "spend", "addressableSpend", target);
    }

    private static Metric share(MetricId id, BigDecimal part, BigDecimal whole, List<ContractId> counted,
                                String partName, String wholeName, Optional<BigDecimal> target) {
        Map<String, BigDecimal> in = inputs(partName, part);
        in.put(wholeName, whole);
        target.ifPresent(t -> in.put("target", t));
        if (whole.signum() == 0) {
            return new Metric(id, Optional.empty(), target, Optional.empty(), counted, in,
                    wholeName + " is 0, so the share is undefined");
        }
        BigDecimal value = part.multiply(HUNDRED).divide(whole, MC);
        Optional<Boolean> met = target.map(t -> value.compareTo(t) >= 0);
        String derivation = s(part) + " ÷ " + s(whole) + " × 100 = " + s(value) + "%"
                + target.map(t -> (met.orElseThrow() ? ", meeting" : ", below") + " the target of " + s(t) + "%").orElse("");
        return new Metric(id, Optional.of(value), target, met, counted, in, derivation);
    }

    private static Metric ratio(MetricId id, BigDecimal numerator, BigDecimal denominator, List<ContractId> counted,
                                String numeratorName, String denominatorName, String scope) {
        Map<String, BigDecimal> in = inputs(numeratorName, numerator);
        in.put(denominatorName, denominator);
        if (denominator.signum() == 0) {
            return new Metric(id, Optional.empty(), Optional.empty(), Optional.empty(), counted, in,
                    denominatorName + " is 0, so the value is undefined (" + scope + ")");
        }
        BigDecimal value = numerator.divide(denominator, MC);
        return new Metric(id, Optional.of(value), Optional.empty(), Optional.empty(), counted, in,
                s(numerator) + " ÷ " + s(denominator) + " = " + s(value) + " (" + scope + ")");
    }

    private static Metric plain(MetricId id, Optional<BigDecimal> value, List<ContractId> counted,
                                Map<String, BigDecimal> in, String derivation) {
        return new Metric(id, value, Optional.empty(), Optional.empty(), counted, in, derivation);
    }

    private static Map<String, BigDecimal> inputs(String name, BigDecimal value) {
        Map<String, BigDecimal> in = new LinkedHashMap<>();
        in.put(name, value);
        return in;
    }

    private static BigDecimal sum(List<PortfolioContract> contracts, Function<PortfolioContract, BigDecimal> f) {
        return contracts.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<ContractId> ids(List<PortfolioContract> contracts) {
        return contracts.stream().map(PortfolioContract::id).toList();
    }

    private static String s(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
