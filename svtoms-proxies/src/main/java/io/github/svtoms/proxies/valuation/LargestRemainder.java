package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Rounds parts so that they add up exactly to a rounded total (largest-remainder, or Hamilton, method):
 * each part is rounded down to the scale; the units still missing to reach the target go one each to
 * the parts with the largest remainders (ties: the earlier part first).
 *
 * <p>Example: three parts of 1/3 each (0.3333…) with total 1.00: naive rounding gives 0.33 × 3 = 0.99;
 * allocation gives 0.34, 0.33, 0.33.
 *
 * <p>Stateless and thread-safe.
 */
public final class LargestRemainder {
    private LargestRemainder() {
    }

    /**
     * Rounds parts to {@code scale} so that they add up to their exact sum rounded HALF_EVEN.
     *
     * @param exact the exact parts
     * @param scale the scale of the results (2 for pence)
     * @return the rounded parts, in order, adding up exactly to {@code sum(exact)} rounded HALF_EVEN
     */
    public static List<BigDecimal> allocate(List<BigDecimal> exact, int scale) {
        Checks.notNull(exact, "parts");
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal b : exact) {
            sum = sum.add(Checks.notNull(b, "part"));
        }
        return allocate(exact, sum.setScale(scale, RoundingMode.HALF_EVEN), scale);
    }

    /**
     * Rounds parts to {@code scale} so that they add up to {@code target}.
     *
     * @param exact the exact parts
     * @param target the total to reach, at most {@code scale} decimals
     * @param scale the scale of the results
     * @return the rounded parts, in order, each within one unit of its exact value
     * @throws InvalidValueException when the target is not within reach (more than one unit per part
     *         away from the floors) or has more decimals than {@code scale}
     */
    public static List<BigDecimal> allocate(List<BigDecimal> exact, BigDecimal target, int scale) {
        Checks.notNull(exact, "parts");
        Checks.notNull(target, "target");
        int n = exact.size();
        BigDecimal[] floors = new BigDecimal[n];
        BigDecimal[] remainders = new BigDecimal[n];
        BigDecimal floorSum = BigDecimal.ZERO.setScale(scale);
        for (int i = 0; i < n; i++) {
            BigDecimal v = Checks.notNull(exact.get(i), "part");
            floors[i] = v.setScale(scale, RoundingMode.FLOOR);
            remainders[i] = v.subtract(floors[i]);
            floorSum = floorSum.add(floors[i]);
        }
        BigDecimal missing = target.subtract(floorSum).movePointRight(scale);
        if (missing.signum() < 0 || missing.compareTo(BigDecimal.valueOf(n)) > 0 || missing.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException("cannot allocate " + n + " parts to the total " + target.toPlainString()
                    + " at scale " + scale + ": the rounded-down parts add up to " + floorSum.toPlainString());
        }
        int units = missing.intValueExact();
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        List<BigDecimal> out = new ArrayList<>(List.of(floors));
        if (units > 0) {
            int[] order = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i))
                    .mapToInt(Integer::intValue).toArray();
            for (int j = 0; j < units; j++) {
                out.set(order[j], floors[order[j]].add(unit));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Rounds money to the currency's minor unit so that the parts add up to their exact sum rounded HALF_EVEN.
     *
     * @param exact the exact parts, all in {@code currency}
     * @param currency the currency
     * @return the rounded parts, in order
     * @throws io.github.svtoms.core.money.CurrencyMismatchException when a part is in another currency
     */
    public static List<Money> allocateMoney(List<Money> exact, Currency currency) {
        Checks.notNull(exact, "parts");
        Checks.notNull(currency, "currency");
        Money check = Money.zero(currency);
        List<BigDecimal> amounts = new ArrayList<>(exact.size());
        for (Money m : exact) {
            check.plus(m);
            amounts.add(m.amount());
        }
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        return allocate(amounts, scale).stream().map(a -> Money.of(a, currency)).toList();
    }
}
