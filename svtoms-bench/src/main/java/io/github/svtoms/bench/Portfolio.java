package io.github.svtoms.bench;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Discounting;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Generated portfolios over the bundled catalogue, proxy table and GDP deflator: every measure that has a
 * proxy and may count for more than one year, lines of five benefit years starting in contract years 1–3,
 * quantities giving £100 to £100,000 a year (log-uniform, 2 dp), line deadweight on half the lines (the
 * proxy's default on the rest), displacement, attribution and drop-off of 0–0.30 (2 dp), Green Book
 * discounting, valued in 2024-25 prices so that proxies are rebased from 13 different price years.
 *
 * <p>Deterministic: the same seed gives the same lines. Immutable and thread-safe.
 */
public final class Portfolio {
    /** The price year every figure is reported in. */
    public static final PriceYear PRICE_YEAR = PriceYear.parse("2024-25");
    /** The price index used to rebase: the bundled default. */
    public static final String INDEX = Bundled.PRICE_INDEX_ID;
    /** Benefit years per line. */
    public static final int DURATION = 5;

    private static final List<BigDecimal> DEADWEIGHTS = fractions(0, 50);
    private static final List<BigDecimal> FRACTIONS = fractions(0, 30);

    private final Catalogue catalogue;
    private final ProxyTable table;
    private final PriceIndex index;
    private final List<MeasureId> measures;

    private Portfolio() {
        this.catalogue = Bundled.catalogue();
        this.table = Bundled.proxyTable();
        this.index = Bundled.priceIndex();
        List<MeasureId> ms = new ArrayList<>();
        for (Measure m : catalogue.measures()) {
            // proxies that follow the years (carbon by year of emission, the living wage gap) are left out: the
            // references below value one amount per line, as the engine's timed path does
            if (!m.firstYearOnly() && table.proxyFor(m.id()).filter(p -> p.yearly().isEmpty()).isPresent()) {
                ms.add(m.id());
            }
        }
        this.measures = List.copyOf(ms);
    }

    private static final class Holder {
        static final Portfolio DEFAULT = new Portfolio();
    }

    /** @return the portfolio generator over the bundled data */
    public static Portfolio bundled() {
        return Holder.DEFAULT;
    }

    private static List<BigDecimal> fractions(int from, int to) {
        List<BigDecimal> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(BigDecimal.valueOf(i, 2));
        }
        return List.copyOf(out);
    }

    /** @return the measures lines are drawn from, in catalogue order */
    public List<MeasureId> measures() {
        return measures;
    }

    /** @return the bundled catalogue */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** @return the bundled proxy table */
    public ProxyTable table() {
        return table;
    }

    /** @return the GDP deflator */
    public PriceIndex index() {
        return index;
    }

    /**
     * A request with no lines, for streaming.
     *
     * @return the request
     */
    public ValuationRequest emptyRequest() {
        return ValuationRequest.builder(Money.currency("GBP"), PRICE_YEAR, catalogue).discounting(Discounting.greenBook())
                .priceIndex(index).proxyTable(table).reference(Bundled.referenceData()).build();
    }

    /**
     * A request holding generated lines.
     *
     * @param lines the number of lines
     * @param seed the seed
     * @return the request
     */
    public ValuationRequest request(int lines, long seed) {
        return emptyRequest().toBuilder().lines(lines(lines, seed)).build();
    }

    /**
     * Generated lines.
     *
     * @param count the number of lines
     * @param seed the seed
     * @return the lines, ids L0000001…
     */
    public List<CommitmentLine> lines(int count, long seed) {
        List<CommitmentLine> out = new ArrayList<>(count);
        stream(count, seed).forEach(out::add);
        return out;
    }

    /**
     * Generated lines, made one at a time as the stream is consumed (nothing is held).
     *
     * @param count the number of lines
     * @param seed the seed
     * @return the lines, the same as {@link #lines(int, long)} for an int count
     */
    public Stream<CommitmentLine> stream(long count, long seed) {
        Random random = new Random(seed);
        Iterator<CommitmentLine> it = new Iterator<>() {
            private long made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public CommitmentLine next() {
                made++;
                return line(random, made);
            }
        };
        return StreamSupport.stream(Spliterators.spliterator(it, count, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * A line id: {@code L} and the number padded to seven digits.
     *
     * @param n the 1-based line number
     * @return the id
     */
    static String id(long n) {
        String digits = Long.toString(n);
        return digits.length() >= 7 ? "L" + digits : "L" + "0000000".substring(digits.length()) + digits;
    }

    private CommitmentLine line(Random r, long n) {
        MeasureId m = measures.get(r.nextInt(measures.size()));
        ProxyValue proxy = table.proxyFor(m).orElseThrow();
        double yearly = Math.exp(Math.log(100) + r.nextDouble() * (Math.log(100_000) - Math.log(100)));
        BigDecimal quantity = BigDecimal.valueOf(yearly).divide(proxy.amount().amount(), 2, RoundingMode.HALF_EVEN)
                .max(BigDecimal.valueOf(1, 2));
        CommitmentLine.Builder b = CommitmentLine.builder(id(n), m, quantity)
                .startYear(1 + r.nextInt(3)).duration(DURATION)
                .displacement(FRACTIONS.get(r.nextInt(FRACTIONS.size())))
                .attribution(FRACTIONS.get(r.nextInt(FRACTIONS.size())))
                .dropOff(r.nextInt(4) == 0 ? BigDecimal.ZERO : FRACTIONS.get(r.nextInt(FRACTIONS.size())));
        if (r.nextBoolean()) {
            b.deadweight(DEADWEIGHTS.get(r.nextInt(DEADWEIGHTS.size())));
        }
        return b.build();
    }
}
