package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * Whether a framework owns measures or maps its priorities onto measures owned elsewhere. Its
 * {@link #id()} in files is {@code measures} or {@code priorities}.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum FrameworkKind implements FileId {
    /** Owns themes, outcomes and measures (e.g. {@code svtoms-open}). */
    MEASURES,
    /** Has priorities that map onto measures (e.g. Kent's five priorities, NHS England's priority areas). */
    PRIORITIES;

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the kind
     * @throws InvalidValueException for any other text
     */
    public static FrameworkKind fromId(String id) {
        return FileIds.parse(FrameworkKind.class, id, "framework kind");
    }
}
