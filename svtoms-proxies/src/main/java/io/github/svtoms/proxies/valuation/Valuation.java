package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ValueType;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of valuing a request: every valued line with its figures and derivation, the unvalued
 * lines, totals, percentage of contract value, breakdowns by measure, outcome and theme, and warnings.
 * Maps one to one onto the {@code svtoms-valuation/1} format.
 *
 * <p>{@link #totals()} and the breakdowns' {@link Subtotal#reported()} figures are their exact sums rounded to
 * the currency's minor unit once (HALF_EVEN); each line's reported figures are its own exact figures rounded
 * once, the results of its derivation. Where rounded parts miss a rounded total, the difference is stated
 * ({@link #linesRoundingAdjustment()}, {@link ValuationSummary#byThemeRoundingAdjustment()}, …).
 * {@link #exactTotals()} are the exact sums of the counted lines' exact values.
 *
 * <p>Lines left out by the catalogue's counting rules are in {@link #lines()} with their figures, but not in
 * any total: {@link #doubleCounted()} lists them.
 *
 * <p>Immutable and thread-safe.
 */
public final class Valuation {
    private final List<LineValuation> lines;
    private final List<UnvaluedLine> unvalued;
    private final ValuationSummary summary;
    private final List<DoubleCounted> doubleCounted;
    private final RoundingAdjustment linesRoundingAdjustment;

    Valuation(List<LineValuation> lines, List<UnvaluedLine> unvalued, ValuationSummary summary) {
        this.lines = List.copyOf(lines);
        this.unvalued = List.copyOf(unvalued);
        this.summary = Checks.notNull(summary, "summary");
        this.doubleCounted = DoubleCounted.of(this.lines, summary);
        java.util.Set<String> left = new java.util.HashSet<>();
        doubleCounted.forEach(d -> left.add(d.line()));
        List<LineValuation> counted = this.lines.stream().filter(l -> !left.contains(l.id())).toList();
        this.linesRoundingAdjustment = RoundingAdjustment.of(summary.totals(), summary.totalsByValueType(),
                counted.stream().map(LineValuation::reported).toList(),
                counted.stream().map(LineValuation::byValueType).toList());
    }

    /**
     * The valued lines left out of the totals because another line counts the same thing (an overlap family
     * counted under its first measure, a part whose whole is present): valued and shown, never added.
     *
     * @return the left-out lines, in request order
     */
    public List<DoubleCounted> doubleCounted() {
        return doubleCounted;
    }

    /**
     * Whether a valued line enters the totals.
     *
     * @param lineId the line's id
     * @return false when the line is {@linkplain #doubleCounted() left out} (or is not a valued line)
     */
    public boolean counted(String lineId) {
        Checks.notNull(lineId, "line id");
        return doubleCounted.stream().noneMatch(d -> d.line().equals(lineId)) && line(lineId).isPresent();
    }

    /**
     * The totals minus the sum of the counted lines' reported figures, in all and per value type: what rounding
     * each line on its own leaves for the totals to state (usually a few minor units at most).
     *
     * @return the adjustment
     */
    public RoundingAdjustment linesRoundingAdjustment() {
        return linesRoundingAdjustment;
    }

    /** @return the currency of every figure */
    public Currency currency() {
        return summary.currency();
    }

    /** @return the price year of every figure */
    public PriceYear priceYear() {
        return summary.priceYear();
    }

    /** @return the valued lines, in request order */
    public List<LineValuation> lines() {
        return lines;
    }

    /**
     * The valued line with this id.
     *
     * @param id the line id
     * @return the line, or empty when there is none (or it is unvalued)
     */
    public Optional<LineValuation> line(String id) {
        Checks.notNull(id, "line id");
        return lines.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** @return the lines with no proxy, in request order */
    public List<UnvaluedLine> unvalued() {
        return unvalued;
    }

    /** @return the reported (rounded) totals, all value types together */
    public Figures totals() {
        return summary.totals();
    }

    /**
     * The reported totals per value type: fiscal savings, economic value and wellbeing value kept apart.
     *
     * @return per value type with a valued line, in {@link ValueType} order; adding up exactly to {@link #totals()}
     */
    public Map<ValueType, Figures> totalsByValueType() {
        return summary.totalsByValueType();
    }

    /**
     * Each value type's share of the contract value, 2 dp, adding up exactly to {@link #percentOfContract()}.
     *
     * @return per value type, empty when the request gave no contract
     */
    public Map<ValueType, BigDecimal> percentOfContractByValueType() {
        return summary.percentOfContractByValueType();
    }

    /** @return the exact totals */
    public Figures exactTotals() {
        return summary.exactTotals();
    }

    /** @return present value as a percentage of contract value, 2 dp, all value types together, when the request gave a contract */
    public Optional<BigDecimal> percentOfContract() {
        return summary.percentOfContract();
    }

    /** @return per measure, in catalogue order */
    public Map<MeasureId, Subtotal> byMeasure() {
        return summary.byMeasure();
    }

    /** @return per outcome, in catalogue order */
    public Map<OutcomeId, Subtotal> byOutcome() {
        return summary.byOutcome();
    }

    /** @return per theme, in catalogue order */
    public Map<ThemeId, Subtotal> byTheme() {
        return summary.byTheme();
    }

    /** @return the warnings */
    public List<ValuationWarning> warnings() {
        return summary.warnings();
    }

    /**
     * Totals, breakdowns and warnings without the lines — equal to what a {@link ValuationAccumulator}
     * gives for the same lines.
     *
     * @return the summary
     */
    public ValuationSummary summary() {
        return summary;
    }

    @Override
    public String toString() {
        return "Valuation[" + lines.size() + " lines, " + unvalued.size() + " unvalued, totals " + summary.totals() + "]";
    }
}
