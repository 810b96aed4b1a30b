/**
 * Portfolio metrics over an organisation's contracts taken together — the Health Equity Collaborative
 * anchor metrics (value-weighted social value weighting, share of suppliers paying the Real Living Wage,
 * share of addressable spend with local organisations), LPP's committed proxy value and London's 20 % spend
 * target: a {@link io.github.svtoms.core.portfolio.Portfolio} of
 * {@link io.github.svtoms.core.portfolio.PortfolioContract contracts} gives a
 * {@link io.github.svtoms.core.portfolio.PortfolioReport} of {@link io.github.svtoms.core.portfolio.Metric metrics},
 * each with its inputs and derivation.
 *
 * <p>All money in a portfolio is in one currency; figures are exact, divisions use
 * {@link java.math.MathContext#DECIMAL128}, and only {@code display…} methods round.
 *
 * <p>Every type here is immutable and thread-safe. Parameters and return values are non-null unless
 * annotated {@code @Nullable}; optional values are {@link java.util.Optional}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.core.portfolio;

import javax.annotation.ParametersAreNonnullByDefault;
