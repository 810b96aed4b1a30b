package io.github.svtoms.core.internal;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.Limits;

import java.util.Objects;

/**
 * Argument checks used by every svtoms module, so that a missing argument fails with a message that
 * names it rather than with a bare {@link NullPointerException} further in.
 *
 * <p>Stateless and thread-safe.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Returns {@code value} or throws when it is null.
     *
     * @param value the argument
     * @param name its name, quoted in the message
     * @param <T> its type
     * @return {@code value}
     * @throws InvalidValueException when {@code value} is null
     */
    public static <T> T notNull(@javax.annotation.Nullable T value, String name) {
        if (value == null) {
            throw new InvalidValueException(Objects.requireNonNull(name, "name") + " must not be null");
        }
        return value;
    }

    /**
     * Returns {@code value} or throws when it is null or blank ({@link Limits#isBlank(String)}: only
     * characters that are {@link Character#isWhitespace} or {@link Character#isSpaceChar}, so no-break
     * spaces too).
     *
     * @param value the text
     * @param name its name, quoted in the message
     * @return {@code value}
     * @throws InvalidValueException when {@code value} is null or blank
     */
    public static String notBlank(@javax.annotation.Nullable String value, String name) {
        notNull(value, name);
        if (Limits.isBlank(value)) {
            throw new InvalidValueException(name + " must not be blank");
        }
        return value;
    }

    /**
     * A free-text identifier ({@link Limits#identifier(String, String)}): not blank, no control or
     * invisible format characters.
     *
     * @param value the text
     * @param name its name, quoted in the message
     * @return {@code value}
     * @throws InvalidValueException when {@code value} is null or breaks the rule
     */
    public static String identifier(@javax.annotation.Nullable String value, String name) {
        notBlank(value, name);
        return Limits.identifier(value, name);
    }

    /**
     * A stated decimal ({@link Limits#decimal(java.math.BigDecimal, String)}): checked and copied to a plain
     * {@code BigDecimal}.
     *
     * @param value the number
     * @param name its name, quoted in the message
     * @return the plain, checked number
     * @throws InvalidValueException when it is null or breaks the rule
     */
    public static java.math.BigDecimal decimal(@javax.annotation.Nullable java.math.BigDecimal value, String name) {
        return Limits.decimal(value, name);
    }
}
