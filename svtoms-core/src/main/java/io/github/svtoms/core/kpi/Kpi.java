package io.github.svtoms.core.kpi;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.catalogue.Unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One selected KPI: a catalogue measure with its minimum, target and stretch levels for this contract,
 * the chosen priorities it serves and the reasons it was selected.
 *
 * <p>The three levels are all present or all empty (a measure without a target rule gets no numeric
 * levels: the buyer agrees a target with the supplier). When present, minimum ≤ target ≤ stretch.
 *
 * <p><b>The levels are whole-contract figures</b>: a target of 3 FTE-years on a 3-year contract asks for
 * 3 FTE-years in all (one FTE a year), not 3 a year. For a {@linkplain #isLevel() level} (a percentage,
 * yes/no) they are the level to hold throughout the contract. A valuation's commitment line has a
 * quantity per benefit year instead: {@code io.github.svtoms.proxies.valuation.KpiLines} (in
 * svtoms-proxies) spreads a target over the contract's years, and
 * {@link io.github.svtoms.core.monitoring.KpiCommitments} turns KPIs into monitored commitments.
 * Maps one-to-one onto an entry of {@code kpis} in {@value KpiSelection#FORMAT} ({@code unit} is the
 * unit's id).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param measure the measure
 * @param theme the theme the measure falls under
 * @param unit the measure's unit
 * @param minimum the lowest acceptable level over the whole contract, if the measure has a target rule
 * @param target the target over the whole contract (all its years together), in the unit, if the measure
 *               has a target rule
 * @param stretch the stretch level over the whole contract, if the measure has a target rule
 * @param priorities the chosen priorities it serves, in the profile's order (empty when it was added
 *                   only to satisfy a framework or buyer rule)
 * @param reasons why it was selected, one rule per line, at least one
 */
public record Kpi(MeasureId measure, ThemeId theme, Unit unit, Optional<BigDecimal> minimum,
                  Optional<BigDecimal> target, Optional<BigDecimal> stretch, List<PriorityId> priorities,
                  List<String> reasons) {
    /**
     * Validates the KPI and copies its lists.
     *
     * @throws InvalidValueException when a part is missing, the levels are partly given or out of order,
     *                               or there is no reason
     */
    public Kpi {
        Checks.notNull(measure, "measure");
        Checks.notNull(theme, "theme");
        Checks.notNull(unit, "unit");
        Checks.notNull(minimum, "minimum");
        Checks.notNull(target, "target");
        Checks.notNull(stretch, "stretch");
        if (minimum.isPresent() != target.isPresent() || target.isPresent() != stretch.isPresent()) {
            throw new InvalidValueException("KPI '" + measure + "': minimum, target and stretch are given together or not at all");
        }
        if (target.isPresent() && (minimum.get().compareTo(target.get()) > 0 || target.get().compareTo(stretch.get()) > 0)) {
            throw new InvalidValueException("KPI '" + measure + "': levels must satisfy minimum <= target <= stretch, got "
                    + minimum.get().toPlainString() + ", " + target.get().toPlainString() + ", "
                    + stretch.get().toPlainString());
        }
        priorities = List.copyOf(Checks.notNull(priorities, "priorities"));
        // the selector's reasons are written on first read and are already immutable; any other list is copied
        reasons = reasons instanceof Reasons ? reasons : List.copyOf(Checks.notNull(reasons, "reasons"));
        if (reasons.isEmpty()) {
            throw new InvalidValueException("KPI '" + measure + "' has no reason: every selection is explained");
        }
    }

    /**
     * Whether the KPI has numeric levels.
     *
     * @return {@code true} when its measure has a target rule
     */
    public boolean hasLevels() {
        return target.isPresent();
    }

    /**
     * Whether the KPI's unit is a level held (a percentage, yes/no) rather than an amount that adds up over
     * the contract: {@code unit().dimension().isLevel()}.
     *
     * @return {@code true} for a level
     */
    public boolean isLevel() {
        return unit.dimension().isLevel();
    }
}
