package io.github.svtoms.ocds.internal;

import io.github.svtoms.ocds.WeightKind;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One criterion's weight as found, before the set of criteria decides what a plain number means.
 *
 * @param kind the OCDS kind, or empty for a plain number (text without a unit, or a {@code number}
 *             without a {@code weight} code)
 * @param rangeMiddle for a plain number, whether it is the middle of a range
 * @param number the number (the middle for a range)
 * @param fromNumbers whether it came from {@code numbers[]} (else from the description text)
 * @param how where it was found and as what
 */
record RawWeight(Optional<WeightKind> kind, boolean rangeMiddle, BigDecimal number, boolean fromNumbers, String how) {
    /** The family of a weight: what its numbers can be added up with. */
    enum Family {
        PERCENT, POINTS, ORDER, PLAIN
    }

    Family family() {
        if (kind.isEmpty()) {
            return Family.PLAIN;
        }
        WeightKind k = kind.get();
        if (k == WeightKind.ORDER) {
            return Family.ORDER;
        }
        return k.isPoints() ? Family.POINTS : Family.PERCENT;
    }
}
