package io.github.svtoms.core.internal;

import io.github.svtoms.core.InvalidValueException;

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
     * Returns {@code value} or throws when it is null or blank.
     *
     * @param value the text
     * @param name its name, quoted in the message
     * @return {@code value}
     * @throws InvalidValueException when {@code value} is null or blank
     */
    public static String notBlank(@javax.annotation.Nullable String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new InvalidValueException(name + " must not be blank");
        }
        return value;
    }
}
