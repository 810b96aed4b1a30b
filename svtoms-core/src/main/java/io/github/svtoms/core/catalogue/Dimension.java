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

    /**
     * Whether a quantity of this dimension is a level held at a point in time (a ratio or percentage, yes or
     * no) rather than an amount that adds up over the years of a contract (FTE-years, hours, money, tCO2e,
     * people, counts). A level's target is not spread over the years or summed over reports.
     *
     * @return {@code true} for {@link #RATIO} and {@link #BOOLEAN}
     */
    public boolean isLevel() {
        return this == RATIO || this == BOOLEAN;
    }
}
