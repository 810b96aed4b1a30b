package io.github.svtoms.bench;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Dimension;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.YearIndexing;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Reference (a): the SROI chain written straight from the formulas in {@link BigDecimal}, with nothing
 * precomputed — each line looks its measure and proxy up, divides the two index values for its rebasing
 * ratio and walks the discount schedule from {@code DF_0} for each benefit year. Same operations in the same
 * order as the engine ({@link MathContext#DECIMAL128} for each product and quotient, exact sums), so the
 * exact totals are equal. Stateless and thread-safe.
 */
public final class BigDecimalReference {
    private static final MathContext MC = MathContext.DECIMAL128;

    private BigDecimalReference() {
    }

    /**
     * Values every line of a request whose lines all have a table proxy.
     *
     * @param request the request (Green Book or other schedule, a price index, a proxy table)
     * @return the exact totals
     */
    public static Totals value(ValuationRequest request) {
        return value(request, request.lines());
    }

    /**
     * Values lines under a request's settings.
     *
     * @param request the settings
     * @param lines the lines
     * @return the exact totals
     */
    public static Totals value(ValuationRequest request, Iterable<CommitmentLine> lines) {
        Catalogue catalogue = request.catalogue();
        ProxyTable table = request.proxyTable().orElseThrow();
        PriceYear to = request.priceYear();
        DiscountSchedule schedule = request.discounting().schedule();
        YearIndexing indexing = request.discounting().firstYear();
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal pv = BigDecimal.ZERO;
        for (CommitmentLine line : lines) {
            var unit = catalogue.requireMeasure(line.measure()).unit();
            ProxyValue proxy = line.proxy().or(() -> table.proxyFor(line.measure())).orElseThrow();
            BigDecimal amount = proxy.amount().amount();
            // a proxy per pound (a measure counted in the request's currency) is a ratio: never rebased
            boolean perPound = unit.dimension() == Dimension.MONEY
                    && unit.id().equalsIgnoreCase(request.currency().getCurrencyCode());
            if (!perPound && !proxy.priceYear().equals(to)) {
                PriceIndex index = request.priceIndex().orElseThrow();
                BigDecimal ratio = index.value(to).divide(index.value(proxy.priceYear()), MC);
                amount = amount.multiply(ratio, MC);
            }
            BigDecimal perYear = line.quantity().multiply(amount, MC);
            gross = gross.add(perYear.multiply(BigDecimal.valueOf(line.duration())));
            BigDecimal deadweight = line.deadweight().or(proxy::defaultDeadweight).orElse(BigDecimal.ZERO);
            BigDecimal adjustment = BigDecimal.ONE.subtract(deadweight)
                    .multiply(BigDecimal.ONE.subtract(line.displacement()))
                    .multiply(BigDecimal.ONE.subtract(line.attribution()));
            BigDecimal value = perYear.multiply(adjustment, MC);
            BigDecimal keep = BigDecimal.ONE.subtract(line.dropOff());
            for (int k = 1; k <= line.duration(); k++) {
                if (k > 1 && keep.compareTo(BigDecimal.ONE) != 0) {
                    value = value.multiply(keep, MC);
                }
                net = net.add(value);
                int t = indexing.discountYear(line.startYear() + k - 1);
                pv = pv.add(schedule.isUndiscounted() ? value : value.multiply(schedule.factor(t), MC));
            }
        }
        return new Totals(gross, net, pv);
    }
}
