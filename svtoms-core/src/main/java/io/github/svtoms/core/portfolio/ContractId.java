package io.github.svtoms.core.portfolio;

import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.InvalidValueException;

/**
 * The id of a contract in a portfolio: lowercase letters, digits, {@code -} and {@code .}, 1–64
 * characters, starting with a letter or digit (e.g. {@code fm-2024-017}). A typed id, so that one kind of id
 * cannot be passed where another belongs.
 *
 * <p>Immutable and thread-safe; equal when the text is equal; ordered by its text.
 *
 * @param value the id text
 */
public record ContractId(String value) implements Comparable<ContractId> {
    /**
     * Validates the id.
     *
     * @param value the id text
     * @throws InvalidValueException when it breaks the id rule
     */
    public ContractId {
        IdRule.check(value, "contract id");
    }

    /**
     * The id of this text.
     *
     * @param value the id text
     * @return the id
     * @throws InvalidValueException when it breaks the id rule
     */
    public static ContractId of(String value) {
        return new ContractId(value);
    }

    @Override
    public int compareTo(ContractId other) {
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
