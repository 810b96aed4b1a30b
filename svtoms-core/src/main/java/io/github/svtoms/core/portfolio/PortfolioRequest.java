package io.github.svtoms.core.portfolio;

import io.github.svtoms.core.Checks;

/**
 * The contents of an {@code svtoms-portfolio/1} file: an organisation's portfolio of contracts in one
 * currency and its targets for the local, SME and VCSE shares of addressable spend.
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param portfolio the contracts
 * @param targets the spend share targets ({@link PortfolioTargets#NONE} when the file has none)
 */
public record PortfolioRequest(Portfolio portfolio, PortfolioTargets targets) {
    /**
     * Validates.
     *
     * @param portfolio the portfolio
     * @param targets the targets
     */
    public PortfolioRequest {
        Checks.notNull(portfolio, "portfolio");
        Checks.notNull(targets, "targets");
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
