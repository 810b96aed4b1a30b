package io.github.svtoms.core.law;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * How much a {@link DutyFinding} that is not met matters: {@link #ERROR} for a duty of law or a binding
 * policy rule, {@link #ADVICE} for guidance, a recommended practice or a seed tool's suggestion. Advice is
 * never reported as an error. Its {@link #id()} in files is {@code error} or {@code advice}.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum DutyLevel implements FileId {
    /** A duty or binding rule. */
    ERROR,
    /** Advice. */
    ADVICE;

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the level
     * @throws InvalidValueException for any other text
     */
    public static DutyLevel fromId(String id) {
        return FileIds.parse(DutyLevel.class, id, "duty level");
    }
}
