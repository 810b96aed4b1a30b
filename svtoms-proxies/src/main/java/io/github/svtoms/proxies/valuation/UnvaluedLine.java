package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Unit;

import java.math.BigDecimal;

/**
 * A line that could not be given a money value because its measure has no proxy (and the line supplied
 * none). It is reported with its quantity, never as zero inside the totals.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param lineId the line's id
 * @param measure its measure
 * @param quantity its quantity per year
 * @param unit the measure's unit
 * @param reason why it has no value
 */
public record UnvaluedLine(String lineId, MeasureId measure, BigDecimal quantity, Unit unit, String reason) {
    /**
     * Validates the entry.
     *
     * @param lineId the line id
     * @param measure the measure
     * @param quantity the quantity
     * @param unit the unit
     * @param reason not blank
     */
    public UnvaluedLine {
        Checks.notNull(lineId, "line id");
        Checks.notNull(measure, "measure");
        Checks.notNull(quantity, "quantity");
        Checks.notNull(unit, "unit");
        Checks.notBlank(reason, "reason");
    }
}
