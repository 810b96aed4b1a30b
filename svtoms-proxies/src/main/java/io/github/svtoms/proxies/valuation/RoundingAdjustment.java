package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.proxies.ValueType;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a rounded breakdown lacks to add up to its rounded total, stated rather than hidden in a part. Every
 * reported figure is its own exact value rounded once (HALF_EVEN): a line its derivation's result, a measure,
 * outcome, theme or value type its exact sum. Rounded on their own, the parts of a breakdown may differ in sum
 * from the rounded total by a few minor units; that difference is this adjustment, so that
 * {@code sum(parts) + adjustment = total} exactly, in all and per value type, and no part is changed to make
 * the sum come out.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param all the total minus the sum of the parts, all value types together (usually zero)
 * @param byValueType per value type of the total: that type's total minus the sum of the parts' figures of that
 *                    type (in {@link ValueType} order)
 */
public record RoundingAdjustment(Figures all, Map<ValueType, Figures> byValueType) {
    /**
     * Validates and copies.
     *
     * @param all the adjustment in all
     * @param byValueType the adjustment per value type
     */
    public RoundingAdjustment {
        Checks.notNull(all, "rounding adjustment");
        Map<ValueType, Figures> copy = new EnumMap<>(ValueType.class);
        Checks.notNull(byValueType, "rounding adjustment by value type").forEach((k, v) ->
                copy.put(Checks.notNull(k, "value type"), Checks.notNull(v, "rounding adjustment of " + k)));
        byValueType = Collections.unmodifiableMap(copy);
    }

    /**
     * The adjustment of parts to a total.
     *
     * @param total the rounded total in all
     * @param totalByType the rounded total per value type
     * @param partsAll the rounded parts in all
     * @param partsByType the rounded parts per value type (each part's own split)
     * @return total − Σ parts, in all and per type of the total
     */
    static RoundingAdjustment of(Figures total, Map<ValueType, Figures> totalByType, List<Figures> partsAll,
                                 List<Map<ValueType, Figures>> partsByType) {
        Figures all = total;
        for (Figures f : partsAll) {
            all = minus(all, f);
        }
        Map<ValueType, Figures> byType = new EnumMap<>(ValueType.class);
        totalByType.forEach((t, f) -> {
            Figures a = f;
            for (Map<ValueType, Figures> p : partsByType) {
                Figures pf = p.get(t);
                if (pf != null) {
                    a = minus(a, pf);
                }
            }
            byType.put(t, a);
        });
        return new RoundingAdjustment(all, byType);
    }

    /** {@code a − b}, figure by figure. */
    static Figures minus(Figures a, Figures b) {
        return new Figures(a.gross().minus(b.gross()), a.net().minus(b.net()), a.presentValue().minus(b.presentValue()));
    }

    /**
     * Whether nothing needed adjusting: every figure, in all and per type, is zero.
     *
     * @return true when the rounded parts add up exactly to the rounded total
     */
    public boolean isZero() {
        return isZero(all) && byValueType.values().stream().allMatch(RoundingAdjustment::isZero);
    }

    /**
     * Whether figures are all zero.
     *
     * @param f the figures
     * @return true when gross, net and present value are zero
     */
    public static boolean isZero(Figures f) {
        Checks.notNull(f, "figures");
        return f.gross().amount().signum() == 0 && f.net().amount().signum() == 0
                && f.presentValue().amount().signum() == 0;
    }
}
