package io.github.svtoms.ocds.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Dates as OCDS writes them: an ISO 8601 date-time with an offset ({@code 2025-04-01T00:00:00+01:00},
 * {@code 2019-07-01T00:00:00Z}), without one, or a plain date. The calendar date is taken as written, in
 * the notice's own offset ({@code 2028-03-31T23:59:59+01:00} is 31 March 2028): a contract that ends at
 * the end of a day ends on that day. Stateless and thread-safe.
 */
final class Dates {
    private Dates() {
    }

    /** The calendar date of a date or date-time text; empty when it does not parse. */
    static Optional<LocalDate> parse(String text) {
        String t = text.strip();
        if (t.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(t).toLocalDate());
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(t).toLocalDate());
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The date of a node: empty when absent; {@code null} inside the optional is never returned. */
    static Parsed of(Node n) {
        if (n.isMissing()) {
            return new Parsed(Optional.empty(), false);
        }
        Optional<LocalDate> d = n.json().isTextual() ? parse(n.json().textValue()) : Optional.empty();
        return new Parsed(d, d.isEmpty());
    }

    /** A parsed date: the date, or whether something was there that did not parse. */
    record Parsed(Optional<LocalDate> date, boolean bad) {
    }
}
