package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ValueType;

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
 * <p><b>Value types are kept apart.</b> A fiscal saving, an economic value and a wellbeing value answer
 * different questions, so the totals, every breakdown entry and the percentage of the contract are also
 * given per {@link ValueType}; the figures "in all" are all value types together, and are never to be read
 * as one kind of money. The reported totals are shared among the value types by largest remainder, then,
 * type by type, among themes, outcomes and measures; so each reported split adds up exactly to its figures
 * in all, and each type's entries add up exactly to that type's totals.
 *
 * <p>Immutable and thread-safe; value equality over all components (maps compared as maps).
 *
 * @param currency the currency
 * @param priceYear the price year of every figure
 * @param exactTotals exact totals
 * @param totals reported (rounded) totals, all value types together
 * @param exactTotalsByValueType exact totals per value type (the types with a valued line, in {@link ValueType}
 *                               order), adding up to {@code exactTotals}
 * @param totalsByValueType reported totals per value type, the same types, adding up exactly to {@code totals}
 * @param percentOfContract exact present value ÷ contract value × 100, 2 dp HALF_EVEN, when a contract is given
 * @param percentOfContractByValueType each type's exact share of the contract value (present value ÷ contract
 *                                     value × 100) allocated by largest remainder to add up exactly to
 *                                     {@code percentOfContract}; empty when no contract is given
 * @param byMeasure per measure
 * @param byOutcome per outcome
 * @param byTheme per theme
 * @param valuedLines the number of valued lines
 * @param unvaluedLines the number of lines with no proxy
 * @param unvaluedQuantities the summed quantity of unvalued lines per measure, in catalogue order
 * @param warnings the warnings, in catalogue order of their groups
 */
public record ValuationSummary(Currency currency, PriceYear priceYear, Figures exactTotals, Figures totals,
                               Map<ValueType, Figures> exactTotalsByValueType, Map<ValueType, Figures> totalsByValueType,
                               Optional<BigDecimal> percentOfContract, Map<ValueType, BigDecimal> percentOfContractByValueType, Map<MeasureId, Subtotal> byMeasure,
                               Map<OutcomeId, Subtotal> byOutcome, Map<ThemeId, Subtotal> byTheme, long valuedLines,
                               long unvaluedLines, Map<MeasureId, BigDecimal> unvaluedQuantities,
                               List<ValuationWarning> warnings) {
    /**
     * Validates and copies (keeping map order).
     *
     * @throws InvalidValueException when a split by value type does not add up to its figures in all
     */
    public ValuationSummary {
        Checks.notNull(currency, "currency");
        Checks.notNull(priceYear, "price year");
        Checks.notNull(exactTotals, "exact totals");
        Checks.notNull(totals, "totals");
        Checks.notNull(percentOfContract, "percent of contract");
        if (valuedLines > 0) {
            exactTotalsByValueType = Subtotal.byType(exactTotalsByValueType, exactTotals, "exact");
            totalsByValueType = Subtotal.byType(totalsByValueType, totals, "reported");
        } else {
            exactTotalsByValueType = copy(exactTotalsByValueType, "exact totals by value type");
            totalsByValueType = copy(totalsByValueType, "totals by value type");
        }
        percentOfContractByValueType = copy(percentOfContractByValueType, "percent of contract by value type");
        BigDecimal percentSum = percentOfContractByValueType.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (percentOfContract.isPresent() && !percentOfContractByValueType.isEmpty()
                && percentSum.compareTo(percentOfContract.get()) != 0) {
            throw new InvalidValueException("the percentages of contract by value type " + percentOfContractByValueType
                    + " add up to " + percentSum + ", not to " + percentOfContract.get());
        }
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
