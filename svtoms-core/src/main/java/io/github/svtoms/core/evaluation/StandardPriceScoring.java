package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in price scoring methods. Each multiplies before it divides, so that it divides once, in
 * {@link java.math.MathContext#DECIMAL128}: a result that is a terminating decimal is exact.
 *
 * <p>A method's {@link #methodName()} is its {@link #id()} in files: {@code lowest-price} or {@code linear}.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum StandardPriceScoring implements PriceScoring, FileId {
    /**
     * {@code lowest-price}, the default: {@code points = lowest price ÷ bid price × weight}. The lowest bid
     * gets the full weight; a bid twice the lowest gets half. Never 0 for a finite price, so an expensive
     * bid keeps some price points.
     */
    LOWEST_PRICE {
        @Override
        public ScoreDerivation score(BigDecimal price, List<BigDecimal> allPrices, BigDecimal weight) {
            BigDecimal lowest = Collections.min(allPrices);
            BigDecimal points = lowest.multiply(weight).divide(price, Numbers.MC);
            Map<String, BigDecimal> inputs = new LinkedHashMap<>();
            inputs.put("lowestPrice", lowest);
            inputs.put("bidPrice", price);
            inputs.put("weight", weight);
            return new ScoreDerivation(points, "lowest-price: lowest price " + Numbers.plain(lowest) + " ÷ bid price "
                    + Numbers.plain(price) + " × weight " + Numbers.plain(weight) + " = " + Numbers.plain(points), inputs);
        }
    },
    /**
     * {@code linear} (also known as {@code relative-to-range}):
     * {@code points = (highest − bid) ÷ (highest − lowest) × weight}. The lowest bid gets the full weight,
     * the highest 0, and the others fall on the straight line between; when every price is equal every
     * bid gets the full weight.
     */
    LINEAR {
        @Override
        public ScoreDerivation score(BigDecimal price, List<BigDecimal> allPrices, BigDecimal weight) {
            BigDecimal lowest = Collections.min(allPrices);
            BigDecimal highest = Collections.max(allPrices);
            Map<String, BigDecimal> inputs = new LinkedHashMap<>();
            inputs.put("lowestPrice", lowest);
            inputs.put("highestPrice", highest);
            inputs.put("bidPrice", price);
            inputs.put("weight", weight);
            if (highest.compareTo(lowest) == 0) {
                return new ScoreDerivation(weight, "linear: every price is " + Numbers.plain(price)
                        + ", so every bid gets the full weight " + Numbers.plain(weight), inputs);
            }
            BigDecimal points = highest.subtract(price).multiply(weight).divide(highest.subtract(lowest), Numbers.MC);
            return new ScoreDerivation(points, "linear: (highest price " + Numbers.plain(highest) + " − bid price "
                    + Numbers.plain(price) + ") ÷ (highest price " + Numbers.plain(highest) + " − lowest price "
                    + Numbers.plain(lowest) + ") × weight " + Numbers.plain(weight) + " = " + Numbers.plain(points),
                    inputs);
        }
    };

    @Override
    public String methodName() {
        return id();
    }

    /**
     * The method of this name: {@code lowest-price}, or {@code linear} (also accepted as
     * {@code relative-to-range}).
     *
     * @param name the method name
     * @return the method
     * @throws InvalidValueException when no built-in method has that name
     */
    public static StandardPriceScoring named(String name) {
        Checks.notNull(name, "price scoring method name");
        if ("relative-to-range".equals(name)) {
            return LINEAR;
        }
        return FileIds.find(StandardPriceScoring.class, name).orElseThrow(() -> new InvalidValueException(
                "unknown price scoring method '" + name + "': expected one of "
                        + String.join(", ", FileIds.ids(StandardPriceScoring.class)) + " or relative-to-range"));
    }
}
