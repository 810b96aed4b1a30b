package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * Where an organisation's figure stands against one Social Enterprise UK criterion.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum SeukLevel implements FileId {
    /** Meets the desirable threshold (and so the essential one). File id {@code desirable}. */
    DESIRABLE,
    /** Meets the essential threshold, not the desirable one. File id {@code essential}. */
    ESSENTIAL,
    /** Below the essential threshold. File id {@code below-essential}. */
    BELOW_ESSENTIAL,
    /** The criterion has no essential threshold and the figure misses the desirable one. File id {@code not-desirable}. */
    NOT_DESIRABLE,
    /** No figure was given, or the seed gives no threshold. File id {@code not-assessed}. */
    NOT_ASSESSED;

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the level
     * @throws InvalidValueException for any other text
     */
    public static SeukLevel fromId(String id) {
        return FileIds.parse(SeukLevel.class, id, "Social Enterprise UK level");
    }
}
