package io.github.svtoms.ocds;

/**
 * What can be said about a notice's award criteria weights. Under the Procurement Act 2023 (s.23) the
 * relative importance of award criteria may be given as percentage weights, a ranking or a description:
 * a weighting check must then say "cannot be checked" rather than fail. Immutable and thread-safe (an
 * enum).
 */
public enum Weighting {
    /** The notice (or lot) publishes no award criteria. */
    NONE_PUBLISHED,
    /** Every criterion has a percentage (given or derived) and they add up to 100: the scheme is built. */
    PERCENTAGES,
    /**
     * The criteria are ranked or described, without numbers to turn into percentages: the weighting
     * cannot be checked.
     */
    CANNOT_BE_CHECKED,
    /** Weights are given but cannot all be read, or do not add up to 100: see the reasons. */
    INCOMPLETE,
    /**
     * For a whole notice only: its lots have different award criteria, so the notice as a whole has none;
     * each lot's reading has its own.
     */
    VARIES_BY_LOT
}
