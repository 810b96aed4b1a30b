/**
 * Exact money: {@link io.github.svtoms.core.money.Money} is a {@link java.math.BigDecimal} amount
 * with a {@link java.util.Currency}. Never binary floating point; every lossy step names its rounding.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.core.money;

import javax.annotation.ParametersAreNonnullByDefault;
