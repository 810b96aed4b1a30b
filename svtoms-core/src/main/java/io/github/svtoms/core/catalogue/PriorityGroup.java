package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;

import java.util.List;

/**
 * A group of people a buyer wants suppliers to hire or support, e.g. care leavers or veterans, tied
 * to the disadvantaged-hire measures that count them. ELFT asks each supplier to pick the three most
 * relevant of its fourteen groups.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param id the group id
 * @param name a readable name
 * @param description who belongs, may be empty
 * @param measures the measures that count hires or support for this group, in order
 */
public record PriorityGroup(PriorityGroupId id, String name, String description, List<MeasureId> measures) {
    /**
     * Validates the group and copies the list.
     *
     * @param id the group id
     * @param name a readable name, not blank
     * @param description may be empty but not null
     * @param measures the measures, no nulls
     */
    public PriorityGroup {
        Checks.notNull(id, "priority group id");
        Checks.notBlank(name, "priority group name");
        Checks.notNull(description, "priority group description");
        measures = Lists.copyOf(measures, "priority group measures");
    }
}
