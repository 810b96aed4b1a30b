package io.github.svtoms.proxies.valuation;

import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.derivation.Derivation;
import io.github.svtoms.proxies.derivation.StepKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import static io.github.svtoms.proxies.valuation.Fixtures.CARBON;
import static io.github.svtoms.proxies.valuation.Fixtures.EMPLOYMENT;
import static io.github.svtoms.proxies.valuation.Fixtures.LTU_HIRES;
import static io.github.svtoms.proxies.valuation.Fixtures.SME_SPEND;
import static io.github.svtoms.proxies.valuation.Fixtures.d;
import static io.github.svtoms.proxies.valuation.Fixtures.gbp;
import static io.github.svtoms.proxies.valuation.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line rules at their boundaries (first year only, the schedule's horizon, years beyond those
 * precomputed) and the derivation's wording for single-year lines and each deadweight source.
 */
class LineRulesAndDerivationTest {
    private static ValuationEngine engine(Discounting discounting) {
        return ValuationEngine.of(request(discounting).build());
    }

    @Test
    void firstYearOnlyMeasuresAcceptOneYearAndRejectTwo() {
        ValuationEngine e = engine(Discounting.none());
        // 2 hires × 9,800 (2012-13 prices) × 102.625 / 74.43 (2024 on the financial-year basis:
        // ¼ × 100 + ¾ × 103.5 = 102.625) = 2,011,450 / 74.43 = 27,024.7212...; valued, not rejected
        LineValuation one = e.valueLine(CommitmentLine.of("h1", LTU_HIRES, d("2"))).orElseThrow();
        assertEquals(gbp("27024.72"), one.reported().gross());
        var two = assertThrows(LineRejectedException.class, () -> e.valueLine(
                CommitmentLine.builder("h2", LTU_HIRES, d("2")).duration(2).build()));
        assertEquals(LineRejectedException.Rule.FIRST_YEAR_ONLY, two.rule());
        assertEquals("line 'h2': measure 'long-term-unemployed-hires' counts in the first year only, but the line's "
                + "duration is 2 years", two.getMessage());
    }

    @Test
    void theLastYearOfTheHorizonIsAcceptedAndTheNextRejected() {
        // green-book-health ends at t = 125; first year undiscounted: contract year 126 is t = 125
        ValuationEngine e = engine(Discounting.of(DiscountSchedule.greenBookHealth()));
        LineValuation last = e.valueLine(CommitmentLine.builder("c", CARBON, d("1")).startYear(126).build()).orElseThrow();
        // 1 × 280 × DF_125 (0.2110618529... from DiscountScheduleTest) = 59.097...
        assertEquals(gbp("59.10"), last.reported().presentValue());
        var beyond = assertThrows(LineRejectedException.class,
                () -> e.valueLine(CommitmentLine.builder("c", CARBON, d("1")).startYear(120).duration(8).build()));
        assertEquals(LineRejectedException.Rule.BEYOND_HORIZON, beyond.rule());
        assertEquals("line 'c': contract year 127 (discount year t = 126) is beyond the horizon of discount schedule "
                + "'green-book-health' (t ≤ 125)", beyond.getMessage());
        // a last year past Integer.MAX_VALUE (or past Limits.MAX_CONTRACT_YEARS = 1000) cannot even be a line:
        // it is refused where it enters, before any engine precomputes a discount factor for it
        var huge = assertThrows(io.github.svtoms.core.InvalidValueException.class, () ->
                CommitmentLine.builder("c", CARBON, d("1")).startYear(Integer.MAX_VALUE).duration(2).build());
        assertEquals("line 'c': start year 2147483647 must be at most 1000 (svtoms's limit on contract years)",
                huge.getMessage());
        var wrapped = assertThrows(io.github.svtoms.core.InvalidValueException.class, () ->
                CommitmentLine.builder("c", CARBON, d("1")).startYear(1000).duration(2).build());
        assertEquals("line 'c': last benefit year (start year + duration − 1) 1001 must be at most 1000 "
                + "(svtoms's limit on contract years)", wrapped.getMessage());
        // discounting from the first year: contract year 126 is t = 126, beyond
        ValuationEngine first = engine(new Discounting(DiscountSchedule.greenBookHealth(),
                io.github.svtoms.proxies.YearIndexing.FIRST_YEAR_DISCOUNTED));
        var t126 = assertThrows(LineRejectedException.class,
                () -> first.valueLine(CommitmentLine.builder("c", CARBON, d("1")).startYear(126).build()));
        assertEquals("line 'c': contract year 126 (discount year t = 126) is beyond the horizon of discount schedule "
                + "'green-book-health' (t ≤ 125)", t126.getMessage());
    }

    @Test
    void linesBeyondThePrecomputedFactorsAreDiscountedExactly() {
        // an engine prepared without lines precomputes DF_0..DF_300; t = 301 and t = 400 need more
        ValuationEngine e = engine(Discounting.greenBook());
        for (int t : new int[] {299, 300, 301, 302, 400}) {
            CommitmentLine line = CommitmentLine.builder("c", CARBON, d("1000")).startYear(t + 1).build();
            LineValuation l = e.valueLine(line).orElseThrow();
            // 1,000 × 280 = 280,000 × DF_t
            BigDecimal expected = new BigDecimal("280000").multiply(DiscountSchedule.greenBook().factor(t),
                    MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_EVEN);
            assertEquals(expected, l.reported().presentValue().amount(), "t = " + t);
            // the same line inside the request (factors precomputed up to it) gives the same figures
            Valuation inside = ValuationEngine.value(request(Discounting.greenBook()).line(line).build());
            assertEquals(l.reported(), inside.lines().get(0).reported(), "t = " + t);
        }
    }

    @Test
    void oneMemberOfAnExclusiveGroupRaisesNoWarning() {
        Valuation v = ValuationEngine.value(request(Discounting.none())
                .line(CommitmentLine.of("sme", SME_SPEND, d("100000")))
                .line(CommitmentLine.of("sme2", SME_SPEND, d("1000"))).build());
        assertEquals(List.of(), v.warnings());
    }

    @Test
    void singleYearDerivationWording() {
        // carbon: 10 tCO2e × £280 (2024 prices, no default deadweight) in contract year 2, Green Book:
        // t = 1, DF_1 = 1 / 1.035 = 0.966183...; present value 2,800 / 1.035 = 2,705.3140...
        LineValuation l = engine(Discounting.greenBook()).valueLine(
                CommitmentLine.builder("co2", CARBON, d("10")).startYear(2).build()).orElseThrow();
        Derivation dv = l.derivation();
        List<String> s = dv.sentences();
        assertEquals(List.of(StepKind.PROXY, StepKind.GROSS, StepKind.ADJUSTMENT, StepKind.NET_FIRST_YEAR,
                StepKind.DROP_OFF, StepKind.DISCOUNT, StepKind.PRESENT_VALUE), dv.kinds());
        assertTrue(s.get(1).endsWith(" × £280.00 × 1 year = £2,800.00"), s.get(1));
        assertEquals("none given", dv.step(StepKind.ADJUSTMENT).orElseThrow().text("deadweightSource"));
        assertEquals("net over 1 year = £2,800.00", s.get(4));
        assertEquals("discount with green-book (the standard schedule; first contract year undiscounted; r_1 = 3.5 %): contract years 2 → t = 1, "
                + "DF_1 = 0.9662", s.get(5));
        assertEquals("present value Σ value_k × DF_t over 1 year = £2,705.31", s.get(6));
        // a deadweight given on the line is named as the line's
        LineValuation withLine = engine(Discounting.none()).valueLine(
                CommitmentLine.builder("e", EMPLOYMENT, d("1")).deadweight(d("0.5")).build()).orElseThrow();
        assertEquals("line", withLine.derivation().step(StepKind.ADJUSTMENT).orElseThrow().text("deadweightSource"));
        // 1 × 10,000 × (1 − 0.5) = 5,000
        assertEquals(gbp("5000.00"), withLine.reported().net());
        assertEquals("no discounting: present value = net = £5,000.00",
                withLine.derivation().step(StepKind.PRESENT_VALUE).orElseThrow().sentence());
        assertEquals(List.of(StepKind.PROXY, StepKind.GROSS, StepKind.ADJUSTMENT, StepKind.NET_FIRST_YEAR,
                StepKind.DROP_OFF, StepKind.PRESENT_VALUE), withLine.derivation().kinds());
    }
}
