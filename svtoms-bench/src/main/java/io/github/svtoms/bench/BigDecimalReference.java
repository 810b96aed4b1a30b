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

import io.github.svtoms.core.catalogue.MeasureId;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reference (a): the SROI chain written straight from the formulas in {@link BigDecimal}, with nothing
 * precomputed — each line looks its measure and proxy up, divides the two index values for its rebasing
 * ratio and walks the discount schedule from {@code DF_0} for each benefit year. Same operations in the same
 * order as the engine ({@link MathContext#DECIMAL128} for each product and quotient, exact sums), so the
 * exact totals are equal. A calendar price year rebased to or from a financial one is put on the financial-year
 * basis by the quarter method, ¼ × D[(Y−1)-Y] + ¾ × D[Y-(Y+1)], as {@code PriceIndex} documents. Only the lines
 * that count enter the totals ({@link #counted}). Stateless and thread-safe.
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
        YearIndexing indexing = request.discounting().firstYear();
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal pv = BigDecimal.ZERO;
        List<CommitmentLine> all = new ArrayList<>();
        lines.forEach(all::add);
        for (CommitmentLine line : counted(catalogue, all)) {
            var unit = catalogue.requireMeasure(line.measure()).unit();
            ProxyValue proxy = line.proxy().or(() -> table.proxyFor(line.measure())).orElseThrow();
            BigDecimal amount = proxy.amount().amount();
            // the line's schedule: its choice, else the health one for a health or wellbeing value when there is one
            DiscountSchedule schedule = request.discounting().scheduleFor(line.discountKind()
                    .orElseGet(() -> request.discounting().kindFor(proxy.valueType()))).orElseThrow();
            // a proxy per pound (a measure counted in the request's currency) is a ratio: never rebased
            boolean perPound = unit.dimension() == Dimension.MONEY
                    && unit.id().equalsIgnoreCase(request.currency().getCurrencyCode());
            if (!perPound && !proxy.priceYear().equals(to)) {
                PriceIndex index = request.priceIndex().orElseThrow();
                BigDecimal ratio = onBasis(index, to, proxy.priceYear()).divide(onBasis(index, proxy.priceYear(), to), MC);
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

    /**
     * The lines that enter the totals under the catalogue's counting rules, written straight from their
     * definition: a line declaring {@code countedSeparately} always counts; any other line counts unless its
     * measure's overlap family was first met, in line order, on another measure's line (not declared separate),
     * or one of its measure's wholes (directly or through another whole) has a line. Every line here has a proxy.
     *
     * @param catalogue the catalogue with the counting rules
     * @param lines the lines, in order
     * @return the lines that count, in order
     */
    public static List<CommitmentLine> counted(Catalogue catalogue, List<CommitmentLine> lines) {
        Map<String, MeasureId> familyFirst = new HashMap<>();
        Set<MeasureId> present = new HashSet<>();
        for (CommitmentLine line : lines) {
            present.add(line.measure());
            if (line.countedSeparately().isEmpty()) {
                catalogue.overlapFamilyOf(line.measure()).ifPresent(f -> familyFirst.putIfAbsent(f.id(), line.measure()));
            }
        }
        List<CommitmentLine> out = new ArrayList<>();
        for (CommitmentLine line : lines) {
            boolean counts = line.countedSeparately().isPresent()
                    || catalogue.overlapFamilyOf(line.measure()).map(f -> familyFirst.get(f.id()).equals(line.measure()))
                            .orElse(true)
                    && wholes(catalogue, line.measure()).stream().noneMatch(present::contains);
            if (counts) {
                out.add(line);
            }
        }
        return out;
    }

    /** Every measure a measure is part of, directly or through another whole. */
    private static Set<MeasureId> wholes(Catalogue catalogue, MeasureId measure) {
        Set<MeasureId> out = new LinkedHashSet<>();
        ArrayDeque<MeasureId> todo = new ArrayDeque<>(catalogue.wholesOf(measure));
        while (!todo.isEmpty()) {
            MeasureId w = todo.poll();
            if (out.add(w)) {
                todo.addAll(catalogue.wholesOf(w));
            }
        }
        return out;
    }

    /** A year's index value on the basis it shares with the other year: the quarter method for a calendar year beside a financial one. */
    private static BigDecimal onBasis(PriceIndex index, PriceYear year, PriceYear other) {
        if (year.isFinancial() || !other.isFinancial()) {
            return index.value(year);
        }
        return new BigDecimal("0.25").multiply(index.value(PriceYear.ofFinancial(year.startYear() - 1)))
                .add(new BigDecimal("0.75").multiply(index.value(PriceYear.ofFinancial(year.startYear()))));
    }
}
