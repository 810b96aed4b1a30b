package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.internal.Checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The GGI better value checklist (seed 003, "Better value checklist"): a decision tree of four yes/no
 * questions that ends in a recommended action, as a function from answers to the action with the path taken.
 *
 * <pre>
 * 1. Do we know whether the service is currently provided?
 *    no  → Conduct research to ascertain whether the service is currently provided
 *    yes → It is provided → 2.
 * 2. Are we, or our suppliers, providing a demonstrably and objectively good service?
 *    yes → Retain service provision → 4.
 *    no  → Review service provision → 3.
 * 3. Can we, or our suppliers, demonstrate and evidence the appetite / capacity to improve the quality of the service?
 *    yes → Incorporate quality improvement as part of the procurement
 *    no  → Review service provision with a view to changing the current supplier
 * 4. Is there evidence that we, or the supplier, improve alone?
 *    yes → Continue with current service provision
 *    no  → Seek best fit partnership or alternative supplier(s)
 * </pre>
 *
 * <p>The seed's text copy of the diagram keeps its boxes and yes/no labels but not its arrows. This reading
 * places each of its boxes exactly once: under each question the seed lists the "no" box, then the "yes" box;
 * question 4 follows "Retain service provision" and question 3 follows "Review service provision". Five paths
 * end in five actions.
 *
 * <p>Stateless and thread-safe.
 */
public final class BetterValueChecklist {
    /** Where the checklist comes from. */
    public static final String SOURCE = "GGI better value checklist (seed 003, section 8 \"Tools\")";

    private BetterValueChecklist() {
    }

    /**
     * Follows the answers through the checklist.
     *
     * @param answers the answers; only those on the path are used
     * @return the path and the action, or the path so far and the next question
     */
    public static ChecklistResult run(ChecklistAnswers answers) {
        Checks.notNull(answers, "answers");
        List<ChecklistStep> path = new ArrayList<>();
        Optional<Boolean> known = answers.answer(ChecklistQuestion.KNOWN_WHETHER_PROVIDED);
        if (known.isEmpty()) {
            return pending(path, ChecklistQuestion.KNOWN_WHETHER_PROVIDED);
        }
        if (!known.get()) {
            return done(path, ChecklistQuestion.KNOWN_WHETHER_PROVIDED, false, ChecklistAction.CONDUCT_RESEARCH);
        }
        path.add(new ChecklistStep(ChecklistQuestion.KNOWN_WHETHER_PROVIDED, true, "It is provided"));
        Optional<Boolean> good = answers.answer(ChecklistQuestion.GOOD_SERVICE);
        if (good.isEmpty()) {
            return pending(path, ChecklistQuestion.GOOD_SERVICE);
        }
        if (good.get()) {
            path.add(new ChecklistStep(ChecklistQuestion.GOOD_SERVICE, true, "Retain service provision"));
            Optional<Boolean> alone = answers.answer(ChecklistQuestion.IMPROVES_ALONE);
            if (alone.isEmpty()) {
                return pending(path, ChecklistQuestion.IMPROVES_ALONE);
            }
            return done(path, ChecklistQuestion.IMPROVES_ALONE, alone.get(), alone.get()
                    ? ChecklistAction.CONTINUE_CURRENT_PROVISION : ChecklistAction.SEEK_PARTNERSHIP_OR_ALTERNATIVE);
        }
        path.add(new ChecklistStep(ChecklistQuestion.GOOD_SERVICE, false, "Review service provision"));
        Optional<Boolean> improve = answers.answer(ChecklistQuestion.CAPACITY_TO_IMPROVE);
        if (improve.isEmpty()) {
            return pending(path, ChecklistQuestion.CAPACITY_TO_IMPROVE);
        }
        return done(path, ChecklistQuestion.CAPACITY_TO_IMPROVE, improve.get(), improve.get()
                ? ChecklistAction.INCORPORATE_QUALITY_IMPROVEMENT : ChecklistAction.REVIEW_TO_CHANGE_SUPPLIER);
    }

    private static ChecklistResult pending(List<ChecklistStep> path, ChecklistQuestion next) {
        return new ChecklistResult(path, Optional.empty(), Optional.of(next));
    }

    private static ChecklistResult done(List<ChecklistStep> path, ChecklistQuestion last, boolean answer,
                                        ChecklistAction action) {
        path.add(new ChecklistStep(last, answer, action.words()));
        return new ChecklistResult(path, Optional.of(action), Optional.empty());
    }
}
