package io.github.svtoms.core.portfolio;

/**
 * The unit of a {@link Metric}'s value. Immutable and thread-safe (an enum).
 */
public enum MetricUnit {
    /** A whole count. */
    COUNT,
    /** An amount in the portfolio's currency. */
    MONEY,
    /** A percentage, 0–100. */
    PERCENT,
    /** A plain ratio (1 = 100 %). */
    RATIO
}
