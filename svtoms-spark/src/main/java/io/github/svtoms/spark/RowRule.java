package io.github.svtoms.spark;

/**
 * Why an input row is not a commitment line (or a portfolio contract); the {@code rule} column of
 * {@link Schemas#REJECTED}. A line the engine refuses has the engine's rule instead
 * ({@link io.github.svtoms.proxies.valuation.LineRejectedException.Rule}).
 */
public enum RowRule {
    /** The source could not split the record into columns (Spark's {@value Schemas#CORRUPT_RECORD}). */
    MALFORMED_RECORD,
    /** A required column is absent, null or blank. */
    MISSING_VALUE,
    /** A decimal column is not a plain decimal (no grouping, no exponent, 30 integer and 20 fraction digits). */
    INVALID_DECIMAL,
    /** A number column is floating point ({@code float}, {@code double}): money and fractions are never binary floating point. */
    FLOATING_POINT,
    /** A whole-number column is not a whole number from 1. */
    INVALID_WHOLE_NUMBER,
    /** A value breaks a rule of the line or contract (an id, a fraction outside [0, 1], a negative quantity, ...). */
    INVALID_VALUE,
    /** A figure of the line does not fit the reported {@code DECIMAL(38,2)} column. */
    FIGURE_TOO_LARGE
}
