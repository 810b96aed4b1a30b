/**
 * The valuation engine: turns {@link io.github.svtoms.proxies.valuation.CommitmentLine commitment lines}
 * into gross, net and present values with a derivation for every figure.
 *
 * <p>For each line, with the proxy rebased to the request's price year:
 * {@code gross = quantity × proxy × duration};
 * {@code net_1 = quantity × proxy × (1 − deadweight)(1 − displacement)(1 − attribution)};
 * {@code value_k = net_1 × (1 − dropOff)^(k − 1)} for benefit years {@code k = 1..duration}, which
 * fall in contract years {@code startYear + k − 1}; {@code net = Σ value_k};
 * {@code presentValue = Σ value_k × DF_t} with {@code t} from the
 * {@link io.github.svtoms.proxies.YearIndexing year indexing}.
 *
 * <p><b>Exact and reported figures.</b> Everything is computed in
 * {@link java.math.MathContext#DECIMAL128} and summed exactly: each product above rounded to 34 significant
 * digits (HALF_EVEN) in that order, year by year, so that a line's years add up exactly to its figures (the
 * engine does this in decimal registers that give {@code BigDecimal}'s results, value and scale, faster). Exact figures are what
 * {@link io.github.svtoms.proxies.valuation.LineValuation#gross()},
 * {@link io.github.svtoms.proxies.valuation.Figures}{@code exact} values and the like return. Reported
 * figures are rounded to the currency's minor unit (HALF_EVEN) only at the end and allocated level by
 * level with {@link io.github.svtoms.proxies.valuation.LargestRemainder largest remainder}: the themes
 * share the rounded totals, each theme's outcomes share the theme's rounded figures, each outcome's
 * measures share the outcome's, and each measure's lines share the measure's. Every level therefore adds
 * up exactly to the level above, and a theme served by a single line shows that line's figures.
 *
 * <p>Entry points: {@link io.github.svtoms.proxies.valuation.ValuationEngine#value(ValuationRequest)}
 * for a batch, {@link io.github.svtoms.proxies.valuation.ValuationEngine#accumulator()} to stream many
 * lines in a small heap.
 *
 * <p>Types are immutable and thread-safe, except the builders and
 * {@link io.github.svtoms.proxies.valuation.ValuationAccumulator}, which say so. Parameters and return
 * values are non-null unless annotated {@code @Nullable}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.proxies.valuation;

import javax.annotation.ParametersAreNonnullByDefault;
