package io.github.svtoms.proxies.valuation;

import static io.github.svtoms.proxies.valuation.Fixtures.CARBON;
import static io.github.svtoms.proxies.valuation.Fixtures.EMPLOYMENT;
import static io.github.svtoms.proxies.valuation.Fixtures.LTU_HIRES;
import static io.github.svtoms.proxies.valuation.Fixtures.SME_SPEND;
import static io.github.svtoms.proxies.valuation.Fixtures.SUPPLIER_SPEND;
import static io.github.svtoms.proxies.valuation.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Every reported figure is its exact sum rounded once: a line its derivation's result, a measure, outcome or
 * theme its exact sum; exact sums nest (lines to measure to outcome to theme); rounded breakdowns add up to the
 * rounded totals with their stated rounding adjustment — so a theme served by a single line shows that line's
 * figures exactly.
 */
class HierarchicalRoundingTest {
    private static final List<MeasureId> VALUED = List.of(EMPLOYMENT, LTU_HIRES, SME_SPEND, SUPPLIER_SPEND, CARBON);

    @Test
    void aThemeWithOneLineShowsThatLinesFiguresToThePenny() {
        // A theme with one line: the theme's figures are that line's exact figures rounded once, so they show the
        // line's pennies exactly.
        Valuation v = ValuationEngine.value(Fixtures.request(Discounting.greenBook())
                .line(CommitmentLine.builder("jobs", EMPLOYMENT, d("1.00005")).duration(3).build())
                .line(CommitmentLine.builder("spend", SUPPLIER_SPEND, d("12345.675")).duration(2).build())
                .line(CommitmentLine.builder("carbon", CARBON, d("0.0178575")).duration(5).dropOff(d("0.1")).build())
                .build());
        Catalogue catalogue = Fixtures.catalogue();
        for (LineValuation line : v.lines()) {
            ThemeId theme = catalogue.themeOf(line.measure()).id();
            long linesInTheme = v.lines().stream().filter(l -> catalogue.themeOf(l.measure()).id().equals(theme)).count();
            if (linesInTheme == 1) {
                assertEquals(line.reported(), v.byTheme().get(theme).reported(), line.id());
                assertEquals(line.reported(), v.byMeasure().get(line.measure()).reported(), line.id());
            }
        }
        assertNested(v, catalogue);
    }

    @Test
    void everyLevelAddsUpToTheLevelAboveOverThousandSeededPortfolios() {
        Random random = new Random(20251122L);
        Catalogue catalogue = Fixtures.catalogue();
        int nestedSeen = 0;
        for (int sample = 0; sample < 1000; sample++) {
            ValuationRequest.Builder request = Fixtures.request(sample % 2 == 0 ? Discounting.greenBook() : Discounting.none());
            int lines = 1 + random.nextInt(8);
            for (int i = 0; i < lines; i++) {
                MeasureId measure = VALUED.get(random.nextInt(VALUED.size()));
                // quantities with up to 4 decimals make sub-penny remainders common
                BigDecimal quantity = BigDecimal.valueOf(random.nextInt(2_000_000), 4);
                CommitmentLine.Builder line = CommitmentLine.builder("l" + i, measure, quantity)
                        .displacement(BigDecimal.valueOf(random.nextInt(40), 2))
                        .attribution(BigDecimal.valueOf(random.nextInt(40), 2));
                if (!measure.equals(LTU_HIRES)) {
                    line.duration(1 + random.nextInt(5)).dropOff(BigDecimal.valueOf(random.nextInt(30), 2));
                }
                request.line(line.build());
            }
            Valuation v = ValuationEngine.value(request.build());
            assertNested(v, catalogue);
            nestedSeen += v.summary().outcomesInThemeRoundingAdjustment().size()
                    + v.summary().measuresInOutcomeRoundingAdjustment().size();
        }
        assertTrue(nestedSeen > 0, "the samples include nested breakdowns that need a stated adjustment");
    }

    /**
     * Every reported figure is its exact sum rounded once (HALF_EVEN); every breakdown's rounded entries plus its
     * stated rounding adjustment add up exactly to the rounded totals, in all and per value type; the counted
     * lines plus the lines' adjustment likewise; and a theme's outcomes and an outcome's measures add up exactly
     * to it before rounding.
     */
    private static void assertNested(Valuation v, Catalogue catalogue) {
        ValuationSummary s = v.summary();
        assertEquals(s.exactTotals().rounded(), v.totals(), "totals are the exact totals rounded once");
        assertAdds(v.totals(), v.byTheme().values().stream().map(Subtotal::reported).toList(),
                s.byThemeRoundingAdjustment().all(), "themes");
        assertAdds(v.totals(), v.byOutcome().values().stream().map(Subtotal::reported).toList(),
                s.byOutcomeRoundingAdjustment().all(), "outcomes");
        assertAdds(v.totals(), v.byMeasure().values().stream().map(Subtotal::reported).toList(),
                s.byMeasureRoundingAdjustment().all(), "measures");
        assertAdds(v.totals(), v.lines().stream().filter(l -> v.counted(l.id())).map(LineValuation::reported).toList(),
                v.linesRoundingAdjustment().all(), "lines");
        for (Map<?, Subtotal> breakdown : List.of(v.byTheme(), v.byOutcome(), v.byMeasure())) {
            for (Subtotal e : breakdown.values()) {
                assertEquals(e.exact().rounded(), e.reported(), "an entry is its exact sum rounded once");
            }
        }
        for (ThemeId theme : v.byTheme().keySet()) {
            Figures outcomes = v.byOutcome().entrySet().stream()
                    .filter(e -> catalogue.requireOutcome(e.getKey()).theme().equals(theme)).map(e -> e.getValue().exact())
                    .reduce(Figures::plus).orElseThrow();
            assertTrue(Subtotal.sameAmounts(v.byTheme().get(theme).exact(), outcomes), "theme " + theme);
            // rounded: the theme's outcomes plus the stated adjustment (absent when zero) add up to the theme
            List<Figures> rounded = v.byOutcome().entrySet().stream()
                    .filter(e -> catalogue.requireOutcome(e.getKey()).theme().equals(theme))
                    .map(e -> e.getValue().reported()).toList();
            RoundingAdjustment a = s.outcomesInThemeRoundingAdjustment().get(theme);
            assertTrue(a == null || !a.isZero(), "only non-zero adjustments are stated");
            assertAdds(v.byTheme().get(theme).reported(), rounded, a == null ? Figures.zero(v.currency()) : a.all(),
                    "outcomes of theme " + theme);
        }
        for (OutcomeId outcome : v.byOutcome().keySet()) {
            Figures measures = v.byMeasure().entrySet().stream()
                    .filter(e -> catalogue.requireMeasure(e.getKey()).outcome().equals(outcome))
                    .map(e -> e.getValue().exact()).reduce(Figures::plus).orElseThrow();
            assertTrue(Subtotal.sameAmounts(v.byOutcome().get(outcome).exact(), measures), "outcome " + outcome);
            List<Figures> rounded = v.byMeasure().entrySet().stream()
                    .filter(e -> catalogue.requireMeasure(e.getKey()).outcome().equals(outcome))
                    .map(e -> e.getValue().reported()).toList();
            RoundingAdjustment a = s.measuresInOutcomeRoundingAdjustment().get(outcome);
            assertTrue(a == null || !a.isZero(), "only non-zero adjustments are stated");
            assertAdds(v.byOutcome().get(outcome).reported(), rounded, a == null ? Figures.zero(v.currency()) : a.all(),
                    "measures of outcome " + outcome);
        }
        assertTrue(s.outcomesInThemeRoundingAdjustment().keySet().stream().allMatch(v.byTheme()::containsKey));
        assertTrue(s.measuresInOutcomeRoundingAdjustment().keySet().stream().allMatch(v.byOutcome()::containsKey));
        for (MeasureId measure : v.byMeasure().keySet()) {
            List<LineValuation> lines = v.lines().stream().filter(l -> l.measure().equals(measure)).toList();
            Figures exact = lines.stream().map(LineValuation::exact).reduce(Figures::plus).orElseThrow();
            assertTrue(Subtotal.sameAmounts(v.byMeasure().get(measure).exact(), exact), "measure " + measure);
            assertEquals(exact.rounded(), v.byMeasure().get(measure).reported(), "measure " + measure);
            for (LineValuation l : lines) {
                assertEquals(l.exact().rounded(), l.reported(), l.id() + ": a line is its derivation rounded once");
                assertWithinOnePenny(l.exact().presentValue(), l.reported().presentValue(), l.id());
                assertWithinOnePenny(l.exact().net(), l.reported().net(), l.id());
            }
        }
    }

    private static void assertAdds(Figures total, List<Figures> parts, Figures adjustment, String what) {
        Figures sum = parts.stream().reduce(adjustment, Figures::plus);
        assertEquals(total.gross(), sum.gross(), what + " gross");
        assertEquals(total.net(), sum.net(), what + " net");
        assertEquals(total.presentValue(), sum.presentValue(), what + " present value");
    }

    private static void assertWithinOnePenny(Money exact, Money reported, String line) {
        assertTrue(exact.minus(reported).amount().abs().compareTo(new BigDecimal("0.01")) < 0,
                line + ": " + reported + " is a penny or more from " + exact);
    }
}
