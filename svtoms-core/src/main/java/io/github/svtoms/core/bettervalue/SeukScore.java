package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.internal.Checks;

/**
 * One criterion of a Social Enterprise UK self-assessment: the level the figure reaches and why.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param criterion the criterion
 * @param level the level reached
 * @param detail the figure against the thresholds, in words
 */
public record SeukScore(SeukCriterion criterion, SeukLevel level, String detail) {
    /**
     * Validates the score.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or the detail is blank
     */
    public SeukScore {
        Checks.notNull(criterion, "criterion");
        Checks.notNull(level, "level");
        Checks.notBlank(detail, "detail");
    }
}
