package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;

/**
 * An outcome sought under a theme, e.g. "Create new businesses, new jobs and new skills". Outcomes
 * group measures.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param id the outcome id
 * @param theme the theme it belongs to
 * @param name a readable name
 * @param description what it covers, may be empty
 */
public record Outcome(OutcomeId id, ThemeId theme, String name, String description) {
    /**
     * Validates the outcome.
     *
     * @param id the outcome id
     * @param theme its theme
     * @param name a readable name, not blank
     * @param description may be empty but not null
     */
    public Outcome {
        Checks.notNull(id, "outcome id");
        Checks.notNull(theme, "outcome theme");
        Checks.notBlank(name, "outcome name");
        Checks.notNull(description, "outcome description");
    }
}
