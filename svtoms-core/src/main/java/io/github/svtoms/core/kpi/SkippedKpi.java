package io.github.svtoms.core.kpi;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.MeasureId;

/**
 * A selected KPI that a conversion did not carry over, with the reason: a KPI without a target (the buyer
 * agrees one with the supplier), or a level such as a percentage, which is neither valued per year nor
 * summed over reports. Given by {@link io.github.svtoms.core.monitoring.KpiCommitments} and by
 * svtoms-proxies' {@code KpiLines}.
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param measure the KPI's measure
 * @param reason why it was not carried over, not blank
 */
public record SkippedKpi(MeasureId measure, String reason) {
    /**
     * Validates the record.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or the reason is blank
     */
    public SkippedKpi {
        Checks.notNull(measure, "measure");
        Checks.notBlank(reason, "reason");
    }
}
