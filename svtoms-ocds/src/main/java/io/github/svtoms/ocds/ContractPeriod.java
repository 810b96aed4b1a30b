package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A contract period as a notice gives it: start and end dates (the calendar date as written in the
 * notice, in its own offset), a duration in days ({@code durationInDays}) or in months (the UK
 * extension's {@code durationInMonths}); at least one of an end date and a duration is present.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param start the start date, if given
 * @param end the end date, if given (the last day of the contract), not before the start
 * @param durationInDays the duration in days, if given, greater than 0
 * @param durationInMonths the duration in months, if given, greater than 0
 */
public record ContractPeriod(Optional<LocalDate> start, Optional<LocalDate> end, Optional<Integer> durationInDays,
                             Optional<Integer> durationInMonths) {
    /**
     * Validates the period.
     *
     * @param start optional start
     * @param end optional end, not before the start
     * @param durationInDays optional, greater than 0
     * @param durationInMonths optional, greater than 0
     * @throws InvalidValueException when a rule is broken
     */
    public ContractPeriod {
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        Checks.notNull(durationInDays, "duration in days");
        Checks.notNull(durationInMonths, "duration in months");
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            throw new InvalidValueException("contract period ends " + end.get() + " before it starts " + start.get());
        }
        durationInDays.ifPresent(d -> positive(d, "days"));
        durationInMonths.ifPresent(m -> positive(m, "months"));
        if (end.isEmpty() && durationInDays.isEmpty() && durationInMonths.isEmpty()) {
            throw new InvalidValueException("a contract period needs an end date or a duration");
        }
    }

    private static void positive(int n, String unit) {
        if (n <= 0) {
            throw new InvalidValueException("invalid duration " + n + " " + unit + ": must be greater than 0");
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        start.ifPresent(s -> b.append(s));
        if (end.isPresent()) {
            b.append(b.length() > 0 ? " to " : "to ").append(end.get());
        }
        durationInDays.ifPresent(d -> b.append(b.length() > 0 ? ", " : "").append(d).append(" days"));
        durationInMonths.ifPresent(m -> b.append(b.length() > 0 ? ", " : "").append(m).append(" months"));
        return b.toString();
    }
}
