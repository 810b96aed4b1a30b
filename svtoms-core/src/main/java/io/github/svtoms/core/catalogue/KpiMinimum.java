package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.law.Threshold;

/**
 * A framework's minimum number of social value KPIs for contracts from a value upwards (PPN 026: at least 3
 * social value KPIs on contracts of £5,000,000 or more). A buyer's own KPIs that are not social value KPIs do
 * not count towards it (unlike the Procurement Act 2023 s.52 duty, which counts every KPI).
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param count the minimum, at least 1
 * @param from the contract value from which it applies
 */
public record KpiMinimum(int count, Threshold from) {
    /**
     * Validates the minimum.
     *
     * @throws InvalidValueException when the count is below 1 or the threshold is missing
     */
    public KpiMinimum {
        if (count < 1) {
            throw new InvalidValueException("invalid minimum number of social value KPIs " + count + ": must be at least 1");
        }
        Checks.notNull(from, "threshold of the minimum number of social value KPIs");
    }
}
