package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.Checks;

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
 */
public record EvaluationResult(EvaluationRequest request, Optional<FrameworkCheck> frameworkCheck,
                               TenderEvaluation evaluation) {
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
