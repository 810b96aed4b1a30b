package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;

/** Whether a framework owns measures or maps its priorities onto measures owned elsewhere. */
public enum FrameworkKind {
    /** Owns themes, outcomes and measures (e.g. {@code svtoms-open}). */
    MEASURES("measures"),
    /** Has priorities that map onto measures (e.g. Kent's five priorities, NHS England's priority areas). */
    PRIORITIES("priorities");

    private final String id;

    FrameworkKind(String id) {
        this.id = id;
    }

    /**
     * The id used in files.
     *
     * @return {@code measures} or {@code priorities}
     */
    public String id() {
        return id;
    }

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the kind
     * @throws InvalidValueException for any other text
     */
    public static FrameworkKind fromId(String id) {
        for (FrameworkKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new InvalidValueException("unknown framework kind '" + id + "': expected measures or priorities");
    }
}
