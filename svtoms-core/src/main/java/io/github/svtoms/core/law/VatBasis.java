package io.github.svtoms.core.law;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * Whether an amount includes VAT: {@link #NET} (excluding VAT, OCDS {@code amount}) or {@link #GROSS}
 * (including VAT, OCDS UK {@code amountGross}). Thresholds in the Procurement Act 2023 and the PPNs are
 * stated {@link #GROSS}. Its {@link #id()} in files is {@code net} or {@code gross}.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum VatBasis implements FileId {
    /** Excluding VAT. */
    NET("excluding VAT"),
    /** Including VAT. */
    GROSS("including VAT");

    private final String words;

    VatBasis(String words) {
        this.words = words;
    }

    /**
     * The basis in words, for reasons.
     *
     * @return {@code excluding VAT} or {@code including VAT}
     */
    public String words() {
        return words;
    }

    /**
     * The other basis.
     *
     * @return {@link #GROSS} for {@link #NET} and the reverse
     */
    public VatBasis other() {
        return this == NET ? GROSS : NET;
    }

    /**
     * The basis a {@code valueIncludesVat} flag states.
     *
     * @param includesVat whether the value includes VAT
     * @return {@link #GROSS} when it does, else {@link #NET}
     */
    public static VatBasis of(boolean includesVat) {
        return includesVat ? GROSS : NET;
    }

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the basis
     * @throws InvalidValueException for any other text
     */
    public static VatBasis fromId(String id) {
        return FileIds.parse(VatBasis.class, id, "VAT basis");
    }
}
