package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.catalogue.MeasureId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliveryMonitorTest {
    // a 12-month contract: 2022-04-01 (inclusive) to 2023-04-01 (exclusive) = 365 days
    static final LocalDate START = LocalDate.of(2022, 4, 1);
    static final LocalDate END = LocalDate.of(2023, 4, 1);
    static final LocalDate Q2_START = LocalDate.of(2022, 7, 1);
    // month 6 of 12: 2022-04-01 → 2022-10-01 = 30 + 31 + 30 + 31 + 31 + 30 = 183 days elapsed
    static final LocalDate MONTH_6 = LocalDate.of(2022, 10, 1);

    static final MeasureId HIRES = MeasureId.of("local-hires");
    static final MeasureId HOURS = MeasureId.of("volunteer-hours");
    static final MeasureId SPEND = MeasureId.of("local-spend");

    static Commitment commitment(MeasureId id) {
        // target 365 over 365 days → pro-rata expectation at month 6 = 365 × 183 / 365 = 183
        return Commitment.of(id, BigDecimal.valueOf(365), START, END);
    }

    static ActualReport q1(MeasureId id, int quantity, VerificationLevel level) {
        return ActualReport.of(id, START, Q2_START, BigDecimal.valueOf(quantity), level);
    }

    static ActualReport q2(MeasureId id, int quantity, VerificationLevel level) {
        return ActualReport.of(id, Q2_START, MONTH_6, BigDecimal.valueOf(quantity), level);
    }

    static void assertNumber(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    /*
     * Expected at month 6: 183 each.
     *   local-hires: 90 + 100 = 190 → 190 / 183 = 103.83 % → GREEN (≥ 100)
     *   volunteer-hours: 70 + 80 = 150 → 150 / 183 = 81.97 % → AMBER (≥ 80)
     *   local-spend: 46 + 100 = 146 → 146 / 183 = 79.78 % → RED
     */
    @Test
    void monthSixOfTwelveGivesEachRagStatus() {
        var hires = commitment(HIRES).withMinimumAndStretch(BigDecimal.valueOf(180), BigDecimal.valueOf(400));
        var monitor = DeliveryMonitor.of(List.of(hires, commitment(HOURS), commitment(SPEND)));
        var story = new EvidenceStory("Back to work", "A care leaver hired as a porter.", LocalDate.of(2022, 8, 3),
                Optional.of(URI.create("https://example.org/story")), true);
        var privateStory = new EvidenceStory("Apprentice", "Named apprentice; consent not yet given.",
                LocalDate.of(2022, 9, 1), Optional.empty(), false);
        var reports = List.of(
                q1(HIRES, 90, VerificationLevel.INDEPENDENTLY_VERIFIED),
                new ActualReport(HIRES, Q2_START, MONTH_6, BigDecimal.valueOf(100), VerificationLevel.EVIDENCED,
                        List.of(story, privateStory)),
                q1(HOURS, 70, VerificationLevel.SELF_REPORTED), q2(HOURS, 80, VerificationLevel.EVIDENCED),
                q1(SPEND, 46, VerificationLevel.EVIDENCED), q2(SPEND, 100, VerificationLevel.EVIDENCED),
                // Q3 has not ended by the as-of date: validated but not counted
                ActualReport.of(SPEND, MONTH_6, LocalDate.of(2023, 1, 1), BigDecimal.valueOf(500), VerificationLevel.SELF_REPORTED));
        var result = monitor.assess(reports, MONTH_6);

        var green = result.status(HIRES);
        assertEquals(183, green.elapsedDays());
        assertEquals(365, green.totalDays());
        assertNumber("183", green.expected());
        assertNumber("190", green.delivered());
        assertEquals(RagStatus.GREEN, green.rag());
        // 190 × 100 / 183 = 103.8251...
        assertEquals("103.83", green.displayPercentOfExpected());
        assertEquals(Optional.of(true), green.minimumReached()); // 190 ≥ 180
        assertEquals(Optional.of(false), green.stretchReached()); // 190 < 400
        assertFalse(green.targetReached()); // 190 < 365
        assertEquals(Optional.of(VerificationLevel.EVIDENCED), green.lowestVerification());
        assertEquals(List.of(story), green.publishableStories());
        assertEquals(List.of(privateStory), green.unpublishableStories());
        assertEquals(2, green.stories().size());

        var amber = result.status(HOURS);
        assertEquals(RagStatus.AMBER, amber.rag());
        // 150 × 100 / 183 = 81.9672...
        assertEquals("81.97", amber.displayPercentOfExpected());
        assertEquals(Optional.of(VerificationLevel.SELF_REPORTED), amber.lowestVerification());
        assertEquals(Optional.empty(), amber.minimumReached());

        var red = result.status(SPEND);
        assertEquals(RagStatus.RED, red.rag());
        // 146 × 100 / 183 = 79.7814...
        assertEquals("79.78", red.displayPercentOfExpected());
        assertNumber("146", red.delivered());
        assertEquals(2, red.reportsCounted());
        assertTrue(red.derivation().contains("365 × 183 ÷ 365 days = 183"), red.derivation());

        assertEquals(RagStatus.RED, result.overall());
        assertEquals(Map.of(HIRES, new BigDecimal("190"), HOURS, new BigDecimal("150"), SPEND, new BigDecimal("146")),
                result.deliveredQuantities());
        assertEquals(List.of(HIRES, HOURS, SPEND), List.copyOf(result.deliveredQuantities().keySet()));
    }

    @Test
    void atTheContractStartNothingIsExpectedSoItIsGreen() {
        var result = DeliveryMonitor.of(List.of(commitment(HIRES))).assess(List.of(q1(HIRES, 10, VerificationLevel.EVIDENCED)), START);
        var s = result.status(HIRES);
        assertEquals(0, s.elapsedDays());
        assertNumber("0", s.expected());
        assertEquals(RagStatus.GREEN, s.rag());
        assertEquals(Optional.empty(), s.percentOfExpected());
        assertEquals("n/a", s.displayPercentOfExpected());
        assertEquals(0, s.reportsCounted()); // Q1 has not ended
        assertEquals(Optional.empty(), s.lowestVerification());
    }

    @Test
    void afterTheEndTheFullTargetIsExpectedAndReachedFlagsUseTheFullContract() {
        var c = Commitment.of(HIRES, BigDecimal.valueOf(10), START, END).withMinimumAndStretch(BigDecimal.valueOf(8), BigDecimal.valueOf(12));
        var report = ActualReport.of(HIRES, START, END, BigDecimal.valueOf(12), VerificationLevel.EVIDENCED);
        var s = DeliveryMonitor.of(List.of(c)).assess(List.of(report), LocalDate.of(2024, 1, 1)).status(HIRES);
        assertEquals(365, s.elapsedDays());
        assertNumber("10", s.expected());
        assertNumber("120", s.percentOfExpected().orElseThrow()); // 12 / 10 × 100
        assertTrue(s.targetReached());
        assertEquals(Optional.of(true), s.stretchReached());
    }

    @Test
    void thresholdsAreInclusive() {
        var monitor = DeliveryMonitor.of(List.of(commitment(HIRES)));
        // exactly 183 of 183 = 100 % → GREEN; 146.4 of 183 = 80 % exactly → AMBER; 146.39 → RED
        assertEquals(RagStatus.GREEN, monitor.assess(List.of(ActualReport.of(HIRES, START, MONTH_6, new BigDecimal("183"),
                VerificationLevel.EVIDENCED)), MONTH_6).status(HIRES).rag());
        var amber = monitor.assess(List.of(ActualReport.of(HIRES, START, MONTH_6, new BigDecimal("146.4"),
                VerificationLevel.EVIDENCED)), MONTH_6).status(HIRES);
        assertEquals(RagStatus.AMBER, amber.rag());
        assertNumber("80", amber.percentOfExpected().orElseThrow());
        assertEquals(RagStatus.RED, monitor.assess(List.of(ActualReport.of(HIRES, START, MONTH_6, new BigDecimal("146.39"),
                VerificationLevel.EVIDENCED)), MONTH_6).status(HIRES).rag());
    }

    @Test
    void customThresholds() {
        // 150 of 183 expected = 81.97 %: amber by default, red with amber from 90 %, green with green from 80 %
        var reports = List.of(q1(HOURS, 70, VerificationLevel.EVIDENCED), q2(HOURS, 80, VerificationLevel.EVIDENCED));
        var monitor = DeliveryMonitor.of(List.of(commitment(HOURS)));
        assertEquals(RagStatus.RED, monitor.withThresholds(new RagThresholds(BigDecimal.valueOf(95), BigDecimal.valueOf(90)))
                .assess(reports, MONTH_6).status(HOURS).rag());
        assertEquals(RagStatus.GREEN, monitor.withThresholds(new RagThresholds(BigDecimal.valueOf(80), BigDecimal.valueOf(50)))
                .assess(reports, MONTH_6).status(HOURS).rag());
        var e = assertThrows(InvalidValueException.class, () -> new RagThresholds(BigDecimal.valueOf(70), BigDecimal.valueOf(80)));
        assertTrue(e.getMessage().contains("green 70% is below amber 80%"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> new RagThresholds(BigDecimal.ONE, BigDecimal.valueOf(-1)));
    }

    @Test
    void invalidInputIsRejected() {
        var monitor = DeliveryMonitor.of(List.of(commitment(HIRES)));
        var e = assertThrows(UnknownIdException.class,
                () -> monitor.assess(List.of(q1(HOURS, 1, VerificationLevel.EVIDENCED)), MONTH_6));
        assertTrue(e.getMessage().contains("'volunteer-hours'"), e.getMessage());
        var neg = assertThrows(InvalidValueException.class, () -> q1(HIRES, -1, VerificationLevel.EVIDENCED));
        assertTrue(neg.getMessage().contains("invalid quantity -1"), neg.getMessage());
        var outside = ActualReport.of(HIRES, LocalDate.of(2022, 3, 1), Q2_START, BigDecimal.ONE, VerificationLevel.EVIDENCED);
        var o = assertThrows(InvalidValueException.class, () -> monitor.assess(List.of(outside), MONTH_6));
        assertTrue(o.getMessage().contains("lies outside the contract 2022-04-01 to 2023-04-01"), o.getMessage());
        var late = ActualReport.of(HIRES, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 4, 2), BigDecimal.ONE, VerificationLevel.EVIDENCED);
        assertThrows(InvalidValueException.class, () -> monitor.assess(List.of(late), MONTH_6));
        var overlap = ActualReport.of(HIRES, LocalDate.of(2022, 6, 1), MONTH_6, BigDecimal.ONE, VerificationLevel.EVIDENCED);
        var ov = assertThrows(InvalidValueException.class,
                () -> monitor.assess(List.of(q1(HIRES, 1, VerificationLevel.EVIDENCED), overlap), MONTH_6));
        assertTrue(ov.getMessage().contains("overlap"), ov.getMessage());
        assertThrows(InvalidValueException.class, () -> DeliveryMonitor.of(List.of(commitment(HIRES), commitment(HIRES))));
        assertThrows(InvalidValueException.class, () -> Commitment.of(HIRES, BigDecimal.ONE, END, START));
        assertThrows(InvalidValueException.class, () -> Commitment.of(HIRES, BigDecimal.valueOf(-1), START, END));
        assertThrows(InvalidValueException.class,
                () -> commitment(HIRES).withMinimumAndStretch(BigDecimal.valueOf(400), BigDecimal.valueOf(500)));
        assertThrows(InvalidValueException.class,
                () -> commitment(HIRES).withMinimumAndStretch(BigDecimal.ONE, BigDecimal.valueOf(300)));
        assertThrows(InvalidValueException.class,
                () -> ActualReport.of(HIRES, Q2_START, Q2_START, BigDecimal.ONE, VerificationLevel.EVIDENCED));
        assertThrows(UnknownIdException.class, () -> monitor.assess(List.of(), MONTH_6).status(HOURS));
    }
}
