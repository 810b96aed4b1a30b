package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;

import java.math.BigDecimal;

/**
 * A bid's points on one criterion, with how they were reached.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param criterion the criterion
 * @param kind its kind
 * @param weight its weight in percent (the most points it can give)
 * @param derivation the exact points, the formula and the inputs
 */
public record CriterionScore(CriterionId criterion, CriterionKind kind, BigDecimal weight, ScoreDerivation derivation) {
    /**
     * Validates the score.
     *
     * @param criterion the criterion
     * @param kind the kind
     * @param weight the weight
     * @param derivation the derivation
     */
    public CriterionScore {
        Checks.notNull(criterion, "criterion");
        Checks.notNull(kind, "kind");
        Checks.notNull(weight, "weight");
        Checks.notNull(derivation, "derivation");
    }

    /**
     * The exact points.
     *
     * @return the points, between 0 and {@link #weight()}
     */
    public BigDecimal points() {
        return derivation.points();
    }

    /**
     * The points for display: 2 decimal places, {@link java.math.RoundingMode#HALF_EVEN}.
     *
     * @return e.g. {@code "54.00"}
     */
    public String displayPoints() {
        return Numbers.display(points());
    }
}
