package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.MissingPriceYearException;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.valuation.LineRejectedException.Rule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.svtoms.proxies.valuation.Fixtures.CARBON;
import static io.github.svtoms.proxies.valuation.Fixtures.EMPLOYMENT;
import static io.github.svtoms.proxies.valuation.Fixtures.LTU_HIRES;
import static io.github.svtoms.proxies.valuation.Fixtures.Y2024;
import static io.github.svtoms.proxies.valuation.Fixtures.d;
import static io.github.svtoms.proxies.valuation.Fixtures.gbp;
import static io.github.svtoms.proxies.valuation.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every problem of a request is reported at once, as data, and the message stays readable. */
class AllProblemsTest {
    /** Green Book health rates end at t = 125, so a line can run beyond the horizon. */
    private static final Discounting HEALTH = Discounting.of(DiscountSchedule.greenBookHealth());

    private static final String U1 = "line 'u1': unknown measure 'nt99' (not in the catalogue)";
    private static final String F1 = "line 'f1': measure 'long-term-unemployed-hires' counts in the first year only,"
            + " but the line's duration is 3 years";
    private static final String H1 = "line 'h1': contract year 130 (discount year t = 129) is beyond the horizon of"
            + " discount schedule 'green-book-health' (t ≤ 125)";
    private static final String M1 = "line 'm1': proxy EUR 5 is in EUR but the request is in GBP (svtoms never"
            + " converts currencies)";

    @Test
    void aRequestWithFiveBadLinesReportsFiveProblems() {
        ValuationRequest request = request(HEALTH)
                .line(CommitmentLine.of("ok1", CARBON, d("1")))
                .line(CommitmentLine.of("u1", MeasureId.of("nt99"), d("1")))
                .line(CommitmentLine.builder("f1", LTU_HIRES, d("2")).duration(3).build())
                .line(CommitmentLine.of("ok2", EMPLOYMENT, d("1")))
                .line(CommitmentLine.builder("h1", CARBON, d("1")).startYear(128).duration(3).build())
                .line(CommitmentLine.builder("m1", CARBON, d("1")).proxy(ProxyValue.supplied(Money.of("5", "EUR"), Y2024))
                        .build())
                .line(CommitmentLine.builder("r1", CARBON, d("1"))
                        .proxy(ProxyValue.supplied(gbp("5"), PriceYear.parse("2019"))).build())
                .build();
        LineRejectedException e = assertThrows(LineRejectedException.class, () -> ValuationEngine.value(request));
        assertInstanceOf(SvtomsException.class, e);
        List<LineProblem> p = e.problems();
        assertEquals(5, p.size(), p::toString);
        assertEquals(List.of("u1", "f1", "h1", "m1", "r1"), p.stream().map(LineProblem::lineId).toList());
        assertEquals(List.of(Rule.UNKNOWN_MEASURE, Rule.FIRST_YEAR_ONLY, Rule.BEYOND_HORIZON, Rule.CURRENCY_MISMATCH,
                Rule.REBASING), p.stream().map(LineProblem::rule).toList());
        assertEquals(new LineProblem("u1", Rule.UNKNOWN_MEASURE, U1), p.get(0));
        assertEquals(new LineProblem("f1", Rule.FIRST_YEAR_ONLY, F1), p.get(1));
        assertEquals(new LineProblem("h1", Rule.BEYOND_HORIZON, H1), p.get(2));
        assertEquals(new LineProblem("m1", Rule.CURRENCY_MISMATCH, M1), p.get(3));
        assertTrue(p.get(4).message().startsWith("line 'r1': cannot rebase the proxy for measure 'carbon-saved' to 2024: "),
                p.get(4).message());
        assertTrue(p.get(4).message().contains("2019"), p.get(4).message());
        // the first problem is also the exception's own line and rule
        assertEquals("u1", e.lineId());
        assertEquals(Rule.UNKNOWN_MEASURE, e.rule());
        // the message lists them all, in order
        assertEquals("5 problems in the commitment lines: " + U1 + "; " + F1 + "; " + H1 + "; " + M1 + "; "
                + p.get(4).message(), e.getMessage());
        // the rebasing failure underneath is kept as the cause
        assertInstanceOf(MissingPriceYearException.class, e.getCause());
    }

    @Test
    void aLineWithSeveralProblemsReportsEachAndRepeatedIdsToo() {
        CommitmentLine both = CommitmentLine.builder("b1", LTU_HIRES, d("1")).startYear(125).duration(3).build();
        ValuationRequest request = request(HEALTH).line(CommitmentLine.of("x", CARBON, d("1"))).line(both)
                .line(CommitmentLine.of("x", EMPLOYMENT, d("1"))).build();
        LineRejectedException e = assertThrows(LineRejectedException.class, () -> ValuationEngine.value(request));
        assertEquals(List.of(Rule.FIRST_YEAR_ONLY, Rule.BEYOND_HORIZON, Rule.DUPLICATE_ID),
                e.problems().stream().map(LineProblem::rule).toList());
        assertEquals(List.of("b1", "b1", "x"), e.problems().stream().map(LineProblem::lineId).toList());
        assertEquals("line 'x': duplicate line id (ids must be unique within a request)", e.problems().get(2).message());
        assertNull(e.getCause());
        // a single line on its own reports both of its problems too
        LineRejectedException one = assertThrows(LineRejectedException.class,
                () -> ValuationEngine.of(request(HEALTH).build()).valueLine(both));
        assertEquals(e.problems().subList(0, 2), one.problems());
        assertTrue(one.getMessage().startsWith("2 problems in the commitment lines: line 'b1': measure"), one.getMessage());
    }

    @Test
    void theMessageIsCappedAndSaysHowManyMoreThereAre() {
        List<CommitmentLine> lines = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            lines.add(CommitmentLine.of("bad-" + i, MeasureId.of("nt" + i), d("1")));
        }
        LineRejectedException e = assertThrows(LineRejectedException.class,
                () -> ValuationEngine.value(request(HEALTH).lines(lines).build()));
        assertEquals(100, e.problems().size());
        String m = e.getMessage();
        // each listed message is "line 'bad-N': unknown measure 'ntN' (not in the catalogue)", 56–58 characters
        int listed = m.split("; line '").length;
        assertTrue(listed >= 30 && listed < 40, listed + " listed: " + m);
        assertTrue(m.endsWith("; and " + (100 - listed) + " more problems (LineRejectedException.problems() lists them all)"),
                m);
        assertTrue(m.length() < LineRejectedException.MESSAGE_LIMIT + 200, "length " + m.length());
        assertTrue(m.contains("line 'bad-0': unknown measure 'nt0'"), m);
        assertTrue(!m.contains("'bad-99'"), m);
    }

    @Test
    void aFirstMessageLongerThanTheLimitIsCutShort() {
        String longId = "l".repeat(3000);
        LineRejectedException e = assertThrows(LineRejectedException.class, () -> ValuationEngine.value(request(HEALTH)
                .line(CommitmentLine.of(longId, MeasureId.of("nt1"), d("1")))
                .line(CommitmentLine.of("short", MeasureId.of("nt2"), d("1"))).build()));
        assertEquals(2, e.problems().size());
        String prefix = "2 problems in the commitment lines: ";
        assertEquals(prefix + ("line '" + longId).substring(0, LineRejectedException.MESSAGE_LIMIT) + "…; and 1 more problem"
                + " (LineRejectedException.problems() lists them all)", e.getMessage());
    }

    @Test
    void anAccumulatorReportsEveryProblemOfALineAndCarriesOn() {
        ValuationEngine engine = ValuationEngine.of(request(HEALTH).build());
        ValuationAccumulator acc = engine.accumulator().add(CommitmentLine.of("a", CARBON, d("2")));
        ValuationSummary before = acc.summary();
        CommitmentLine both = CommitmentLine.builder("b", LTU_HIRES, d("1")).startYear(125).duration(3).build();
        LineRejectedException e = assertThrows(LineRejectedException.class, () -> acc.add(both));
        assertEquals(List.of(Rule.FIRST_YEAR_ONLY, Rule.BEYOND_HORIZON), e.problems().stream().map(LineProblem::rule)
                .toList());
        assertEquals(before, acc.summary());
        // the next line starts afresh: the earlier problems are not raised again
        acc.add(CommitmentLine.of("c", CARBON, d("1")));
        assertEquals(engine.value(List.of(CommitmentLine.of("a", CARBON, d("2")), CommitmentLine.of("c", CARBON, d("1"))))
                .summary(), acc.summary());
        // and an unknown measure alone is one problem
        LineRejectedException u = assertThrows(LineRejectedException.class,
                () -> acc.add(CommitmentLine.of("u", MeasureId.of("nt99"), d("1"))));
        assertEquals(List.of(new LineProblem("u", Rule.UNKNOWN_MEASURE, "line 'u': unknown measure 'nt99' (not in the"
                + " catalogue)")), u.problems());
    }

    @Test
    void problemsAndTheExceptionValidateTheirParts() {
        assertThrows(InvalidValueException.class, () -> new LineProblem("a", null, "m"));
        assertThrows(InvalidValueException.class, () -> new LineProblem(null, Rule.REBASING, "m"));
        assertThrows(InvalidValueException.class, () -> new LineProblem("a", Rule.REBASING, " "));
        assertThrows(InvalidValueException.class, () -> new LineRejectedException(List.of(), null));
        List<LineProblem> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(InvalidValueException.class, () -> new LineRejectedException(withNull, null));
        List<LineProblem> mutable = new ArrayList<>(List.of(new LineProblem("a", Rule.REBASING, "m")));
        LineRejectedException e = new LineRejectedException(mutable, null);
        mutable.clear();
        assertEquals(1, e.problems().size());
        assertThrows(UnsupportedOperationException.class, () -> e.problems().clear());
        assertEquals("m", e.getMessage());
    }

    @Test
    void theMessageListsWhatFitsExactly() {
        String prefix = "3 problems in the commitment lines: ";
        String more = " (LineRejectedException.problems() lists them all)";
        // 1,000 + "; " + 998 = 2,000 characters fill the limit exactly; "abc" no longer fits
        LineProblem a = new LineProblem("a", Rule.REBASING, "a".repeat(1000));
        LineProblem b = new LineProblem("b", Rule.REBASING, "b".repeat(998));
        LineProblem c = new LineProblem("c", Rule.REBASING, "abc");
        assertEquals(prefix + a.message() + "; " + b.message() + "; and 1 more problem" + more,
                new LineRejectedException(List.of(a, b, c), null).getMessage());
        // a first message of exactly the limit is listed whole
        LineProblem full = new LineProblem("f", Rule.REBASING, "f".repeat(LineRejectedException.MESSAGE_LIMIT));
        assertEquals("3 problems in the commitment lines: " + full.message() + "; and 2 more problems" + more,
                new LineRejectedException(List.of(full, b, c), null).getMessage());
    }

    @Test
    void theFirstUnderlyingCauseIsKept() {
        ValuationRequest request = request(HEALTH)
                .line(CommitmentLine.builder("r1", CARBON, d("1"))
                        .proxy(ProxyValue.supplied(gbp("5"), PriceYear.parse("2019"))).build())
                .line(CommitmentLine.of("u1", MeasureId.of("nt99"), d("1")))
                .build();
        LineRejectedException e = assertThrows(LineRejectedException.class, () -> ValuationEngine.value(request));
        assertEquals(List.of(Rule.REBASING, Rule.UNKNOWN_MEASURE), e.problems().stream().map(LineProblem::rule).toList());
        assertInstanceOf(MissingPriceYearException.class, e.getCause());
    }

    @Test
    void anUnknownMeasureIsItsLinesOnlyProblemAndTheFirstMeasureIsChecked() {
        // the other rules need the measure: an unknown one is reported alone for its line
        CommitmentLine unknownAndLate = CommitmentLine.builder("u", MeasureId.of("nt99"), d("1")).startYear(200).build();
        ValuationEngine engine = ValuationEngine.of(request(HEALTH).build());
        assertEquals(List.of(Rule.UNKNOWN_MEASURE), assertThrows(LineRejectedException.class,
                () -> engine.valueLine(unknownAndLate)).problems().stream().map(LineProblem::rule).toList());
        assertEquals(List.of(Rule.UNKNOWN_MEASURE), assertThrows(LineRejectedException.class,
                () -> engine.value(List.of(unknownAndLate))).problems().stream().map(LineProblem::rule).toList());
        // the catalogue's first measure (local-employment, index 0) is checked like any other
        CommitmentLine late = CommitmentLine.builder("e", EMPLOYMENT, d("1")).startYear(200).build();
        assertEquals(Rule.BEYOND_HORIZON, assertThrows(LineRejectedException.class, () -> engine.valueLine(late)).rule());
        assertEquals(Rule.BEYOND_HORIZON, assertThrows(LineRejectedException.class,
                () -> engine.accumulator().add(late)).rule());
        assertEquals(Rule.BEYOND_HORIZON, assertThrows(LineRejectedException.class,
                () -> engine.value(List.of(late))).rule());
    }
}
