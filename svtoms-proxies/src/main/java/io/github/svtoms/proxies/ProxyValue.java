package io.github.svtoms.proxies;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A financial proxy: the money value of one unit of a measure (one FTE-year of local employment, one
 * tCO2e saved), in the prices of one year, with its provenance.
 *
 * <p>Immutable and thread-safe; value equality over all components (the amount's scale included).
 *
 * @param amount the value of one unit of the measure, ≥ 0
 * @param priceYear the price base of {@code amount}
 * @param valueType what kind of value it is
 * @param defaultDeadweight the deadweight to use when a commitment does not give one, in [0, 1]
 * @param provenance where the figure comes from
 * @param notes caveats, if any
 * @param yearly how the amount follows the years, when it does ({@link YearlyBasis}); the valuation then reads the
 *        reference series for each benefit year and {@code amount} is the published figure for one year
 * @param range the low and high amounts the source gives, in the same currency and price year, when it gives a
 *        range (e.g. the WELLBY value £10,000–£16,000); a valuation then states a range of present values. A proxy
 *        with a {@link YearlyBasis.Series} basis takes its range from the series instead and has none of its own
 */
public record ProxyValue(Money amount, PriceYear priceYear, ValueType valueType, Optional<BigDecimal> defaultDeadweight,
                         Provenance provenance, Optional<String> notes, Optional<YearlyBasis> yearly,
                         Optional<Range> range) {
    /**
     * Validates the proxy.
     *
     * @param amount ≥ 0, a stated decimal ({@link io.github.svtoms.core.Limits#DECIMAL_RULE})
     * @param priceYear the price year
     * @param valueType the value type
     * @param defaultDeadweight empty or in [0, 1]
     * @param provenance the provenance
     * @param notes empty or text
     * @param yearly empty or the yearly basis
     * @param range empty or the range, low ≤ amount ≤ high, in the amount's currency
     * @throws InvalidValueException when the amount is negative, the deadweight outside [0, 1], the range does not
     *         hold the amount or a part is missing
     */
    public ProxyValue {
        Checks.notNull(amount, "proxy amount");
        Checks.decimal(amount.amount(), "proxy amount " + amount.currency().getCurrencyCode());
        if (amount.isNegative()) {
            throw new InvalidValueException("proxy amount " + amount + " must not be negative");
        }
        Checks.notNull(priceYear, "proxy price year");
        Checks.notNull(valueType, "proxy value type");
        defaultDeadweight = Checks.notNull(defaultDeadweight, "proxy default deadweight")
                .map(d -> Rules.fraction(d, "proxy default deadweight"));
        Checks.notNull(provenance, "proxy provenance");
        Checks.notNull(notes, "proxy notes");
        Checks.notNull(yearly, "proxy yearly basis");
        Checks.notNull(range, "proxy range");
        if (range.isPresent()) {
            Range r = range.get();
            if (!r.low().currency().equals(amount.currency())) {
                throw new InvalidValueException("proxy range " + r.low() + "–" + r.high() + " is not in the currency of the amount "
                        + amount);
            }
            if (r.low().amount().compareTo(amount.amount()) > 0 || r.high().amount().compareTo(amount.amount()) < 0) {
                throw new InvalidValueException("proxy range " + r.low() + "–" + r.high() + " does not contain the amount " + amount);
            }
            if (yearly.isPresent() && yearly.get() instanceof YearlyBasis.Series) {
                throw new InvalidValueException("proxy " + amount + " follows value series '"
                        + ((YearlyBasis.Series) yearly.get()).series() + "', which gives its range; it must not have a range "
                        + r.low() + "–" + r.high() + " of its own");
            }
        }
    }

    /**
     * A proxy with one amount for every year and no range.
     *
     * @param amount the value of one unit, ≥ 0
     * @param priceYear the price base
     * @param valueType the value type
     * @param defaultDeadweight empty or in [0, 1]
     * @param provenance the provenance
     * @param notes empty or text
     */
    public ProxyValue(Money amount, PriceYear priceYear, ValueType valueType, Optional<BigDecimal> defaultDeadweight,
                      Provenance provenance, Optional<String> notes) {
        this(amount, priceYear, valueType, defaultDeadweight, provenance, notes, Optional.empty(), Optional.empty());
    }

    /**
     * A copy with a yearly basis.
     *
     * @param basis the basis
     * @return the copy
     */
    public ProxyValue withYearly(YearlyBasis basis) {
        return new ProxyValue(amount, priceYear, valueType, defaultDeadweight, provenance, notes,
                Optional.of(Checks.notNull(basis, "yearly basis")), range);
    }

    /**
     * A copy with a range.
     *
     * @param low the low amount
     * @param high the high amount
     * @return the copy
     */
    public ProxyValue withRange(Money low, Money high) {
        return new ProxyValue(amount, priceYear, valueType, defaultDeadweight, provenance, notes, yearly,
                Optional.of(new Range(low, high)));
    }

    /**
     * The low and high amounts of a proxy, as its source states them.
     *
     * <p>Immutable and thread-safe.
     *
     * @param low the low amount, ≥ 0
     * @param high the high amount, ≥ low, same currency
     */
    public record Range(Money low, Money high) {
        /**
         * Validates the range.
         *
         * @throws InvalidValueException when low &gt; high, either is negative or the currencies differ
         */
        public Range {
            Checks.notNull(low, "proxy range low");
            Checks.notNull(high, "proxy range high");
            Checks.decimal(low.amount(), "proxy range low");
            Checks.decimal(high.amount(), "proxy range high");
            if (!low.currency().equals(high.currency())) {
                throw new InvalidValueException("proxy range " + low + "–" + high + " must be in one currency");
            }
            if (low.isNegative() || low.amount().compareTo(high.amount()) > 0) {
                throw new InvalidValueException("proxy range " + low + "–" + high + " must have 0 ≤ low ≤ high");
            }
        }
    }

    /**
     * A proxy given inline in a valuation request: economic value type, no default deadweight,
     * {@link Provenance#suppliedInRequest()}.
     *
     * @param amount the value of one unit, ≥ 0
     * @param priceYear its price base
     * @return the proxy
     */
    public static ProxyValue supplied(Money amount, PriceYear priceYear) {
        return new ProxyValue(amount, priceYear, ValueType.ECONOMIC, Optional.empty(), Provenance.suppliedInRequest(),
                Optional.empty());
    }
}
