package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.Checks;

/**
 * A breakdown entry (per measure, outcome or theme): the exact figures and the reported ones, which are
 * rounded and allocated so that the reported entries of a breakdown add up exactly to the reported totals.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param exact the exact sums
 * @param reported the rounded, allocated figures
 */
public record Subtotal(Figures exact, Figures reported) {
    /**
     * Validates the subtotal.
     *
     * @param exact exact figures
     * @param reported reported figures
     */
    public Subtotal {
        Checks.notNull(exact, "exact figures");
        Checks.notNull(reported, "reported figures");
    }
}
