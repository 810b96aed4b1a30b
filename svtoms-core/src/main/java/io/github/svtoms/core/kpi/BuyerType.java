package io.github.svtoms.core.kpi;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * The kind of public body buying. Some buyers carry rules of their own whatever framework they use
 * (NHS England: every tender includes "fighting climate change"); see
 * {@link KpiSettings#buyerMandatoryThemes()}. Its {@link #id()} in files is {@code nhs},
 * {@code local-authority}, {@code central-government} or {@code other}.
 *
 * <p>Immutable and thread-safe.
 */
public enum BuyerType implements FileId {
    /** An NHS body (trust, integrated care board, NHS England). */
    NHS,
    /** A local authority (county, district, unitary or borough council). */
    LOCAL_AUTHORITY,
    /** A central government department or agency. */
    CENTRAL_GOVERNMENT,
    /** Any other buyer. */
    OTHER;

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the buyer type
     * @throws InvalidValueException for any other text
     */
    public static BuyerType fromId(String id) {
        return FileIds.parse(BuyerType.class, id, "buyer type");
    }
}
