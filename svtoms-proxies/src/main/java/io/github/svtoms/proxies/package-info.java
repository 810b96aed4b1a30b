/**
 * The financial proxy model: {@link io.github.svtoms.proxies.ProxyValue proxy values} with
 * {@link io.github.svtoms.proxies.Provenance provenance} and a {@link io.github.svtoms.proxies.PriceYear
 * price year}, collected in {@link io.github.svtoms.proxies.ProxyTable proxy tables};
 * {@link io.github.svtoms.proxies.PriceIndex price indices} to rebase values between price years;
 * {@link io.github.svtoms.proxies.DiscountSchedule discount schedules}; and the
 * {@link io.github.svtoms.proxies.ReferenceData reference series} (WELLBY value, wage series).
 *
 * <p>Every type is immutable and thread-safe. Amounts are exact ({@link java.math.BigDecimal});
 * derived factors use {@link java.math.MathContext#DECIMAL128}. Errors are
 * {@link io.github.svtoms.proxies.ValuationException} subclasses or core's
 * {@link io.github.svtoms.core.InvalidValueException}, with messages quoting the bad value.
 *
 * <p>Parameters and return values are non-null unless annotated {@code @Nullable}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.proxies;

import javax.annotation.ParametersAreNonnullByDefault;
