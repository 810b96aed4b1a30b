package io.github.svtoms.core.portfolio;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Targets for the share of addressable spend with local, SME and VCSE suppliers, in percent (London NHS:
 * 20 % of addressable spend with local SME, VCSE and diverse suppliers).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param localShare target share with local suppliers, 0–100, if any
 * @param smeShare target share with SMEs, 0–100, if any
 * @param vcseShare target share with VCSEs, 0–100, if any
 */
public record PortfolioTargets(Optional<BigDecimal> localShare, Optional<BigDecimal> smeShare,
                               Optional<BigDecimal> vcseShare) {
    /** No targets. */
    public static final PortfolioTargets NONE = new PortfolioTargets(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Validates the targets.
     *
     * @param localShare 0–100 or empty
     * @param smeShare 0–100 or empty
     * @param vcseShare 0–100 or empty
     * @throws InvalidValueException when a target is out of range
     */
    public PortfolioTargets {
        check(localShare, "local spend share target");
        check(smeShare, "SME spend share target");
        check(vcseShare, "VCSE spend share target");
    }

    private static void check(Optional<BigDecimal> value, String what) {
        Checks.notNull(value, what).ifPresent(v -> {
            if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidValueException("invalid " + what + " " + v.toPlainString() + ": must be between 0 and 100");
            }
        });
    }

    /**
     * The same target for all three shares.
     *
     * @param percent 0–100
     * @return the targets
     */
    public static PortfolioTargets allShares(BigDecimal percent) {
        io.github.svtoms.core.internal.Checks.notNull(percent, "percent");
        return new PortfolioTargets(Optional.of(percent), Optional.of(percent), Optional.of(percent));
    }
}
