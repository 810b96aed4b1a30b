package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.internal.Checks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures that count the same outcome in different units, e.g. tonnes of CO2e avoided and the car miles or
 * kilowatt-hours whose emissions those tonnes are. A valuation counts a family once: only the measure of the
 * first valued line of the family (in request order) enters the totals; lines of the other members are valued
 * and shown, but left out of the totals, unless a line declares that it counts something different.
 *
 * <p>A family is a counting rule about one outcome counted in two units, not an exclusive group (a
 * per-person or per-pound rule, {@link Measure#exclusiveGroup()}): two lines of one measure count different
 * things and both count. A measure belongs to at most one family ({@link Catalogue.Builder#build()} checks).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param id the family's id, by the id rule ({@link IdRule})
 * @param measures the member measures, at least two, distinct, in order
 * @param reason why the members count the same outcome, not blank
 */
public record OverlapFamily(String id, List<MeasureId> measures, String reason) {
    /**
     * Validates the family and copies the list.
     *
     * @throws InvalidValueException when the id breaks the id rule, a member is repeated, there are fewer than
     *         two members or the reason is blank
     */
    public OverlapFamily {
        IdRule.check(id, "overlap family id");
        measures = Lists.copyOf(measures, "overlap family '" + id + "' measures");
        if (measures.size() < 2) {
            throw new InvalidValueException("overlap family '" + id + "' has " + measures.size()
                    + " measure(s): a family needs at least two measures that count the same outcome");
        }
        Set<MeasureId> seen = new HashSet<>();
        for (MeasureId m : measures) {
            if (!seen.add(m)) {
                throw new InvalidValueException("overlap family '" + id + "' lists measure '" + m
                        + "' twice: each member is listed once");
            }
        }
        Checks.notBlank(reason, "overlap family '" + id + "' reason");
    }
}
