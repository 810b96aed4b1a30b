package io.github.svtoms.core.law;

import io.github.svtoms.core.internal.Checks;

import java.util.Optional;

/**
 * The result of {@link Threshold#test(ContractValue)}: whether the value reaches the threshold, or empty
 * when that cannot be checked, with the reason in words.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param threshold the threshold
 * @param value the value tested
 * @param reached whether it reaches the threshold; empty when it cannot be checked
 * @param detail the reason, naming the figures and the basis
 */
public record ThresholdTest(Threshold threshold, ContractValue value, Optional<Boolean> reached, String detail) {
    /**
     * Validates the result.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or the detail is blank
     */
    public ThresholdTest {
        Checks.notNull(threshold, "threshold");
        Checks.notNull(value, "value");
        Checks.notNull(reached, "reached");
        Checks.notBlank(detail, "detail");
    }

    /**
     * Whether the value certainly reaches the threshold.
     *
     * @return {@code true} only when it is known to
     */
    public boolean isReached() {
        return reached.orElse(false);
    }

    /**
     * Whether the value certainly does not reach the threshold.
     *
     * @return {@code true} only when it is known not to
     */
    public boolean isNotReached() {
        return reached.map(r -> !r).orElse(false);
    }

    /**
     * Whether it cannot be checked.
     *
     * @return {@code true} when neither is known
     */
    public boolean cannotBeChecked() {
        return reached.isEmpty();
    }
}
