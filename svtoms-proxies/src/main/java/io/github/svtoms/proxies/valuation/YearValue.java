package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One benefit year of a line: its contract year, its benefit year {@code k}, the dates it runs between, the
 * proxy per unit used that year, the net value in that year, the discount rate and factor applied and the present
 * value.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param contractYear the 1-based contract year ({@code startYear + k − 1})
 * @param benefitYear {@code k}, 1-based
 * @param value the net value of the year: {@code net_1 × (1 − dropOff)^(k − 1)} for a proxy with one amount,
 *        {@code quantity × proxy_k × adjustment × (1 − dropOff)^(k − 1)} for one that follows the years
 * @param discountFactor {@code DF_t}, exact
 * @param presentValue {@code value × DF_t}
 * @param discountRate {@code r_t}, the rate of the line's schedule in discount year t (0 for t = 0 and when
 *        nothing is discounted)
 * @param proxy the proxy per unit used in the year, in the valuation's prices, exact
 * @param from the first day of the contract year (from the request's contract start, else from the start of
 *        its price year)
 * @param to the last day of the contract year
 * @param projected whether the year's proxy took a value its series does not have for that year (the nearest
 *        year's, held in real terms), so it is projected, not read
 */
public record YearValue(int contractYear, int benefitYear, Money value, BigDecimal discountFactor, Money presentValue,
                        BigDecimal discountRate, Money proxy, LocalDate from, LocalDate to, boolean projected) {
    /**
     * Validates the year.
     */
    public YearValue {
        Checks.notNull(value, "year value");
        Checks.notNull(discountFactor, "discount factor");
        Checks.notNull(presentValue, "year present value");
        Checks.notNull(discountRate, "discount rate");
        Checks.notNull(proxy, "year proxy");
        Checks.notNull(from, "year start");
        Checks.notNull(to, "year end");
    }
}
