package io.github.svtoms.ocds.internal;

import io.github.svtoms.ocds.ContractPeriod;
import io.github.svtoms.ocds.Fact;
import io.github.svtoms.ocds.Reason;
import io.github.svtoms.ocds.ReasonKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one OCDS {@code Period} object used as a contract period — {@code startDate}, {@code endDate},
 * {@code durationInDays} and the UK extension's {@code durationInMonths} — and turns it into whole years.
 *
 * <p>Years: from the dates when both are given (the end date is the contract's last day), else from the
 * months, else from the days. Whole years exactly ({@code 2025-04-01} to {@code 2028-03-31}, 36 months)
 * are read; anything else is inferred by rounding half up to whole years (a year is 365.2425 days), and
 * never below 1. {@code maxExtentDate} (how far the period could be extended) is not used. A duration
 * must be a whole number above 0 and at most 1,000 years. Stateless and thread-safe.
 */
final class Periods {
    private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.2425");
    private static final long MAX_DAYS = 365_243L;
    private static final int MAX_MONTHS = 12_000;

    private Periods() {
    }

    /**
     * What one period object gave.
     *
     * @param period the period, if usable
     * @param years its whole years, if usable
     * @param reasons why not
     * @param stated whether the object states anything about the period
     */
    record Read(Optional<Fact<ContractPeriod>> period, Optional<Fact<Integer>> years, List<Reason> reasons,
                boolean stated) implements Outcome {
        static Read failed(List<Reason> reasons, boolean stated) {
            return new Read(Optional.empty(), Optional.empty(), reasons, stated);
        }

        @Override
        public boolean usable() {
            return years.isPresent();
        }

        Read withNote(String note, boolean inferred) {
            return new Read(period.map(f -> noted(f, note, inferred)), years.map(f -> noted(f, note, inferred)), reasons,
                    stated);
        }

        private static <T> Fact<T> noted(Fact<T> f, String note, boolean inferred) {
            String how = f.how() + " (" + note + ")";
            return inferred ? Fact.inferred(f.value(), how) : new Fact<>(f.value(), f.provenance(), how);
        }
    }

    static Read read(Node p) {
        Node startNode = p.get("startDate");
        Node endNode = p.get("endDate");
        Node daysNode = p.get("durationInDays");
        Node monthsNode = p.get("durationInMonths");
        boolean stated = !(startNode.isMissing() && endNode.isMissing() && daysNode.isMissing() && monthsNode.isMissing());
        List<Reason> reasons = new ArrayList<>();
        if (!stated) {
            return new Read(Optional.empty(), Optional.empty(), reasons, false);
        }
        Dates.Parsed start = Dates.of(startNode);
        Dates.Parsed end = Dates.of(endNode);
        if (start.bad()) {
            reasons.add(new Reason(ReasonKind.BAD_DATE, "startDate " + startNode.describe(), startNode.path()));
        }
        if (end.bad()) {
            reasons.add(new Reason(ReasonKind.BAD_DATE, "endDate " + endNode.describe(), endNode.path()));
        }
        Optional<Integer> days = duration(daysNode, MAX_DAYS, "days", reasons);
        Optional<Integer> months = duration(monthsNode, MAX_MONTHS, "months", reasons);
        Optional<LocalDate> s = start.date();
        Optional<LocalDate> e = end.date();
        String dropped = "";
        if (s.isPresent() && e.isPresent() && e.get().isBefore(s.get())) {
            if (days.isEmpty() && months.isEmpty()) {
                reasons.add(new Reason(ReasonKind.END_BEFORE_START, "start " + s.get() + ", end " + e.get(), p.path()));
                return new Read(Optional.empty(), Optional.empty(), reasons, true);
            }
            dropped = "; end " + e.get() + " before start " + s.get() + " left out, the duration used";
            e = Optional.empty();
        }
        if (s.isPresent() && e.isPresent() && ChronoUnit.DAYS.between(s.get(), e.get()) >= MAX_DAYS) {
            reasons.add(new Reason(ReasonKind.BAD_DURATION, "start " + s.get() + ", end " + e.get()
                    + ": more than 1,000 years", p.path()));
            return new Read(Optional.empty(), Optional.empty(), reasons, true);
        }
        if (e.isEmpty() && days.isEmpty() && months.isEmpty()) {
            if (reasons.isEmpty()) {
                reasons.add(s.isPresent()
                        ? new Reason(ReasonKind.NO_PERIOD_END, "start " + s.get(), p.path())
                        : new Reason(ReasonKind.NO_PERIOD, "", p.path()));
            }
            return new Read(Optional.empty(), Optional.empty(), reasons, true);
        }
        ContractPeriod period = new ContractPeriod(s, e, days, months);
        Fact<Integer> years;
        if (s.isPresent() && e.isPresent()) {
            years = fromDates(s.get(), e.get(), p.path());
        } else if (months.isPresent()) {
            years = fromMonths(months.get(), monthsNode.path());
        } else if (days.isPresent()) {
            years = fromDays(days.get(), daysNode.path());
        } else {
            reasons.add(new Reason(ReasonKind.NO_PERIOD_START, "end " + e.orElseThrow(), p.path()));
            return new Read(Optional.empty(), Optional.empty(), reasons, true);
        }
        reasons.clear(); // a bad part does not matter when the rest gives the period
        Fact<ContractPeriod> fact = Fact.read(period, p.path() + dropped);
        if (!dropped.isEmpty()) {
            fact = Fact.inferred(period, fact.how());
            years = Fact.inferred(years.value(), years.how() + dropped);
        }
        return new Read(Optional.of(fact), Optional.of(years), List.of(), true);
    }

    private static Optional<Integer> duration(Node n, long max, String unit, List<Reason> reasons) {
        if (n.isMissing()) {
            return Optional.empty();
        }
        Optional<BigDecimal> d = n.decimal();
        if (d.isPresent() && d.get().signum() > 0 && d.get().compareTo(BigDecimal.valueOf(max)) <= 0
                && d.get().stripTrailingZeros().scale() <= 0) {
            return Optional.of(d.get().intValueExact());
        }
        reasons.add(new Reason(ReasonKind.BAD_DURATION, n.describe() + " " + unit
                + " (a whole number above 0, at most 1,000 years)", n.path()));
        return Optional.empty();
    }

    static Fact<Integer> fromDates(LocalDate start, LocalDate end, String path) {
        LocalDate after = end.plusDays(1);
        long whole = ChronoUnit.YEARS.between(start, after);
        if (whole >= 1 && start.plusYears(whole).equals(after)) {
            return Fact.read((int) whole, path + ": " + whole + (whole == 1 ? " year" : " whole years")
                    + " from " + start + " to " + end);
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        BigDecimal exact = BigDecimal.valueOf(days).divide(DAYS_PER_YEAR, 2, RoundingMode.HALF_UP);
        int years = rounded(BigDecimal.valueOf(days).divide(DAYS_PER_YEAR, 10, RoundingMode.HALF_UP));
        return Fact.inferred(years, path + ": " + start + " to " + end + " is " + days + " days = " + exact.toPlainString()
                + " years, rounded half up to " + years + (years == 1 ? " (at least 1)" : ""));
    }

    static Fact<Integer> fromMonths(int months, String path) {
        if (months % 12 == 0) {
            return Fact.read(months / 12, path + ": " + months + " months = " + (months / 12) + " years");
        }
        int years = rounded(BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP));
        return Fact.inferred(years, path + ": " + months + " months = " + BigDecimal.valueOf(months)
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP).toPlainString() + " years, rounded half up to "
                + years + (years == 1 ? " (at least 1)" : ""));
    }

    static Fact<Integer> fromDays(int days, String path) {
        int years = rounded(BigDecimal.valueOf(days).divide(DAYS_PER_YEAR, 10, RoundingMode.HALF_UP));
        return Fact.inferred(years, path + ": " + days + " days = " + BigDecimal.valueOf(days)
                .divide(DAYS_PER_YEAR, 2, RoundingMode.HALF_UP).toPlainString() + " years, rounded half up to " + years
                + (years == 1 ? " (at least 1)" : ""));
    }

    private static int rounded(BigDecimal years) {
        return Math.max(1, years.setScale(0, RoundingMode.HALF_UP).intValueExact());
    }
}
