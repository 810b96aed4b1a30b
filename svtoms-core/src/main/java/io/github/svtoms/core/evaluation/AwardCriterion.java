package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;

/**
 * One award criterion as a tender publishes it: its id, name, kind and relative importance in any of the
 * forms s.23 allows (a percentage, a rank or a description). Unlike a scoring {@link Criterion}, it need not
 * carry a percentage; OCDS carries it in {@code awardCriteria.criteria[]} ({@code type}, {@code name},
 * {@code numbers[].weight}).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param id the criterion id, unique within its tender
 * @param name a readable name
 * @param kind price, quality or social value
 * @param importance its relative importance
 */
public record AwardCriterion(CriterionId id, String name, CriterionKind kind, Importance importance) {
    /**
     * Validates the criterion.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or the name is blank
     */
    public AwardCriterion {
        Checks.notNull(id, "criterion id");
        Checks.notBlank(name, "criterion name");
        Checks.notNull(kind, "criterion kind");
        Checks.notNull(importance, "importance of criterion '" + id + "'");
    }

    /**
     * The published form of a scoring criterion: its weight as a percentage.
     *
     * @param criterion the scoring criterion
     * @return the award criterion
     */
    public static AwardCriterion of(Criterion criterion) {
        Checks.notNull(criterion, "criterion");
        return new AwardCriterion(criterion.id(), criterion.name(), criterion.kind(),
                Importance.percent(criterion.weight()));
    }
}
