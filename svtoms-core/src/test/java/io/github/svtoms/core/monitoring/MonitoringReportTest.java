package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link MonitoringRequest#report()}: status, statutory ratings and, with notice details, the notice's content. */
class MonitoringReportTest {
    static final MeasureId JOBS = MeasureId.of("local-employment");
    static final LocalDate START = LocalDate.of(2027, 4, 1);
    static final LocalDate END = START.plusYears(4);

    static MonitoringRequest request(Optional<NoticeDetails> notice) {
        DeliveryMonitor monitor = DeliveryMonitor.of(List.of(Commitment.of(JOBS, new BigDecimal("30"), START, END)));
        LocalDate asOf = START.plusYears(1);
        // a year of 1,461 days' contract: expected 30 × 366 ÷ 1461 = 7.515…, delivered 6 → 79.84 % → requires improvement
        ActualReport report = ActualReport.of(JOBS, START, asOf, new BigDecimal("6"), VerificationLevel.EVIDENCED);
        return new MonitoringRequest(monitor, List.of(report), asOf, RatingThresholds.DEFAULT, notice);
    }

    @Test
    void theReportRatesEveryCommitmentAndProducesTheNoticeWhenItsDetailsAreGiven() {
        NoticeDetails details = new NoticeDetails("ocds-example-2027-001", "contract-1",
                List.of(new NoticeSupplier("Example Services Ltd", "GB-COH-00000000")));
        MonitoringReport r = request(Optional.of(details)).report();
        assertEquals(StatutoryRating.REQUIRES_IMPROVEMENT, r.rating(0).rating());
        assertEquals("below", r.rating(0).ocdsRating());
        assertEquals(RagStatus.RED, r.status().statuses().get(0).rag());
        ContractPerformanceNotice n = r.notice().orElseThrow();
        assertEquals("ocds-example-2027-001", n.procurementId());
        assertEquals(List.of(new NoticeKpi(JOBS, "local-employment", StatutoryRating.REQUIRES_IMPROVEMENT)), n.kpis());
        assertEquals(new AssessmentPeriod(START, START.plusYears(1)), n.period());
        assertEquals(Optional.of(START.plusYears(2)), n.nextAssessmentDue());
        assertEquals(Optional.empty(), request(Optional.empty()).report().notice());
        // with a catalogue, the notice names each KPI by its measure's name, or its id when the catalogue lacks it
        var empty = io.github.svtoms.core.catalogue.Catalogue.builder().build();
        assertEquals("local-employment", request(Optional.of(details)).report(empty).notice().orElseThrow().kpis().get(0)
                .name());
    }

    @Test
    void noticeDetailsValidate() {
        assertThrows(InvalidValueException.class, () -> new NoticeDetails("ocid", "c", List.of()));
        assertThrows(InvalidValueException.class, () -> new NoticeDetails(" ", "c",
                List.of(new NoticeSupplier("A", "GB-1"))));
        var e = assertThrows(InvalidValueException.class, () -> new NoticeDetails("ocid", "c",
                List.of(new NoticeSupplier("A", "GB-1"), new NoticeSupplier("B", "GB-1"))));
        assertEquals("duplicate supplier identifier 'GB-1': each supplier is named once", e.getMessage());
        MonitoringRequest a = request(Optional.empty());
        MonitoringResult status = a.assess();
        PerformanceAssessment other = PerformanceAssessment.of(status, RatingThresholds.DEFAULT);
        MonitoringResult later = a.monitor().assess(a.reports(), a.asOf().plusDays(1));
        assertThrows(InvalidValueException.class, () -> new MonitoringReport(later, other, Optional.empty()));
    }
}
