package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.Checks;

import java.util.List;
import java.util.Optional;

/**
 * A social value framework: either one that owns themes, outcomes and measures
 * ({@link FrameworkKind#MEASURES}, e.g. {@code svtoms-open}) or a priority framework
 * ({@link FrameworkKind#PRIORITIES}, e.g. {@code kent}, {@code nhs-2022}) whose priorities map onto
 * measures, with its {@link FrameworkRules rules}.
 *
 * <p>Immutable and thread-safe; value equality over all components. Consistency with the rest of a
 * catalogue (priority ids unique, references resolving) is checked by {@link Catalogue.Builder#build()}.
 *
 * @param id the framework id
 * @param kind whether it owns measures or maps priorities onto them
 * @param name a readable name
 * @param publisher who publishes it
 * @param edition its edition, e.g. {@code 2025.1} or {@code 2022}
 * @param description what it is, may be empty
 * @param url where it is published, if known
 * @param licence the licence of the framework's text, if known
 * @param rules its tender rules
 * @param priorityGroups the catalogue priority groups it uses, in order
 * @param priorities its priorities in order (empty for a measure-owning framework)
 */
public record Framework(FrameworkId id, FrameworkKind kind, String name, String publisher, String edition,
                        String description, Optional<String> url, Optional<String> licence, FrameworkRules rules,
                        List<PriorityGroupId> priorityGroups, List<Priority> priorities) {
    /**
     * Validates the framework and copies its lists.
     *
     * @param id the id
     * @param kind the kind
     * @param name not blank
     * @param publisher not blank
     * @param edition not blank
     * @param description may be empty but not null
     * @param url the URL or empty
     * @param licence the licence or empty
     * @param rules the rules ({@link FrameworkRules#NONE} for none)
     * @param priorityGroups no nulls
     * @param priorities no nulls
     */
    public Framework {
        Checks.notNull(id, "framework id");
        Checks.notNull(kind, "framework kind");
        Checks.notBlank(name, "framework name");
        Checks.notBlank(publisher, "framework publisher");
        Checks.notBlank(edition, "framework edition");
        Checks.notNull(description, "framework description");
        Checks.notNull(url, "framework url");
        Checks.notNull(licence, "framework licence");
        Checks.notNull(rules, "framework rules");
        priorityGroups = Lists.copyOf(priorityGroups, "framework priority groups");
        priorities = Lists.copyOf(priorities, "framework priorities");
    }

    /**
     * A measure-owning framework with no rules, URL or licence.
     *
     * @param id the id
     * @param name the name
     * @param publisher the publisher
     * @param edition the edition
     * @return the framework
     */
    public static Framework ofMeasures(FrameworkId id, String name, String publisher, String edition) {
        return new Framework(id, FrameworkKind.MEASURES, name, publisher, edition, "", Optional.empty(),
                Optional.empty(), FrameworkRules.NONE, List.of(), List.of());
    }

    /**
     * A priority framework.
     *
     * @param id the id
     * @param name the name
     * @param publisher the publisher
     * @param edition the edition
     * @param rules its rules
     * @param priorities its priorities
     * @return the framework
     */
    public static Framework ofPriorities(FrameworkId id, String name, String publisher, String edition,
                                         FrameworkRules rules, List<Priority> priorities) {
        return new Framework(id, FrameworkKind.PRIORITIES, name, publisher, edition, "", Optional.empty(),
                Optional.empty(), rules, List.of(), priorities);
    }

    /**
     * The priority with this id.
     *
     * @param priorityId the id
     * @return the priority, or empty
     */
    public Optional<Priority> priority(PriorityId priorityId) {
        Checks.notNull(priorityId, "priority id");
        return priorities.stream().filter(p -> p.id().equals(priorityId)).findFirst();
    }
}
