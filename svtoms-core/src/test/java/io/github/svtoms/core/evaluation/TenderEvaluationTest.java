package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.money.CurrencyMismatchException;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.core.evaluation.EvaluationSchemeTest.price;
import static io.github.svtoms.core.evaluation.EvaluationSchemeTest.quality;
import static io.github.svtoms.core.evaluation.EvaluationSchemeTest.sv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenderEvaluationTest {
    static final CriterionId PRICE = CriterionId.of("price");
    static final CriterionId QUALITY = CriterionId.of("quality");
    static final CriterionId SV = CriterionId.of("social-value");

    static final EvaluationScheme SCHEME = EvaluationScheme.of(List.of(price("60"), quality("30"), sv("10")));

    static Bid bid(String id, String price, int quality, int specified, int open) {
        return Bid.of(BidId.of(id), Money.of(price, "GBP"))
                .withQualityMark(QUALITY, BigDecimal.valueOf(quality))
                .withSocialValueMarks(SV, new SocialValueMarks(BigDecimal.valueOf(specified), BigDecimal.valueOf(open)));
    }

    static final List<Bid> BIDS = List.of(
            bid("bid-a", "100000", 70, 80, 50),
            bid("bid-b", "90000", 60, 50, 50),
            bid("bid-c", "120000", 90, 100, 75));

    static void assertNumber(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    /*
     * Weights 60 price / 30 quality / 10 social value; split 60 / 40; lowest-price scoring.
     *   bid-a: price 90000 / 100000 × 60 = 54;  quality 70 × 30 / 100 = 21;
     *          social value (80 × 0.6 + 50 × 0.4) = 68 → 68 × 10 / 100 = 6.8;  total 81.8
     *   bid-b: price 90000 / 90000 × 60 = 60;   quality 60 × 0.3 = 18;
     *          social value (50 × 0.6 + 50 × 0.4) = 50 → 5;                    total 83
     *   bid-c: price 90000 / 120000 × 60 = 45;  quality 90 × 0.3 = 27;
     *          social value (100 × 0.6 + 75 × 0.4) = 90 → 9;                   total 81
     * Ranking: bid-b 83, bid-a 81.8, bid-c 81.
     */
    @Test
    void threeBidTenderWithLowestPriceScoring() {
        var result = TenderEvaluation.evaluate(SCHEME, BIDS);
        assertEquals(List.of("bid-b", "bid-a", "bid-c"), result.ranking().stream().map(r -> r.bid().value()).toList());
        var a = result.result(BidId.of("bid-a"));
        assertNumber("54", a.score(PRICE).orElseThrow().points());
        assertNumber("21", a.score(QUALITY).orElseThrow().points());
        assertNumber("6.8", a.score(SV).orElseThrow().points());
        assertNumber("81.8", a.total());
        assertNumber("27.8", a.qualityAndSocialValue());
        assertEquals(2, a.rank());
        var b = result.winner();
        assertEquals(BidId.of("bid-b"), b.bid());
        assertNumber("60", b.score(PRICE).orElseThrow().points());
        assertNumber("18", b.score(QUALITY).orElseThrow().points());
        assertNumber("5", b.score(SV).orElseThrow().points());
        assertNumber("83", b.total());
        var c = result.result(BidId.of("bid-c"));
        assertNumber("45", c.score(PRICE).orElseThrow().points());
        assertNumber("27", c.score(QUALITY).orElseThrow().points());
        assertNumber("9", c.score(SV).orElseThrow().points());
        assertNumber("81", c.total());
        assertEquals(Optional.of(RankedBy.TOTAL), b.aboveNextBy());
        assertEquals(Optional.empty(), c.aboveNextBy());
        assertEquals("81.80", a.displayTotal());
        assertEquals("6.80", a.score(SV).orElseThrow().displayPoints());
        assertEquals("price 54 + quality 21 + social-value 6.8 = 81.8", a.totalDerivation());
    }

    @Test
    void derivationsCarryTheExactInputs() {
        var a = TenderEvaluation.evaluate(SCHEME, BIDS).result(BidId.of("bid-a"));
        ScoreDerivation price = a.score(PRICE).orElseThrow().derivation();
        assertEquals("lowest-price: lowest price 90000 ÷ bid price 100000 × weight 60 = 54", price.text());
        assertEquals(List.of("lowestPrice", "bidPrice", "weight"), List.copyOf(price.inputs().keySet()));
        assertNumber("90000", price.inputs().get("lowestPrice"));
        ScoreDerivation social = a.score(SV).orElseThrow().derivation();
        assertEquals("(specified 80 × 60% + open 50 × 40%) = 68 of 100 × weight 10 = 6.8", social.text());
        assertNumber("68", social.inputs().get("combinedMark"));
        assertEquals("mark 70 of 100 × weight 30 = 21", a.score(QUALITY).orElseThrow().derivation().text());
    }

    /*
     * Linear: highest 120000, lowest 90000, range 30000.
     *   bid-a: (120000 − 100000) / 30000 × 60 = 40 → total 40 + 21 + 6.8 = 67.8
     *   bid-b: (120000 − 90000) / 30000 × 60 = 60 → total 83
     *   bid-c: 0 → total 0 + 27 + 9 = 36
     */
    @Test
    void threeBidTenderWithLinearScoring() {
        var result = TenderEvaluation.evaluate(SCHEME.withPriceScoring(StandardPriceScoring.LINEAR), BIDS);
        assertEquals(List.of("bid-b", "bid-a", "bid-c"), result.ranking().stream().map(r -> r.bid().value()).toList());
        assertNumber("40", result.result(BidId.of("bid-a")).score(PRICE).orElseThrow().points());
        assertNumber("67.8", result.result(BidId.of("bid-a")).total());
        assertNumber("0", result.result(BidId.of("bid-c")).score(PRICE).orElseThrow().points());
        assertNumber("36", result.result(BidId.of("bid-c")).total());
        // every price equal → full weight for every bid
        var same = TenderEvaluation.evaluate(SCHEME.withPriceScoring(StandardPriceScoring.LINEAR),
                List.of(bid("x", "5000", 50, 50, 50), bid("y", "5000", 40, 50, 50)));
        assertNumber("60", same.result(BidId.of("y")).score(PRICE).orElseThrow().points());
    }

    /*
     * Price 60 (lowest-price), quality 30, social value 10 scored from committed proxy value.
     * Committed: bid-a 15000, bid-b 9000, bid-c 30000.
     *   relative-to-best: a 15000 × 10 / 30000 = 5; b 9000 × 10 / 30000 = 3; c 10.
     *   per-pound: ratios a 15000/100000 = 0.15, b 9000/90000 = 0.1, c 30000/120000 = 0.25 (best)
     *              a 0.15 / 0.25 × 10 = 6; b 0.1 / 0.25 × 10 = 4; c 10.
     */
    @Test
    void socialValueFromCommittedProxyValue() {
        var proxyBids = List.of(
                proxyBid("bid-a", "100000", 70, "15000"),
                proxyBid("bid-b", "90000", 60, "9000"),
                proxyBid("bid-c", "120000", 90, "30000"));
        var relative = TenderEvaluation.evaluate(proxyScheme(ProxyValueMode.RELATIVE_TO_BEST), proxyBids);
        assertNumber("5", relative.result(BidId.of("bid-a")).score(SV).orElseThrow().points());
        assertNumber("3", relative.result(BidId.of("bid-b")).score(SV).orElseThrow().points());
        assertNumber("10", relative.result(BidId.of("bid-c")).score(SV).orElseThrow().points());
        var perPound = TenderEvaluation.evaluate(proxyScheme(ProxyValueMode.PER_POUND), proxyBids);
        assertNumber("6", perPound.result(BidId.of("bid-a")).score(SV).orElseThrow().points());
        assertNumber("4", perPound.result(BidId.of("bid-b")).score(SV).orElseThrow().points());
        assertNumber("10", perPound.result(BidId.of("bid-c")).score(SV).orElseThrow().points());
        // a: 54 + 21 + 6 = 81; b: 60 + 18 + 4 = 82; c: 45 + 27 + 10 = 82 → tie on total; c has more quality + SV (37 > 22)
        assertEquals(List.of("bid-c", "bid-b", "bid-a"), perPound.ranking().stream().map(r -> r.bid().value()).toList());
        assertEquals(Optional.of(RankedBy.QUALITY_AND_SOCIAL_VALUE), perPound.winner().aboveNextBy());
        // nobody commits anything → 0 for all
        var none = TenderEvaluation.evaluate(proxyScheme(ProxyValueMode.RELATIVE_TO_BEST),
                List.of(proxyBid("x", "100", 50, "0"), proxyBid("y", "200", 50, "0")));
        assertNumber("0", none.result(BidId.of("x")).score(SV).orElseThrow().points());
    }

    static EvaluationScheme proxyScheme(ProxyValueMode mode) {
        return EvaluationScheme.of(List.of(price("60"), quality("30"),
                Criterion.socialValueFromProxy(SV, "Social value (proxy)", BigDecimal.TEN, mode)));
    }

    static Bid proxyBid(String id, String price, int quality, String committed) {
        return Bid.of(BidId.of(id), Money.of(price, "GBP")).withQualityMark(QUALITY, BigDecimal.valueOf(quality))
                .withCommittedProxyValue(Money.of(committed, "GBP"));
    }

    @Test
    void tieRuleFallsBackToPriceThenBidId() {
        var qualityOnly = EvaluationScheme.of(List.of(quality("100")));
        var cheap = Bid.of(BidId.of("zulu"), Money.of("900", "GBP")).withQualityMark(QUALITY, BigDecimal.valueOf(80));
        var dear = Bid.of(BidId.of("alpha"), Money.of("1000", "GBP")).withQualityMark(QUALITY, BigDecimal.valueOf(80));
        var twin = Bid.of(BidId.of("bravo"), Money.of("1000", "GBP")).withQualityMark(QUALITY, BigDecimal.valueOf(80));
        var result = TenderEvaluation.evaluate(qualityOnly, List.of(twin, dear, cheap));
        // all total 80 and quality 80: zulu cheaper; alpha and bravo equal in price → alphabetical
        assertEquals(List.of("zulu", "alpha", "bravo"), result.ranking().stream().map(r -> r.bid().value()).toList());
        assertEquals(Optional.of(RankedBy.PRICE), result.ranking().get(0).aboveNextBy());
        assertEquals(Optional.of(RankedBy.BID_ID), result.ranking().get(1).aboveNextBy());
        assertEquals(List.of(1, 2, 3), result.ranking().stream().map(BidResult::rank).toList());
    }

    @Test
    void badBidsAreRejected() {
        var e = assertThrows(InvalidValueException.class, () -> bid("x", "100", 101, 50, 50));
        assertTrue(e.getMessage().contains("invalid mark 101 for criterion 'quality' of bid 'x'"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> bid("x", "100", 50, -1, 50));
        assertThrows(InvalidValueException.class, () -> bid("x", "0", 50, 50, 50));
        var missing = Bid.of(BidId.of("x"), Money.of("100", "GBP")).withQualityMark(QUALITY, BigDecimal.ONE);
        e = assertThrows(InvalidValueException.class, () -> TenderEvaluation.evaluate(SCHEME, List.of(missing)));
        assertTrue(e.getMessage().contains("no mark for criterion 'social-value'"), e.getMessage());
        var unknown = bid("x", "100", 50, 50, 50).withQualityMark(CriterionId.of("other"), BigDecimal.ONE);
        assertThrows(UnknownIdException.class, () -> TenderEvaluation.evaluate(SCHEME, List.of(unknown)));
        var wrongKind = bid("x", "100", 50, 50, 50).withQualityMark(SV, BigDecimal.ONE);
        assertThrows(InvalidValueException.class, () -> TenderEvaluation.evaluate(SCHEME, List.of(wrongKind)));
        assertThrows(InvalidValueException.class,
                () -> TenderEvaluation.evaluate(SCHEME, List.of(bid("x", "100", 1, 1, 1), bid("x", "200", 1, 1, 1))));
        assertThrows(InvalidValueException.class, () -> TenderEvaluation.evaluate(SCHEME, List.of()));
        var euro = Bid.of(BidId.of("y"), Money.of("100", "EUR")).withQualityMark(QUALITY, BigDecimal.ONE)
                .withSocialValueMarks(SV, SocialValueMarks.of(BigDecimal.ONE));
        assertThrows(CurrencyMismatchException.class,
                () -> TenderEvaluation.evaluate(SCHEME, List.of(bid("x", "100", 1, 1, 1), euro)));
        assertThrows(CurrencyMismatchException.class,
                () -> Bid.of(BidId.of("z"), Money.of("100", "GBP")).withCommittedProxyValue(Money.of("5", "EUR")));
        assertThrows(InvalidValueException.class, () -> TenderEvaluation.evaluate(proxyScheme(ProxyValueMode.PER_POUND),
                List.of(Bid.of(BidId.of("p"), Money.of("100", "GBP")).withQualityMark(QUALITY, BigDecimal.ONE))));
    }

    @Test
    void aCustomPriceMethodOutsideItsRangeIsRejected() {
        PriceScoring broken = new PriceScoring() {
            @Override
            public String methodName() {
                return "broken";
            }

            @Override
            public ScoreDerivation score(BigDecimal p, List<BigDecimal> all, BigDecimal weight) {
                return new ScoreDerivation(weight.add(BigDecimal.ONE), "too much", java.util.Map.of());
            }
        };
        var e = assertThrows(InvalidValueException.class,
                () -> TenderEvaluation.evaluate(SCHEME.withPriceScoring(broken), BIDS));
        assertTrue(e.getMessage().contains("'broken' gave 61 points"), e.getMessage());
    }
}
