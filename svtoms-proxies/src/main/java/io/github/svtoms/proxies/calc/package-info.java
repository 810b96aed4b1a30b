/**
 * Calculators beside the valuation engine: {@link io.github.svtoms.proxies.calc.Sroi SROI} ratios and
 * payback, the {@link io.github.svtoms.proxies.calc.Lm3 LM3} local multiplier, {@link
 * io.github.svtoms.proxies.calc.Wellby WELLBY} values and the {@link io.github.svtoms.proxies.calc.LivingWageUplift
 * Real Living Wage uplift}. Each returns an exact result (DECIMAL128) with a derivation.
 *
 * <p>Every type is immutable and thread-safe. Parameters and return values are non-null unless
 * annotated {@code @Nullable}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.proxies.calc;

import javax.annotation.ParametersAreNonnullByDefault;
