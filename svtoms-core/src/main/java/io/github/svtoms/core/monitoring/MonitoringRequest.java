package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.Checks;

import java.time.LocalDate;
import java.util.List;

/**
 * The contents of an {@code svtoms-monitoring/1} file: a contract's commitments with their RAG thresholds
 * (as a {@link DeliveryMonitor}), the suppliers' reports of actual delivery with their verification and
 * evidence stories, and the date to assess them at.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param monitor the commitments and RAG thresholds
 * @param reports the reports, in file order
 * @param asOf the date to assess delivery at
 */
public record MonitoringRequest(DeliveryMonitor monitor, List<ActualReport> reports, LocalDate asOf) {
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
