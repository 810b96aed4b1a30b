package io.github.svtoms.bench;

import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.valuation.DiscountKind;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference (b), the limit: the same lines laid out once as primitive columns — quantities in hundredths,
 * each measure's rebased proxy in units of 10⁻¹⁰ £ with as many binary fraction bits as fit (so a proxy of
 * a few pence keeps 15 significant digits), fractions and discount factors as binary fixed point
 * with 62 fraction bits — and valued by a loop of {@code long} multiplications (128-bit products through
 * {@link Math#multiplyHigh(long, long)}). Values are held in units of 10⁻¹² £; each product is truncated,
 * so the totals are within a fraction of a penny of the exact ones (the unit test bounds the difference).
 *
 * <p>The layout is built once (not timed); {@link #value()} is the timed loop. Immutable after
 * construction; {@link #value()} is thread-safe.
 */
public final class FixedPointReference {
    private static final int FRACTION_BITS = 62;
    private static final long ONE = 1L << FRACTION_BITS;
    /** Value unit: 10⁻¹² £; quantities are in hundredths and proxies in 10⁻¹⁰ £. */
    private static final long POUND = 1_000_000_000_000L;
    private static final long CARRY_AT = 1L << 61;

    private final long[] quantity;
    private final int[] measure;
    private final long[] proxy;
    private final int[] proxyShift;
    private final long[] keepDeadweight;
    private final long[] keepDisplacement;
    private final long[] keepAttribution;
    private final long[] keepDropOff;
    private final int[] firstT;
    private final int[] duration;
    private final long[] factors;

    /**
     * Lays out the lines that count (the catalogue's counting rules, {@link BigDecimalReference#counted}) valued
     * under a request's settings (table proxies only, a discounted schedule); the lines left out are decided here,
     * outside the loop.
     *
     * @param request the settings
     * @param all the lines
     */
    public FixedPointReference(ValuationRequest request, List<CommitmentLine> all) {
        List<CommitmentLine> lines = BigDecimalReference.counted(request.catalogue(), all);
        int n = lines.size();
        ProxyTable table = request.proxyTable().orElseThrow();
        PriceIndex index = request.priceIndex().orElseThrow();
        DiscountSchedule schedule = request.discounting().schedule();
        boolean[] health = new boolean[n];
        Map<Object, Integer> measures = new HashMap<>();
        long[] proxies = new long[table.size()];
        int[] shifts = new int[table.size()];
        BigDecimal[] defaultDeadweight = new BigDecimal[table.size()];
        quantity = new long[n];
        measure = new int[n];
        keepDeadweight = new long[n];
        keepDisplacement = new long[n];
        keepAttribution = new long[n];
        keepDropOff = new long[n];
        firstT = new int[n];
        duration = new int[n];
        int maxT = 0;
        for (int i = 0; i < n; i++) {
            CommitmentLine l = lines.get(i);
            if (l.proxy().isPresent()) {
                throw new IllegalArgumentException("line " + l.id() + ": the fixed-point reference takes table proxies only");
            }
            int m = measures.computeIfAbsent(l.measure(), k -> {
                int next = measures.size();
                ProxyValue p = table.proxyFor(l.measure()).orElseThrow();
                var unit = request.catalogue().requireMeasure(l.measure()).unit();
                boolean perPound = unit.dimension() == io.github.svtoms.core.catalogue.Dimension.MONEY
                        && unit.id().equalsIgnoreCase(request.currency().getCurrencyCode()); // a ratio: not rebased
                BigDecimal amount = perPound || p.priceYear().equals(request.priceYear()) ? p.amount().amount()
                        : p.amount().amount().multiply(index.ratio(p.priceYear(), request.priceYear()), MathContext.DECIMAL128);
                BigDecimal scaled = amount.movePointRight(10);
                int shift = 0;
                while (scaled.multiply(BigDecimal.valueOf(2)).compareTo(BigDecimal.valueOf(1L << 62)) < 0 && shift < 62) {
                    scaled = scaled.multiply(BigDecimal.valueOf(2));
                    shift++;
                }
                if (shift == 0) {
                    throw new IllegalArgumentException("proxy " + amount + " is too large for the fixed-point layout");
                }
                proxies[next] = scaled.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
                shifts[next] = shift;
                defaultDeadweight[next] = p.defaultDeadweight().orElse(BigDecimal.ZERO);
                return next;
            });
            measure[i] = m;
            quantity[i] = l.quantity().movePointRight(2).longValueExact();
            // one year's gross in 10⁻¹² £ must fit a long with room for the duration
            Math.multiplyExact(mulShift(quantity[i], proxies[m], shifts[m]) + 1, (long) l.duration() * 2);
            keepDeadweight[i] = keep(l.deadweight().orElse(defaultDeadweight[m]));
            keepDisplacement[i] = keep(l.displacement());
            keepAttribution[i] = keep(l.attribution());
            keepDropOff[i] = keep(l.dropOff());
            firstT[i] = request.discounting().firstYear().discountYear(l.startYear());
            // the line's schedule: its choice, else health for a health or wellbeing value (when there is a health schedule)
            health[i] = l.discountKind().orElseGet(() -> request.discounting().kindFor(
                    table.proxyFor(l.measure()).orElseThrow().valueType())) == DiscountKind.HEALTH;
            duration[i] = l.duration();
            maxT = Math.max(maxT, firstT[i] + duration[i] - 1);
        }
        this.proxy = java.util.Arrays.copyOf(proxies, measures.size());
        this.proxyShift = java.util.Arrays.copyOf(shifts, measures.size());
        // the standard factors DF_0..DF_maxT, then the health factors: a health line's t is offset by maxT + 1
        final int lastT = maxT;
        List<BigDecimal> df = schedule.factors(lastT);
        List<BigDecimal> dfHealth = request.discounting().health().map(h -> h.factors(lastT)).orElse(df);
        factors = new long[2 * (maxT + 1)];
        for (int t = 0; t <= maxT; t++) {
            factors[t] = fixed(df.get(t));
            factors[maxT + 1 + t] = fixed(dfHealth.get(t));
        }
        for (int i = 0; i < n; i++) {
            if (health[i]) {
                firstT[i] += maxT + 1;
            }
        }
    }

    private static long fixed(BigDecimal fraction) {
        return new BigDecimal(BigInteger.ONE.shiftLeft(FRACTION_BITS)).multiply(fraction)
                .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static long keep(BigDecimal fraction) {
        return fixed(BigDecimal.ONE.subtract(fraction));
    }

    /** {@code a × b / 2⁶²}, truncated, for {@code b} in [0, 2⁶²] and non-negative {@code a}. */
    private static long mul(long a, long b) {
        return (Math.multiplyHigh(a, b) << (64 - FRACTION_BITS)) | ((a * b) >>> FRACTION_BITS);
    }

    /** {@code a × b / 2^shift}, truncated, for non-negative {@code a}, {@code b} and 0 < shift < 64. */
    private static long mulShift(long a, long b, int shift) {
        return (Math.multiplyHigh(a, b) << (64 - shift)) | ((a * b) >>> shift);
    }

    /** @return the number of lines */
    public int size() {
        return quantity.length;
    }

    /**
     * Values every line: the timed loop.
     *
     * @return gross, net and present value in whole pounds (high) and 10⁻¹² £ (low), see {@link #totals(long[])}
     */
    public long[] value() {
        long grossHigh = 0;
        long gross = 0;
        long netHigh = 0;
        long net = 0;
        long pvHigh = 0;
        long pv = 0;
        final long[] q = quantity;
        final int[] ms = measure;
        final long[] px = proxy;
        final long[] df = factors;
        final int[] shift = proxyShift;
        for (int i = 0; i < q.length; i++) {
            int m = ms[i];
            long perYear = mulShift(q[i], px[m], shift[m]);
            int d = duration[i];
            gross += perYear * d;
            long adjustment = mul(mul(keepDeadweight[i], keepDisplacement[i]), keepAttribution[i]);
            long v = mul(perYear, adjustment);
            long keep = keepDropOff[i];
            int t = firstT[i];
            for (int k = 0; k < d; k++) {
                net += v;
                pv += mul(v, df[t + k]);
                v = mul(v, keep);
            }
            if (gross >= CARRY_AT) {
                grossHigh += gross / POUND;
                gross %= POUND;
            }
            if (net >= CARRY_AT) {
                netHigh += net / POUND;
                net %= POUND;
            }
            if (pv >= CARRY_AT) {
                pvHigh += pv / POUND;
                pv %= POUND;
            }
        }
        return new long[] {grossHigh, gross, netHigh, net, pvHigh, pv};
    }

    /**
     * The totals {@link #value()} returned, in pounds.
     *
     * @param raw the six longs
     * @return the totals, 12 decimal places
     */
    public static Totals totals(long[] raw) {
        return new Totals(pounds(raw[0], raw[1]), pounds(raw[2], raw[3]), pounds(raw[4], raw[5]));
    }

    private static BigDecimal pounds(long high, long low) {
        return BigDecimal.valueOf(high).add(BigDecimal.valueOf(low, 12));
    }
}
