package io.github.svtoms.proxies;

import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.internal.Checks;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;

/**
 * A value per unit that changes from one calendar year to the next, in the prices of one year, with a low
 * and a high estimate for each year — e.g. the DESNZ carbon values for appraisal (£ per tCO2e emitted in each
 * year, in 2022 prices, low 50 % and high 150 % of central). A proxy with a {@link YearlyBasis.Series} basis
 * is valued from the series' value for each benefit year.
 *
 * <p>The years are contiguous (no gaps). Before the first year or after the last the series has no value:
 * a valuation then holds the nearest year's value and says so ({@link #nearest(int)}).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param id the id, following the id rule, e.g. {@code desnz-ghg-values-2023}
 * @param name a readable name
 * @param currency the currency of the values
 * @param per what one value is for, e.g. {@code tCO2e}
 * @param priceYear the price base of every value (the values are real, not nominal)
 * @param provenance where the series comes from
 * @param central the central value by calendar year, each ≥ 0, years contiguous
 * @param low the low value by calendar year, the same years, each ≤ central
 * @param high the high value by calendar year, the same years, each ≥ central
 */
public record ValueSeries(String id, String name, Currency currency, String per, PriceYear priceYear,
                          Provenance provenance, Map<Integer, BigDecimal> central, Map<Integer, BigDecimal> low,
                          Map<Integer, BigDecimal> high) {
    /**
     * Validates and copies the series.
     *
     * @throws InvalidValueException when a rule is broken, naming the series, the year and the value
     */
    public ValueSeries {
        IdRule.check(id, "value series id");
        Checks.notBlank(name, "value series name");
        Checks.notNull(currency, "value series currency");
        Checks.notBlank(per, "value series unit");
        Checks.notNull(priceYear, "value series price year");
        Checks.notNull(provenance, "value series provenance");
        central = copy(id, "central", central);
        low = copy(id, "low", low);
        high = copy(id, "high", high);
        if (central.isEmpty()) {
            throw new InvalidValueException("value series '" + id + "' has no values");
        }
        if (!low.keySet().equals(central.keySet()) || !high.keySet().equals(central.keySet())) {
            throw new InvalidValueException("value series '" + id + "': low, central and high must have the same years (central "
                    + central.keySet() + ", low " + low.keySet() + ", high " + high.keySet() + ")");
        }
        int expected = central.keySet().iterator().next();
        for (Map.Entry<Integer, BigDecimal> e : central.entrySet()) {
            int y = e.getKey();
            if (y != expected) {
                throw new InvalidValueException("value series '" + id + "': years must be contiguous, but " + expected
                        + " is missing before " + y);
            }
            expected++;
            if (low.get(y).compareTo(e.getValue()) > 0 || high.get(y).compareTo(e.getValue()) < 0) {
                throw new InvalidValueException("value series '" + id + "', " + y + ": low " + low.get(y).toPlainString()
                        + " ≤ central " + e.getValue().toPlainString() + " ≤ high " + high.get(y).toPlainString()
                        + " does not hold");
            }
        }
    }

    private static Map<Integer, BigDecimal> copy(String id, String which, Map<Integer, BigDecimal> values) {
        Checks.notNull(values, "value series '" + id + "' " + which + " values");
        TreeMap<Integer, BigDecimal> copy = new TreeMap<>();
        values.forEach((y, v) -> {
            Checks.notNull(y, "value series '" + id + "' year");
            if (y < 1 || y > 9999) {
                throw new InvalidValueException("value series '" + id + "': year " + y + " is outside 1..9999");
            }
            BigDecimal d = Checks.decimal(v, "value series '" + id + "' " + which + " value for " + y);
            if (d.signum() < 0) {
                throw new InvalidValueException("value series '" + id + "' " + which + " value for " + y + " "
                        + d.toPlainString() + " must not be negative");
            }
            copy.put(y, d);
        });
        return Collections.unmodifiableMap(copy);
    }

    /** @return the first calendar year with a value */
    public int firstYear() {
        return central.keySet().iterator().next();
    }

    /** @return the last calendar year with a value */
    public int lastYear() {
        return firstYear() + central.size() - 1;
    }

    /**
     * The year whose values stand for {@code year}: the year itself when the series has it, else the first or
     * the last year of the series, whichever is nearer.
     *
     * @param year a calendar year
     * @return the year to read
     */
    public int nearest(int year) {
        return Math.max(firstYear(), Math.min(lastYear(), year));
    }

    /**
     * The value of one estimate for a year the series has.
     *
     * @param estimate which estimate
     * @param year a year within {@link #firstYear()}..{@link #lastYear()}
     * @return the value
     * @throws InvalidValueException when the year is outside the series
     */
    public BigDecimal value(Estimate estimate, int year) {
        Map<Integer, BigDecimal> m = switch (Checks.notNull(estimate, "estimate")) {
            case LOW -> low;
            case CENTRAL -> central;
            case HIGH -> high;
        };
        BigDecimal v = m.get(year);
        if (v == null) {
            throw new InvalidValueException("value series '" + id + "' has no value for " + year + " (it covers "
                    + firstYear() + "–" + lastYear() + ")");
        }
        return v;
    }
}
