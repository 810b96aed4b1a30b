package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.Catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The contents of an {@code svtoms-monitoring/1} file: a contract's commitments with their RAG thresholds
 * (as a {@link DeliveryMonitor}), the suppliers' reports of actual delivery with their verification and
 * evidence stories, the date to assess them at, the thresholds of the statutory ratings (s.71) and, when
 * given, what a Contract Performance Notice names besides the ratings (identifiers and suppliers).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param monitor the commitments and RAG thresholds
 * @param reports the reports, in file order
 * @param asOf the date to assess delivery at
 * @param ratingThresholds the thresholds of the statutory ratings ({@link RatingThresholds#DEFAULT} unless the
 *                         contract sets its own)
 * @param notice the procurement and contract identifiers and the suppliers, for the Contract Performance
 *               Notice, if given
 */
public record MonitoringRequest(DeliveryMonitor monitor, List<ActualReport> reports, LocalDate asOf,
                                RatingThresholds ratingThresholds, Optional<NoticeDetails> notice) {
    /**
     * Validates and copies.
     *
     * @param monitor the monitor
     * @param reports the reports
     * @param asOf the as-of date
     */
    public MonitoringRequest {
        Checks.notNull(monitor, "monitor");
        reports = List.copyOf(Checks.notNull(reports, "reports"));
        Checks.notNull(asOf, "as-of date");
        Checks.notNull(ratingThresholds, "rating thresholds");
        Checks.notNull(notice, "notice details");
    }

    /**
     * A request without notice details.
     *
     * @param monitor the monitor
     * @param reports the reports
     * @param asOf the as-of date
     * @param ratingThresholds the rating thresholds
     */
    public MonitoringRequest(DeliveryMonitor monitor, List<ActualReport> reports, LocalDate asOf,
                             RatingThresholds ratingThresholds) {
        this(monitor, reports, asOf, ratingThresholds, Optional.empty());
    }

    /**
     * A request with the default rating thresholds.
     *
     * @param monitor the monitor
     * @param reports the reports
     * @param asOf the as-of date
     */
    public MonitoringRequest(DeliveryMonitor monitor, List<ActualReport> reports, LocalDate asOf) {
        this(monitor, reports, asOf, RatingThresholds.DEFAULT);
    }

    /**
     * Assesses delivery and rates every commitment with the statutory words ({@link PerformanceAssessment}),
     * each period assessed starting at its commitment's start.
     *
     * @return the ratings
     * @throws io.github.svtoms.core.SvtomsException as {@link #assess()}
     */
    public PerformanceAssessment rate() {
        return rate(Optional.empty());
    }

    /**
     * Assesses delivery and rates every commitment with the statutory words ({@link PerformanceAssessment}).
     *
     * @param periodStart the start of the period assessed (e.g. the previous assessment), if not the contract start
     * @return the ratings
     * @throws io.github.svtoms.core.SvtomsException as {@link #assess()}, or when the period start is after the
     *                                               as-of date
     */
    public PerformanceAssessment rate(Optional<LocalDate> periodStart) {
        return PerformanceAssessment.of(assess(), ratingThresholds, periodStart);
    }

    /**
     * Assesses delivery, rates every commitment with the statutory words and, when the request gives the notice
     * details, produces the Contract Performance Notice's content (KPIs named by measure id): what
     * {@code svtoms-monitoring-status/1} holds.
     *
     * @return the report
     * @throws io.github.svtoms.core.SvtomsException as {@link #assess()}
     */
    public MonitoringReport report() {
        MonitoringResult status = assess();
        PerformanceAssessment ratings = PerformanceAssessment.of(status, ratingThresholds);
        return new MonitoringReport(status, ratings, notice.map(n -> ContractPerformanceNotice.of(ratings,
                n.procurementId(), n.contractId(), n.suppliers())));
    }

    /**
     * As {@link #report()}, with each KPI of the notice named by its measure's name in a catalogue (its id when the
     * catalogue does not hold it), as the notice publishes it.
     *
     * @param catalogue the catalogue to take the names from
     * @return the report
     * @throws io.github.svtoms.core.SvtomsException as {@link #assess()}
     */
    public MonitoringReport report(Catalogue catalogue) {
        Checks.notNull(catalogue, "catalogue");
        MonitoringResult status = assess();
        PerformanceAssessment ratings = PerformanceAssessment.of(status, ratingThresholds);
        return new MonitoringReport(status, ratings, notice.map(n -> ContractPerformanceNotice.of(ratings, catalogue,
                n.procurementId(), n.contractId(), n.suppliers())));
    }

    /**
     * Assesses delivery against the commitments at the as-of date ({@link DeliveryMonitor#assess}).
     *
     * @return the status of every commitment
     * @throws io.github.svtoms.core.SvtomsException when a report is for no commitment, lies outside its contract
     *                                               or overlaps another (never for a request read from a file,
     *                                               whose reader checks these)
     */
    public MonitoringResult assess() {
        return monitor.assess(reports, asOf);
    }
}
