package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One bid's place in a {@link TenderEvaluation}: its rank, exact total, quality-plus-social-value points,
 * price, the score on each criterion with its derivation, and which step of the tie rule placed it above
 * the next bid.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param bid the bid
 * @param rank 1 for the winner; ranks are distinct, because the tie rule ends with the (unique) bid id
 * @param price the bid price
 * @param total the exact total score, the sum of the criterion points
 * @param qualityAndSocialValue the exact sum of the quality and social value points
 * @param scores the score on each criterion, in the scheme's order
 * @param aboveNextBy which step of the tie rule placed this bid above the next; empty for the last bid
 */
public record BidResult(BidId bid, int rank, Money price, BigDecimal total, BigDecimal qualityAndSocialValue,
                        List<CriterionScore> scores, Optional<RankedBy> aboveNextBy) {
    /**
     * Validates and copies.
     *
     * @param bid the bid
     * @param rank at least 1
     * @param price the price
     * @param total the total
     * @param qualityAndSocialValue quality plus social value points
     * @param scores the scores
     * @param aboveNextBy the deciding step, or empty
     */
    public BidResult {
        Checks.notNull(bid, "bid");
        if (rank < 1) {
            throw new InvalidValueException("invalid rank " + rank + ": ranks start at 1");
        }
        Checks.notNull(price, "price");
        Checks.notNull(total, "total");
        Checks.notNull(qualityAndSocialValue, "quality and social value");
        scores = List.copyOf(Checks.notNull(scores, "scores"));
        Checks.notNull(aboveNextBy, "above next by");
    }

    /**
     * The score on one criterion.
     *
     * @param criterion the criterion
     * @return the score, or empty when the scheme has no such criterion
     */
    public Optional<CriterionScore> score(CriterionId criterion) {
        Checks.notNull(criterion, "criterion");
        return scores.stream().filter(s -> s.criterion().equals(criterion)).findFirst();
    }

    /**
     * How the total was reached, e.g. {@code "price 54 + quality 21 + social-value 6.8 = 81.8"}.
     *
     * @return the derivation of the total
     */
    public String totalDerivation() {
        return scores.stream().map(s -> s.criterion() + " " + Numbers.plain(s.points()))
                .collect(Collectors.joining(" + ")) + " = " + Numbers.plain(total);
    }

    /**
     * The total for display: 2 decimal places, {@link java.math.RoundingMode#HALF_EVEN}.
     *
     * @return e.g. {@code "81.80"}
     */
    public String displayTotal() {
        return Numbers.display(total);
    }
}
