package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The procurements a framework edition applies to, by the date each <em>commenced</em> (never today's date):
 * from {@code from} to {@code to}, both inclusive; no {@code to} means until further notice. E.g. PPN 002
 * ({@code uk-svm-2025}) from 2025-02-24 to 2026-12-31, PPN 026 ({@code uk-svm-2027}) from 2027-01-01.
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param from the first commencement date it applies to
 * @param to the last commencement date it applies to, if it has one; not before {@code from}
 */
public record FrameworkPeriod(LocalDate from, Optional<LocalDate> to) {
    /**
     * Validates the period.
     *
     * @throws InvalidValueException when a part is missing or {@code to} is before {@code from}
     */
    public FrameworkPeriod {
        Checks.notNull(from, "period start");
        Checks.notNull(to, "period end");
        to.ifPresent(end -> {
            if (end.isBefore(from)) {
                throw new InvalidValueException("invalid framework period " + from + " to " + end
                        + ": the last day must not be before the first");
            }
        });
    }

    /**
     * A period with no end.
     *
     * @param from the first commencement date
     * @return the period
     */
    public static FrameworkPeriod from(LocalDate from) {
        return new FrameworkPeriod(from, Optional.empty());
    }

    /**
     * A period with an end.
     *
     * @param from the first commencement date
     * @param to the last commencement date, inclusive
     * @return the period
     */
    public static FrameworkPeriod of(LocalDate from, LocalDate to) {
        return new FrameworkPeriod(from, Optional.of(Checks.notNull(to, "period end")));
    }

    /**
     * Whether a procurement commenced on a date falls in the period.
     *
     * @param commencement the commencement date
     * @return {@code true} when {@code from ≤ commencement ≤ to}
     */
    public boolean contains(LocalDate commencement) {
        Checks.notNull(commencement, "commencement date");
        return !commencement.isBefore(from) && to.map(end -> !commencement.isAfter(end)).orElse(true);
    }

    /**
     * The period in words, e.g. {@code 2025-02-24 to 2026-12-31} or {@code from 2027-01-01}.
     *
     * @return the text
     */
    public String describe() {
        return to.map(end -> from + " to " + end).orElse("from " + from);
    }
}
