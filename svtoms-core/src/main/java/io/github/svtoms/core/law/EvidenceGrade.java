package io.github.svtoms.core.law;

import io.github.svtoms.core.InvalidValueException;

/**
 * How well a fact of law or policy is evidenced (LAW.md's tags): {@link #VERIFIED} [V], read in a copy of
 * the primary text; {@link #SECONDARY} [S], from secondary sources (law firms, consultancies, vendors),
 * consistent across them but not checked against the primary text. Data that carries an [S] fact says so,
 * with a note that it awaits the primary text.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum EvidenceGrade {
    /** [V]: read in a copy of the primary text. File id {@code verified}. */
    VERIFIED("verified", "V"),
    /** [S]: from consistent secondary sources, awaiting the primary text. File id {@code secondary}. */
    SECONDARY("secondary", "S");

    private final String id;
    private final String tag;

    EvidenceGrade(String id, String tag) {
        this.id = id;
        this.tag = tag;
    }

    /**
     * The id used in files.
     *
     * @return {@code verified} or {@code secondary}
     */
    public String id() {
        return id;
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
        for (EvidenceGrade g : values()) {
            if (g.id.equals(id)) {
                return g;
            }
        }
        throw new InvalidValueException("unknown evidence grade '" + id + "': expected verified or secondary");
    }
}
