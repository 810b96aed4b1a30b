package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The weight of one award criterion as the notice gives it, and the percentage of the total score it
 * comes to when one can be derived.
 *
 * <p>{@link Provenance#READ} when it was read from the criterion's {@code numbers} as an exact percentage
 * or decimal; {@link Provenance#INFERRED} when it was written as text in the description ({@code "40"},
 * {@code "40%"}, {@code "60-85%"}), is the middle of a range, or is points turned into a percentage.
 *
 * <p>Immutable and thread-safe; value equality over all components ({@link BigDecimal#equals}, so the
 * scale counts).
 *
 * @param kind the kind of number
 * @param number the number as given (for a range written as text, its middle), at least 0
 * @param percent the weight in percent of the total score, when it can be derived (never for
 *                {@link WeightKind#ORDER})
 * @param provenance read or inferred
 * @param how where the number was found and how the percentage was derived
 */
public record Weight(WeightKind kind, BigDecimal number, Optional<BigDecimal> percent, Provenance provenance,
                     String how) {
    /**
     * Validates the weight.
     *
     * @param kind not null
     * @param number at least 0
     * @param percent empty for an order; otherwise at least 0
     * @param provenance not null
     * @param how not blank
     * @throws InvalidValueException when a rule is broken
     */
    public Weight {
        Checks.notNull(kind, "weight kind");
        Checks.notNull(number, "weight number");
        if (number.signum() < 0) {
            throw new InvalidValueException("invalid weight " + number.toPlainString() + ": must be at least 0");
        }
        Checks.notNull(percent, "weight percent");
        if (kind == WeightKind.ORDER && percent.isPresent()) {
            throw new InvalidValueException("a rank in order of importance has no percentage");
        }
        percent.ifPresent(p -> {
            if (p.signum() < 0) {
                throw new InvalidValueException("invalid weight " + p.toPlainString() + " %: must be at least 0");
            }
        });
        Checks.notNull(provenance, "weight provenance");
        Checks.notBlank(how, "how the weight was found");
    }

    /**
     * A copy with the percentage derived from the set of criteria (points over the total points).
     *
     * @param value the percentage
     * @param derivation how it was derived, appended to {@link #how()}
     * @return the copy, inferred
     */
    public Weight withPercent(BigDecimal value, String derivation) {
        return new Weight(kind, number, Optional.of(value), Provenance.INFERRED, how + "; " + derivation);
    }
}
