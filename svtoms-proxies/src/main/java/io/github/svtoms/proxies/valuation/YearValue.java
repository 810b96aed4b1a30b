package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;

/**
 * One benefit year of a line: its contract year, its benefit year {@code k}, the net value in that year,
 * the discount factor applied and the present value.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param contractYear the 1-based contract year ({@code startYear + k − 1})
 * @param benefitYear {@code k}, 1-based
 * @param value {@code net_1 × (1 − dropOff)^(k − 1)}
 * @param discountFactor {@code DF_t}, exact
 * @param presentValue {@code value × DF_t}
 */
public record YearValue(int contractYear, int benefitYear, Money value, BigDecimal discountFactor, Money presentValue) {
    /**
     * Validates the entry.
     *
     * @param contractYear ≥ 1
     * @param benefitYear ≥ 1
     * @param value the value
     * @param discountFactor the factor
     * @param presentValue the present value
     */
    public YearValue {
        Checks.notNull(value, "year value");
        Checks.notNull(discountFactor, "discount factor");
        Checks.notNull(presentValue, "year present value");
    }
}
