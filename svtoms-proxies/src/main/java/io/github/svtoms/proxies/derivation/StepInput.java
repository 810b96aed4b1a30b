package io.github.svtoms.proxies.derivation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A named input of a {@link DerivationStep}: either an exact decimal or a text (a price year, a source,
 * a schedule id). Exactly one of {@code number} and {@code text} is present.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param name the input's name, e.g. {@code quantity}
 * @param number the exact value, when numeric
 * @param text the text, when not numeric
 */
public record StepInput(String name, Optional<BigDecimal> number, Optional<String> text) {
    /**
     * Validates the input.
     *
     * @param name not blank
     * @param number the number, or empty
     * @param text the text, or empty; exactly one of the two is present
     * @throws InvalidValueException when both or neither are present
     */
    public StepInput {
        Checks.notBlank(name, "step input name");
        Checks.notNull(number, "step input number");
        Checks.notNull(text, "step input text");
        if (number.isPresent() == text.isPresent()) {
            throw new InvalidValueException("step input '" + name + "' must have exactly one of a number and a text");
        }
    }

    /**
     * A numeric input.
     *
     * @param name the name
     * @param value the exact value
     * @return the input
     */
    public static StepInput number(String name, BigDecimal value) {
        return new StepInput(name, Optional.of(Checks.notNull(value, name)), Optional.empty());
    }

    /**
     * A text input.
     *
     * @param name the name
     * @param value the text
     * @return the input
     */
    public static StepInput text(String name, String value) {
        return new StepInput(name, Optional.empty(), Optional.of(Checks.notNull(value, name)));
    }
}
