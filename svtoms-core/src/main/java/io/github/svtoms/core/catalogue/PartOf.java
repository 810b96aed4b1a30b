package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.internal.Checks;

/**
 * A measure whose quantity is part of another's: every pound of local SME spend is also a pound of local
 * spend. A valuation leaves a part's lines out of the totals when a line of its whole (or of a whole of its
 * whole) is valued in the same request, unless the part's line declares that it counts something different;
 * the part's lines are still valued and shown. The relations of a catalogue form no cycle
 * ({@link Catalogue.Builder#build()} checks).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param part the measure counted inside the whole
 * @param whole the measure that contains it
 * @param reason why every unit of the part is also a unit of the whole, not blank
 */
public record PartOf(MeasureId part, MeasureId whole, String reason) {
    /**
     * Validates the relation.
     *
     * @throws InvalidValueException when part and whole are the same measure or the reason is blank
     */
    public PartOf {
        Checks.notNull(part, "part-of part");
        Checks.notNull(whole, "part-of whole");
        if (part.equals(whole)) {
            throw new InvalidValueException("measure '" + part + "' cannot be part of itself");
        }
        Checks.notBlank(reason, "part-of reason of '" + part + "' in '" + whole + "'");
    }
}
