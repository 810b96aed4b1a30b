package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;

/**
 * Where green and amber start, as a percentage of the pro-rata expectation: delivery at or above
 * {@code green} percent is {@link RagStatus#GREEN}, at or above {@code amber} percent {@link RagStatus#AMBER},
 * otherwise {@link RagStatus#RED}. The default is 100 / 80.
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param green the percentage from which a commitment is green, at least {@code amber}
 * @param amber the percentage from which it is amber, at least 0
 */
public record RagThresholds(BigDecimal green, BigDecimal amber) {
    /** Green from 100 % of the pro-rata expectation, amber from 80 %. */
    public static final RagThresholds DEFAULT = new RagThresholds(BigDecimal.valueOf(100), BigDecimal.valueOf(80));

    /**
     * Validates the thresholds.
     *
     * @param green at least {@code amber}
     * @param amber at least 0
     * @throws InvalidValueException when amber is negative or green is below amber
     */
    public RagThresholds {
        Checks.notNull(green, "green threshold");
        Checks.notNull(amber, "amber threshold");
        if (amber.signum() < 0) {
            throw new InvalidValueException("invalid amber threshold " + amber.toPlainString() + "%: must be at least 0");
        }
        if (green.compareTo(amber) < 0) {
            throw new InvalidValueException("invalid RAG thresholds: green " + green.toPlainString() + "% is below amber "
                    + amber.toPlainString() + "%: the green threshold must be at least the amber threshold");
        }
    }

    /**
     * The status of a delivery percentage.
     *
     * @param percentOfExpected delivery as a percentage of the pro-rata expectation
     * @return green, amber or red
     */
    public RagStatus statusOf(BigDecimal percentOfExpected) {
        Checks.notNull(percentOfExpected, "percent of expected");
        if (percentOfExpected.compareTo(green) >= 0) {
            return RagStatus.GREEN;
        }
        return percentOfExpected.compareTo(amber) >= 0 ? RagStatus.AMBER : RagStatus.RED;
    }
}
