package io.github.svtoms.core.portfolio;

/**
 * The portfolio metrics, each with a stable name. Immutable and thread-safe (an enum).
 */
public enum MetricId {
    /** {@code contract-count}: how many contracts. */
    CONTRACT_COUNT("contract-count", MetricUnit.COUNT),
    /** {@code total-value}: the sum of contract values. */
    TOTAL_VALUE("total-value", MetricUnit.MONEY),
    /** {@code contracts-with-social-value}: how many contracts have a social value weighting above 0. */
    CONTRACTS_WITH_SOCIAL_VALUE("contracts-with-social-value", MetricUnit.COUNT),
    /** {@code share-with-social-value}: those contracts as a percentage of all contracts. */
    SHARE_WITH_SOCIAL_VALUE("share-with-social-value", MetricUnit.PERCENT),
    /**
     * {@code value-weighted-social-value-weighting}: {@code Σ value × weighting ÷ Σ value} over the contracts
     * that state a weighting (the Health Equity Collaborative anchor metric); contracts without one are left
     * out of both sums. A contract awarded without social value can say so with a weighting of 0.
     */
    VALUE_WEIGHTED_SOCIAL_VALUE_WEIGHTING("value-weighted-social-value-weighting", MetricUnit.PERCENT),
    /**
     * {@code value-weighted-social-value-weighting-all-contracts}: the same over every contract, counting a
     * contract without a weighting as 0 % — the honest figure when unweighted contracts are real awards.
     */
    VALUE_WEIGHTED_SOCIAL_VALUE_WEIGHTING_ALL("value-weighted-social-value-weighting-all-contracts", MetricUnit.PERCENT),
    /** {@code proxy-value-committed}: the sum of committed proxy value, over contracts that state one. */
    PROXY_VALUE_COMMITTED("proxy-value-committed", MetricUnit.MONEY),
    /** {@code proxy-value-delivered}: the sum of delivered proxy value, over contracts that state one. */
    PROXY_VALUE_DELIVERED("proxy-value-delivered", MetricUnit.MONEY),
    /**
     * {@code proxy-value-delivered-to-committed}: {@code Σ delivered ÷ Σ committed} over the contracts that
     * state both, so a contract not yet reporting does not pull the ratio down.
     */
    PROXY_VALUE_DELIVERED_TO_COMMITTED("proxy-value-delivered-to-committed", MetricUnit.RATIO),
    /** {@code real-living-wage-share}: suppliers paying the Real Living Wage, percent of those whose answer is known. */
    REAL_LIVING_WAGE_SHARE("real-living-wage-share", MetricUnit.PERCENT),
    /** {@code local-spend-share}: {@code Σ local spend ÷ Σ addressable spend × 100} over contracts stating both. */
    LOCAL_SPEND_SHARE("local-spend-share", MetricUnit.PERCENT),
    /** {@code sme-spend-share}: the same for SME spend. */
    SME_SPEND_SHARE("sme-spend-share", MetricUnit.PERCENT),
    /** {@code vcse-spend-share}: the same for VCSE spend. */
    VCSE_SPEND_SHARE("vcse-spend-share", MetricUnit.PERCENT);

    private final String metricName;
    private final MetricUnit unit;

    MetricId(String metricName, MetricUnit unit) {
        this.metricName = metricName;
        this.unit = unit;
    }

    /**
     * The stable name, e.g. {@code real-living-wage-share}.
     *
     * @return the name
     */
    public String metricName() {
        return metricName;
    }

    /**
     * The unit of the metric's value.
     *
     * @return the unit
     */
    public MetricUnit unit() {
        return unit;
    }
}
