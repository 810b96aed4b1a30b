package io.github.svtoms.core.portfolio;

import io.github.svtoms.core.internal.Checks;

/**
 * The contents of an {@code svtoms-portfolio/1} file: an organisation's portfolio of contracts in one
 * currency, its targets for the local, SME and VCSE shares of addressable spend, and its answers to the
 * Health Equity Collaborative's yes/no anchor metrics.
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param portfolio the contracts
 * @param targets the spend share targets ({@link PortfolioTargets#NONE} when the file has none)
 * @param practices the organisation's guidance and supplier-development answers
 *                  ({@link OrganisationPractices#UNKNOWN} when the file has none)
 */
public record PortfolioRequest(Portfolio portfolio, PortfolioTargets targets, OrganisationPractices practices) {
    /**
     * Validates.
     *
     * @param portfolio the portfolio
     * @param targets the targets
     */
    public PortfolioRequest {
        Checks.notNull(portfolio, "portfolio");
        Checks.notNull(targets, "targets");
        Checks.notNull(practices, "practices");
    }

    /**
     * A request without the organisation's answers.
     *
     * @param portfolio the portfolio
     * @param targets the targets
     */
    public PortfolioRequest(Portfolio portfolio, PortfolioTargets targets) {
        this(portfolio, targets, OrganisationPractices.UNKNOWN);
    }

    /**
     * The five Health Equity Collaborative anchor metrics.
     *
     * @return the metrics, from {@link #metrics()} and the organisation's answers
     */
    public AnchorMetrics anchorMetrics() {
        return AnchorMetrics.of(metrics(), practices);
    }

    /**
     * Computes the portfolio metrics against the targets ({@link Portfolio#metrics}).
     *
     * @return the report
     */
    public PortfolioReport metrics() {
        return portfolio.metrics(targets);
    }
}
