/**
 * Exact money: {@link io.github.svtoms.core.money.Money} is a {@link java.math.BigDecimal} amount
 * with a {@link java.util.Currency}. Never binary floating point; every lossy step names its rounding.
 * {@link io.github.svtoms.core.money.MoneyFormat} is the one policy for money written for people
 * ({@code £1,234.50}, {@code €5.00}, {@code CHF 1,250.00}).
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.core.money;

import javax.annotation.ParametersAreNonnullByDefault;
