package io.github.svtoms.core.law;

import io.github.svtoms.core.InvalidValueException;

/**
 * How much a {@link DutyFinding} that is not met matters: {@link #ERROR} for a duty of law or a binding
 * policy rule, {@link #ADVICE} for guidance, a recommended practice or a seed tool's suggestion. Advice is
 * never reported as an error.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum DutyLevel {
    /** A duty or binding rule. File id {@code error}. */
    ERROR("error"),
    /** Advice. File id {@code advice}. */
    ADVICE("advice");

    private final String id;

    DutyLevel(String id) {
        this.id = id;
    }

    /**
     * The id used in files.
     *
     * @return {@code error} or {@code advice}
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
    public static DutyLevel fromId(String id) {
        for (DutyLevel l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        throw new InvalidValueException("unknown duty level '" + id + "': expected error or advice");
    }
}
