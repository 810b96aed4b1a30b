package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One weighted criterion of an {@link EvaluationScheme}, e.g. "Price" 60 %, "Service quality" 30 %,
 * "Social value" 10 %.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param id the criterion id, unique within its scheme
 * @param name a readable name
 * @param kind price, quality or social value
 * @param weight the weight in percent of the total score: greater than 0 and at most 100
 * @param proxyValueMode for a {@link CriterionKind#SOCIAL_VALUE} criterion scored quantitatively from each
 *                       bid's committed proxy value, how; empty for a criterion marked on the 0–100 scale
 *                       (always empty for price and quality)
 */
public record Criterion(CriterionId id, String name, CriterionKind kind, BigDecimal weight,
                        Optional<ProxyValueMode> proxyValueMode) {
    /**
     * Validates the criterion.
     *
     * @param id the id
     * @param name not blank
     * @param kind the kind
     * @param weight in (0, 100]
     * @param proxyValueMode empty unless {@code kind} is social value
     * @throws InvalidValueException when a value breaks its rule
     */
    public Criterion {
        Checks.notNull(id, "criterion id");
        Checks.notBlank(name, "criterion name");
        Checks.notNull(kind, "criterion kind");
        Checks.notNull(weight, "criterion weight");
        if (weight.signum() <= 0 || weight.compareTo(Numbers.HUNDRED) > 0) {
            throw new InvalidValueException("invalid weight " + weight.toPlainString() + " of criterion '" + id
                    + "': a criterion weight must be greater than 0 and at most 100 percent");
        }
        Checks.notNull(proxyValueMode, "criterion proxy value mode");
        if (proxyValueMode.isPresent() && kind != CriterionKind.SOCIAL_VALUE) {
            throw new InvalidValueException("criterion '" + id + "' of kind " + kind
                    + " has a proxy value mode: only a SOCIAL_VALUE criterion can be scored from proxy value");
        }
    }

    /**
     * A price criterion.
     *
     * @param id the id
     * @param name the name
     * @param weight the weight in percent
     * @return the criterion
     */
    public static Criterion price(CriterionId id, String name, BigDecimal weight) {
        return new Criterion(id, name, CriterionKind.PRICE, weight, Optional.empty());
    }

    /**
     * A quality question marked on a 0–100 scale.
     *
     * @param id the id
     * @param name the name
     * @param weight the weight in percent
     * @return the criterion
     */
    public static Criterion quality(CriterionId id, String name, BigDecimal weight) {
        return new Criterion(id, name, CriterionKind.QUALITY, weight, Optional.empty());
    }

    /**
     * A social value criterion marked on a 0–100 scale (specified requirements and open question).
     *
     * @param id the id
     * @param name the name
     * @param weight the weight in percent
     * @return the criterion
     */
    public static Criterion socialValue(CriterionId id, String name, BigDecimal weight) {
        return new Criterion(id, name, CriterionKind.SOCIAL_VALUE, weight, Optional.empty());
    }

    /**
     * A social value criterion scored from each bid's committed proxy value.
     *
     * @param id the id
     * @param name the name
     * @param weight the weight in percent
     * @param mode how the proxy value becomes a score
     * @return the criterion
     */
    public static Criterion socialValueFromProxy(CriterionId id, String name, BigDecimal weight, ProxyValueMode mode) {
        return new Criterion(id, name, CriterionKind.SOCIAL_VALUE, weight, Optional.of(Checks.notNull(mode, "mode")));
    }

    /**
     * Whether bids are marked on this criterion by evaluators (quality, or social value not scored
     * from proxy value).
     *
     * @return {@code true} for a marked question
     */
    public boolean isMarked() {
        return kind != CriterionKind.PRICE && proxyValueMode.isEmpty();
    }
}
