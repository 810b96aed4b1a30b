package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.LocalDefinition;
import io.github.svtoms.core.catalogue.MeasureId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A contract's commitment on one measure: a target quantity over the contract, with an optional minimum
 * (the floor written into the contract) and stretch (ELFT's "stretch" KPIs), from the contract start
 * (inclusive) to its end (exclusive); a commitment about local people or spend can store what "local" means
 * for it ({@link LocalDefinition}, which ELFT asks for).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param measure the measure, unique among a contract's commitments
 * @param target the full-contract target quantity, at least 0
 * @param minimum the full-contract minimum, between 0 and {@code target}, if any
 * @param stretch the full-contract stretch, at least {@code target}, if any
 * @param start the contract start, inclusive
 * @param end the contract end, exclusive; after {@code start}
 * @param local what "local" means for this commitment, if it says
 */
public record Commitment(MeasureId measure, BigDecimal target, Optional<BigDecimal> minimum,
                         Optional<BigDecimal> stretch, LocalDate start, LocalDate end, Optional<LocalDefinition> local) {
    /**
     * Validates the commitment.
     *
     * @param measure the measure
     * @param target at least 0
     * @param minimum 0..target, or empty
     * @param stretch at least target, or empty
     * @param start the start
     * @param end after the start
     * @param local the definition of local, or empty
     * @throws InvalidValueException when a value breaks its rule
     */
    public Commitment {
        Checks.notNull(measure, "commitment measure");
        Checks.notNull(target, "target of commitment '" + measure + "'");
        Checks.notNull(minimum, "minimum of commitment '" + measure + "'");
        Checks.notNull(stretch, "stretch of commitment '" + measure + "'");
        Checks.notNull(start, "start of commitment '" + measure + "'");
        Checks.notNull(end, "end of commitment '" + measure + "'");
        String where = " of commitment '" + measure + "'";
        if (target.signum() < 0) {
            throw new InvalidValueException("invalid target " + target.toPlainString() + where + ": must be at least 0");
        }
        minimum.ifPresent(m -> {
            if (m.signum() < 0 || m.compareTo(target) > 0) {
                throw new InvalidValueException("invalid minimum " + m.toPlainString() + where
                        + ": must be between 0 and the target " + target.toPlainString());
            }
        });
        stretch.ifPresent(s -> {
            if (s.compareTo(target) < 0) {
                throw new InvalidValueException("invalid stretch " + s.toPlainString() + where
                        + ": must be at least the target " + target.toPlainString());
            }
        });
        if (!end.isAfter(start)) {
            throw new InvalidValueException("invalid contract dates " + start + " to " + end + where
                    + ": the end (exclusive) must be after the start");
        }
        Checks.notNull(local, "local definition" + where);
    }

    /**
     * A commitment without a definition of local.
     *
     * @param measure the measure
     * @param target at least 0
     * @param minimum 0..target, or empty
     * @param stretch at least target, or empty
     * @param start the start
     * @param end after the start
     * @throws InvalidValueException when a value breaks its rule
     */
    public Commitment(MeasureId measure, BigDecimal target, Optional<BigDecimal> minimum,
                      Optional<BigDecimal> stretch, LocalDate start, LocalDate end) {
        this(measure, target, minimum, stretch, start, end, Optional.empty());
    }

    /**
     * A copy with a definition of local.
     *
     * @param definition what "local" means for this commitment
     * @return the modified copy
     */
    public Commitment withLocal(LocalDefinition definition) {
        return new Commitment(measure, target, minimum, stretch, start, end,
                Optional.of(Checks.notNull(definition, "local definition")));
    }

    /**
     * A commitment with a target only.
     *
     * @param measure the measure
     * @param target the target
     * @param start the start, inclusive
     * @param end the end, exclusive
     * @return the commitment
     */
    public static Commitment of(MeasureId measure, BigDecimal target, LocalDate start, LocalDate end) {
        return new Commitment(measure, target, Optional.empty(), Optional.empty(), start, end);
    }

    /**
     * A copy with a minimum and a stretch.
     *
     * @param minimumQuantity 0..target
     * @param stretchQuantity at least the target
     * @return the modified copy
     */
    public Commitment withMinimumAndStretch(BigDecimal minimumQuantity, BigDecimal stretchQuantity) {
        return new Commitment(measure, target, Optional.of(Checks.notNull(minimumQuantity, "minimum")),
                Optional.of(Checks.notNull(stretchQuantity, "stretch")), start, end, local);
    }

    /**
     * The contract's length in days ({@code end − start}).
     *
     * @return at least 1
     */
    public long totalDays() {
        return ChronoUnit.DAYS.between(start, end);
    }

    /**
     * The days elapsed by the start of an as-of date, between 0 and {@link #totalDays()}.
     *
     * @param asOf the as-of date
     * @return the elapsed days, clamped to the contract
     */
    public long elapsedDays(LocalDate asOf) {
        Checks.notNull(asOf, "as-of date");
        return Math.max(0, Math.min(totalDays(), ChronoUnit.DAYS.between(start, asOf)));
    }
}
