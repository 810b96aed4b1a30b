package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.law.DutyLevel;
import io.github.svtoms.core.law.EvidenceGrade;
import io.github.svtoms.core.law.Verdict;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statutory ratings (Procurement Act 2023 s.71) of every commitment of a {@link MonitoringResult}: each
 * rated from its delivery as a percentage of the pro-rata expectation by {@link RatingThresholds}, the same
 * measure as its RAG status, with the period assessed and the date the next assessment is due.
 *
 * <p>The rules, for each commitment:
 * <ul>
 *   <li>Nothing was expected by the as-of date (the contract had not started, or its target is 0), or no
 *       report covering the period had been counted: {@link StatutoryRating#OTHER}, with the reason — the four
 *       graded words would describe delivery nobody has reported.</li>
 *   <li>Otherwise the thresholds decide: good, approaching target, requires improvement, inadequate. Less
 *       delivery never gives a better rating.</li>
 *   <li>The period assessed runs from the later of the commitment's start and the period start given (e.g.
 *       the last assessment) to the earlier of the as-of date and the commitment's end. Delivery is counted
 *       from the contract's start, as in the RAG view: the rating says where the commitment stands at the end
 *       of the period.</li>
 *   <li>The next assessment is due 12 months after the as-of date at the latest (s.71: at least once every 12
 *       months [S]), or at the contract's end when that is sooner; none once the contract has ended.</li>
 * </ul>
 * A finding with rule id {@value #INTERVAL_RULE} says whether every period assessed is at most 12 months.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param asOf the as-of date of the monitoring result
 * @param thresholds the rating thresholds used
 * @param ratings one rating per commitment, in the commitments' order
 * @param interval the finding on the 12-month interval
 */
public record PerformanceAssessment(LocalDate asOf, RatingThresholds thresholds, List<KpiRating> ratings,
                                    DutyFinding interval) {
    /** The rule id of {@link #interval()}. */
    public static final String INTERVAL_RULE = "s71-assessment-interval";
    /** The source of the rating duty. */
    public static final String SOURCE = "Procurement Act 2023 s.71; Procurement Regulations 2024 reg. 39";

    /**
     * Validates and copies.
     *
     * @throws InvalidValueException when a part is missing
     */
    public PerformanceAssessment {
        Checks.notNull(asOf, "as-of date");
        Checks.notNull(thresholds, "rating thresholds");
        ratings = List.copyOf(Checks.notNull(ratings, "ratings"));
        Checks.notNull(interval, "interval finding");
    }

    /**
     * Rates every commitment, each period starting at its commitment's start.
     *
     * @param result the monitoring result
     * @param thresholds the rating thresholds
     * @return the assessment
     */
    public static PerformanceAssessment of(MonitoringResult result, RatingThresholds thresholds) {
        return of(result, thresholds, Optional.empty());
    }

    /**
     * Rates every commitment over a period starting at a date (e.g. the previous assessment's as-of date).
     *
     * @param result the monitoring result
     * @param thresholds the rating thresholds
     * @param periodStart the start of the period assessed, if not the commitments' start; not after the as-of date
     * @return the assessment
     * @throws InvalidValueException when the period start is after the as-of date
     */
    public static PerformanceAssessment of(MonitoringResult result, RatingThresholds thresholds,
                                           Optional<LocalDate> periodStart) {
        Checks.notNull(result, "monitoring result");
        Checks.notNull(thresholds, "rating thresholds");
        Checks.notNull(periodStart, "period start");
        LocalDate asOf = result.asOf();
        periodStart.ifPresent(p -> {
            if (p.isAfter(asOf)) {
                throw new InvalidValueException("invalid assessment period start " + p + ": after the as-of date " + asOf);
            }
        });
        List<KpiRating> ratings = new ArrayList<>();
        List<String> long12 = new ArrayList<>();
        for (CommitmentStatus s : result.statuses()) {
            KpiRating r = rate(s, thresholds, periodStart);
            ratings.add(r);
            if (r.period().longerThanTwelveMonths()) {
                long12.add(s.commitment().measure() + " (" + r.period() + ")");
            }
        }
        DutyFinding interval = long12.isEmpty()
                ? DutyFinding.of(INTERVAL_RULE, Verdict.MET, DutyLevel.ERROR, "every period assessed is at most "
                        + AssessmentPeriod.MAXIMUM_MONTHS + " months (s.71: at least once every 12 months)",
                        EvidenceGrade.SECONDARY, SOURCE)
                : DutyFinding.of(INTERVAL_RULE, Verdict.NOT_MET, DutyLevel.ERROR, "periods longer than "
                        + AssessmentPeriod.MAXIMUM_MONTHS + " months: " + String.join("; ", long12)
                        + " (s.71: performance is assessed at least once every 12 months)", EvidenceGrade.SECONDARY, SOURCE);
        return new PerformanceAssessment(asOf, thresholds, ratings, interval);
    }

    private static KpiRating rate(CommitmentStatus s, RatingThresholds thresholds, Optional<LocalDate> periodStart) {
        Commitment c = s.commitment();
        LocalDate asOf = s.asOf();
        LocalDate start = periodStart.filter(p -> p.isAfter(c.start())).orElse(c.start());
        LocalDate end = asOf.isAfter(c.end()) ? c.end() : asOf;
        if (end.isBefore(start)) {
            end = start; // the contract had not started, or the period starts after the contract ended
        }
        AssessmentPeriod period = new AssessmentPeriod(start, end);
        Optional<LocalDate> next = asOf.isBefore(c.end())
                ? Optional.of(min(asOf.plusMonths(AssessmentPeriod.MAXIMUM_MONTHS), c.end())) : Optional.empty();
        StatutoryRating rating;
        String derivation;
        if (s.percentOfExpected().isEmpty()) {
            rating = StatutoryRating.OTHER;
            derivation = "nothing was expected by " + asOf + " (target " + plain(c.target()) + ", " + s.elapsedDays()
                    + " of " + s.totalDays() + " days elapsed), so performance cannot be described by the four ratings → Other";
        } else if (s.reportsCounted() == 0) {
            rating = StatutoryRating.OTHER;
            derivation = "no report ended by " + asOf + " was counted, so performance cannot be described by the four"
                    + " ratings → Other (the RAG view shows " + s.rag() + " from zero delivery)";
        } else {
            BigDecimal p = s.percentOfExpected().get();
            rating = thresholds.ratingOf(p);
            derivation = "delivered " + plain(s.delivered()) + " ÷ expected " + plain(s.expected()) + " × 100 = "
                    + plain(p) + "% → " + rating.words() + " (" + thresholds.describe() + ")";
        }
        derivation += "; period assessed " + period + "; next assessment due "
                + next.map(LocalDate::toString).orElse("none: the contract ended on " + c.end() + ", so this is the last");
        return new KpiRating(c.measure(), rating, s.percentOfExpected(), period, next, s.rag(), derivation);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /**
     * The rating of one commitment.
     *
     * @param measure the commitment's measure
     * @return its rating
     * @throws UnknownIdException when there is no commitment on that measure
     */
    public KpiRating rating(MeasureId measure) {
        Checks.notNull(measure, "measure");
        return ratings.stream().filter(r -> r.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new UnknownIdException("unknown commitment '" + measure + "': no commitment on that measure"));
    }

    /**
     * The period the assessment covers as a whole: from the earliest period start to the latest period end.
     *
     * @return the period; an empty period at the as-of date when there is no commitment
     */
    public AssessmentPeriod period() {
        LocalDate start = ratings.stream().map(r -> r.period().start()).min(LocalDate::compareTo).orElse(asOf);
        LocalDate end = ratings.stream().map(r -> r.period().end()).max(LocalDate::compareTo).orElse(asOf);
        return new AssessmentPeriod(start, end);
    }

    /**
     * When the next assessment of the contract is due: the earliest date any commitment's is.
     *
     * @return the date, or empty when every commitment has ended
     */
    public Optional<LocalDate> nextAssessmentDue() {
        return ratings.stream().flatMap(r -> r.nextAssessmentDue().stream()).min(LocalDate::compareTo);
    }
}
