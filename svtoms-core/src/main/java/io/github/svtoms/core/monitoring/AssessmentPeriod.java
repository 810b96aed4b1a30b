package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.time.LocalDate;

/**
 * The period a performance assessment covers, half-open like the rest of this package: from {@code start}
 * (inclusive) to {@code end} (exclusive); empty when they are equal (nothing had elapsed).
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param start the first day assessed
 * @param end the day after the last day assessed; not before {@code start}
 */
public record AssessmentPeriod(LocalDate start, LocalDate end) {
    /** How often s.71 requires an assessment: at least once every 12 months [S]. */
    public static final int MAXIMUM_MONTHS = 12;

    /**
     * Validates the period.
     *
     * @throws InvalidValueException when a date is missing or the end is before the start
     */
    public AssessmentPeriod {
        Checks.notNull(start, "assessment period start");
        Checks.notNull(end, "assessment period end");
        if (end.isBefore(start)) {
            throw new InvalidValueException("invalid assessment period " + start + " to " + end
                    + ": the end (exclusive) must not be before the start");
        }
    }

    /**
     * Whether the period spans more than 12 months (s.71: performance is assessed at least once every 12
     * months [S]).
     *
     * @return {@code true} when {@code end} is after {@code start} plus 12 months
     */
    public boolean longerThanTwelveMonths() {
        return end.isAfter(start.plusMonths(MAXIMUM_MONTHS));
    }

    /**
     * The period in words.
     *
     * @return e.g. {@code 2027-04-01 to 2028-04-01}
     */
    @Override
    public String toString() {
        return start + " to " + end;
    }
}
