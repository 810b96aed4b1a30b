package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;

/**
 * A theme of a measure-owning framework, e.g. "Fighting climate change". Themes group outcomes.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param id the theme id
 * @param framework the framework that owns it
 * @param name a readable name
 * @param description what it covers, may be empty
 */
public record Theme(ThemeId id, FrameworkId framework, String name, String description) {
    /**
     * Validates the theme.
     *
     * @param id the theme id
     * @param framework the owning framework
     * @param name a readable name, not blank
     * @param description what it covers, may be empty but not null
     */
    public Theme {
        Checks.notNull(id, "theme id");
        Checks.notNull(framework, "theme framework");
        Checks.notBlank(name, "theme name");
        Checks.notNull(description, "theme description");
    }
}
