package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.LocalArea;
import io.github.svtoms.core.catalogue.LocalDefinition;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.law.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** s.71 statutory ratings at their thresholds, the period assessed, the next assessment and the notice content. */
class PerformanceAssessmentTest {
    static final MeasureId HIRES = MeasureId.of("local-hires");
    static final MeasureId HOURS = MeasureId.of("volunteering-hours");
    static final LocalDate START = LocalDate.of(2026, 4, 1);
    static final LocalDate END = LocalDate.of(2027, 4, 1); // 365 days
    /** 100 days after the start: a target of 365 expects 365 × 100 ÷ 365 = 100, so delivery is its own percentage. */
    static final LocalDate AS_OF = START.plusDays(100);

    static KpiRating rate(String delivered, RatingThresholds thresholds) {
        DeliveryMonitor monitor = DeliveryMonitor.of(List.of(Commitment.of(HIRES, BigDecimal.valueOf(365), START, END)));
        ActualReport report = ActualReport.of(HIRES, START, AS_OF, new BigDecimal(delivered), VerificationLevel.EVIDENCED);
        return PerformanceAssessment.of(monitor.assess(List.of(report), AS_OF), thresholds).rating(HIRES);
    }

    static StatutoryRating rating(String delivered) {
        return rate(delivered, RatingThresholds.DEFAULT).rating();
    }

    @Test
    void eachRatingStartsAtItsThreshold() {
        // expected 100, so delivered d is d % of the pro-rata expectation
        assertEquals(StatutoryRating.GOOD, rating("150"));
        assertEquals(StatutoryRating.GOOD, rating("100"));
        assertEquals(StatutoryRating.APPROACHING_TARGET, rating("99.99"));
        assertEquals(StatutoryRating.APPROACHING_TARGET, rating("80"));
        assertEquals(StatutoryRating.REQUIRES_IMPROVEMENT, rating("79.99"));
        assertEquals(StatutoryRating.REQUIRES_IMPROVEMENT, rating("50"));
        assertEquals(StatutoryRating.INADEQUATE, rating("49.99"));
        assertEquals(StatutoryRating.INADEQUATE, rating("0"));
    }

    @Test
    void theThresholdsAreConfigurable() {
        RatingThresholds strict = new RatingThresholds(BigDecimal.valueOf(110), BigDecimal.valueOf(95), BigDecimal.valueOf(75));
        assertEquals(StatutoryRating.APPROACHING_TARGET, rate("100", strict).rating());
        assertEquals(StatutoryRating.GOOD, rate("110", strict).rating());
        assertEquals(StatutoryRating.REQUIRES_IMPROVEMENT, rate("94.99", strict).rating());
        assertEquals(StatutoryRating.INADEQUATE, rate("74.99", strict).rating());
        KpiRating r = rate("80", RatingThresholds.DEFAULT);
        assertEquals("delivered 80 ÷ expected 100 × 100 = 80% → Approaching target (good from 100%, approaching target"
                + " from 80%, requires improvement from 50%); period assessed 2026-04-01 to 2026-07-10; next assessment"
                + " due 2027-04-01", r.derivation());
        assertEquals("slightlyBelow", r.ocdsRating());
        assertEquals(RagStatus.AMBER, r.rag());
        var e = assertThrows(InvalidValueException.class,
                () -> new RatingThresholds(BigDecimal.valueOf(80), BigDecimal.valueOf(90), BigDecimal.valueOf(50)));
        assertTrue(e.getMessage().contains("each must be at least the next"), e.getMessage());
        assertThrows(InvalidValueException.class,
                () -> new RatingThresholds(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.valueOf(-1)));
        assertThrows(InvalidValueException.class,
                () -> new RatingThresholds(BigDecimal.TEN, BigDecimal.valueOf(20), BigDecimal.ONE));
    }

    @Test
    void otherWhenPerformanceCannotBeDescribed() {
        DeliveryMonitor monitor = DeliveryMonitor.of(List.of(Commitment.of(HIRES, BigDecimal.valueOf(365), START, END),
                Commitment.of(HOURS, BigDecimal.ZERO, START, END)));
        // a report not yet ended by the as-of date is not counted
        ActualReport late = ActualReport.of(HIRES, START, AS_OF.plusDays(1), BigDecimal.valueOf(500), VerificationLevel.EVIDENCED);
        PerformanceAssessment a = PerformanceAssessment.of(monitor.assess(List.of(late), AS_OF), RatingThresholds.DEFAULT);
        KpiRating unreported = a.rating(HIRES);
        assertEquals(StatutoryRating.OTHER, unreported.rating());
        assertEquals("other", unreported.ocdsRating());
        assertTrue(unreported.derivation().startsWith("no report ended by 2026-07-10 was counted"), unreported.derivation());
        // a target of 0 expects nothing
        KpiRating zero = a.rating(HOURS);
        assertEquals(StatutoryRating.OTHER, zero.rating());
        assertEquals(Optional.empty(), zero.percentOfExpected());
        // before the contract starts nothing is expected and the period is empty
        KpiRating early = PerformanceAssessment.of(monitor.assess(List.of(), START.minusDays(10)), RatingThresholds.DEFAULT)
                .rating(HIRES);
        assertEquals(StatutoryRating.OTHER, early.rating());
        assertEquals(new AssessmentPeriod(START, START), early.period());
        assertThrows(UnknownIdException.class, () -> a.rating(MeasureId.of("nothing")));
    }

    @Test
    void theNextAssessmentIsDueWithinTwelveMonthsAndNotAfterTheContractEnds() {
        LocalDate start = LocalDate.of(2024, 4, 1);
        LocalDate end = LocalDate.of(2027, 4, 1);
        DeliveryMonitor monitor = DeliveryMonitor.of(List.of(Commitment.of(HIRES, BigDecimal.valueOf(300), start, end)));
        ActualReport year = ActualReport.of(HIRES, start, LocalDate.of(2025, 4, 1), BigDecimal.valueOf(100),
                VerificationLevel.EVIDENCED);
        PerformanceAssessment first = PerformanceAssessment.of(monitor.assess(List.of(year), LocalDate.of(2025, 4, 1)),
                RatingThresholds.DEFAULT);
        // 12 months after 2025-04-01
        assertEquals(Optional.of(LocalDate.of(2026, 4, 1)), first.rating(HIRES).nextAssessmentDue());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 1)), first.nextAssessmentDue());
        assertEquals(new AssessmentPeriod(start, LocalDate.of(2025, 4, 1)), first.period());
        assertEquals(Verdict.MET, first.interval().verdict());
        // 12 months after 2026-06-01 would be after the end: due at the end
        PerformanceAssessment late = PerformanceAssessment.of(monitor.assess(List.of(year), LocalDate.of(2026, 6, 1)),
                RatingThresholds.DEFAULT, Optional.of(LocalDate.of(2025, 6, 1)));
        assertEquals(Optional.of(end), late.rating(HIRES).nextAssessmentDue());
        assertEquals(new AssessmentPeriod(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1)), late.rating(HIRES).period());
        assertEquals(Verdict.MET, late.interval().verdict());
        // from the start to 2026-06-01 is more than 12 months
        PerformanceAssessment overdue = PerformanceAssessment.of(monitor.assess(List.of(year), LocalDate.of(2026, 6, 1)),
                RatingThresholds.DEFAULT);
        assertEquals(Verdict.NOT_MET, overdue.interval().verdict());
        assertTrue(overdue.interval().isError());
        assertTrue(overdue.interval().detail().contains("local-hires (2024-04-01 to 2026-06-01)"), overdue.interval().detail());
        // at or after the end: this is the last assessment
        PerformanceAssessment last = PerformanceAssessment.of(monitor.assess(List.of(year), end), RatingThresholds.DEFAULT,
                Optional.of(LocalDate.of(2026, 4, 1)));
        assertEquals(Optional.empty(), last.rating(HIRES).nextAssessmentDue());
        assertEquals(Optional.empty(), last.nextAssessmentDue());
        assertTrue(last.rating(HIRES).derivation().endsWith("next assessment due none: the contract ended on 2027-04-01,"
                + " so this is the last"), last.rating(HIRES).derivation());
        assertThrows(InvalidValueException.class, () -> PerformanceAssessment.of(monitor.assess(List.of(), end),
                RatingThresholds.DEFAULT, Optional.of(end.plusDays(1))));
        // exactly 12 months is not longer than 12 months
        assertFalse(new AssessmentPeriod(start, start.plusMonths(12)).longerThanTwelveMonths());
        assertTrue(new AssessmentPeriod(start, start.plusMonths(12).plusDays(1)).longerThanTwelveMonths());
        assertThrows(InvalidValueException.class, () -> new AssessmentPeriod(end, start));
    }

    @Test
    void ratingsAndCodesRoundTrip() {
        String[][] expected = {{"good", "met", "Good"}, {"approaching-target", "slightlyBelow", "Approaching target"},
                {"requires-improvement", "below", "Requires improvement"}, {"inadequate", "significantlyBelow", "Inadequate"},
                {"other", "other", "Other"}};
        StatutoryRating[] all = StatutoryRating.values();
        assertEquals(expected.length, all.length);
        for (int i = 0; i < all.length; i++) {
            assertEquals(expected[i][0], all[i].id());
            assertEquals(expected[i][1], all[i].ocdsCode());
            assertEquals(expected[i][2], all[i].words());
            assertEquals(all[i], StatutoryRating.fromId(all[i].id()));
            assertEquals(all[i], StatutoryRating.fromOcdsCode(all[i].ocdsCode()));
            assertEquals(i < 4, all[i].graded());
        }
        assertThrows(InvalidValueException.class, () -> StatutoryRating.fromId("met"));
        assertThrows(InvalidValueException.class, () -> StatutoryRating.fromOcdsCode("good"));
    }

    @Test
    void theContractPerformanceNoticeCarriesIdentifiersKpisRatingsPeriodAndSuppliers() {
        DeliveryMonitor monitor = DeliveryMonitor.of(List.of(Commitment.of(HIRES, BigDecimal.valueOf(365), START, END),
                Commitment.of(HOURS, BigDecimal.valueOf(730), START, END)));
        MonitoringRequest request = new MonitoringRequest(monitor, List.of(
                ActualReport.of(HIRES, START, AS_OF, BigDecimal.valueOf(100), VerificationLevel.EVIDENCED),
                ActualReport.of(HOURS, START, AS_OF, BigDecimal.valueOf(100), VerificationLevel.SELF_REPORTED)),
                AS_OF, RatingThresholds.DEFAULT);
        PerformanceAssessment a = request.rate(Optional.empty());
        // hours: expected 730 × 100 ÷ 365 = 200, delivered 100 → 50 % → requires improvement
        assertEquals(StatutoryRating.REQUIRES_IMPROVEMENT, a.rating(HOURS).rating());
        NoticeSupplier supplier = new NoticeSupplier("Acme Cleaning Ltd", "GB-COH-01234567");
        ContractPerformanceNotice n = ContractPerformanceNotice.of(a, "ocds-h6vhtk-0001", "contract-1", List.of(supplier));
        assertEquals("ocds-h6vhtk-0001", n.procurementId());
        assertEquals("contract-1", n.contractId());
        assertEquals(new AssessmentPeriod(START, AS_OF), n.period());
        assertEquals(List.of(new NoticeKpi(HIRES, "local-hires", StatutoryRating.GOOD),
                new NoticeKpi(HOURS, "volunteering-hours", StatutoryRating.REQUIRES_IMPROVEMENT)), n.kpis());
        assertEquals("below", n.kpis().get(1).ocdsRating());
        assertEquals(List.of(supplier), n.suppliers());
        assertEquals(Optional.of(END), n.nextAssessmentDue());
        Catalogue c = Catalogue.builder()
                .framework(Framework.ofMeasures(FrameworkId.of("open"), "Open", "svtoms", "1"))
                .theme(new Theme(ThemeId.of("jobs"), FrameworkId.of("open"), "Jobs", ""))
                .outcome(new Outcome(OutcomeId.of("employment"), ThemeId.of("jobs"), "Employment", ""))
                .measure(Measure.builder(HIRES).outcome(OutcomeId.of("employment")).name("Local people hired")
                        .unit(Unit.PEOPLE).categories(io.github.svtoms.core.catalogue.ContractCategory.SERVICES).build())
                .build();
        ContractPerformanceNotice named = ContractPerformanceNotice.of(a, c, "ocds-h6vhtk-0001", "contract-1", List.of(supplier));
        assertEquals("Local people hired", named.kpis().get(0).name());
        assertEquals("volunteering-hours", named.kpis().get(1).name());
        assertThrows(InvalidValueException.class, () -> ContractPerformanceNotice.of(a, " ", "c", List.of(supplier)));
        assertThrows(InvalidValueException.class, () -> ContractPerformanceNotice.of(a, "p", "c", List.of()));
        assertThrows(InvalidValueException.class, () -> new NoticeSupplier("Acme", " "));
        PerformanceAssessment empty = PerformanceAssessment.of(DeliveryMonitor.of(List.of()).assess(List.of(), AS_OF),
                RatingThresholds.DEFAULT);
        assertThrows(InvalidValueException.class, () -> ContractPerformanceNotice.of(empty, "p", "c", List.of(supplier)));
        assertEquals(new AssessmentPeriod(AS_OF, AS_OF), empty.period());
        assertEquals(RatingThresholds.DEFAULT, new MonitoringRequest(monitor, List.of(), AS_OF).ratingThresholds());
    }

    @Test
    void aCommitmentCanSayWhatLocalMeans() {
        LocalDefinition elft = new LocalDefinition("ELFT catchment", LocalDefinition.Basis.BENEFIT,
                List.of(new LocalArea.PostcodeDistricts(List.of("E1", "E2", "E3"))));
        Commitment c = Commitment.of(HIRES, BigDecimal.TEN, START, END).withLocal(elft);
        assertEquals(Optional.of(elft), c.local());
        assertEquals(Optional.of(elft), c.withMinimumAndStretch(BigDecimal.ONE, BigDecimal.TEN).local());
        assertEquals(Optional.empty(), Commitment.of(HIRES, BigDecimal.TEN, START, END).local());
    }
}
