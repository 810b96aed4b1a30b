/**
 * Tender evaluation: an {@link io.github.svtoms.core.evaluation.EvaluationScheme} of weighted
 * {@link io.github.svtoms.core.evaluation.Criterion criteria} (price, quality, social value), checked
 * against a framework's rules ({@link io.github.svtoms.core.evaluation.FrameworkCheck}), and bids scored
 * and ranked by {@link io.github.svtoms.core.evaluation.TenderEvaluation} with a derivation for every score.
 *
 * <p>Percentages (weights, shares, marks on the 0–100 scale) are {@link java.math.BigDecimal}s. Scores are
 * computed exactly, or in {@link java.math.MathContext#DECIMAL128} where a division is needed; they are
 * rounded (2 decimal places, {@link java.math.RoundingMode#HALF_EVEN}) only by the {@code display…} methods.
 * Money figures — prices and a bid's committed proxy value — arrive as core
 * {@link io.github.svtoms.core.money.Money}: this package never sees a proxy table.
 *
 * <p>Every type here is immutable and thread-safe. Parameters and return values are non-null unless
 * annotated {@code @Nullable}; optional values are {@link java.util.Optional}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.core.evaluation;

import javax.annotation.ParametersAreNonnullByDefault;
