package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.Limits;
import io.github.svtoms.core.money.Money;

/**
 * The contract a valuation is for: its total value and its length. The value gives the result's
 * percentage of contract value.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param value the total contract value, at least one minor unit of its currency and a whole number of
 *        minor units ({@link Limits#statedMoney}), so that a percentage of it is never shown beside a value
 *        that prints as zero
 * @param years the contract length in years, from 1 to {@link Limits#MAX_CONTRACT_YEARS}
 */
public record Contract(Money value, int years) {
    /**
     * Validates the contract.
     *
     * @param value &gt; 0
     * @param years ≥ 1
     * @throws InvalidValueException when a rule is broken
     */
    public Contract {
        Checks.notNull(value, "contract value");
        if (value.signum() <= 0) {
            throw new InvalidValueException("contract value " + value + " must be greater than 0");
        }
        Limits.statedMoney(value.amount(), value.currency(), true, "contract value");
        if (years < 1) {
            throw new InvalidValueException("contract years " + years + " must be at least 1");
        }
        Limits.contractYears(years, "contract years");
    }
}
