package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.law.Threshold;

import java.math.BigDecimal;

/**
 * A minimum social value weighting that applies from a contract value upwards (PPN 026: 20 % for contracts
 * of £5,000,000 or more including VAT; below that the framework's flat minimum, 10 %, applies).
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param from the value from which the minimum applies
 * @param minimum the minimum weighting, percent of the total score, 0–100
 */
public record WeightingBand(Threshold from, BigDecimal minimum) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Validates the band.
     *
     * @throws InvalidValueException when a part is missing or the minimum is not a percentage
     */
    public WeightingBand {
        Checks.notNull(from, "weighting band threshold");
        Checks.notNull(minimum, "weighting band minimum");
        if (minimum.signum() < 0 || minimum.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("invalid weighting band minimum " + minimum.toPlainString()
                    + " from " + from.describe() + ": a percentage must be between 0 and 100");
        }
    }
}
