package io.github.svtoms.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact totals of a valuation: gross, net and present value, in pounds. Immutable and thread-safe.
 *
 * @param gross quantity × proxy over the benefit years
 * @param net after adjustments and drop-off
 * @param presentValue net discounted
 */
public record Totals(BigDecimal gross, BigDecimal net, BigDecimal presentValue) {
    /** @return the totals rounded to pence, HALF_EVEN */
    public Totals rounded() {
        return new Totals(gross.setScale(2, RoundingMode.HALF_EVEN), net.setScale(2, RoundingMode.HALF_EVEN),
                presentValue.setScale(2, RoundingMode.HALF_EVEN));
    }

    /**
     * The largest absolute difference between two sets of totals.
     *
     * @param other the other totals
     * @return max |this − other| over the three figures
     */
    public BigDecimal maxDifference(Totals other) {
        return gross.subtract(other.gross).abs().max(net.subtract(other.net).abs())
                .max(presentValue.subtract(other.presentValue).abs());
    }
}
