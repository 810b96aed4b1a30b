package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A supplier's report of what it delivered on one measure in one period (start inclusive, end exclusive),
 * how far it is verified, and any stories told with it.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param measure the commitment's measure
 * @param periodStart the period start, inclusive
 * @param periodEnd the period end, exclusive; after {@code periodStart}
 * @param quantity the quantity delivered in the period, at least 0
 * @param verification how far it is verified
 * @param stories stories told with it (kept whether or not publishable)
 */
public record ActualReport(MeasureId measure, LocalDate periodStart, LocalDate periodEnd, BigDecimal quantity,
                           VerificationLevel verification, List<EvidenceStory> stories) {
    /**
     * Validates the report.
     *
     * @param measure the measure
     * @param periodStart the start
     * @param periodEnd after the start
     * @param quantity at least 0
     * @param verification the level
     * @param stories no nulls
     * @throws InvalidValueException when a value breaks its rule
     */
    public ActualReport {
        Checks.notNull(measure, "report measure");
        Checks.notNull(periodStart, "report period start");
        Checks.notNull(periodEnd, "report period end");
        Checks.notNull(quantity, "report quantity");
        Checks.notNull(verification, "report verification");
        stories = List.copyOf(Checks.notNull(stories, "report stories"));
        if (quantity.signum() < 0) {
            throw new InvalidValueException("invalid quantity " + quantity.toPlainString() + " reported for measure '"
                    + measure + "' in " + periodStart + " to " + periodEnd + ": a delivered quantity must be at least 0");
        }
        if (!periodEnd.isAfter(periodStart)) {
            throw new InvalidValueException("invalid report period " + periodStart + " to " + periodEnd + " for measure '"
                    + measure + "': the end (exclusive) must be after the start");
        }
    }

    /**
     * A report without stories.
     *
     * @param measure the measure
     * @param periodStart the start, inclusive
     * @param periodEnd the end, exclusive
     * @param quantity the quantity
     * @param verification the level
     * @return the report
     */
    public static ActualReport of(MeasureId measure, LocalDate periodStart, LocalDate periodEnd, BigDecimal quantity,
                                  VerificationLevel verification) {
        return new ActualReport(measure, periodStart, periodEnd, quantity, verification, List.of());
    }
}
