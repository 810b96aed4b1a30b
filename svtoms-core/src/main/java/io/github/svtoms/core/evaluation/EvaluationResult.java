package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.Checks;
import io.github.svtoms.core.law.DutyFinding;

import java.util.List;
import java.util.Optional;

/**
 * An evaluated request, written as {@code svtoms-evaluation/1}: the framework check (when the request
 * names a framework) and the ranking of the bids.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param request the request evaluated
 * @param frameworkCheck the findings of the scheme against the request's framework, if it has one
 * @param evaluation the bids scored and ranked
 * @param duties the duty findings (the minimum weighting for the contract value, when there is a framework)
 */
public record EvaluationResult(EvaluationRequest request, Optional<FrameworkCheck> frameworkCheck,
                               TenderEvaluation evaluation, List<DutyFinding> duties) {
    /**
     * Validates.
     *
     * @param request the request
     * @param frameworkCheck the check, or empty
     * @param evaluation the ranking
     */
    public EvaluationResult {
        Checks.notNull(request, "request");
        Checks.notNull(frameworkCheck, "framework check");
        Checks.notNull(evaluation, "evaluation");
        duties = List.copyOf(Checks.notNull(duties, "duties"));
    }

    /**
     * A result without duty findings.
     *
     * @param request the request
     * @param frameworkCheck the check, or empty
     * @param evaluation the ranking
     */
    public EvaluationResult(EvaluationRequest request, Optional<FrameworkCheck> frameworkCheck,
                            TenderEvaluation evaluation) {
        this(request, frameworkCheck, evaluation, List.of());
    }

    /**
     * The winning bid.
     *
     * @return the result ranked 1
     */
    public BidResult winner() {
        return evaluation.winner();
    }
}
