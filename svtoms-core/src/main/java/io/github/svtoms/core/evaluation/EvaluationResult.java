package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.law.DutyFinding;

import java.util.List;
import java.util.Optional;

/**
 * An evaluated request, written as {@code svtoms-evaluation/1}: the framework check (when the request
 * names a framework and scores bids), the duty findings, and the ranking of the bids (when there are bids).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param request the request evaluated
 * @param frameworkCheck the findings of the scheme against the request's framework, if it has one and scores bids
 * @param evaluation the bids scored and ranked; empty for a request of criteria only
 * @param duties the duty findings (the minimum weighting for the contract value, when there is a framework)
 */
public record EvaluationResult(EvaluationRequest request, Optional<FrameworkCheck> frameworkCheck,
                               Optional<TenderEvaluation> evaluation, List<DutyFinding> duties) {
    /**
     * Validates.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing, or the ranking is present
     *                                                     exactly when the request has no scheme
     */
    public EvaluationResult {
        Checks.notNull(request, "request");
        Checks.notNull(frameworkCheck, "framework check");
        Checks.notNull(evaluation, "evaluation");
        if (evaluation.isPresent() != request.scheme().isPresent()) {
            throw new InvalidValueException("an evaluation result ranks bids exactly when its request scores them");
        }
        duties = List.copyOf(Checks.notNull(duties, "duties"));
    }

    /**
     * A result of a scored request without duty findings.
     *
     * @param request the request
     * @param frameworkCheck the check, or empty
     * @param evaluation the ranking
     */
    public EvaluationResult(EvaluationRequest request, Optional<FrameworkCheck> frameworkCheck,
                            TenderEvaluation evaluation) {
        this(request, frameworkCheck, Optional.of(Checks.notNull(evaluation, "evaluation")), List.of());
    }

    /**
     * The winning bid.
     *
     * @return the result ranked 1, or empty when no bids were scored (a request of criteria only)
     */
    public Optional<BidResult> winner() {
        return evaluation.map(TenderEvaluation::winner);
    }
}
