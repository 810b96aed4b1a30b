package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.internal.Checks;

/**
 * A measure whose lines were valued but left out of the totals, so that one outcome is counted once: its
 * measure's overlap family is counted under the measure of the family's first valued line, or its measure is
 * part of a measure that has a valued line ({@link io.github.svtoms.core.catalogue.Catalogue#overlapFamilies()},
 * {@link io.github.svtoms.core.catalogue.Catalogue#partOf()}). Lines that declare
 * {@link CommitmentLine#countedSeparately()} are never left out and are not in these figures.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param measure the measure left out
 * @param countedUnder the measure whose lines count the same thing and are in the totals (the family's first, or
 *                     the whole)
 * @param rule which counting rule left it out
 * @param reason the reason in words, naming the family or the whole and the catalogue's reason
 * @param lines how many valued lines of the measure were left out, ≥ 1
 * @param figures their figures, exact and rounded, by value type: shown, never added to any total
 */
public record LeftOutMeasure(MeasureId measure, MeasureId countedUnder, Rule rule, String reason, long lines,
                             Subtotal figures) {
    /** Why lines are left out. */
    public enum Rule {
        /** Another measure of the same overlap family came first in the request. */
        OVERLAP_FAMILY,
        /** The measure is part of a measure that has a valued line. */
        PART_OF
    }

    /**
     * Validates.
     *
     * @throws io.github.svtoms.core.InvalidValueException when {@code lines} is below 1 or the reason is blank
     */
    public LeftOutMeasure {
        Checks.notNull(measure, "left-out measure");
        Checks.notNull(countedUnder, "counted under");
        Checks.notNull(rule, "rule");
        Checks.notBlank(reason, "reason");
        if (lines < 1) {
            throw new io.github.svtoms.core.InvalidValueException("left-out measure '" + measure + "' has " + lines
                    + " lines: at least one line is left out");
        }
        Checks.notNull(figures, "figures");
    }
}
