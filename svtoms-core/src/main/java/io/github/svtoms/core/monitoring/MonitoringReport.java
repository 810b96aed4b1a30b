package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.util.Optional;

/**
 * A monitoring file assessed, written as {@code svtoms-monitoring-status/1}: the delivery status of every
 * commitment (RAG), the statutory ratings of the Procurement Act 2023 s.71 with the period assessed and the next
 * assessment due, and — when the file names the procurement, the contract and the suppliers — the content of the
 * Contract Performance Notice. The result of {@link MonitoringRequest#report()}.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param status the delivery status of every commitment
 * @param ratings the statutory rating of every commitment, in the same order
 * @param notice the Contract Performance Notice's content, when the file gives the notice details
 */
public record MonitoringReport(MonitoringResult status, PerformanceAssessment ratings,
                               Optional<ContractPerformanceNotice> notice) {
    /**
     * Validates.
     *
     * @throws InvalidValueException when a part is missing, or the ratings are not of the status (another as-of
     *                               date or other commitments)
     */
    public MonitoringReport {
        Checks.notNull(status, "status");
        Checks.notNull(ratings, "ratings");
        Checks.notNull(notice, "notice");
        if (!ratings.asOf().equals(status.asOf()) || ratings.ratings().size() != status.statuses().size()) {
            throw new InvalidValueException("the ratings are not those of the monitoring status: a report rates every"
                    + " commitment of its status at the same as-of date");
        }
        for (int i = 0; i < ratings.ratings().size(); i++) {
            if (!ratings.ratings().get(i).measure().equals(status.statuses().get(i).commitment().measure())) {
                throw new InvalidValueException("the ratings are not those of the monitoring status: rating " + i
                        + " is for '" + ratings.ratings().get(i).measure() + "'");
            }
        }
    }

    /**
     * The rating of a commitment.
     *
     * @param index the commitment's position in the status
     * @return its rating
     */
    public KpiRating rating(int index) {
        return ratings.ratings().get(index);
    }
}
