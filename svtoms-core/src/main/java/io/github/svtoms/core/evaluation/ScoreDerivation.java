package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How a bid's points on one criterion were reached: the exact points, a readable formula with the numbers
 * filled in, and the exact inputs by name (in the order they were given). A score's derivation, as
 * distinct from {@code io.github.svtoms.proxies.derivation.Derivation}, which shows how a valued money
 * figure was reached.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param points the exact points
 * @param text the formula with its numbers, e.g. {@code "lowest price 90000 ÷ bid price 100000 × weight 60 = 54"}
 * @param inputs the exact inputs by name, e.g. {@code lowestPrice → 90000}
 */
public record ScoreDerivation(BigDecimal points, String text, Map<String, BigDecimal> inputs) {
    /**
     * Validates and copies.
     *
     * @param points the points
     * @param text not blank
     * @param inputs no null keys or values; copied, keeping its iteration order
     */
    public ScoreDerivation {
        Checks.notNull(points, "points");
        Checks.notBlank(text, "derivation text");
        inputs = Numbers.orderedCopy(inputs, "derivation inputs");
    }
}
