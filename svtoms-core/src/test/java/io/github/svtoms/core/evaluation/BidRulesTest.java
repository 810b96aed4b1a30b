package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.money.CurrencyMismatchException;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.github.svtoms.core.evaluation.TenderEvaluationTest.BIDS;
import static io.github.svtoms.core.evaluation.TenderEvaluationTest.PRICE;
import static io.github.svtoms.core.evaluation.TenderEvaluationTest.QUALITY;
import static io.github.svtoms.core.evaluation.TenderEvaluationTest.SCHEME;
import static io.github.svtoms.core.evaluation.TenderEvaluationTest.SV;
import static io.github.svtoms.core.evaluation.TenderEvaluationTest.assertNumber;
import static io.github.svtoms.core.evaluation.TenderEvaluationTest.bid;
import static io.github.svtoms.core.evaluation.TenderEvaluationTest.proxyBid;
import static io.github.svtoms.core.evaluation.TenderEvaluationTest.proxyScheme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every rule a tender's bids are checked against, each with the exact message it gives. */
class BidRulesTest {
    private static String rejected(EvaluationScheme scheme, List<Bid> bids) {
        return assertThrows(InvalidValueException.class, () -> TenderEvaluation.evaluate(scheme, bids)).getMessage();
    }

    @Test
    void bidsMustBeUniqueInOneCurrencyAndMarkedOnEveryCriterion() {
        assertEquals("no bids to evaluate: a tender evaluation needs at least one bid", rejected(SCHEME, List.of()));
        assertEquals("duplicate bid id 'x': bid ids must be unique",
                rejected(SCHEME, List.of(bid("x", "100", 1, 1, 1), bid("y", "100", 1, 1, 1), bid("x", "200", 1, 1, 1))));
        Bid euro = Bid.of(BidId.of("y"), Money.of("100", "EUR")).withQualityMark(QUALITY, BigDecimal.ONE)
                .withSocialValueMarks(SV, SocialValueMarks.of(BigDecimal.ONE));
        var currency = assertThrows(CurrencyMismatchException.class,
                () -> TenderEvaluation.evaluate(SCHEME, List.of(bid("x", "100", 1, 1, 1), euro)));
        assertEquals(Money.currency("GBP"), currency.expected());
        assertEquals(Money.currency("EUR"), currency.actual());
        Bid noQuality = Bid.of(BidId.of("q"), Money.of("100", "GBP"))
                .withSocialValueMarks(SV, SocialValueMarks.of(BigDecimal.ONE));
        assertEquals("bid 'q' has no mark for criterion 'quality': every bid is scored on every criterion",
                rejected(SCHEME, List.of(noQuality)));
        Bid noSocialValue = Bid.of(BidId.of("s"), Money.of("100", "GBP")).withQualityMark(QUALITY, BigDecimal.ONE);
        assertEquals("bid 's' has no mark for criterion 'social-value': every bid is scored on every criterion",
                rejected(SCHEME, List.of(noSocialValue)));
        assertEquals("bid 's' has no committed proxy value for criterion 'social-value': every bid is scored on every "
                + "criterion", rejected(proxyScheme(ProxyValueMode.PER_POUND), List.of(noSocialValue)));
        // the second bid is checked as carefully as the first
        assertEquals("bid 's' has no mark for criterion 'social-value': every bid is scored on every criterion",
                rejected(SCHEME, List.of(bid("x", "100", 1, 1, 1), noSocialValue)));
    }

    @Test
    void marksMustBeForCriteriaOfTheirKind() {
        Bid unknown = bid("x", "100", 50, 50, 50).withQualityMark(CriterionId.of("other"), BigDecimal.ONE);
        var e = assertThrows(UnknownIdException.class, () -> TenderEvaluation.evaluate(SCHEME, List.of(unknown)));
        assertEquals("bid 'x' has marks for unknown criterion 'other': not in the evaluation scheme", e.getMessage());
        Bid unknownSv = bid("x", "100", 50, 50, 50).withSocialValueMarks(CriterionId.of("other"),
                SocialValueMarks.of(BigDecimal.ONE));
        e = assertThrows(UnknownIdException.class, () -> TenderEvaluation.evaluate(SCHEME, List.of(unknownSv)));
        assertEquals("bid 'x' has marks for unknown criterion 'other': not in the evaluation scheme", e.getMessage());
        assertEquals("bid 'x' has QUALITY marks for criterion 'social-value', which is a SOCIAL_VALUE criterion",
                rejected(SCHEME, List.of(bid("x", "100", 50, 50, 50).withQualityMark(SV, BigDecimal.ONE))));
        assertEquals("bid 'x' has QUALITY marks for criterion 'price', which is a PRICE criterion",
                rejected(SCHEME, List.of(bid("x", "100", 50, 50, 50).withQualityMark(PRICE, BigDecimal.ONE))));
        assertEquals("bid 'x' has SOCIAL_VALUE marks for criterion 'quality', which is a QUALITY criterion",
                rejected(SCHEME, List.of(bid("x", "100", 50, 50, 50).withSocialValueMarks(QUALITY,
                        SocialValueMarks.of(BigDecimal.ONE)))));
        Bid marked = proxyBid("p", "100", 50, "10").withSocialValueMarks(SV, SocialValueMarks.of(BigDecimal.ONE));
        assertEquals("bid 'p' has SOCIAL_VALUE marks for criterion 'social-value', which is a SOCIAL_VALUE criterion "
                + "scored from proxy value", rejected(proxyScheme(ProxyValueMode.RELATIVE_TO_BEST), List.of(marked)));
    }

    private static PriceScoring fixed(String name, BigDecimal points) {
        return new PriceScoring() {
            @Override
            public String methodName() {
                return name;
            }

            @Override
            public ScoreDerivation score(BigDecimal p, List<BigDecimal> all, BigDecimal weight) {
                return points == null ? null : new ScoreDerivation(points, "fixed", Map.of());
            }
        };
    }

    @Test
    void aPriceMethodMayGiveFrom0ToTheWeightInclusive() {
        assertNumber("60", TenderEvaluation.evaluate(SCHEME.withPriceScoring(fixed("all", new BigDecimal("60"))), BIDS)
                .result(BidId.of("bid-a")).score(PRICE).orElseThrow().points());
        assertNumber("0", TenderEvaluation.evaluate(SCHEME.withPriceScoring(fixed("none", BigDecimal.ZERO)), BIDS)
                .result(BidId.of("bid-a")).score(PRICE).orElseThrow().points());
        assertEquals("price scoring method 'over' gave 60.01 points for bid 'bid-a': price points must be between 0 and "
                + "the weight 60", rejected(SCHEME.withPriceScoring(fixed("over", new BigDecimal("60.01"))), BIDS));
        assertEquals("price scoring method 'under' gave -0.01 points for bid 'bid-a': price points must be between 0 "
                + "and the weight 60", rejected(SCHEME.withPriceScoring(fixed("under", new BigDecimal("-0.01"))), BIDS));
        assertEquals("price scoring method 'null' gave no result for bid 'bid-a': price points must be between 0 and "
                + "the weight 60", rejected(SCHEME.withPriceScoring(fixed("null", null)), BIDS));
    }

    @Test
    void whenNobodyCommitsProxyValueEveryBidScoresZeroInBothModes() {
        for (ProxyValueMode mode : ProxyValueMode.values()) {
            var r = TenderEvaluation.evaluate(proxyScheme(mode),
                    List.of(proxyBid("x", "100", 50, "0"), proxyBid("y", "200", 50, "0")));
            for (String id : List.of("x", "y")) {
                CriterionScore s = r.result(BidId.of(id)).score(SV).orElseThrow();
                assertNumber("0", s.points());
                assertEquals(mode.modeName() + ": no bid commits any proxy value, so every bid scores 0 on this criterion",
                        s.derivation().text());
            }
        }
        // one bid commits something: per pound, x gives 10 / 100 = 0.1 per pound, y 0 → x 10 points, y 0
        var one = TenderEvaluation.evaluate(proxyScheme(ProxyValueMode.PER_POUND),
                List.of(proxyBid("x", "100", 50, "10"), proxyBid("y", "200", 50, "0")));
        assertNumber("10", one.result(BidId.of("x")).score(SV).orElseThrow().points());
        assertNumber("0", one.result(BidId.of("y")).score(SV).orElseThrow().points());
    }
}
