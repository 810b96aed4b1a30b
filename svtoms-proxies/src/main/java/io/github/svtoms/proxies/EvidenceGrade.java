package io.github.svtoms.proxies;

import io.github.svtoms.core.Checks;
import io.github.svtoms.core.InvalidValueException;

/**
 * How directly a proxy's figure was read from its source.
 *
 * <p>Immutable and thread-safe.
 */
public enum EvidenceGrade {
    /** Read in a primary or official publication. */
    V("V"),
    /** Read only in a secondary copy (a mirror, a repository holding the official file, a news report). */
    V2("V2"),
    /** A convention or recollection with no published source, or a figure supplied without one. */
    U("U");

    private final String id;

    EvidenceGrade(String id) {
        this.id = id;
    }

    /**
     * The id used in data files: {@code V}, {@code V2} or {@code U}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The grade with this id.
     *
     * @param id {@code V}, {@code V2} or {@code U}
     * @return the grade
     * @throws InvalidValueException when no grade has this id
     */
    public static EvidenceGrade fromId(String id) {
        Checks.notNull(id, "evidence grade");
        for (EvidenceGrade g : values()) {
            if (g.id.equals(id)) {
                return g;
            }
        }
        throw new InvalidValueException("unknown evidence grade '" + id + "': expected one of V, V2, U");
    }
}
