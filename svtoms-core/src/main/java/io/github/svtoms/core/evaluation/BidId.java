package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.IdRule;

/**
 * The id of a bid: lowercase letters, digits, {@code -} and {@code .}, 1–64 characters, starting with a
 * letter or digit (e.g. {@code bid-a}). A typed id, so that one kind of id cannot be passed where another
 * belongs.
 *
 * <p>Immutable and thread-safe; equal when the text is equal; ordered by its text.
 *
 * @param value the id text
 */
public record BidId(String value) implements Comparable<BidId> {
    /**
     * Validates the id.
     *
     * @param value the id text
     * @throws io.github.svtoms.core.InvalidValueException when it breaks the id rule
     */
    public BidId {
        IdRule.check(value, "bid id");
    }

    /**
     * The id of this text.
     *
     * @param value the id text
     * @return the id
     * @throws io.github.svtoms.core.InvalidValueException when it breaks the id rule
     */
    public static BidId of(String value) {
        return new BidId(value);
    }

    @Override
    public int compareTo(BidId other) {
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
