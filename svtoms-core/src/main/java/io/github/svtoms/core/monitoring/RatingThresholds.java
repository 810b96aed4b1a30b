package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;

/**
 * Where each statutory rating starts, as a percentage of the pro-rata expectation (the same measure as the
 * RAG view): delivery at or above {@code good} percent is {@link StatutoryRating#GOOD}, at or above
 * {@code approachingTarget} {@link StatutoryRating#APPROACHING_TARGET}, at or above {@code requiresImprovement}
 * {@link StatutoryRating#REQUIRES_IMPROVEMENT}, below it {@link StatutoryRating#INADEQUATE}.
 *
 * <p>The Act and the Regulations give the words, not numbers. The {@link #DEFAULT} 100 / 80 / 50 is an svtoms
 * convention chosen to line up with the default RAG view (green from 100 %, amber from 80 %): good is "meeting
 * or exceeding" (100 %), approaching target is amber, and red divides at 50 % into "below" and "significantly
 * below". Set the buyer's own thresholds where the contract defines them.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param good from this percentage: good; at least {@code approachingTarget}
 * @param approachingTarget from this percentage: approaching target; at least {@code requiresImprovement}
 * @param requiresImprovement from this percentage: requires improvement; at least 0; below it, inadequate
 */
public record RatingThresholds(BigDecimal good, BigDecimal approachingTarget, BigDecimal requiresImprovement) {
    /** Good from 100 %, approaching target from 80 %, requires improvement from 50 % (svtoms convention). */
    public static final RatingThresholds DEFAULT = new RatingThresholds(BigDecimal.valueOf(100), BigDecimal.valueOf(80),
            BigDecimal.valueOf(50));

    /**
     * Validates the thresholds.
     *
     * @throws InvalidValueException when one is missing or negative, or they are out of order
     */
    public RatingThresholds {
        Checks.notNull(good, "good threshold");
        Checks.notNull(approachingTarget, "approaching target threshold");
        Checks.notNull(requiresImprovement, "requires improvement threshold");
        if (requiresImprovement.signum() < 0) {
            throw new InvalidValueException("invalid requires improvement threshold " + requiresImprovement.toPlainString()
                    + "%: must be at least 0");
        }
        if (approachingTarget.compareTo(requiresImprovement) < 0 || good.compareTo(approachingTarget) < 0) {
            throw new InvalidValueException("invalid rating thresholds: good " + good.toPlainString() + "%, approaching target "
                    + approachingTarget.toPlainString() + "%, requires improvement " + requiresImprovement.toPlainString()
                    + "%: each must be at least the next (good ≥ approaching target ≥ requires improvement ≥ 0)");
        }
    }

    /**
     * The rating of a delivery percentage.
     *
     * @param percentOfExpected delivery as a percentage of the pro-rata expectation
     * @return good, approaching target, requires improvement or inadequate (never other)
     */
    public StatutoryRating ratingOf(BigDecimal percentOfExpected) {
        Checks.notNull(percentOfExpected, "percent of expected");
        if (percentOfExpected.compareTo(good) >= 0) {
            return StatutoryRating.GOOD;
        }
        if (percentOfExpected.compareTo(approachingTarget) >= 0) {
            return StatutoryRating.APPROACHING_TARGET;
        }
        return percentOfExpected.compareTo(requiresImprovement) >= 0 ? StatutoryRating.REQUIRES_IMPROVEMENT
                : StatutoryRating.INADEQUATE;
    }

    /**
     * The thresholds in words, for derivations.
     *
     * @return e.g. {@code good from 100%, approaching target from 80%, requires improvement from 50%}
     */
    public String describe() {
        return "good from " + plain(good) + "%, approaching target from " + plain(approachingTarget)
                + "%, requires improvement from " + plain(requiresImprovement) + "%";
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
