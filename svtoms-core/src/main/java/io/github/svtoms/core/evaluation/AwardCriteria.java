package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tender's award criteria as published, with their relative importance in any form s.23 allows. The
 * social value weighting is known only when every social value criterion has a percentage weight.
 *
 * <p>Immutable and thread-safe; value equality over the list.
 *
 * @param criteria the criteria in order, ids unique
 */
public record AwardCriteria(List<AwardCriterion> criteria) {
    /**
     * Validates and copies.
     *
     * @throws InvalidValueException when an id repeats or an element is null
     */
    public AwardCriteria {
        Checks.notNull(criteria, "award criteria");
        Set<CriterionId> ids = new HashSet<>();
        for (AwardCriterion c : criteria) {
            Checks.notNull(c, "award criterion");
            if (!ids.add(c.id())) {
                throw new InvalidValueException("duplicate criterion id '" + c.id() + "': criterion ids must be unique");
            }
        }
        criteria = List.copyOf(criteria);
    }

    /**
     * The published criteria of a scoring scheme: every one weighted by percentage.
     *
     * @param scheme the scheme
     * @return the criteria
     */
    public static AwardCriteria of(EvaluationScheme scheme) {
        Checks.notNull(scheme, "scheme");
        return new AwardCriteria(scheme.criteria().stream().map(AwardCriterion::of).toList());
    }

    /**
     * The social value criteria, in order.
     *
     * @return the criteria of kind {@link CriterionKind#SOCIAL_VALUE}
     */
    public List<AwardCriterion> socialValueCriteria() {
        return criteria.stream().filter(c -> c.kind() == CriterionKind.SOCIAL_VALUE).toList();
    }

    /**
     * The social value weighting: the sum of the social value criteria's percentages, 0 when there is no social
     * value criterion.
     *
     * @return the weighting in percent, or empty when a social value criterion is ranked or described
     */
    public Optional<BigDecimal> socialValueWeighting() {
        BigDecimal sum = BigDecimal.ZERO;
        for (AwardCriterion c : socialValueCriteria()) {
            if (!(c.importance() instanceof Importance.Percentage p)) {
                return Optional.empty();
            }
            sum = sum.add(p.percent());
        }
        return Optional.of(sum);
    }
}
