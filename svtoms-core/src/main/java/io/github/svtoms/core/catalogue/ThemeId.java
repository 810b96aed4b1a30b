package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.IdRule;

/**
 * The id of a theme: lowercase letters, digits, {@code -} and {@code .}, 1–64 characters, starting
 * with a letter or digit (e.g. {@code local-employment}, {@code nhs-2022}). A typed id, so that one kind
 * of id cannot be passed where another belongs.
 *
 * <p>Immutable and thread-safe; equal when the text is equal.
 *
 * @param value the id text
 */
public record ThemeId(String value) implements Comparable<ThemeId> {
    /**
     * Validates the id.
     *
     * @param value the id text
     * @throws io.github.svtoms.core.InvalidValueException when it breaks the id rule
     */
    public ThemeId {
        IdRule.check(value, "theme id");
    }

    /**
     * The id of this text.
     *
     * @param value the id text
     * @return the id
     * @throws io.github.svtoms.core.InvalidValueException when it breaks the id rule
     */
    public static ThemeId of(String value) {
        return new ThemeId(value);
    }

    /**
     * Whether a text is a valid id.
     *
     * @param value any text, or null
     * @return {@code true} when {@link #of(String)} would accept it
     */
    public static boolean isValid(@javax.annotation.Nullable String value) {
        return IdRule.isValid(value);
    }

    @Override
    public int compareTo(ThemeId other) {
        return value.compareTo(other.value);
    }

    /**
     * The id text.
     *
     * @return the id text
     */
    @Override
    public String toString() {
        return value;
    }
}
