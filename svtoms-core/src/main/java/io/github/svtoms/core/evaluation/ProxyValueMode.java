package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * How a social value criterion is scored quantitatively from each bid's committed proxy value (a
 * {@link io.github.svtoms.core.money.Money} valued elsewhere, e.g. the £10.8m committed on LPP contracts).
 * When the best figure is zero — no bid commits anything — every bid scores 0 on the criterion.
 *
 * <p>Its {@link #id()}, in files and derivations, is {@code relative-to-best} or {@code per-pound}.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ProxyValueMode implements FileId {
    /** {@code relative-to-best}: {@code points = committed value ÷ highest committed value × weight}. */
    RELATIVE_TO_BEST,
    /**
     * {@code per-pound}: {@code ratio = committed value ÷ bid price} (proxy value per £ of contract value),
     * then {@code points = ratio ÷ highest ratio × weight}, so a cheaper bid is not out-scored merely by a
     * larger contract.
     */
    PER_POUND;

    /**
     * The stable name, the same as {@link #id()}, e.g. {@code relative-to-best}.
     *
     * @return the name
     */
    public String modeName() {
        return id();
    }

    /**
     * The mode of this name.
     *
     * @param name {@code relative-to-best} or {@code per-pound}
     * @return the mode
     * @throws InvalidValueException when no mode has that name
     */
    public static ProxyValueMode named(String name) {
        return FileIds.parse(ProxyValueMode.class, name, "proxy value mode");
    }
}
