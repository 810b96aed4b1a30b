package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.ThemeId;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a tender's bids are evaluated: weighted criteria that add up to exactly 100 %, at most one of them
 * price; the split of marked social value between specified requirements and an open question (default
 * 60 / 40, Kent); the price scoring method (default {@link StandardPriceScoring#LOWEST_PRICE}); and,
 * optionally, the social value themes the social value criteria cover and the number of social value
 * outcomes in the tender, which {@link #check(Framework)} tests against a framework's rules.
 *
 * <p>Immutable and thread-safe (provided the {@link PriceScoring} is, as its contract requires); value
 * equality over all components. The {@code with…} methods return modified copies.
 *
 * @param criteria the criteria in order; ids unique, weights adding up to exactly 100
 * @param socialValueSplit the split of marked social value criteria
 * @param priceScoring how price is scored
 * @param socialValueThemes the themes the social value criteria cover, no duplicates (may be empty)
 * @param socialValueOutcomes how many social value outcomes the tender sets, at least 0, if stated
 */
public record EvaluationScheme(List<Criterion> criteria, SocialValueSplit socialValueSplit, PriceScoring priceScoring,
                               List<ThemeId> socialValueThemes, Optional<Integer> socialValueOutcomes) {
    /**
     * Validates the scheme and copies its lists.
     *
     * @param criteria weights adding up to exactly 100, at most one price criterion, ids unique
     * @param socialValueSplit the split
     * @param priceScoring the price method
     * @param socialValueThemes no duplicates
     * @param socialValueOutcomes at least 0, or empty
     * @throws InvalidValueException when a rule is broken; the message names the sum of the weights when
     *                               they do not add up to 100
     */
    public EvaluationScheme {
        criteria = List.copyOf(Checks.notNull(criteria, "criteria"));
        Checks.notNull(socialValueSplit, "social value split");
        Checks.notNull(priceScoring, "price scoring");
        socialValueThemes = List.copyOf(Checks.notNull(socialValueThemes, "social value themes"));
        Checks.notNull(socialValueOutcomes, "social value outcomes");
        Set<CriterionId> ids = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        int prices = 0;
        for (Criterion c : criteria) {
            if (!ids.add(c.id())) {
                throw new InvalidValueException("duplicate criterion id '" + c.id() + "': criterion ids must be unique");
            }
            sum = sum.add(c.weight());
            if (c.kind() == CriterionKind.PRICE) {
                prices++;
            }
        }
        if (sum.compareTo(Numbers.HUNDRED) != 0) {
            throw new InvalidValueException("criteria weights add up to " + Numbers.plain(sum)
                    + ", not 100: the weights of an evaluation scheme must add up to exactly 100 percent");
        }
        if (prices > 1) {
            throw new InvalidValueException("the scheme has " + prices
                    + " price criteria: an evaluation scheme has at most one PRICE criterion");
        }
        if (new HashSet<>(socialValueThemes).size() != socialValueThemes.size()) {
            throw new InvalidValueException("duplicate theme in social value themes " + socialValueThemes);
        }
        socialValueOutcomes.ifPresent(n -> {
            if (n < 0) {
                throw new InvalidValueException("invalid number of social value outcomes " + n + ": must be at least 0");
            }
        });
    }

    /**
     * A scheme with the default 60 / 40 split, lowest-price scoring, no themes and no outcome count.
     *
     * @param criteria the criteria
     * @return the scheme
     */
    public static EvaluationScheme of(List<Criterion> criteria) {
        return new EvaluationScheme(criteria, SocialValueSplit.KENT_DEFAULT, StandardPriceScoring.LOWEST_PRICE,
                List.of(), Optional.empty());
    }

    /**
     * A copy with another social value split.
     *
     * @param split the split
     * @return the modified copy
     */
    public EvaluationScheme withSocialValueSplit(SocialValueSplit split) {
        return new EvaluationScheme(criteria, split, priceScoring, socialValueThemes, socialValueOutcomes);
    }

    /**
     * A copy with another price scoring method.
     *
     * @param method the method
     * @return the modified copy
     */
    public EvaluationScheme withPriceScoring(PriceScoring method) {
        return new EvaluationScheme(criteria, socialValueSplit, method, socialValueThemes, socialValueOutcomes);
    }

    /**
     * A copy with the themes the social value criteria cover.
     *
     * @param themes the themes
     * @return the modified copy
     */
    public EvaluationScheme withSocialValueThemes(List<ThemeId> themes) {
        return new EvaluationScheme(criteria, socialValueSplit, priceScoring, themes, socialValueOutcomes);
    }

    /**
     * A copy stating the number of social value outcomes in the tender.
     *
     * @param count at least 0
     * @return the modified copy
     */
    public EvaluationScheme withSocialValueOutcomes(int count) {
        return new EvaluationScheme(criteria, socialValueSplit, priceScoring, socialValueThemes, Optional.of(count));
    }

    /**
     * The criterion with this id.
     *
     * @param id the id
     * @return the criterion
     * @throws UnknownIdException when the scheme has no such criterion
     */
    public Criterion criterion(CriterionId id) {
        Checks.notNull(id, "criterion id");
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownIdException("unknown criterion '" + id + "': not in the evaluation scheme"));
    }

    /**
     * The price criterion, if any.
     *
     * @return the price criterion or empty
     */
    public Optional<Criterion> priceCriterion() {
        return criteria.stream().filter(c -> c.kind() == CriterionKind.PRICE).findFirst();
    }

    /**
     * The total weight of criteria of a kind, in percent.
     *
     * @param kind the kind
     * @return the sum of their weights (0 when there is none)
     */
    public BigDecimal weighting(CriterionKind kind) {
        Checks.notNull(kind, "kind");
        return criteria.stream().filter(c -> c.kind() == kind).map(Criterion::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The social value weighting: the total weight of the social value criteria, in percent.
     *
     * @return the weighting
     */
    public BigDecimal socialValueWeighting() {
        return weighting(CriterionKind.SOCIAL_VALUE);
    }

    /**
     * The part of the total score for specified social value requirements: the weight of the marked
     * social value criteria × the split's specified share ÷ 100 (10 % social value at 60 / 40 → 6 %).
     *
     * @return percent of the total score, exact
     */
    public BigDecimal specifiedRequirementsWeighting() {
        return markedSocialValueWeight().multiply(socialValueSplit.specifiedPercent()).divide(Numbers.HUNDRED);
    }

    /**
     * The part of the total score for the social value open question (10 % at 60 / 40 → 4 %).
     *
     * @return percent of the total score, exact
     */
    public BigDecimal openQuestionWeighting() {
        return markedSocialValueWeight().multiply(socialValueSplit.openPercent()).divide(Numbers.HUNDRED);
    }

    private BigDecimal markedSocialValueWeight() {
        return criteria.stream().filter(c -> c.kind() == CriterionKind.SOCIAL_VALUE && c.isMarked())
                .map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The scheme's criteria as a tender publishes them: each weighted by its percentage (s.23).
     *
     * @return the award criteria
     */
    public AwardCriteria awardCriteria() {
        return AwardCriteria.of(this);
    }

    /**
     * Checks the scheme against a framework's rules.
     *
     * @param framework the framework, e.g. {@code nhs-2022}
     * @return one finding per rule the framework sets
     */
    public FrameworkCheck check(Framework framework) {
        return FrameworkCheck.of(this, framework);
    }
}
