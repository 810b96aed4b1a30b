package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.money.CurrencyMismatchException;
import io.github.svtoms.core.money.Money;

import java.util.Currency;

/**
 * The three figures of a valuation: gross, net and present value, in one currency. Used both for exact
 * figures and for reported (rounded) ones; the accessor that returns it says which.
 *
 * <p>Immutable and thread-safe; value equality over all components (scale-sensitive, like {@link Money}).
 *
 * @param gross quantity × proxy over the benefit years, no adjustments
 * @param net after deadweight, displacement, attribution and drop-off
 * @param presentValue net discounted to the first contract year
 */
public record Figures(Money gross, Money net, Money presentValue) {
    /**
     * Validates the figures.
     *
     * @param gross the gross value
     * @param net the net value
     * @param presentValue the present value
     * @throws CurrencyMismatchException when they are in different currencies
     */
    public Figures {
        Checks.notNull(gross, "gross");
        Checks.notNull(net, "net");
        Checks.notNull(presentValue, "present value");
        if (!gross.currency().equals(net.currency())) {
            throw new CurrencyMismatchException(gross.currency(), net.currency());
        }
        if (!gross.currency().equals(presentValue.currency())) {
            throw new CurrencyMismatchException(gross.currency(), presentValue.currency());
        }
    }

    /**
     * Zero figures at the currency's minor-unit scale.
     *
     * @param currency the currency
     * @return zeros
     */
    public static Figures zero(Currency currency) {
        Money z = Money.zero(currency);
        return new Figures(z, z, z);
    }

    /**
     * The currency of the figures.
     *
     * @return the currency
     */
    public Currency currency() {
        return gross.currency();
    }

    /**
     * Each figure rounded to the currency's minor unit, HALF_EVEN.
     *
     * @return the rounded figures
     */
    public Figures rounded() {
        return new Figures(gross.rounded(), net.rounded(), presentValue.rounded());
    }

    /**
     * The exact sum.
     *
     * @param other figures in the same currency
     * @return the sum of each figure
     */
    public Figures plus(Figures other) {
        return new Figures(gross.plus(other.gross), net.plus(other.net), presentValue.plus(other.presentValue));
    }
}
