package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.internal.Checks;

/**
 * One step of the path through the better value checklist: a question, its answer, and the box the answer
 * leads to in the seed's diagram (an intermediate step such as "Retain service provision", or the action).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param question the question
 * @param answer yes ({@code true}) or no
 * @param leadsTo the box the answer leads to, in the seed's words
 */
public record ChecklistStep(ChecklistQuestion question, boolean answer, String leadsTo) {
    /**
     * Validates the step.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing
     */
    public ChecklistStep {
        Checks.notNull(question, "question");
        Checks.notBlank(leadsTo, "leads to");
    }

    /**
     * The step in words.
     *
     * @return e.g. {@code 2. Are we, … good service? yes → Retain service provision}
     */
    public String describe() {
        return question.number() + ". " + question.text() + " " + (answer ? "yes" : "no") + " → " + leadsTo;
    }
}
