package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.proxies.ValueType;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A breakdown entry (per measure, outcome or theme): the exact figures and the reported ones, each also
 * split by {@link ValueType}, so that budget savings, economic value and wellbeing value are never read
 * as one kind of money. Each reported figure is its exact sum rounded once (HALF_EVEN), in all and per value
 * type; where the rounded per-type figures do not add up to the rounded figures in all, the difference is
 * stated as {@code roundingAdjustment} (usually zero), never hidden in one type's figures.
 *
 * <p>Immutable and thread-safe; value equality over all components (maps compared as maps).
 *
 * @param exact the exact sums, all value types together
 * @param reported the rounded, allocated figures, all value types together
 * @param exactByValueType the exact sums per value type (only the types with a valued line), in
 *                         {@link ValueType} order; they add up to {@code exact}
 * @param byValueType the reported figures per value type (each type's exact sum rounded HALF_EVEN), the same
 *                    types
 * @param roundingAdjustment {@code reported} minus the sum of {@code byValueType}: the stated difference of
 *                           rounding each figure once (zero with one value type)
 */
public record Subtotal(Figures exact, Figures reported, Map<ValueType, Figures> exactByValueType,
                       Map<ValueType, Figures> byValueType, Figures roundingAdjustment) {
    /**
     * Validates the subtotal and copies its maps (in {@link ValueType} order).
     *
     * @throws InvalidValueException when the exact per-type figures do not add up to the exact figures in all,
     *         the reported ones plus the adjustment to the reported figures in all, or the two maps have
     *         different types
     */
    public Subtotal {
        Checks.notNull(exact, "exact figures");
        Checks.notNull(reported, "reported figures");
        Checks.notNull(roundingAdjustment, "rounding adjustment");
        exactByValueType = byType(exactByValueType, exact, "exact");
        byValueType = byType(byValueType, RoundingAdjustment.minus(reported, roundingAdjustment), "reported");
        if (!exactByValueType.keySet().equals(byValueType.keySet())) {
            throw new InvalidValueException("value types of the exact figures " + exactByValueType.keySet()
                    + " differ from those of the reported figures " + byValueType.keySet());
        }
    }

    /**
     * Copies a split by value type after checking that it adds up to {@code all}.
     *
     * @param split the figures per value type
     * @param all the figures in all
     * @param what "exact" or "reported", for the message
     * @return an unmodifiable copy in {@link ValueType} order
     * @throws InvalidValueException when the split is empty or does not add up
     */
    static Map<ValueType, Figures> byType(Map<ValueType, Figures> split, Figures all, String what) {
        Checks.notNull(split, what + " figures by value type");
        if (split.isEmpty() && isZero(all)) {
            return Map.of();
        }
        if (split.isEmpty()) {
            throw new InvalidValueException("no value type for the " + what + " figures " + all
                    + ": every figure has a value type");
        }
        Map<ValueType, Figures> copy = new EnumMap<>(ValueType.class);
        Figures sum = null;
        for (Map.Entry<ValueType, Figures> e : split.entrySet()) {
            Figures f = Checks.notNull(e.getValue(), "figures of " + Checks.notNull(e.getKey(), "value type"));
            copy.put(e.getKey(), f);
            sum = sum == null ? f : sum.plus(f);
        }
        if (!sameAmounts(sum, all)) {
            throw new InvalidValueException("the " + what + " figures by value type " + copy + " add up to " + sum
                    + ", not to " + all + ": a split by value type must add up to the figures in all (less any stated "
                    + "rounding adjustment)");
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * A subtotal from its exact figures: each figure rounded once, the difference stated.
     *
     * @param exact the exact figures in all
     * @param exactByValueType the exact figures per value type, adding up to {@code exact}
     * @return the subtotal
     */
    static Subtotal of(Figures exact, Map<ValueType, Figures> exactByValueType) {
        Figures reported = exact.rounded();
        Map<ValueType, Figures> byType = new EnumMap<>(ValueType.class);
        Figures adjustment = reported;
        for (Map.Entry<ValueType, Figures> e : exactByValueType.entrySet()) {
            Figures r = e.getValue().rounded();
            byType.put(e.getKey(), r);
            adjustment = RoundingAdjustment.minus(adjustment, r);
        }
        return new Subtotal(exact, reported, exactByValueType, byType, adjustment);
    }

    private static boolean isZero(Figures f) {
        return RoundingAdjustment.isZero(f);
    }

    /** Whether two sets of figures are equal in value (scale ignored). */
    static boolean sameAmounts(Figures a, Figures b) {
        return a.currency().equals(b.currency())
                && a.gross().amount().compareTo(b.gross().amount()) == 0
                && a.net().amount().compareTo(b.net().amount()) == 0
                && a.presentValue().amount().compareTo(b.presentValue().amount()) == 0;
    }
}
