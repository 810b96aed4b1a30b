package io.github.svtoms.core.portfolio;

import io.github.svtoms.core.FileId;

/**
 * The unit of a {@link Metric}'s value; its {@link #id()} in files is {@code count}, {@code money},
 * {@code percent} or {@code ratio}. Immutable and thread-safe (an enum).
 */
public enum MetricUnit implements FileId {
    /** A whole count. */
    COUNT,
    /** An amount in the portfolio's currency. */
    MONEY,
    /** A percentage, 0–100. */
    PERCENT,
    /** A plain ratio (1 = 100 %). */
    RATIO
}
