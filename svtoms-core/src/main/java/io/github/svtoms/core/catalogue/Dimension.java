package io.github.svtoms.core.catalogue;

/**
 * What a {@link Unit} measures. Quantities of different dimensions are never converted into each other.
 */
public enum Dimension {
    /** Paid work, in full-time-equivalent years. */
    LABOUR(false),
    /** A number of people. */
    PEOPLE(true),
    /** Time: hours, weeks. */
    TIME(false),
    /** Money spent or saved. */
    MONEY(false),
    /** Greenhouse gas emissions in carbon-dioxide equivalent. */
    EMISSIONS(false),
    /** Distance travelled. */
    DISTANCE(false),
    /** Mass, e.g. waste diverted. */
    MASS(false),
    /** A ratio or percentage. */
    RATIO(false),
    /** Yes or no (1 or 0). */
    BOOLEAN(true),
    /** A count of things other than people. */
    COUNT(true),
    /** Wellbeing-adjusted life years (WELLBYs). */
    WELLBEING(false);

    private final boolean wholeNumbers;

    Dimension(boolean wholeNumbers) {
        this.wholeNumbers = wholeNumbers;
    }

    /**
     * Whether quantities of this dimension are whole numbers (people, counts, yes/no), which matters
     * when targets are scaled.
     *
     * @return {@code true} for whole-number dimensions
     */
    public boolean wholeNumbers() {
        return wholeNumbers;
    }
}
