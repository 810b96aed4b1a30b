package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.InvalidValueException;

/**
 * Where an organisation's figure stands against one Social Enterprise UK criterion.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum SeukLevel {
    /** Meets the desirable threshold (and so the essential one). File id {@code desirable}. */
    DESIRABLE("desirable"),
    /** Meets the essential threshold, not the desirable one. File id {@code essential}. */
    ESSENTIAL("essential"),
    /** Below the essential threshold. File id {@code below-essential}. */
    BELOW_ESSENTIAL("below-essential"),
    /** The criterion has no essential threshold and the figure misses the desirable one. File id {@code not-desirable}. */
    NOT_DESIRABLE("not-desirable"),
    /** No figure was given, or the seed gives no threshold. File id {@code not-assessed}. */
    NOT_ASSESSED("not-assessed");

    private final String id;

    SeukLevel(String id) {
        this.id = id;
    }

    /**
     * The id used in files.
     *
     * @return e.g. {@code below-essential}
     */
    public String id() {
        return id;
    }

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the level
     * @throws InvalidValueException for any other text
     */
    public static SeukLevel fromId(String id) {
        for (SeukLevel l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        throw new InvalidValueException("unknown Social Enterprise UK level '" + id + "'");
    }
}
