package io.github.svtoms.core.portfolio;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.CurrencyMismatchException;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An organisation's contracts taken together, all in one currency; {@link #metrics(PortfolioTargets)} gives
 * the portfolio metrics ({@link MetricId}).
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param currency the currency of every amount
 * @param contracts the contracts, ids unique (may be empty)
 */
public record Portfolio(Currency currency, List<PortfolioContract> contracts) {
    /**
     * Validates and copies.
     *
     * @param currency the currency
     * @param contracts ids unique, every amount in {@code currency}
     * @throws InvalidValueException when an id repeats
     * @throws CurrencyMismatchException when a contract is in another currency
     */
    public Portfolio {
        Checks.notNull(currency, "currency");
        contracts = List.copyOf(Checks.notNull(contracts, "contracts"));
        Set<ContractId> ids = new HashSet<>();
        for (PortfolioContract c : contracts) {
            if (!ids.add(c.id())) {
                throw new InvalidValueException("duplicate contract id '" + c.id() + "': contract ids must be unique in a portfolio");
            }
            if (!c.value().currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, c.value().currency());
            }
        }
    }

    /**
     * A portfolio in the currency of its first contract.
     *
     * @param contracts at least one contract
     * @return the portfolio
     * @throws InvalidValueException when there is no contract to take the currency from
     */
    public static Portfolio of(List<PortfolioContract> contracts) {
        Checks.notNull(contracts, "contracts");
        if (contracts.isEmpty()) {
            throw new InvalidValueException("an empty portfolio needs its currency: use new Portfolio(currency, contracts)");
        }
        return new Portfolio(contracts.get(0).value().currency(), contracts);
    }

    /**
     * The portfolio metrics.
     *
     * @param targets the spend share targets ({@link PortfolioTargets#NONE} for none)
     * @return one metric per {@link MetricId}
     */
    public PortfolioReport metrics(PortfolioTargets targets) {
        Checks.notNull(targets, "targets");
        return new PortfolioReport(currency, PortfolioCalculator.metrics(contracts, targets));
    }
}
