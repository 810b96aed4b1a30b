package io.github.svtoms.core.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A named method that turns bid prices into price points. The built-in methods are the constants of
 * {@link StandardPriceScoring}: {@code lowest-price} (the default) and {@code linear}.
 *
 * <p>Implementations must be immutable and thread-safe, return between 0 and {@code weight} points, and
 * give the lowest price the full weight. {@link TenderEvaluation} rejects a result outside
 * {@code [0, weight]}.
 */
public interface PriceScoring {
    /**
     * The method's stable name, used to select it (e.g. in a JSON scheme).
     *
     * @return the name, e.g. {@code lowest-price}
     */
    String methodName();

    /**
     * Scores one bid's price.
     *
     * @param price the bid's price amount, greater than 0
     * @param allPrices every bid's price amount (including {@code price}), all in one currency
     * @param weight the price criterion's weight in percent
     * @return the points, between 0 and {@code weight}, with their derivation
     */
    ScoreDerivation score(BigDecimal price, List<BigDecimal> allPrices, BigDecimal weight);
}
