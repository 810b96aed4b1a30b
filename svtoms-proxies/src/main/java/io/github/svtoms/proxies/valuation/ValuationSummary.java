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
 * <p>{@code exactTotals} are exact sums of the counted lines' values; {@code totals} are those rounded to the
 * currency's minor unit (HALF_EVEN). Each breakdown lists, in catalogue order, the measures, outcomes and
 * themes with at least one counted line.
 *
 * <p><b>Counted once.</b> Lines left out by the catalogue's counting rules (an overlap family counted under its
 * first measure, a part whose whole is present) are valued but not in any total or breakdown: they are listed,
 * with their figures, in {@code leftOut}. {@code valuedLines} counts them too.
 *
 * <p><b>Rounding.</b> Every reported figure is its exact sum rounded once, HALF_EVEN — the totals, each value
 * type's totals, each breakdown entry and each of its per-type figures. Rounded on their own, the parts of a
 * rounded total may miss it by a few minor units; the difference is stated where it arises, never moved into a
 * part: {@code totalsRoundingAdjustment} (totals minus the sum of the per-type totals),
 * {@code percentOfContractRoundingAdjustment}, each breakdown's adjustment (totals minus the sum of its entries,
 * in all and per type) and each entry's {@link Subtotal#roundingAdjustment()}.
 *
 * <p><b>Value types are kept apart.</b> A fiscal saving, an economic value and a wellbeing value answer
 * different questions, so the totals, every breakdown entry and the percentage of the contract are also
 * given per {@link ValueType}; the figures "in all" are all value types together, and are never to be read
 * as one kind of money.
 *
 * <p>Immutable and thread-safe; value equality over all components (maps compared as maps).
 *
 * @param currency the currency
 * @param priceYear the price year of every figure
 * @param exactTotals exact totals
 * @param totals reported (rounded) totals, all value types together
 * @param exactTotalsByValueType exact totals per value type (the types with a valued line, in {@link ValueType}
 *                               order), adding up to {@code exactTotals}
 * @param totalsByValueType reported totals per value type (each type's exact total rounded once), the same
 *                          types; with {@code totalsRoundingAdjustment} they add up exactly to {@code totals}
 * @param percentOfContract exact present value ÷ contract value × 100, 2 dp HALF_EVEN, when a contract is given
 * @param percentOfContractByValueType each type's exact share of the contract value (present value ÷ contract
 *                                     value × 100), 2 dp HALF_EVEN; empty when no contract is given
 * @param byMeasure per measure
 * @param byOutcome per outcome
 * @param byTheme per theme
 * @param valuedLines the number of valued lines
 * @param unvaluedLines the number of lines with no proxy
 * @param unvaluedQuantities the summed quantity of unvalued lines per measure, in catalogue order
 * @param warnings the warnings, in catalogue order of their groups
 * @param totalsRoundingAdjustment {@code totals} minus the sum of {@code totalsByValueType}
 * @param percentOfContractRoundingAdjustment {@code percentOfContract} minus the sum of
 *                                            {@code percentOfContractByValueType} (zero without a contract)
 * @param byMeasureRoundingAdjustment the totals minus the sum of the {@code byMeasure} entries
 * @param byOutcomeRoundingAdjustment the totals minus the sum of the {@code byOutcome} entries
 * @param byThemeRoundingAdjustment the totals minus the sum of the {@code byTheme} entries
 * @param leftOut the measures whose lines were valued but left out of the totals, in catalogue order
 * @param presentValueRange the counted present value at the low, central and high estimates where counted lines'
 *        proxies state a range (lines without one count at their central figure in all three), each figure its
 *        exact sum rounded once; empty when no counted line has a range
 * @param presentValueRangeByValueType the same per value type, for the value types with a ranged line
 * @param outcomesInThemeRoundingAdjustment per theme whose outcomes' rounded figures do not add up to its own,
 *        the theme's figures minus the sum of its outcomes' (in all and per value type); themes that add up are absent
 * @param measuresInOutcomeRoundingAdjustment per outcome whose measures' rounded figures do not add up to its own,
 *        the outcome's figures minus the sum of its measures'; outcomes that add up are absent
 */
public record ValuationSummary(Currency currency, PriceYear priceYear, Figures exactTotals, Figures totals,
                               Map<ValueType, Figures> exactTotalsByValueType, Map<ValueType, Figures> totalsByValueType,
                               Optional<BigDecimal> percentOfContract, Map<ValueType, BigDecimal> percentOfContractByValueType, Map<MeasureId, Subtotal> byMeasure,
                               Map<OutcomeId, Subtotal> byOutcome, Map<ThemeId, Subtotal> byTheme, long valuedLines,
                               long unvaluedLines, Map<MeasureId, BigDecimal> unvaluedQuantities,
                               List<ValuationWarning> warnings, Figures totalsRoundingAdjustment,
                               BigDecimal percentOfContractRoundingAdjustment,
                               RoundingAdjustment byMeasureRoundingAdjustment,
                               RoundingAdjustment byOutcomeRoundingAdjustment,
                               RoundingAdjustment byThemeRoundingAdjustment, Map<MeasureId, LeftOutMeasure> leftOut,
                               Optional<PresentValueRange> presentValueRange,
                               Map<ValueType, PresentValueRange> presentValueRangeByValueType,
                               Map<ThemeId, RoundingAdjustment> outcomesInThemeRoundingAdjustment,
                               Map<OutcomeId, RoundingAdjustment> measuresInOutcomeRoundingAdjustment) {
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
        Checks.notNull(totalsRoundingAdjustment, "totals rounding adjustment");
        Checks.notNull(percentOfContractRoundingAdjustment, "percent of contract rounding adjustment");
        Checks.notNull(byMeasureRoundingAdjustment, "by-measure rounding adjustment");
        Checks.notNull(byOutcomeRoundingAdjustment, "by-outcome rounding adjustment");
        Checks.notNull(byThemeRoundingAdjustment, "by-theme rounding adjustment");
        leftOut = copy(leftOut, "left-out measures");
        if (!Checks.notNull(exactTotalsByValueType, "exact totals by value type").isEmpty()) {
            exactTotalsByValueType = Subtotal.byType(exactTotalsByValueType, exactTotals, "exact");
            totalsByValueType = Subtotal.byType(totalsByValueType,
                    RoundingAdjustment.minus(totals, totalsRoundingAdjustment), "reported");
        } else {
            exactTotalsByValueType = copy(exactTotalsByValueType, "exact totals by value type");
            totalsByValueType = copy(totalsByValueType, "totals by value type");
        }
        percentOfContractByValueType = copy(percentOfContractByValueType, "percent of contract by value type");
        BigDecimal percentSum = percentOfContractByValueType.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (percentOfContract.isPresent() && !percentOfContractByValueType.isEmpty()
                && percentSum.add(percentOfContractRoundingAdjustment).compareTo(percentOfContract.get()) != 0) {
            throw new InvalidValueException("the percentages of contract by value type " + percentOfContractByValueType
                    + " and the rounding adjustment " + percentOfContractRoundingAdjustment.toPlainString()
                    + " add up to " + percentSum.add(percentOfContractRoundingAdjustment) + ", not to "
                    + percentOfContract.get());
        }
        byMeasure = copy(byMeasure, "by measure");
        byOutcome = copy(byOutcome, "by outcome");
        byTheme = copy(byTheme, "by theme");
        unvaluedQuantities = copy(unvaluedQuantities, "unvalued quantities");
        warnings = List.copyOf(Checks.notNull(warnings, "warnings"));
        Checks.notNull(presentValueRange, "present value range");
        presentValueRangeByValueType = copy(presentValueRangeByValueType, "present value range by value type");
        outcomesInThemeRoundingAdjustment = copy(outcomesInThemeRoundingAdjustment, "outcomes-in-theme rounding adjustments");
        measuresInOutcomeRoundingAdjustment = copy(measuresInOutcomeRoundingAdjustment,
                "measures-in-outcome rounding adjustments");
    }

    private static <K, V> Map<K, V> copy(Map<K, V> map, String name) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(map, name)));
    }
}
