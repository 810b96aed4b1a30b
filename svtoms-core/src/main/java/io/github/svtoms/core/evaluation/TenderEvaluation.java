package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Bids scored against an {@link EvaluationScheme} and ranked.
 *
 * <p><b>Scoring.</b> Price: the scheme's {@link PriceScoring} method. Quality: {@code mark × weight ÷ 100}.
 * Marked social value: {@code (specified × specifiedShare + open × openShare) ÷ 100 × weight ÷ 100}.
 * Social value from proxy value: the criterion's {@link ProxyValueMode}. Every bid must be marked on every
 * marked criterion and, when a criterion is scored from proxy value, state its committed proxy value. Scores
 * are exact (divisions in {@link java.math.MathContext#DECIMAL128}); only {@code display…} methods round.
 *
 * <p><b>Tie rule.</b> Bids are ranked by, in order: higher total; then higher quality plus social value
 * points; then lower price; then bid id in alphabetical order. The last step makes every rank distinct; each
 * result names the step that placed it above the next ({@link BidResult#aboveNextBy()}).
 *
 * <p>Immutable and thread-safe; value equality over the ranking.
 *
 * @param ranking the results, best first
 */
public record TenderEvaluation(List<BidResult> ranking) {
    /** The tie rule as a comparator over results: best first. */
    private static final Comparator<BidResult> ORDER = Comparator.comparing(BidResult::total).reversed()
            .thenComparing(Comparator.comparing(BidResult::qualityAndSocialValue).reversed())
            .thenComparing(BidResult::price, Money::compareTo)
            .thenComparing(BidResult::bid);

    /**
     * Copies the ranking.
     *
     * @param ranking the results, best first
     */
    public TenderEvaluation {
        ranking = List.copyOf(Checks.notNull(ranking, "ranking"));
    }

    /**
     * Scores and ranks bids.
     *
     * @param scheme the scheme
     * @param bids at least one; ids unique; prices in one currency
     * @return the ranking
     * @throws io.github.svtoms.core.InvalidValueException when a bid is missing a mark or a proxy value, marks a
     *                                                     criterion of another kind, or ids repeat
     * @throws UnknownIdException when a bid marks a criterion the scheme does not have
     * @throws io.github.svtoms.core.money.CurrencyMismatchException when prices are in different currencies
     */
    public static TenderEvaluation evaluate(EvaluationScheme scheme, List<Bid> bids) {
        Checks.notNull(scheme, "scheme");
        List<Bid> all = List.copyOf(Checks.notNull(bids, "bids"));
        BidScorer scorer = new BidScorer(scheme, all);
        List<BidResult> unranked = new ArrayList<>();
        for (Bid bid : all) {
            List<CriterionScore> scores = scorer.score(bid, all);
            BigDecimal total = scores.stream().map(CriterionScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal qs = scores.stream().filter(s -> s.kind() != CriterionKind.PRICE).map(CriterionScore::points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            unranked.add(new BidResult(bid.id(), 1, bid.price(), total, qs, scores, Optional.empty()));
        }
        unranked.sort(ORDER);
        List<BidResult> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            BidResult r = unranked.get(i);
            Optional<RankedBy> by = i + 1 < unranked.size() ? Optional.of(decider(r, unranked.get(i + 1))) : Optional.empty();
            ranked.add(new BidResult(r.bid(), i + 1, r.price(), r.total(), r.qualityAndSocialValue(), r.scores(), by));
        }
        return new TenderEvaluation(ranked);
    }

    private static RankedBy decider(BidResult a, BidResult b) {
        if (a.total().compareTo(b.total()) != 0) {
            return RankedBy.TOTAL;
        }
        if (a.qualityAndSocialValue().compareTo(b.qualityAndSocialValue()) != 0) {
            return RankedBy.QUALITY_AND_SOCIAL_VALUE;
        }
        if (a.price().compareTo(b.price()) != 0) {
            return RankedBy.PRICE;
        }
        return RankedBy.BID_ID;
    }

    /**
     * The winning bid's result.
     *
     * @return the result ranked 1
     */
    public BidResult winner() {
        return ranking.get(0);
    }

    /**
     * One bid's result.
     *
     * @param bid the bid id
     * @return its result
     * @throws UnknownIdException when no bid has that id
     */
    public BidResult result(BidId bid) {
        Checks.notNull(bid, "bid");
        return ranking.stream().filter(r -> r.bid().equals(bid)).findFirst()
                .orElseThrow(() -> new UnknownIdException("unknown bid '" + bid + "': not in this evaluation"));
    }
}
