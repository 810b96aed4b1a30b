package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.instancio.Select.all;
import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded property tests over 1,000 generated samples each. */
@ExtendWith(InstancioExtension.class)
class EvaluationPropertiesTest {
    static final int SAMPLES = 1000;
    static final CriterionId PRICE = CriterionId.of("price");
    static final CriterionId QUALITY = CriterionId.of("quality");

    /** Criterion weights in hundredths of a percent. */
    record WeightSample(List<Long> hundredths) {
    }

    /** One bid: a price in pounds and a quality mark. */
    record BidSample(long price, long quality) {
    }

    /** Bids, the price weight, which bid to change and by how much. */
    record TenderSample(List<BidSample> bids, int priceWeight, int index, long delta) {
    }

    static List<TenderSample> tenders() {
        return Instancio.ofList(TenderSample.class).size(SAMPLES)
                .generate(field(TenderSample.class, "bids"), gen -> gen.collection().minSize(1).maxSize(6))
                .generate(field(BidSample.class, "price"), gen -> gen.longs().range(1L, 1_000_000L))
                .generate(field(BidSample.class, "quality"), gen -> gen.longs().range(0L, 100L))
                .generate(field(TenderSample.class, "priceWeight"), gen -> gen.ints().range(1, 99))
                .generate(field(TenderSample.class, "index"), gen -> gen.ints().range(0, 5))
                .generate(field(TenderSample.class, "delta"), gen -> gen.longs().range(1L, 500_000L))
                .create();
    }

    static EvaluationScheme scheme(TenderSample s, PriceScoring method) {
        return EvaluationScheme.of(List.of(
                Criterion.price(PRICE, "Price", BigDecimal.valueOf(s.priceWeight())),
                Criterion.quality(QUALITY, "Quality", BigDecimal.valueOf(100 - s.priceWeight())))).withPriceScoring(method);
    }

    static List<Bid> bids(List<BidSample> samples) {
        List<Bid> bids = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            bids.add(Bid.of(BidId.of("bid-" + i), Money.of(BigDecimal.valueOf(samples.get(i).price()), Money.currency("GBP")))
                    .withQualityMark(QUALITY, BigDecimal.valueOf(samples.get(i).quality())));
        }
        return bids;
    }

    @Test
    @Seed(12345)
    void weightsNotAddingUpTo100AreAlwaysRejected() {
        List<WeightSample> samples = Instancio.ofList(WeightSample.class).size(SAMPLES)
                .generate(field(WeightSample.class, "hundredths"), gen -> gen.collection().minSize(1).maxSize(6))
                .generate(all(Long.class), gen -> gen.longs().range(1L, 10_000L))
                .create();
        int rejected = 0;
        for (WeightSample s : samples) {
            List<Criterion> criteria = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < s.hundredths().size(); i++) {
                BigDecimal w = BigDecimal.valueOf(s.hundredths().get(i), 2);
                sum = sum.add(w);
                criteria.add(Criterion.quality(CriterionId.of("q" + i), "Question " + i, w));
            }
            if (sum.compareTo(BigDecimal.valueOf(100)) == 0) {
                assertEquals(criteria, EvaluationScheme.of(criteria).criteria());
                continue;
            }
            var e = assertThrows(InvalidValueException.class, () -> EvaluationScheme.of(criteria));
            String expected = "add up to " + sum.stripTrailingZeros().toPlainString() + ", not 100";
            assertTrue(e.getMessage().contains(expected), e.getMessage() + " / " + expected);
            rejected++;
        }
        assertTrue(rejected > SAMPLES * 9 / 10, "most samples must exercise the rejection: " + rejected);
    }

    @Test
    @Seed(23456)
    void theBestPriceAlwaysGetsTheFullPriceWeight() {
        for (TenderSample s : tenders()) {
            long lowest = s.bids().stream().mapToLong(BidSample::price).min().orElseThrow();
            for (PriceScoring method : StandardPriceScoring.values()) {
                var result = TenderEvaluation.evaluate(scheme(s, method), bids(s.bids()));
                for (int i = 0; i < s.bids().size(); i++) {
                    BigDecimal points = result.result(BidId.of("bid-" + i)).score(PRICE).orElseThrow().points();
                    BigDecimal weight = BigDecimal.valueOf(s.priceWeight());
                    assertTrue(points.signum() >= 0 && points.compareTo(weight) <= 0, "points within [0, weight]: " + points);
                    if (s.bids().get(i).price() == lowest) {
                        assertEquals(0, weight.compareTo(points), method + " " + s + ": " + points);
                    }
                }
            }
        }
    }

    @Test
    @Seed(34567)
    void aLowerPriceNeverLowersTheBidsPriceScore() {
        for (TenderSample s : tenders()) {
            int i = s.index() % s.bids().size();
            BidSample before = s.bids().get(i);
            List<BidSample> changed = new ArrayList<>(s.bids());
            changed.set(i, new BidSample(Math.max(1, before.price() - s.delta()), before.quality()));
            for (PriceScoring method : StandardPriceScoring.values()) {
                BigDecimal was = TenderEvaluation.evaluate(scheme(s, method), bids(s.bids()))
                        .result(BidId.of("bid-" + i)).score(PRICE).orElseThrow().points();
                BigDecimal now = TenderEvaluation.evaluate(scheme(s, method), bids(changed))
                        .result(BidId.of("bid-" + i)).score(PRICE).orElseThrow().points();
                assertTrue(now.compareTo(was) >= 0, method + " " + s + ": " + was + " → " + now);
            }
        }
    }

    @Test
    @Seed(45678)
    void aHigherQualityMarkNeverLowersTheTotal() {
        for (TenderSample s : tenders()) {
            int i = s.index() % s.bids().size();
            BidSample before = s.bids().get(i);
            List<BidSample> changed = new ArrayList<>(s.bids());
            changed.set(i, new BidSample(before.price(), Math.min(100, before.quality() + 1 + s.delta() % 50)));
            for (PriceScoring method : StandardPriceScoring.values()) {
                var was = TenderEvaluation.evaluate(scheme(s, method), bids(s.bids())).result(BidId.of("bid-" + i));
                var now = TenderEvaluation.evaluate(scheme(s, method), bids(changed)).result(BidId.of("bid-" + i));
                assertTrue(now.total().compareTo(was.total()) >= 0, method + " " + s);
                assertTrue(now.rank() <= was.rank(), "a better mark never worsens the rank: " + s);
            }
        }
    }

    @Test
    @Seed(56789)
    void samplesAreVaried() {
        // guards the generators: the samples really do vary in size and price
        List<TenderSample> samples = tenders();
        assertEquals(SAMPLES, samples.size());
        assertTrue(samples.stream().map(t -> t.bids().size()).distinct().count() >= 5);
        List<Long> prices = new ArrayList<>(samples.stream().flatMap(t -> t.bids().stream()).map(BidSample::price).toList());
        assertTrue(Collections.max(prices) - Collections.min(prices) > 500_000);
    }
}
