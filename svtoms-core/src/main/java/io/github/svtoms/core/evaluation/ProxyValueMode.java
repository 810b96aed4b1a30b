package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a social value criterion is scored quantitatively from each bid's committed proxy value (a
 * {@link io.github.svtoms.core.money.Money} valued elsewhere, e.g. the £10.8m committed on LPP contracts).
 * When the best figure is zero — no bid commits anything — every bid scores 0 on the criterion.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ProxyValueMode {
    /** {@code relative-to-best}: {@code points = committed value ÷ highest committed value × weight}. */
    RELATIVE_TO_BEST("relative-to-best"),
    /**
     * {@code per-pound}: {@code ratio = committed value ÷ bid price} (proxy value per £ of contract value),
     * then {@code points = ratio ÷ highest ratio × weight}, so a cheaper bid is not out-scored merely by a
     * larger contract.
     */
    PER_POUND("per-pound");

    private final String modeName;

    ProxyValueMode(String modeName) {
        this.modeName = modeName;
    }

    /**
     * The stable name, e.g. {@code relative-to-best}.
     *
     * @return the name
     */
    public String modeName() {
        return modeName;
    }

    /**
     * The mode of this name.
     *
     * @param name {@code relative-to-best} or {@code per-pound}
     * @return the mode
     * @throws InvalidValueException when no mode has that name
     */
    public static ProxyValueMode named(String name) {
        Checks.notNull(name, "proxy value mode name");
        return Arrays.stream(values()).filter(m -> m.modeName.equals(name)).findFirst()
                .orElseThrow(() -> new InvalidValueException("unknown proxy value mode '" + name + "': expected one of "
                        + Arrays.stream(values()).map(m -> m.modeName).collect(Collectors.joining(", "))));
    }
}
