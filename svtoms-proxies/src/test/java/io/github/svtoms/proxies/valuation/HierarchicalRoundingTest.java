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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * Rounded breakdowns nest: lines add up to their measure, measures to their outcome, outcomes to their
 * theme, themes to the totals — so a theme served by a single line shows that line's figures exactly.
 */
class HierarchicalRoundingTest {
    private static final List<MeasureId> VALUED = List.of(EMPLOYMENT, LTU_HIRES, SME_SPEND, SUPPLIER_SPEND, CARBON);

    @Test
    void aThemeWithOneLineShowsThatLinesFiguresToThePenny() {
        // Three lines whose pennies tie at half a penny: 3 × 1 tCO2e at £280 × (1 − 0.000018) = £279.99496 each
        // would, allocated flat against the total, leave some line and its theme a penny apart.
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
            assertNested(ValuationEngine.value(request.build()), catalogue);
        }
    }

    private static void assertNested(Valuation v, Catalogue catalogue) {
        Map<ThemeId, Subtotal> themes = v.byTheme();
        assertFigures(v.totals(), new ArrayList<>(themes.values()), "totals");
        for (ThemeId theme : themes.keySet()) {
            List<Subtotal> outcomes = v.byOutcome().entrySet().stream()
                    .filter(e -> catalogue.requireOutcome(e.getKey()).theme().equals(theme)).map(Map.Entry::getValue).toList();
            assertFigures(themes.get(theme).reported(), outcomes, "theme " + theme);
        }
        for (OutcomeId outcome : v.byOutcome().keySet()) {
            List<Subtotal> measures = v.byMeasure().entrySet().stream()
                    .filter(e -> catalogue.requireMeasure(e.getKey()).outcome().equals(outcome))
                    .map(Map.Entry::getValue).toList();
            assertFigures(v.byOutcome().get(outcome).reported(), measures, "outcome " + outcome);
        }
        for (MeasureId measure : v.byMeasure().keySet()) {
            List<LineValuation> lines = v.lines().stream().filter(l -> l.measure().equals(measure)).toList();
            Figures sum = lines.stream().map(LineValuation::reported).reduce(Figures::plus).orElseThrow();
            assertEquals(v.byMeasure().get(measure).reported(), sum, "measure " + measure);
            for (LineValuation l : lines) {
                // each rounded figure is within one penny of the exact figure
                assertWithinOnePenny(l.exact().presentValue(), l.reported().presentValue(), l.id());
                assertWithinOnePenny(l.exact().net(), l.reported().net(), l.id());
            }
        }
    }

    private static void assertFigures(Figures expected, List<Subtotal> parts, String what) {
        Function<Function<Figures, Money>, Money> sum = f -> parts.stream().map(s -> f.apply(s.reported()))
                .reduce(Money::plus).orElseThrow();
        assertEquals(expected.gross(), sum.apply(Figures::gross), what + " gross");
        assertEquals(expected.net(), sum.apply(Figures::net), what + " net");
        assertEquals(expected.presentValue(), sum.apply(Figures::presentValue), what + " present value");
    }

    private static void assertWithinOnePenny(Money exact, Money reported, String line) {
        assertTrue(exact.minus(reported).amount().abs().compareTo(new BigDecimal("0.01")) < 0,
                line + ": " + reported + " is a penny or more from " + exact);
    }
}
