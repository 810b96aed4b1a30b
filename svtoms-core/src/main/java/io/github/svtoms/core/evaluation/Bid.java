package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.CurrencyMismatchException;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One supplier's bid as the evaluators scored it: its price, a mark (0–100) for each quality question,
 * marks for each marked social value criterion, and — when the scheme scores social value from proxy
 * value — the proxy value it commits, valued elsewhere and given here as {@link Money}.
 *
 * <p>Immutable and thread-safe; value equality over all components. The {@code with…} methods return
 * modified copies.
 *
 * @param id the bid id, unique within a tender
 * @param price the bid price, at least one minor unit of its currency and a whole number of minor units
 *        ({@link io.github.svtoms.core.Limits#statedMoney}), so that no bid shown as 0.00 can win
 * @param qualityMarks the mark of each quality criterion, each 0–100
 * @param socialValueMarks the marks of each marked social value criterion
 * @param committedProxyValue the proxy value the bid commits, at least 0 and in the price's currency, if given
 */
public record Bid(BidId id, Money price, Map<CriterionId, BigDecimal> qualityMarks,
                  Map<CriterionId, SocialValueMarks> socialValueMarks, Optional<Money> committedProxyValue) {
    /**
     * Validates and copies.
     *
     * @param id the id
     * @param price greater than 0
     * @param qualityMarks marks 0–100
     * @param socialValueMarks marks
     * @param committedProxyValue at least 0, same currency as {@code price}, or empty
     * @throws InvalidValueException when a value breaks its rule
     * @throws CurrencyMismatchException when the proxy value is in another currency than the price
     */
    public Bid {
        Checks.notNull(id, "bid id");
        Checks.notNull(price, "price of bid '" + id + "'");
        if (price.signum() <= 0) {
            throw new InvalidValueException("invalid price " + price + " of bid '" + id
                    + "': a bid price must be greater than 0");
        }
        io.github.svtoms.core.Limits.statedMoney(price.amount(), price.currency(), true, "price of bid '" + id + "'");
        qualityMarks = Numbers.orderedCopy(qualityMarks, "quality marks of bid '" + id + "'");
        for (Map.Entry<CriterionId, BigDecimal> mark : qualityMarks.entrySet()) {
            if (mark.getValue().signum() < 0 || mark.getValue().compareTo(Numbers.HUNDRED) > 0) {
                throw new InvalidValueException("invalid mark " + mark.getValue().toPlainString() + " for criterion '"
                        + mark.getKey() + "' of bid '" + id + "': a mark must be between 0 and 100");
            }
        }
        socialValueMarks = Numbers.orderedCopy(socialValueMarks, "social value marks of bid '" + id + "'");
        Checks.notNull(committedProxyValue, "committed proxy value of bid '" + id + "'");
        if (committedProxyValue.isPresent()) {
            Money proxy = committedProxyValue.get();
            if (!proxy.currency().equals(price.currency())) {
                throw new CurrencyMismatchException(price.currency(), proxy.currency());
            }
            if (proxy.isNegative()) {
                throw new InvalidValueException("invalid committed proxy value " + proxy + " of bid '" + id
                        + "': a committed proxy value must be at least 0");
            }
        }
    }

    /**
     * A bid with a price and no marks yet.
     *
     * @param id the id
     * @param price the price
     * @return the bid
     */
    public static Bid of(BidId id, Money price) {
        return new Bid(id, price, Map.of(), Map.of(), Optional.empty());
    }

    /**
     * A copy with a quality mark (replacing any earlier mark for that criterion).
     *
     * @param criterion the quality criterion
     * @param mark 0–100
     * @return the modified copy
     */
    public Bid withQualityMark(CriterionId criterion, BigDecimal mark) {
        Map<CriterionId, BigDecimal> marks = new LinkedHashMap<>(qualityMarks);
        marks.put(Checks.notNull(criterion, "criterion"), Checks.notNull(mark, "mark"));
        return new Bid(id, price, marks, socialValueMarks, committedProxyValue);
    }

    /**
     * A copy with social value marks (replacing any earlier marks for that criterion).
     *
     * @param criterion the social value criterion
     * @param marks the marks
     * @return the modified copy
     */
    public Bid withSocialValueMarks(CriterionId criterion, SocialValueMarks marks) {
        Map<CriterionId, SocialValueMarks> copy = new LinkedHashMap<>(socialValueMarks);
        copy.put(Checks.notNull(criterion, "criterion"), Checks.notNull(marks, "marks"));
        return new Bid(id, price, qualityMarks, copy, committedProxyValue);
    }

    /**
     * A copy with a committed proxy value.
     *
     * @param value at least 0, in the price's currency
     * @return the modified copy
     */
    public Bid withCommittedProxyValue(Money value) {
        return new Bid(id, price, qualityMarks, socialValueMarks, Optional.of(Checks.notNull(value, "committed proxy value")));
    }

    /**
     * A copy with another price.
     *
     * @param value greater than 0
     * @return the modified copy
     */
    public Bid withPrice(Money value) {
        return new Bid(id, value, qualityMarks, socialValueMarks, committedProxyValue);
    }
}
