package io.github.svtoms.core.kpi;

import io.github.svtoms.core.InvalidValueException;

/**
 * The kind of public body buying. Some buyers carry rules of their own whatever framework they use
 * (NHS England: every tender includes "fighting climate change"); see
 * {@link KpiSettings#buyerMandatoryThemes()}.
 *
 * <p>Immutable and thread-safe.
 */
public enum BuyerType {
    /** An NHS body (trust, integrated care board, NHS England). */
    NHS("nhs"),
    /** A local authority (county, district, unitary or borough council). */
    LOCAL_AUTHORITY("local-authority"),
    /** A central government department or agency. */
    CENTRAL_GOVERNMENT("central-government"),
    /** Any other buyer. */
    OTHER("other");

    private final String id;

    BuyerType(String id) {
        this.id = id;
    }

    /**
     * The id used in files: {@code nhs}, {@code local-authority}, {@code central-government}, {@code other}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the buyer type
     * @throws InvalidValueException for any other text
     */
    public static BuyerType fromId(String id) {
        for (BuyerType b : values()) {
            if (b.id.equals(id)) {
                return b;
            }
        }
        throw new InvalidValueException("unknown buyer type '" + id
                + "': expected nhs, local-authority, central-government or other");
    }
}
