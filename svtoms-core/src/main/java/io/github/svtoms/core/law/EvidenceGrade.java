package io.github.svtoms.core.law;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * How well a fact of law or policy is evidenced (LAW.md's tags): {@link #VERIFIED} [V], read in a copy of
 * the primary text; {@link #SECONDARY} [S], from secondary sources (law firms, consultancies, vendors),
 * consistent across them but not checked against the primary text. Data that carries an [S] fact says so,
 * with a note that it awaits the primary text. Its {@link #id()} in files is {@code verified} or
 * {@code secondary}.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum EvidenceGrade implements FileId {
    /** [V]: read in a copy of the primary text. */
    VERIFIED("V"),
    /** [S]: from consistent secondary sources, awaiting the primary text. */
    SECONDARY("S");

    private final String tag;

    EvidenceGrade(String tag) {
        this.tag = tag;
    }

    /**
     * The tag LAW.md uses.
     *
     * @return {@code V} or {@code S}
     */
    public String tag() {
        return tag;
    }

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the grade
     * @throws InvalidValueException for any other text
     */
    public static EvidenceGrade fromId(String id) {
        return FileIds.parse(EvidenceGrade.class, id, "evidence grade");
    }
}
