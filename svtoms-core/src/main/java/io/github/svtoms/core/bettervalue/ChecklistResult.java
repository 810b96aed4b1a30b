package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the answers lead in the better value checklist: the path taken and the recommended action, or — when
 * a question on the path is not yet answered — the next question to ask. The action is advice.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param path the steps taken, in order
 * @param action the recommended action, when the path reached one
 * @param nextQuestion the question to answer next, when it did not; exactly one of the two is present
 */
public record ChecklistResult(List<ChecklistStep> path, Optional<ChecklistAction> action,
                              Optional<ChecklistQuestion> nextQuestion) {
    /**
     * Validates and copies.
     *
     * @throws InvalidValueException when both or neither of {@code action} and {@code nextQuestion} are present
     */
    public ChecklistResult {
        path = List.copyOf(Checks.notNull(path, "path"));
        Checks.notNull(action, "action");
        Checks.notNull(nextQuestion, "next question");
        if (action.isPresent() == nextQuestion.isPresent()) {
            throw new InvalidValueException("a checklist result has either an action or a next question");
        }
    }

    /**
     * Whether the path reached an action.
     *
     * @return {@code true} when {@link #action()} is present
     */
    public boolean complete() {
        return action.isPresent();
    }

    /**
     * The path in words, one step per line, then the action or the next question.
     *
     * @return the text
     */
    public String describe() {
        String steps = path.stream().map(ChecklistStep::describe).collect(Collectors.joining("\n"));
        String end = action.map(a -> "advice: " + a.words())
                .orElseGet(() -> "next: " + nextQuestion.orElseThrow().number() + ". " + nextQuestion.orElseThrow().text());
        return steps.isEmpty() ? end : steps + "\n" + end;
    }
}
