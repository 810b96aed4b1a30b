package io.github.svtoms.core.portfolio;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.util.Optional;

/**
 * The five Health Equity Collaborative anchor metrics (seed 002): (1) the value-weighted average social value
 * weighting across the year's contracts, (2) the share of suppliers paying the Real Living Wage (counted per
 * supplier), (3) supplier guidance in place, (4) a supplier-development process in place, and (5) the share of
 * addressable spend with local organisations. Metrics 1, 2 and 5 are taken from a {@link PortfolioReport};
 * 3 and 4 are yes/no answers about the organisation ({@link OrganisationPractices}).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param valueWeightedSocialValueWeighting metric 1, over the contracts stating a weighting
 * @param realLivingWageShare metric 2, percent of suppliers with a known answer
 * @param supplierGuidance metric 3, yes / no, if answered
 * @param supplierDevelopment metric 4, yes / no, if answered
 * @param localSpendShare metric 5, percent of addressable spend
 */
public record AnchorMetrics(Metric valueWeightedSocialValueWeighting, Metric realLivingWageShare,
                            Optional<Boolean> supplierGuidance, Optional<Boolean> supplierDevelopment,
                            Metric localSpendShare) {
    /**
     * Validates.
     *
     * @throws InvalidValueException when a part is missing or a metric is not the one its place names
     */
    public AnchorMetrics {
        expect(valueWeightedSocialValueWeighting, MetricId.VALUE_WEIGHTED_SOCIAL_VALUE_WEIGHTING);
        expect(realLivingWageShare, MetricId.REAL_LIVING_WAGE_SHARE);
        Checks.notNull(supplierGuidance, "supplier guidance");
        Checks.notNull(supplierDevelopment, "supplier development");
        expect(localSpendShare, MetricId.LOCAL_SPEND_SHARE);
    }

    private static void expect(Metric m, MetricId id) {
        Checks.notNull(m, id.metricName());
        if (m.id() != id) {
            throw new InvalidValueException("anchor metric " + id.metricName() + " given as " + m.id().metricName());
        }
    }

    /**
     * The anchor metrics of a portfolio report and the organisation's answers.
     *
     * @param report the portfolio report
     * @param practices the yes/no answers
     * @return the anchor metrics
     */
    public static AnchorMetrics of(PortfolioReport report, OrganisationPractices practices) {
        Checks.notNull(report, "report");
        Checks.notNull(practices, "practices");
        return new AnchorMetrics(report.metric(MetricId.VALUE_WEIGHTED_SOCIAL_VALUE_WEIGHTING),
                report.metric(MetricId.REAL_LIVING_WAGE_SHARE), practices.supplierGuidance(),
                practices.supplierDevelopment(), report.metric(MetricId.LOCAL_SPEND_SHARE));
    }
}
