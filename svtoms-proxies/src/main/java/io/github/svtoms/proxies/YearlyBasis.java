package io.github.svtoms.proxies;

import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.internal.Checks;

import java.math.BigDecimal;

/**
 * How a proxy follows the years: instead of one amount for every benefit year, the amount for each benefit
 * year is read from reference series for the calendar or financial years that benefit year covers. The
 * proxy's own {@link ProxyValue#amount()} is then the published figure for one year, kept for reference; the
 * valuation uses the series (a {@link io.github.svtoms.proxies.valuation.ValuationRequest} must carry
 * {@link ReferenceData} that has them).
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface YearlyBasis {
    /**
     * The ids of the reference series the basis reads.
     *
     * @return the ids
     */
    java.util.List<String> seriesIds();

    /**
     * The amount per unit for calendar year Y is {@code factor × series(Y)} in the series' price year — e.g. the
     * carbon values (factor 1 per tCO2e), or car miles avoided at 0.00026915 tCO2e per mile times the carbon value
     * of the year of emission. A benefit year that spans two calendar years takes each year's value for the days it
     * has in it.
     *
     * @param series the id of a {@link ValueSeries}
     * @param factor units of the series per unit of the measure, &gt; 0 (1 when the measure is in the series' unit)
     */
    record Series(String series, BigDecimal factor) implements YearlyBasis {
        /**
         * Validates the basis.
         *
         * @throws InvalidValueException when the id breaks the id rule or the factor is not positive
         */
        public Series {
            IdRule.check(series, "value series id");
            factor = Checks.decimal(factor, "factor of value series '" + series + "'");
            if (factor.signum() <= 0) {
                throw new InvalidValueException("factor " + factor.toPlainString() + " of value series '" + series
                        + "' must be greater than 0");
            }
        }

        @Override
        public java.util.List<String> seriesIds() {
            return java.util.List.of(series);
        }
    }

    /**
     * The extra pay per full-time equivalent from paying a living wage instead of the statutory floor:
     * for the financial year starting in April of Y, {@code max(0, living(Y − 1) − floor(Y)) × hours per FTE},
     * in the prices of that year (nominal), rebased to the valuation's price year. The living wage announced in
     * the autumn of Y − 1 is the one accredited employers pay from the spring of Y; the floor (the National Living
     * Wage) changes on 1 April of Y. The line chooses the UK or the London rate
     * ({@link io.github.svtoms.proxies.valuation.CommitmentLine#wageArea()}); the request gives the hours per FTE.
     *
     * @param living the id of the {@link WageSeries} of the living wage outside London, by announcement year
     * @param livingLondon the id of the {@link WageSeries} of the London living wage, by announcement year
     * @param floor the id of the {@link WageSeries} of the statutory floor, by the year its April rate starts
     */
    record WageGap(String living, String livingLondon, String floor) implements YearlyBasis {
        /**
         * Validates the basis.
         *
         * @throws InvalidValueException when an id breaks the id rule
         */
        public WageGap {
            IdRule.check(living, "living wage series id");
            IdRule.check(livingLondon, "London living wage series id");
            IdRule.check(floor, "wage floor series id");
        }

        @Override
        public java.util.List<String> seriesIds() {
            return java.util.List.of(living, livingLondon, floor);
        }
    }
}
