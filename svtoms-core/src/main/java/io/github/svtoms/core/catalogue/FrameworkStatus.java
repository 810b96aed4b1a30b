package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * Whether a framework edition is current or has been superseded by a later one (PPN 06/20 by PPN 002). The
 * status is for people: an edition is chosen by the procurement's commencement date and its
 * {@link FrameworkPeriod}, so a superseded edition still applies to procurements commenced within its period.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum FrameworkStatus implements FileId {
    /** Current. File id {@code active}. */
    ACTIVE,
    /** Replaced by a later edition. File id {@code superseded}. */
    SUPERSEDED;

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the status
     * @throws InvalidValueException for any other text
     */
    public static FrameworkStatus fromId(String id) {
        return FileIds.parse(FrameworkStatus.class, id, "framework status");
    }
}
