package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.internal.Checks;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers to the questions of the better value checklist; a question not on the path taken need not be
 * answered.
 *
 * <p>Immutable and thread-safe; value equality over the answers.
 *
 * @param answers yes ({@code true}) or no ({@code false}) per question answered
 */
public record ChecklistAnswers(Map<ChecklistQuestion, Boolean> answers) {
    /** No answer yet. */
    public static final ChecklistAnswers NONE = new ChecklistAnswers(Map.of());

    /**
     * Validates and copies.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a key or value is null
     */
    public ChecklistAnswers {
        Checks.notNull(answers, "checklist answers");
        Map<ChecklistQuestion, Boolean> copy = new EnumMap<>(ChecklistQuestion.class);
        answers.forEach((q, a) -> copy.put(Checks.notNull(q, "question"), Checks.notNull(a, "answer to " + q)));
        answers = Collections.unmodifiableMap(copy);
    }

    /**
     * A copy with one more answer (replacing an earlier answer to that question).
     *
     * @param question the question
     * @param yes the answer
     * @return the modified copy
     */
    public ChecklistAnswers with(ChecklistQuestion question, boolean yes) {
        Map<ChecklistQuestion, Boolean> copy = new EnumMap<>(ChecklistQuestion.class);
        copy.putAll(answers);
        copy.put(Checks.notNull(question, "question"), yes);
        return new ChecklistAnswers(copy);
    }

    /**
     * The answer to a question.
     *
     * @param question the question
     * @return yes or no, or empty when not answered
     */
    public Optional<Boolean> answer(ChecklistQuestion question) {
        return Optional.ofNullable(answers.get(Checks.notNull(question, "question")));
    }
}
