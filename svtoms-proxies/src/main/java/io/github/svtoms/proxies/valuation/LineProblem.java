package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;

/**
 * One rule one commitment line breaks, as data: the line's id, the rule and the message naming the value.
 * A {@link LineRejectedException} carries every problem of the lines it rejects in
 * {@link LineRejectedException#problems()}; a line may have more than one (e.g. a first-year-only measure
 * over two years whose proxy cannot be rebased).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param lineId the line's id
 * @param rule the rule it breaks
 * @param message what is wrong, starting with the line id, e.g.
 *                {@code "line 'c7': unknown measure 'nt99' (not in the catalogue)"}
 */
public record LineProblem(String lineId, LineRejectedException.Rule rule, String message) {
    /**
     * Validates the problem.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or the message is blank
     */
    public LineProblem {
        Checks.notNull(lineId, "line id");
        Checks.notNull(rule, "rule");
        Checks.notBlank(message, "message");
    }
}
