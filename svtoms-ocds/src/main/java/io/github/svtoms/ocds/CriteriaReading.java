package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.evaluation.EvaluationScheme;

import java.util.List;
import java.util.Optional;

/**
 * The award criteria of a notice or a lot, what their weights allow ({@link Weighting}), the
 * {@link EvaluationScheme} they define when every weight is a percentage (given or derived) and the
 * percentages add up to 100, and the reasons when they do not.
 *
 * <p>The scheme's criteria have ids {@code criterion-1}, {@code criterion-2}, … by position; a criterion
 * weighted 0 % is left out of it (an svtoms criterion weighs more than 0).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param weighting what the weights allow
 * @param criteria the criteria in the notice's order (empty when none is published, or when they vary by lot)
 * @param scheme the evaluation scheme; present exactly when the weighting is {@link Weighting#PERCENTAGES}
 * @param reasons why the weights cannot be used; at least one when the weighting is
 *                {@link Weighting#INCOMPLETE}, none when a scheme is present
 * @param source where the criteria were read: a JSON path, or how they were taken from the lots
 * @param provenance {@link Provenance#INFERRED} when the criteria were taken from the lots for the
 *                   whole notice, or from the notice's {@code awardCriteria} code alone
 */
public record CriteriaReading(Weighting weighting, List<AwardCriterion> criteria, Optional<EvaluationScheme> scheme,
                              List<Reason> reasons, String source, Provenance provenance) {
    /**
     * Validates the reading and copies its lists.
     *
     * @param weighting not null
     * @param criteria not null
     * @param scheme present exactly for percentages
     * @param reasons none with a scheme, some when incomplete
     * @param source not blank
     * @param provenance not null
     * @throws InvalidValueException when a rule is broken
     */
    public CriteriaReading {
        Checks.notNull(weighting, "weighting");
        criteria = List.copyOf(Checks.notNull(criteria, "criteria"));
        Checks.notNull(scheme, "scheme");
        reasons = List.copyOf(Checks.notNull(reasons, "reasons"));
        Checks.notBlank(source, "criteria source");
        Checks.notNull(provenance, "provenance");
        if (scheme.isPresent() != (weighting == Weighting.PERCENTAGES)) {
            throw new InvalidValueException("weighting " + weighting + (scheme.isPresent() ? " with" : " without")
                    + " a scheme: a scheme is present exactly when the weights are percentages");
        }
        if (scheme.isPresent() && !reasons.isEmpty()) {
            throw new InvalidValueException("a criteria reading with a scheme has no reasons");
        }
        if (weighting == Weighting.INCOMPLETE && reasons.isEmpty()) {
            throw new InvalidValueException("incomplete weights need at least one reason");
        }
        if ((weighting == Weighting.NONE_PUBLISHED || weighting == Weighting.VARIES_BY_LOT) && !criteria.isEmpty()) {
            throw new InvalidValueException("weighting " + weighting + " lists no criteria, but " + criteria.size()
                    + " were given");
        }
    }

    /**
     * No criteria in the notice.
     *
     * @param looked where they were looked for
     * @param reasons why, when something specific is known (e.g. the lots differ); usually none
     * @return the reading
     */
    public static CriteriaReading none(String looked, List<Reason> reasons) {
        return new CriteriaReading(Weighting.NONE_PUBLISHED, List.of(), Optional.empty(), reasons,
                "no award criteria (looked at " + looked + ")", Provenance.READ);
    }

    /**
     * The reading of a whole notice whose lots have different criteria.
     *
     * @param looked where they were looked for
     * @param reason the reason saying so
     * @return the reading
     */
    public static CriteriaReading variesByLot(String looked, Reason reason) {
        return new CriteriaReading(Weighting.VARIES_BY_LOT, List.of(), Optional.empty(), List.of(reason),
                "different in each lot (see " + looked + ")", Provenance.READ);
    }

    /**
     * Whether any criterion was published: in this reading, or — for a whole notice whose lots differ —
     * in its lots.
     *
     * @return {@code true} unless the weighting is {@link Weighting#NONE_PUBLISHED}
     */
    public boolean isPublished() {
        return weighting != Weighting.NONE_PUBLISHED;
    }
}
