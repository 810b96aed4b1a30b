package io.github.svtoms.proxies.valuation;

import io.github.svtoms.proxies.PriceYear;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How contract years map to dates: contract year k runs from the contract's start plus k − 1 years to the day
 * before the start plus k years. Without a start date in the request, contract year 1 is the request's price
 * year: from 1 January of a calendar price year, from 1 April of a financial one. Immutable; thread-safe.
 */
final class BenefitYears {
    private final LocalDate start;
    private final boolean assumed;
    private final PriceYear priceYear;

    BenefitYears(ValuationRequest request) {
        this.priceYear = request.priceYear();
        this.assumed = request.contractStart().isEmpty();
        this.start = request.contractStart().orElseGet(() -> priceYear.isFinancial()
                ? LocalDate.of(priceYear.startYear(), 4, 1) : LocalDate.of(priceYear.startYear(), 1, 1));
    }

    /** A part of a benefit year that falls in one calendar or financial year (named by its start year). */
    record Part(int year, long days) {
    }

    /** Whether the start date was taken from the price year because the request gives none. */
    boolean assumed() {
        return assumed;
    }

    LocalDate start() {
        return start;
    }

    /** The first day of contract year {@code c}. */
    LocalDate from(int c) {
        return start.plusYears(c - 1L);
    }

    /** The last day of contract year {@code c}. */
    LocalDate to(int c) {
        return start.plusYears(c).minusDays(1);
    }

    /** The days of contract year {@code c}. */
    long days(int c) {
        return ChronoUnit.DAYS.between(from(c), to(c).plusDays(1));
    }

    /** What the derivation says about the dates. */
    String basisText() {
        return assumed ? "the request gives no contract start date, so contract year 1 is taken to be the price year "
                + priceYear + " (from " + start + ")" : "the contract starts on " + start;
    }

    /** The calendar years contract year {@code c} falls in, with the days in each. */
    List<Part> calendarParts(int c) {
        return parts(from(c), to(c), false);
    }

    /** The financial years (April to March, named by the year they start in) contract year {@code c} falls in. */
    List<Part> financialParts(int c) {
        return parts(from(c), to(c), true);
    }

    private static List<Part> parts(LocalDate from, LocalDate to, boolean financial) {
        List<Part> out = new ArrayList<>(2);
        LocalDate d = from;
        while (!d.isAfter(to)) {
            int y = financial ? (d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1) : d.getYear();
            LocalDate next = financial ? LocalDate.of(y + 1, 4, 1) : LocalDate.of(y + 1, 1, 1);
            LocalDate end = next.isAfter(to) ? to.plusDays(1) : next;
            out.add(new Part(y, ChronoUnit.DAYS.between(d, end)));
            d = end;
        }
        return out;
    }
}
