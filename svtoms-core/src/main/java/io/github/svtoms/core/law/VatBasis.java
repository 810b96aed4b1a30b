package io.github.svtoms.core.law;

import io.github.svtoms.core.InvalidValueException;

/**
 * Whether an amount includes VAT: {@link #NET} (excluding VAT, OCDS {@code amount}) or {@link #GROSS}
 * (including VAT, OCDS UK {@code amountGross}). Thresholds in the Procurement Act 2023 and the PPNs are
 * stated {@link #GROSS}.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum VatBasis {
    /** Excluding VAT. File id {@code net}. */
    NET("net", "excluding VAT"),
    /** Including VAT. File id {@code gross}. */
    GROSS("gross", "including VAT");

    private final String id;
    private final String words;

    VatBasis(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /**
     * The id used in files.
     *
     * @return {@code net} or {@code gross}
     */
    public String id() {
        return id;
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
        for (VatBasis b : values()) {
            if (b.id.equals(id)) {
                return b;
            }
        }
        throw new InvalidValueException("unknown VAT basis '" + id + "': expected net or gross");
    }
}
