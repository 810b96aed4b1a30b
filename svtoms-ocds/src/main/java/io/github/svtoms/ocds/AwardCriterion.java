package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.evaluation.CriterionKind;

import java.util.Optional;

/**
 * One award criterion as a notice gives it: its OCDS {@code type} ({@code price}, {@code cost} or
 * {@code quality}), name, description and weight, the svtoms {@link CriterionKind} it maps to, and — for
 * a quality criterion recognised as social value by a {@link SocialValueTerms term} in its name or
 * description — the term that matched.
 *
 * <p>Kinds: {@code price} and {@code cost} map to {@link CriterionKind#PRICE}; {@code quality} to
 * {@link CriterionKind#SOCIAL_VALUE} when recognised, else {@link CriterionKind#QUALITY}; a criterion
 * without a type (or with another one) is treated as quality.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param position the criterion's place in its list, from 1
 * @param name the name; when the notice gives none, the type (e.g. {@code "price"}); not blank
 * @param ocdsType the OCDS {@code type} as written, if any
 * @param kind the svtoms kind
 * @param description the description as written, if any
 * @param weight the weight, if one was given
 * @param socialValueTerm the recognised social value term; present exactly when the kind is social value
 * @param path the criterion's JSON path
 */
public record AwardCriterion(int position, String name, Optional<String> ocdsType, CriterionKind kind,
                             Optional<String> description, Optional<Weight> weight, Optional<String> socialValueTerm,
                             String path) {
    /**
     * Validates the criterion.
     *
     * @param position at least 1
     * @param name not blank
     * @param ocdsType optional
     * @param kind not null
     * @param description optional
     * @param weight optional
     * @param socialValueTerm present exactly for a social value criterion
     * @param path not blank
     * @throws InvalidValueException when a rule is broken
     */
    public AwardCriterion {
        if (position < 1) {
            throw new InvalidValueException("invalid criterion position " + position + ": must be at least 1");
        }
        Checks.notBlank(name, "criterion name");
        Checks.notNull(ocdsType, "criterion type");
        Checks.notNull(kind, "criterion kind");
        Checks.notNull(description, "criterion description");
        Checks.notNull(weight, "criterion weight");
        Checks.notNull(socialValueTerm, "social value term");
        if (socialValueTerm.isPresent() != (kind == CriterionKind.SOCIAL_VALUE)) {
            throw new InvalidValueException("criterion '" + name + "' of kind " + kind
                    + ": a social value criterion, and only one, names the term that recognised it");
        }
        Checks.notBlank(path, "criterion path");
    }

    /**
     * Whether this criterion was recognised as social value.
     *
     * @return {@code true} for {@link CriterionKind#SOCIAL_VALUE}
     */
    public boolean isSocialValue() {
        return kind == CriterionKind.SOCIAL_VALUE;
    }

    /**
     * A copy with another weight.
     *
     * @param value the weight
     * @return the copy
     */
    public AwardCriterion withWeight(Weight value) {
        return new AwardCriterion(position, name, ocdsType, kind, description, Optional.of(value), socialValueTerm, path);
    }
}
