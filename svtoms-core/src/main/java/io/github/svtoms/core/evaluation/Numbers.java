package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shared number and text helpers of the evaluation package. Stateless. */
final class Numbers {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final MathContext MC = MathContext.DECIMAL128;

    private Numbers() {
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    static String display(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static BigDecimal percent(@javax.annotation.Nullable BigDecimal value, String what) {
        value = Checks.decimal(value, what);
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("invalid " + what + " " + value.toPlainString()
                    + ": must be between 0 and 100");
        }
        return value;
    }

    /** A {@code BigDecimal} subclass copied to a plain {@code BigDecimal}, so it cannot change once checked. */
    @SuppressWarnings("unchecked")
    private static <V> V plain(V value) {
        return value instanceof BigDecimal d ? (V) io.github.svtoms.core.Limits.plain(d) : value;
    }

    static <K, V> Map<K, V> orderedCopy(Map<K, V> map, String what) {
        Checks.notNull(map, what);
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(Checks.notNull(k, what + " key"), plain(Checks.notNull(v, what + " value"))));
        return Collections.unmodifiableMap(copy);
    }
}
