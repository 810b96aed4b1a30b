package io.github.svtoms.proxies;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One band of a {@link DiscountSchedule}: the discount rate for years {@code t = from..to} (inclusive;
 * an empty {@code to} means every later year).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param from the first year of the band, ≥ 1
 * @param to the last year of the band (≥ {@code from}), or empty when open-ended
 * @param rate the annual rate, in [0, 1), e.g. {@code 0.035}
 */
public record DiscountBand(int from, Optional<Integer> to, BigDecimal rate) {
    /**
     * Validates the band.
     *
     * @param from ≥ 1
     * @param to empty or ≥ {@code from}
     * @param rate in [0, 1)
     * @throws InvalidValueException when a rule is broken
     */
    public DiscountBand {
        if (from < 1) {
            throw new InvalidValueException("discount band start " + from + " must be at least 1 (year 0 is never discounted)");
        }
        Checks.notNull(to, "discount band end");
        to.ifPresent(t -> {
            if (t < from) {
                throw new InvalidValueException("discount band " + from + ".." + t + " ends before it starts");
            }
        });
        Checks.notNull(rate, "discount rate");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidValueException("discount rate " + rate.toPlainString() + " is outside [0, 1)");
        }
    }

    /**
     * A closed band.
     *
     * @param from first year
     * @param to last year
     * @param rate the rate
     * @return the band
     */
    public static DiscountBand of(int from, int to, BigDecimal rate) {
        return new DiscountBand(from, Optional.of(to), rate);
    }

    /**
     * An open-ended band.
     *
     * @param from first year
     * @param rate the rate
     * @return the band
     */
    public static DiscountBand from(int from, BigDecimal rate) {
        return new DiscountBand(from, Optional.empty(), rate);
    }

    /**
     * Whether year {@code t} falls in this band.
     *
     * @param t the year
     * @return {@code true} when {@code from ≤ t ≤ to}
     */
    public boolean contains(int t) {
        return t >= from && to.map(e -> t <= e).orElse(true);
    }
}
