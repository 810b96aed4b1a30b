package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;

import java.util.List;
import java.util.Optional;

/**
 * A priority of a priority framework, e.g. Kent's "Buy Kent First" or ELFT's "Real Living Wage",
 * mapped onto the measures that serve it. A priority may have a parent in the same framework (a
 * theme-level priority with outcome-level children, as in BSol's framework).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param id the priority id, unique within its framework
 * @param name a readable name
 * @param description what the buyer means by it, may be empty
 * @param parent the parent priority in the same framework, if any
 * @param measures the measures that serve it directly, in order (may be empty for a principle no
 *                 measure serves)
 */
public record Priority(PriorityId id, String name, String description, Optional<PriorityId> parent,
                       List<MeasureId> measures) {
    /**
     * Validates the priority and copies the list.
     *
     * @param id the priority id
     * @param name a readable name, not blank
     * @param description may be empty but not null
     * @param parent the parent, or empty
     * @param measures the measures, no nulls
     */
    public Priority {
        Checks.notNull(id, "priority id");
        Checks.notBlank(name, "priority name");
        Checks.notNull(description, "priority description");
        Checks.notNull(parent, "priority parent");
        measures = Lists.copyOf(measures, "priority measures");
    }

    /**
     * A top-level priority.
     *
     * @param id the id
     * @param name the name
     * @param description the description
     * @param measures the measures that serve it
     * @return the priority
     */
    public static Priority of(PriorityId id, String name, String description, List<MeasureId> measures) {
        return new Priority(id, name, description, Optional.empty(), measures);
    }
}
