package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.Checks;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.proxies.PriceYear;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Totals and breakdowns of a valuation, without the lines: what both a batch {@link Valuation} and a
 * streaming {@link ValuationAccumulator} produce, so that the two can be compared with {@code equals}.
 *
 * <p>{@code exactTotals} are exact sums of the line values; {@code totals} are those rounded to the
 * currency's minor unit (HALF_EVEN). Each breakdown lists, in catalogue order, the measures, outcomes and
 * themes with at least one valued line; its reported entries add up exactly to {@code totals}.
 *
 * <p>Immutable and thread-safe; value equality over all components (maps compared as maps).
 *
 * @param currency the currency
 * @param priceYear the price year of every figure
 * @param exactTotals exact totals
 * @param totals reported (rounded) totals
 * @param percentOfContract exact present value ÷ contract value × 100, 2 dp HALF_EVEN, when a contract is given
 * @param byMeasure per measure
 * @param byOutcome per outcome
 * @param byTheme per theme
 * @param valuedLines the number of valued lines
 * @param unvaluedLines the number of lines with no proxy
 * @param unvaluedQuantities the summed quantity of unvalued lines per measure, in catalogue order
 * @param warnings the warnings, in catalogue order of their groups
 */
public record ValuationSummary(Currency currency, PriceYear priceYear, Figures exactTotals, Figures totals,
                               Optional<BigDecimal> percentOfContract, Map<MeasureId, Subtotal> byMeasure,
                               Map<OutcomeId, Subtotal> byOutcome, Map<ThemeId, Subtotal> byTheme, long valuedLines,
                               long unvaluedLines, Map<MeasureId, BigDecimal> unvaluedQuantities,
                               List<ValuationWarning> warnings) {
    /**
     * Validates and copies (keeping map order).
     */
    public ValuationSummary {
        Checks.notNull(currency, "currency");
        Checks.notNull(priceYear, "price year");
        Checks.notNull(exactTotals, "exact totals");
        Checks.notNull(totals, "totals");
        Checks.notNull(percentOfContract, "percent of contract");
        byMeasure = copy(byMeasure, "by measure");
        byOutcome = copy(byOutcome, "by outcome");
        byTheme = copy(byTheme, "by theme");
        unvaluedQuantities = copy(unvaluedQuantities, "unvalued quantities");
        warnings = List.copyOf(Checks.notNull(warnings, "warnings"));
    }

    private static <K, V> Map<K, V> copy(Map<K, V> map, String name) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(map, name)));
    }
}
