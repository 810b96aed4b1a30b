package io.github.svtoms.proxies;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A wage rate by year, e.g. the Real Living Wage (UK) per hour: 2023 12.00, 2024 12.60.
 *
 * <p>Immutable and thread-safe; value equality over all components ({@code values} compared as a map).
 *
 * @param id the series id, following the id rule (e.g. {@code real-living-wage-uk})
 * @param name a readable name
 * @param currency the currency of the values
 * @param per the period a value is paid for, e.g. {@code hour}
 * @param provenance where the series comes from
 * @param values the rate by year, in declaration order, each &gt; 0
 */
public record WageSeries(String id, String name, Currency currency, String per, Provenance provenance,
                         Map<PriceYear, BigDecimal> values) {
    /**
     * Validates the series and copies its values, keeping their order.
     *
     * @param id the id
     * @param name not blank
     * @param currency the currency
     * @param per not blank
     * @param provenance the provenance
     * @param values at least one, each &gt; 0
     * @throws InvalidValueException when a rule is broken
     */
    public WageSeries {
        IdRule.check(id, "wage series id");
        Checks.notBlank(name, "wage series name");
        Checks.notNull(currency, "wage series currency");
        Checks.notBlank(per, "wage series period");
        Checks.notNull(provenance, "wage series provenance");
        Checks.notNull(values, "wage series values");
        if (values.isEmpty()) {
            throw new InvalidValueException("wage series '" + id + "' has no values");
        }
        Map<PriceYear, BigDecimal> copy = new LinkedHashMap<>();
        values.forEach((y, v) -> {
            Checks.notNull(y, "wage series year");
            Rules.positive(v, "wage series '" + id + "' value for " + y);
            copy.put(y, v);
        });
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * The rate for a year.
     *
     * @param year the year
     * @return the rate
     * @throws MissingPriceYearException when the series has no value for it
     */
    public BigDecimal value(PriceYear year) {
        BigDecimal v = values.get(Checks.notNull(year, "year"));
        if (v == null) {
            throw new MissingPriceYearException(year, id);
        }
        return v;
    }
}
