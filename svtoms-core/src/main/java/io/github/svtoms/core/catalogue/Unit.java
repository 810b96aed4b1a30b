package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.UnknownIdException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unit a measure's quantity is expressed in, e.g. FTE-years or tCO2e. A quantity is always in its
 * measure's unit; svtoms has no conversions between units.
 *
 * <p>The standard units are constants here and are found by id with {@link #of(String)}.
 * Immutable and thread-safe; equal when id, name and dimension are equal.
 *
 * @param id the unit id, following the id rule (e.g. {@code fte-years})
 * @param name a readable name
 * @param dimension what it measures
 */
public record Unit(String id, String name, Dimension dimension) {
    /** Full-time-equivalent years of employment. */
    public static final Unit FTE_YEARS = new Unit("fte-years", "FTE-years", Dimension.LABOUR);
    /** People. */
    public static final Unit PEOPLE = new Unit("people", "people", Dimension.PEOPLE);
    /** Hours. */
    public static final Unit HOURS = new Unit("hours", "hours", Dimension.TIME);
    /** Weeks. */
    public static final Unit WEEKS = new Unit("weeks", "weeks", Dimension.TIME);
    /** Pounds sterling. */
    public static final Unit GBP = new Unit("gbp", "GBP", Dimension.MONEY);
    /** Tonnes of carbon-dioxide equivalent. */
    public static final Unit TCO2E = new Unit("tco2e", "tCO2e", Dimension.EMISSIONS);
    /** Miles. */
    public static final Unit MILES = new Unit("miles", "miles", Dimension.DISTANCE);
    /** Kilometres. */
    public static final Unit KM = new Unit("km", "km", Dimension.DISTANCE);
    /** Tonnes. */
    public static final Unit TONNES = new Unit("tonnes", "tonnes", Dimension.MASS);
    /** Percent. */
    public static final Unit PERCENT = new Unit("percent", "%", Dimension.RATIO);
    /** Yes (1) or no (0). */
    public static final Unit YES_NO = new Unit("yes-no", "yes/no", Dimension.BOOLEAN);
    /** A count of things. */
    public static final Unit COUNT = new Unit("count", "count", Dimension.COUNT);
    /** Wellbeing-adjusted life years. */
    public static final Unit WELLBYS = new Unit("wellbys", "WELLBYs", Dimension.WELLBEING);

    private static final Map<String, Unit> STANDARD;

    static {
        Map<String, Unit> m = new LinkedHashMap<>();
        for (Unit u : List.of(FTE_YEARS, PEOPLE, HOURS, WEEKS, GBP, TCO2E, MILES, KM, TONNES, PERCENT, YES_NO,
                COUNT, WELLBYS)) {
            m.put(u.id(), u);
        }
        STANDARD = Map.copyOf(m);
    }

    /**
     * Validates the unit.
     *
     * @param id the unit id
     * @param name a readable name, not blank
     * @param dimension what it measures
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or the id breaks the id rule
     */
    public Unit {
        IdRule.check(id, "unit id");
        Checks.notBlank(name, "unit name");
        Checks.notNull(dimension, "unit dimension");
    }

    /**
     * The standard unit with this id.
     *
     * @param id e.g. {@code fte-years}
     * @return the unit
     * @throws UnknownIdException when no standard unit has this id
     */
    public static Unit of(String id) {
        return find(id).orElseThrow(() -> new UnknownIdException("unknown unit '" + id + "': standard units are "
                + String.join(", ", standardIds())));
    }

    /**
     * The standard unit with this id, if there is one.
     *
     * @param id a unit id
     * @return the unit, or empty
     */
    public static Optional<Unit> find(String id) {
        return Optional.ofNullable(STANDARD.get(Checks.notNull(id, "unit id")));
    }

    /**
     * The ids of the standard units, in a fixed order.
     *
     * @return the ids
     */
    public static List<String> standardIds() {
        return List.of("fte-years", "people", "hours", "weeks", "gbp", "tco2e", "miles", "km", "tonnes", "percent",
                "yes-no", "count", "wellbys");
    }
}
