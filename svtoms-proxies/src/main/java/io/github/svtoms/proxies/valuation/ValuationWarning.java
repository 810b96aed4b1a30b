package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.MeasureId;

import java.util.List;

/**
 * Something a reader of a valuation must know that does not stop it, e.g. lines under measures of one
 * exclusive group, whose figures must not count the same spend twice.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param kind what the warning is about
 * @param measures the measures concerned, in catalogue order
 * @param message the warning in words
 */
public record ValuationWarning(Kind kind, List<MeasureId> measures, String message) {
    /** What a warning is about. */
    public enum Kind {
        /** Lines under two or more measures of one exclusive group (e.g. local SME spend and local spend). */
        EXCLUSIVE_GROUP,
        /**
         * Lines valued but left out of the totals by the catalogue's counting rules (an overlap family counted
         * under its first measure, a part whose whole is present); the measures are the one left out and the one
         * it is counted under.
         */
        COUNTED_ONCE
    }

    /**
     * Validates the warning.
     *
     * @param kind the kind
     * @param measures the measures
     * @param message not blank
     */
    public ValuationWarning {
        Checks.notNull(kind, "warning kind");
        measures = List.copyOf(Checks.notNull(measures, "warning measures"));
        Checks.notBlank(message, "warning message");
    }
}
