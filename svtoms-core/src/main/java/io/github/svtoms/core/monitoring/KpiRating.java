package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.MeasureId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One assessed commitment's statutory rating: the rating and its OCDS UK code, the delivery percentage it
 * was rated from, the period assessed, the date the next assessment is due (at most 12 months after the
 * as-of date, and no later than the contract's end; none once the contract has ended), the RAG view, and
 * the derivation. Maps onto {@code rating} and {@code ocdsRating} on an assessed commitment.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param measure the commitment's measure
 * @param rating the statutory rating
 * @param percentOfExpected the delivery percentage of the pro-rata expectation; empty when nothing was expected
 * @param period the period assessed
 * @param nextAssessmentDue when the next assessment is due; empty when the contract has ended (this is the last)
 * @param rag the red / amber / green view of the same delivery
 * @param derivation how the rating was reached, with its numbers
 */
public record KpiRating(MeasureId measure, StatutoryRating rating, Optional<BigDecimal> percentOfExpected,
                        AssessmentPeriod period, Optional<LocalDate> nextAssessmentDue, RagStatus rag,
                        String derivation) {
    /**
     * Validates the rating.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or the derivation is blank
     */
    public KpiRating {
        Checks.notNull(measure, "measure");
        Checks.notNull(rating, "rating");
        Checks.notNull(percentOfExpected, "percent of expected");
        Checks.notNull(period, "period assessed");
        Checks.notNull(nextAssessmentDue, "next assessment due");
        Checks.notNull(rag, "rag");
        Checks.notBlank(derivation, "derivation");
    }

    /**
     * The OCDS UK code of the rating.
     *
     * @return e.g. {@code slightlyBelow}
     */
    public String ocdsRating() {
        return rating.ocdsCode();
    }
}
