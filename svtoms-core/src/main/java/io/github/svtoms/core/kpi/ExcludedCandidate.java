package io.github.svtoms.core.kpi;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.MeasureId;

/**
 * A candidate measure that was not selected, with the rule that excluded it, e.g. "not relevant to a
 * goods contract" or "cap of 3 KPIs for a contract of £60,000.00". Maps one-to-one onto an entry of
 * {@code excluded} in {@value KpiSelection#FORMAT}.
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param measure the measure
 * @param reason why it was excluded, not blank
 */
public record ExcludedCandidate(MeasureId measure, String reason) {
    /**
     * Validates the exclusion.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or the reason is blank
     */
    public ExcludedCandidate {
        Checks.notNull(measure, "measure");
        if (reason == null || reason.isBlank()) { // the message is built only when it is needed
            Checks.notBlank(reason, "reason for excluding '" + measure + "'");
        }
    }
}
