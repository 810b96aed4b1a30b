package io.github.svtoms.proxies;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import io.github.svtoms.core.money.Money;

/**
 * The money value of one WELLBY (one point of life satisfaction, 0–10 scale, for one person for one
 * year), with its range: e.g. £13,000 (£10,000–£16,000) in 2019 prices (Green Book wellbeing guidance,
 * July 2021).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param amount the central value
 * @param low the low end of the range
 * @param high the high end of the range
 * @param priceYear the price base of all three
 * @param provenance where the value comes from
 */
public record WellbyValue(Money amount, Money low, Money high, PriceYear priceYear, Provenance provenance) {
    /**
     * Validates the value.
     *
     * @param amount ≥ 0
     * @param low ≥ 0 and ≤ {@code amount}
     * @param high ≥ {@code amount}
     * @param priceYear the price year
     * @param provenance the provenance
     * @throws InvalidValueException when the amounts are negative, out of order or in different currencies
     */
    public WellbyValue {
        Checks.notNull(amount, "WELLBY amount");
        Checks.notNull(low, "WELLBY low");
        Checks.notNull(high, "WELLBY high");
        Checks.notNull(priceYear, "WELLBY price year");
        Checks.notNull(provenance, "WELLBY provenance");
        if (!amount.currency().equals(low.currency()) || !amount.currency().equals(high.currency())) {
            throw new InvalidValueException("WELLBY values " + low + ", " + amount + ", " + high + " must share one currency");
        }
        if (low.isNegative() || low.compareTo(amount) > 0 || amount.compareTo(high) > 0) {
            throw new InvalidValueException("WELLBY values must satisfy 0 ≤ low ≤ amount ≤ high, got low " + low
                    + ", amount " + amount + ", high " + high);
        }
    }
}
