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
 */
public record ProxyValue(Money amount, PriceYear priceYear, ValueType valueType, Optional<BigDecimal> defaultDeadweight,
                         Provenance provenance, Optional<String> notes) {
    /**
     * Validates the proxy.
     *
     * @param amount ≥ 0, a stated decimal ({@link io.github.svtoms.core.Limits#DECIMAL_RULE})
     * @param priceYear the price year
     * @param valueType the value type
     * @param defaultDeadweight empty or in [0, 1]
     * @param provenance the provenance
     * @param notes empty or text
     * @throws InvalidValueException when the amount is negative, the deadweight outside [0, 1] or a part missing
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
