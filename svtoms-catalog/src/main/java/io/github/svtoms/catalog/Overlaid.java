package io.github.svtoms.catalog;

import io.github.svtoms.core.internal.Checks;

/**
 * The result of laying an overlay over a base: the combined value and the report of what was replaced
 * and added.
 *
 * <p>Immutable and thread-safe when {@code T} is (catalogues and proxy tables are).
 *
 * @param value the combined catalogue or proxy table
 * @param report what the overlay replaced and added
 * @param <T> the type combined
 */
public record Overlaid<T>(T value, OverlayReport report) {
    /**
     * Validates the result.
     *
     * @param value the combined value
     * @param report the report
     */
    public Overlaid {
        Checks.notNull(value, "value");
        Checks.notNull(report, "report");
    }
}
