package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.money.Money;

/**
 * Present values at the low, central and high estimates of the proxies that state a range (the WELLBY value
 * £10,000–£16,000, the DESNZ low and high carbon values); lines whose proxies state none count at their central
 * figure in all three. The central value is the present value reported everywhere else.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param low the present value at the low estimates
 * @param central the present value (central estimates)
 * @param high the present value at the high estimates
 */
public record PresentValueRange(Money low, Money central, Money high) {
    /**
     * Validates the range.
     *
     * @throws InvalidValueException when the currencies differ
     */
    public PresentValueRange {
        Checks.notNull(low, "low present value");
        Checks.notNull(central, "central present value");
        Checks.notNull(high, "high present value");
        if (!low.currency().equals(central.currency()) || !high.currency().equals(central.currency())) {
            throw new InvalidValueException("present value range " + low + ", " + central + ", " + high
                    + " must be in one currency");
        }
    }

    /**
     * Each figure rounded once to the currency's minor unit, HALF_EVEN.
     *
     * @return the rounded range
     */
    public PresentValueRange rounded() {
        return new PresentValueRange(low.rounded(), central.rounded(), high.rounded());
    }

    /**
     * The sum of two ranges.
     *
     * @param other the other range, same currency
     * @return the sum, exact
     */
    public PresentValueRange plus(PresentValueRange other) {
        return new PresentValueRange(low.plus(other.low), central.plus(other.central), high.plus(other.high));
    }
}
