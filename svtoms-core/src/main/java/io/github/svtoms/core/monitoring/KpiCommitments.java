package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.kpi.Kpi;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.SkippedKpi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The commitments to monitor, made from selected KPIs, and the KPIs that give none. Once a contract is
 * let, {@code KpiCommitments.of(selection, start).monitor()} is a {@link DeliveryMonitor} for the suppliers'
 * reports.
 *
 * <p>The rules, for each KPI in order:
 * <ul>
 *   <li>a KPI with a target gives a {@link Commitment} on its measure whose target, minimum and stretch are
 *       the KPI's, unchanged: both are whole-contract figures, so nothing is multiplied or divided by the
 *       years. The commitment runs over the contract's dates, start inclusive and end exclusive;</li>
 *   <li>a KPI without a target is {@linkplain SkippedKpi skipped}: the buyer agrees a target with the
 *       supplier and adds the commitment;</li>
 *   <li>a {@linkplain Kpi#isLevel() level} (a percentage, yes/no) is skipped: the monitor adds up the
 *       quantities reported and expects them pro rata over the contract, which a level does not do (four
 *       quarterly reports of 95 % are not 380 %); check a level at each review instead.</li>
 * </ul>
 *
 * <p>No financial proxy is involved: this is svtoms-core.
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param commitments the commitments, one per KPI with a target that is not a level, in KPI order
 * @param skipped the KPIs that give no commitment, with the reason, in KPI order
 */
public record KpiCommitments(List<Commitment> commitments, List<SkippedKpi> skipped) {
    /**
     * Validates and copies.
     *
     * @param commitments the commitments
     * @param skipped the skipped KPIs
     * @throws InvalidValueException when a list or an element is missing
     */
    public KpiCommitments {
        commitments = copy(commitments, "commitments");
        skipped = copy(skipped, "skipped KPIs");
    }

    private static <T> List<T> copy(List<T> values, String what) {
        Checks.notNull(values, what).forEach(v -> Checks.notNull(v, what + " element"));
        return List.copyOf(values);
    }

    /**
     * The commitments of a KPI selection for a contract starting on {@code start} and running for the
     * profile's years: the end (exclusive) is {@code start.plusYears(selection.profile().years())}, e.g. a
     * 3-year contract from 2024-04-01 ends on 2027-04-01 (exclusive).
     *
     * @param selection the KPI selection
     * @param start the contract start, inclusive
     * @return the commitments and the skipped KPIs
     * @throws InvalidValueException when the end date would be beyond the supported dates
     */
    public static KpiCommitments of(KpiSelection selection, LocalDate start) {
        Checks.notNull(selection, "KPI selection");
        Checks.notNull(start, "contract start");
        int years = selection.profile().years();
        LocalDate end;
        try {
            end = start.plusYears(years);
        } catch (DateTimeException e) {
            throw new InvalidValueException("contract start " + start + " plus " + years
                    + " years is beyond the supported dates (year " + LocalDate.MAX.getYear() + ")", e);
        }
        return of(selection.kpis(), start, end);
    }

    /**
     * The commitments of some KPIs (e.g. a selection's, edited) over a contract's dates. Their targets are
     * taken as whole-contract figures for exactly these dates.
     *
     * @param kpis the KPIs, at most one per measure
     * @param start the contract start, inclusive
     * @param end the contract end, exclusive; after the start
     * @return the commitments and the skipped KPIs
     * @throws InvalidValueException when the end is not after the start, or two KPIs share a measure
     */
    public static KpiCommitments of(List<Kpi> kpis, LocalDate start, LocalDate end) {
        Checks.notNull(kpis, "KPIs");
        Checks.notNull(start, "contract start");
        Checks.notNull(end, "contract end");
        if (!end.isAfter(start)) {
            throw new InvalidValueException("invalid contract dates " + start + " to " + end
                    + ": the end (exclusive) must be after the start");
        }
        List<Commitment> commitments = new ArrayList<>();
        List<SkippedKpi> skipped = new ArrayList<>();
        for (Kpi k : kpis) {
            Checks.notNull(k, "KPI");
            if (!k.hasLevels()) {
                skipped.add(new SkippedKpi(k.measure(), "no target: agree one with the supplier, then add a commitment"
                        + " on '" + k.measure() + "'"));
            } else if (k.isLevel()) {
                skipped.add(new SkippedKpi(k.measure(), "a level (" + k.unit().name() + ") to hold, not a quantity that"
                        + " adds up: the monitor sums reported quantities pro rata, so check this level at each review"));
            } else {
                commitments.add(new Commitment(k.measure(), k.target().orElseThrow(), k.minimum(), k.stretch(), start, end));
            }
        }
        KpiCommitments result = new KpiCommitments(commitments, skipped);
        result.monitor(); // one commitment per measure, checked where the rule lives
        return result;
    }

    /**
     * A monitor of these commitments with the default RAG thresholds ({@link DeliveryMonitor#of(List)}).
     *
     * @return the monitor
     * @throws InvalidValueException when two commitments share a measure
     */
    public DeliveryMonitor monitor() {
        return DeliveryMonitor.of(commitments);
    }
}
