package io.github.svtoms.proxies;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * How directly a proxy's figure was read from its source. Its {@link #id()} in files is its name:
 * {@code V}, {@code V2} or {@code U}.
 *
 * <p>Immutable and thread-safe.
 */
public enum EvidenceGrade implements FileId {
    /** Read in a primary or official publication. */
    V,
    /** Read only in a secondary copy (a mirror, a repository holding the official file, a news report). */
    V2,
    /** A convention or recollection with no published source, or a figure supplied without one. */
    U;

    /**
     * The id used in data files: {@code V}, {@code V2} or {@code U} (the name, in capitals).
     *
     * @return the id
     */
    @Override
    public String id() {
        return name();
    }

    /**
     * The grade with this id.
     *
     * @param id {@code V}, {@code V2} or {@code U}
     * @return the grade
     * @throws InvalidValueException when no grade has this id
     */
    public static EvidenceGrade fromId(String id) {
        return FileIds.parse(EvidenceGrade.class, id, "evidence grade");
    }

    /**
     * What the grade means, in the words of this type's documentation — the words a report's evidence legend
     * uses: V "read in a primary or official publication"; V2 "read only in a secondary copy (a mirror, a
     * repository holding the official file, a news report)"; U "a convention or recollection with no published
     * source, or a figure supplied without one".
     *
     * @return the meaning, lower case, no final full stop
     */
    public String meaning() {
        return switch (this) {
            case V -> "read in a primary or official publication";
            case V2 -> "read only in a secondary copy (a mirror, a repository holding the official file, a news report)";
            case U -> "a convention or recollection with no published source, or a figure supplied without one";
        };
    }
}
