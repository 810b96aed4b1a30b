package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.catalogue.MeasureId;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A contract's commitments and the RAG thresholds to monitor them by; {@link #assess(List, LocalDate)} gives
 * their status at an as-of date from the reported actuals.
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param commitments the commitments, one per measure
 * @param thresholds the RAG thresholds
 */
public record DeliveryMonitor(List<Commitment> commitments, RagThresholds thresholds) {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Validates and copies.
     *
     * @param commitments one per measure
     * @param thresholds the thresholds
     * @throws InvalidValueException when two commitments share a measure
     */
    public DeliveryMonitor {
        commitments = List.copyOf(Checks.notNull(commitments, "commitments"));
        Checks.notNull(thresholds, "thresholds");
        Set<MeasureId> seen = new HashSet<>();
        for (Commitment c : commitments) {
            if (!seen.add(c.measure())) {
                throw new InvalidValueException("duplicate commitment on measure '" + c.measure()
                        + "': a contract has one commitment per measure");
            }
        }
    }

    /**
     * Commitments monitored with the default thresholds (green from 100 %, amber from 80 %).
     *
     * @param commitments the commitments
     * @return the monitor
     */
    public static DeliveryMonitor of(List<Commitment> commitments) {
        return new DeliveryMonitor(commitments, RagThresholds.DEFAULT);
    }

    /**
     * A copy with other thresholds.
     *
     * @param value the thresholds
     * @return the modified copy
     */
    public DeliveryMonitor withThresholds(RagThresholds value) {
        return new DeliveryMonitor(commitments, value);
    }

    /**
     * The status of every commitment at an as-of date. A report counts when its period has ended on or
     * before {@code asOf}; later reports are validated but not counted.
     *
     * @param reports the reported actuals, in any order
     * @param asOf the as-of date (the start of that day)
     * @return one status per commitment
     * @throws UnknownIdException when a report is for a measure without a commitment
     * @throws InvalidValueException when a report's period lies outside its contract, or two reports on one
     *                               measure overlap (which would count delivery twice)
     */
    public MonitoringResult assess(List<ActualReport> reports, LocalDate asOf) {
        List<ActualReport> all = List.copyOf(Checks.notNull(reports, "reports"));
        Checks.notNull(asOf, "as-of date");
        validate(all);
        List<CommitmentStatus> statuses = new ArrayList<>();
        for (Commitment c : commitments) {
            List<ActualReport> counted = all.stream()
                    .filter(r -> r.measure().equals(c.measure()) && !r.periodEnd().isAfter(asOf)).toList();
            statuses.add(status(c, counted, asOf));
        }
        return new MonitoringResult(asOf, thresholds, statuses);
    }

    private void validate(List<ActualReport> reports) {
        for (ActualReport r : reports) {
            Commitment c = commitments.stream().filter(x -> x.measure().equals(r.measure())).findFirst()
                    .orElseThrow(() -> new UnknownIdException("report for unknown commitment '" + r.measure()
                            + "': the contract has no commitment on that measure"));
            if (r.periodStart().isBefore(c.start()) || r.periodEnd().isAfter(c.end())) {
                throw new InvalidValueException("report period " + r.periodStart() + " to " + r.periodEnd()
                        + " for measure '" + r.measure() + "' lies outside the contract " + c.start() + " to " + c.end()
                        + ": a report's period must fall within its contract");
            }
        }
        for (Commitment c : commitments) {
            List<ActualReport> mine = reports.stream().filter(r -> r.measure().equals(c.measure()))
                    .sorted(Comparator.comparing(ActualReport::periodStart)).toList();
            for (int i = 1; i < mine.size(); i++) {
                ActualReport prev = mine.get(i - 1);
                ActualReport next = mine.get(i);
                if (next.periodStart().isBefore(prev.periodEnd())) {
                    throw new InvalidValueException("reports for measure '" + c.measure() + "' overlap: "
                            + prev.periodStart() + " to " + prev.periodEnd() + " and " + next.periodStart() + " to "
                            + next.periodEnd() + ": overlapping periods would count delivery twice");
                }
            }
        }
    }

    private CommitmentStatus status(Commitment c, List<ActualReport> counted, LocalDate asOf) {
        BigDecimal delivered = counted.stream().map(ActualReport::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        long elapsed = c.elapsedDays(asOf);
        long total = c.totalDays();
        BigDecimal expected = c.target().multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(total), MC);
        // delivered ÷ (target × elapsed ÷ total) × 100, with a single division
        Optional<BigDecimal> percent = expected.signum() == 0 ? Optional.empty()
                : Optional.of(delivered.multiply(HUNDRED).multiply(BigDecimal.valueOf(total))
                        .divide(c.target().multiply(BigDecimal.valueOf(elapsed)), MC));
        RagStatus rag = percent.map(thresholds::statusOf).orElse(RagStatus.GREEN);
        Optional<VerificationLevel> lowest = counted.stream().map(ActualReport::verification).min(Enum::compareTo);
        List<EvidenceStory> stories = counted.stream().flatMap(r -> r.stories().stream()).toList();
        String derivation = "delivered " + plain(delivered) + " from " + counted.size() + " report(s) ended by " + asOf
                + "; expected " + plain(c.target()) + " × " + elapsed + " ÷ " + total + " days = " + plain(expected)
                + percent.map(p -> "; " + plain(delivered) + " ÷ " + plain(expected) + " × 100 = " + plain(p)
                        + "% → " + rag + " (green from " + plain(thresholds.green()) + "%, amber from "
                        + plain(thresholds.amber()) + "%)")
                        .orElse("; nothing is expected yet → GREEN");
        return new CommitmentStatus(c, asOf, elapsed, total, delivered, expected, percent, rag,
                delivered.compareTo(c.target()) >= 0,
                c.minimum().map(m -> delivered.compareTo(m) >= 0),
                c.stretch().map(s -> delivered.compareTo(s) >= 0),
                lowest, counted.size(), stories, derivation);
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
