package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.monitoring.CommitmentStatus;
import io.github.svtoms.core.monitoring.MonitoringResult;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ReferenceData;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Pledged versus delivered proxy value of a monitored contract: each commitment's target (pledged) and
 * the quantity delivered by the as-of date ({@link MonitoringResult#deliveredQuantities()}) valued with the
 * same {@link ValuationEngine} and context, so that the two are comparable.
 *
 * <p>Each commitment becomes one commitment line with the measure id as its line id, its quantity (target
 * or delivered), contract year 1, a duration of 1 year, the proxy's default deadweight and no displacement,
 * attribution or drop-off. A measure without a proxy in the context's table is reported as unvalued by the
 * engine, in both valuations. The context supplies currency, price year, catalogue, proxy table, price
 * index, contract and discounting; it must not have lines of its own.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeliveryValuation {
    private final Valuation pledged;
    private final Valuation delivered;

    private DeliveryValuation(Valuation pledged, Valuation delivered) {
        this.pledged = pledged;
        this.delivered = delivered;
    }

    /**
     * Values the pledged targets and the delivered quantities of a monitoring result.
     *
     * @param result the monitoring result
     * @param context the valuation context, without lines
     * @return the two valuations
     * @throws InvalidValueException when the context has lines
     * @throws io.github.svtoms.core.SvtomsException when the engine rejects a line (for example a measure
     *                                               missing from the context's catalogue)
     */
    public static DeliveryValuation of(MonitoringResult result, ValuationRequest context) {
        Checks.notNull(result, "monitoring result");
        Checks.notNull(context, "valuation context");
        if (!context.lines().isEmpty()) {
            throw new InvalidValueException("the valuation context has " + context.lines().size() + " line(s): "
                    + "pledged and delivered lines come from the monitoring result, so the context must have none");
        }
        ValuationEngine engine = ValuationEngine.of(context);
        List<CommitmentLine> pledgedLines = new ArrayList<>();
        List<CommitmentLine> deliveredLines = new ArrayList<>();
        for (CommitmentStatus s : result.statuses()) {
            var measure = s.commitment().measure();
            pledgedLines.add(CommitmentLine.of(measure.value(), measure, s.commitment().target()));
            deliveredLines.add(CommitmentLine.of(measure.value(), measure, result.deliveredQuantities().get(measure)));
        }
        return new DeliveryValuation(engine.value(pledgedLines), engine.value(deliveredLines));
    }

    /**
     * Values the pledged targets and the delivered quantities with a context of a catalogue, a proxy table
     * and a price index, in one currency and price year, with the default discounting (Green Book, the
     * first contract year undiscounted) and no contract value.
     *
     * @param result the monitoring result
     * @param catalogue the catalogue holding the measures
     * @param proxies the proxy table, in {@code currency}
     * @param index the price index that rebases proxies to {@code priceYear}
     * @param priceYear the price year of the valuations
     * @param currency the currency of the valuations
     * @return the two valuations
     * @throws io.github.svtoms.core.SvtomsException when the engine rejects a line — among them a line whose proxy
     *         follows the years ({@link io.github.svtoms.proxies.YearlyBasis}), which needs reference data: use
     *         {@link #of(MonitoringResult, Catalogue, ProxyTable, PriceIndex, PriceYear, Currency, ReferenceData)}
     */
    public static DeliveryValuation of(MonitoringResult result, Catalogue catalogue, ProxyTable proxies, PriceIndex index,
                                       PriceYear priceYear, Currency currency) {
        return of(result, ValuationRequest.builder(currency, priceYear, catalogue).proxyTable(proxies).priceIndex(index)
                .build());
    }

    /**
     * As {@link #of(MonitoringResult, Catalogue, ProxyTable, PriceIndex, PriceYear, Currency)}, with the reference
     * data that proxies following the years read their series from (carbon values by year, the living wage rates).
     *
     * @param result the monitoring result
     * @param catalogue the catalogue holding the measures
     * @param proxies the proxy table, in {@code currency}
     * @param index the price index that rebases proxies to {@code priceYear}
     * @param priceYear the price year of the valuations
     * @param currency the currency of the valuations
     * @param reference the reference data
     * @return the two valuations
     */
    public static DeliveryValuation of(MonitoringResult result, Catalogue catalogue, ProxyTable proxies, PriceIndex index,
                                       PriceYear priceYear, Currency currency, ReferenceData reference) {
        return of(result, ValuationRequest.builder(currency, priceYear, catalogue).proxyTable(proxies).priceIndex(index)
                .reference(reference).build());
    }

    /**
     * The value of the commitments' targets.
     *
     * @return the pledged valuation
     */
    public Valuation pledged() {
        return pledged;
    }

    /**
     * The value of what was delivered by the as-of date.
     *
     * @return the delivered valuation
     */
    public Valuation delivered() {
        return delivered;
    }
}
