package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.kpi.Kpi;
import io.github.svtoms.core.kpi.SkippedKpi;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** KPIs to monitored commitments: whole-contract targets kept as they are, levels and open targets skipped. */
class KpiCommitmentsTest {
    private static final LocalDate START = LocalDate.of(2024, 4, 1);
    private static final LocalDate END = LocalDate.of(2027, 4, 1);
    private static final MeasureId EMPLOYMENT = MeasureId.of("local-employment");
    private static final MeasureId HIRES = MeasureId.of("long-term-unemployed-hires");
    private static final MeasureId PROMPT = MeasureId.of("prompt-payment-share");
    private static final MeasureId PLAN = MeasureId.of("carbon-reduction-plan");
    private static final MeasureId SLAVERY = MeasureId.of("modern-slavery-review");

    private static Kpi kpi(MeasureId m, Unit unit, String min, String target, String stretch) {
        return new Kpi(m, ThemeId.of("t"), unit, Optional.ofNullable(min).map(BigDecimal::new),
                Optional.ofNullable(target).map(BigDecimal::new), Optional.ofNullable(stretch).map(BigDecimal::new),
                List.of(), List.of("test"));
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void targetsStayWholeContractAndLevelsAndOpenTargetsAreSkipped() {
        KpiCommitments c = KpiCommitments.of(List.of(
                kpi(EMPLOYMENT, Unit.FTE_YEARS, "4.00", "5.00", "7.50"),
                kpi(PROMPT, Unit.PERCENT, "95", "95", "95"),
                kpi(HIRES, Unit.PEOPLE, "1", "2", "3"),
                kpi(PLAN, Unit.YES_NO, "1", "1", "1"),
                kpi(SLAVERY, Unit.COUNT, null, null, null)), START, END);
        assertEquals(List.of(
                new Commitment(EMPLOYMENT, d("5.00"), Optional.of(d("4.00")), Optional.of(d("7.50")), START, END),
                new Commitment(HIRES, d("2"), Optional.of(d("1")), Optional.of(d("3")), START, END)), c.commitments());
        assertEquals(List.of(
                new SkippedKpi(PROMPT, "a level (%) to hold, not a quantity that adds up: the monitor sums reported"
                        + " quantities pro rata, so check this level at each review"),
                new SkippedKpi(PLAN, "a level (yes/no) to hold, not a quantity that adds up: the monitor sums reported"
                        + " quantities pro rata, so check this level at each review"),
                new SkippedKpi(SLAVERY, "no target: agree one with the supplier, then add a commitment on"
                        + " 'modern-slavery-review'")), c.skipped());

        // half-way (2025-10-01 is 548 of 1,095 days) 2.60 FTE-years delivered:
        // expected 5.00 × 548 ÷ 1,095 = 2.5023; 2.60 ÷ 2.5023 × 100 = 103.91 % → GREEN.
        // Had the target been taken as 5 a year (15 in all), 2.60 would be 34.6 % → RED.
        LocalDate halfWay = LocalDate.of(2025, 10, 1);
        CommitmentStatus s = c.monitor().assess(List.of(ActualReport.of(EMPLOYMENT, START, halfWay, d("2.60"),
                VerificationLevel.EVIDENCED)), halfWay).status(EMPLOYMENT);
        assertEquals(548, s.elapsedDays());
        assertEquals("103.91", s.displayPercentOfExpected());
        assertEquals(RagStatus.GREEN, s.rag());
    }

    @Test
    void datesAndErrors() {
        List<Kpi> one = List.of(kpi(HIRES, Unit.PEOPLE, "1", "2", "3"));
        InvalidValueException backwards = assertThrows(InvalidValueException.class,
                () -> KpiCommitments.of(one, END, START));
        assertEquals("invalid contract dates 2027-04-01 to 2024-04-01: the end (exclusive) must be after the start",
                backwards.getMessage());
        // checked even when no KPI gives a commitment
        assertThrows(InvalidValueException.class, () -> KpiCommitments.of(List.of(), START, START));
        InvalidValueException twice = assertThrows(InvalidValueException.class, () -> KpiCommitments.of(
                List.of(kpi(HIRES, Unit.PEOPLE, "1", "2", "3"), kpi(HIRES, Unit.PEOPLE, "1", "1", "1")), START, END));
        assertTrue(twice.getMessage().contains("duplicate commitment on measure 'long-term-unemployed-hires'"),
                twice.getMessage());
        List<Kpi> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(InvalidValueException.class, () -> KpiCommitments.of(withNull, START, END));
        assertThrows(InvalidValueException.class, () -> KpiCommitments.of(one, null, END));
        assertThrows(InvalidValueException.class, () -> new KpiCommitments(List.of(), null));
        List<Commitment> nullCommitment = new ArrayList<>();
        nullCommitment.add(null);
        assertThrows(InvalidValueException.class, () -> new KpiCommitments(nullCommitment, List.of()));
        KpiCommitments empty = KpiCommitments.of(List.of(), START, END);
        assertEquals(List.of(), empty.commitments());
        assertEquals(DeliveryMonitor.of(List.of()), empty.monitor());
    }
}
