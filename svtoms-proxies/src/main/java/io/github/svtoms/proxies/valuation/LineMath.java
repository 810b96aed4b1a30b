package io.github.svtoms.proxies.valuation;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The per-line arithmetic, in {@link MathContext#DECIMAL128}: a few multiplications per benefit year, the
 * drop-off built iteratively (no {@code pow}).
 *
 * <p>Every product is rounded to 34 significant digits (HALF_EVEN) and every sum is exact, exactly as
 * written with {@link BigDecimal}: {@code perYear = quantity × proxy}, {@code gross = perYear × duration},
 * {@code net_1 = perYear × adjustment}, {@code value_k = value_(k−1) × (1 − dropOff)},
 * {@code pv_k = value_k × DF_t}, {@code net = Σ value_k}, {@code presentValue = Σ pv_k}. The work is done in
 * {@link Decimal34} registers, which give the same value and scale as {@code BigDecimal} for each of these
 * operations without its costly rounding division and without allocating; a line outside their range (a
 * proxy supplied in the line that is too long, factors beyond the prepared ones, numbers over 126 digits) is
 * computed with {@code BigDecimal} itself — same figures, only slower.
 *
 * <p><b>Proxies that follow the years</b> ({@link YearlyAmounts}) have an amount {@code a_k} per benefit year:
 * {@code perYear_k = quantity × a_k}, {@code gross = Σ perYear_k}, {@code s_1 = 1}, {@code s_k = s_(k−1) × (1 − dropOff)},
 * {@code value_k = (perYear_k × adjustment) × s_k}, in {@code BigDecimal}. With a low and a high estimate, the
 * same arithmetic on the low and the high amounts gives the line's range of present values.
 *
 * <p>Each line is discounted with its own schedule ({@link Prepared#scheduleOf}).
 *
 * <p>The result fields are mutable; not thread-safe — one per line or per accumulator. The registers are
 * per thread.
 */
final class LineMath {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final ThreadLocal<Registers> REGISTERS = ThreadLocal.withInitial(Registers::new);

    BigDecimal deadweight;
    BigDecimal adjustment;
    BigDecimal firstYear;
    BigDecimal gross;
    BigDecimal net;
    BigDecimal presentValue;
    /** Per benefit year (index k − 1), filled only when detail was asked for. */
    BigDecimal[] values;
    BigDecimal[] presentValues;
    BigDecimal[] discountFactors;
    /** Per benefit year, filled only when detail was asked for: the discount rate r_t and the proxy in request prices. */
    BigDecimal[] rates;
    BigDecimal[] amounts;
    /** The present value at the low and the high estimates, or null when the proxy gives no range. */
    BigDecimal lowPresentValue;
    BigDecimal highPresentValue;
    /** The schedule the line was discounted with. */
    Prepared.Sched sched;

    /** Scratch registers of one thread. */
    private static final class Registers {
        final Decimal34 quantity = new Decimal34();
        final Decimal34 perYear = new Decimal34();
        final Decimal34 gross = new Decimal34();
        final Decimal34 adjustment = new Decimal34();
        final Decimal34 value = new Decimal34();
        final Decimal34 next = new Decimal34();
        final Decimal34 keep = new Decimal34();
        final Decimal34 pv = new Decimal34();
        final Decimal34 net = new Decimal34();
        final Decimal34 pvSum = new Decimal34();
        final Decimal34 scratch = new Decimal34();
    }

    /**
     * Values a line.
     *
     * @param detail whether to keep the first year's value and the per-year figures (else only gross, net,
     *        present value, deadweight and adjustment are set, the others may be null)
     */
    void compute(Prepared p, CommitmentLine line, Prepared.Resolved proxy, boolean detail) {
        Prepared.Sched s = p.scheduleOf(line, proxy);
        sched = s;
        main(p, s, line, proxy, detail);
        lowPresentValue = null;
        highPresentValue = null;
        if (proxy.ranged()) {
            YearlyAmounts y = proxy.yearly();
            LineMath r = new LineMath();
            r.sched = s;
            r.adjustment = adjustment;
            r.general(p, s, line, y == null ? proxy.low() : null, y == null ? null : y.low(), false);
            lowPresentValue = r.presentValue;
            r.general(p, s, line, y == null ? proxy.high() : null, y == null ? null : y.high(), false);
            highPresentValue = r.presentValue;
        }
    }

    private void main(Prepared p, Prepared.Sched s, CommitmentLine line, Prepared.Resolved proxy, boolean detail) {
        deadweight = line.deadweight().orElseGet(() -> proxy.proxy().defaultDeadweight().orElse(BigDecimal.ZERO));
        adjustment = BigDecimal.ONE.subtract(deadweight)
                .multiply(BigDecimal.ONE.subtract(line.displacement()))
                .multiply(BigDecimal.ONE.subtract(line.attribution()));
        firstYear = null;
        values = null;
        presentValues = null;
        discountFactors = null;
        rates = null;
        amounts = null;
        if (proxy.yearly() != null) {
            general(p, s, line, null, proxy.yearly().central(), detail);
            return;
        }
        Decimal34 amount = proxy.fastAmount();
        if (amount != null) {
            boolean discount = !s.undiscounted;
            if (!discount || s.hasFastFactors(p.indexing().discountYear(line.lastContractYear()))) {
                try {
                    fast(p, s, line, amount, discount, detail, REGISTERS.get());
                    if (detail) {
                        fillDetail(p, s, line, proxy.amount(), null);
                    }
                    return;
                } catch (Decimal34.OutOfRange e) {
                    // beyond the registers' range: the same arithmetic in BigDecimal below
                }
            }
        }
        general(p, s, line, proxy.amount(), null, detail);
    }

    /** The per-year rates and proxy amounts of the detail. */
    private void fillDetail(Prepared p, Prepared.Sched s, CommitmentLine line, BigDecimal constant, BigDecimal[] yearly) {
        int d = line.duration();
        rates = new BigDecimal[d];
        amounts = new BigDecimal[d];
        for (int k = 1; k <= d; k++) {
            int t = p.indexing().discountYear(line.startYear() + k - 1);
            rates[k - 1] = s.rate(t);
            amounts[k - 1] = yearly == null ? constant : yearly[k - 1];
        }
    }

    private void fast(Prepared p, Prepared.Sched s, CommitmentLine line, Decimal34 amount, boolean discount, boolean detail,
                      Registers r) {
        int d = line.duration();
        Decimal34.multiplyRounded(r.quantity.set(line.quantity()), amount, r.perYear);
        r.gross.set(r.perYear).multiply(d);
        Decimal34 v = r.value;
        Decimal34.multiplyRounded(r.perYear, r.adjustment.set(adjustment), v);
        BigDecimal keep = BigDecimal.ONE.subtract(line.dropOff());
        boolean noDropOff = keep.compareTo(BigDecimal.ONE) == 0;
        if (!noDropOff) {
            r.keep.set(keep);
        }
        BigDecimal[] dfBig = discount && detail ? s.factors(p.indexing().discountYear(line.lastContractYear())) : null;
        if (detail) {
            firstYear = v.toBigDecimal(r.scratch);
            values = new BigDecimal[d];
            presentValues = new BigDecimal[d];
            discountFactors = new BigDecimal[d];
        }
        r.net.zero();
        r.pvSum.zero();
        for (int k = 1; k <= d; k++) {
            int t = p.indexing().discountYear(line.startYear() + k - 1);
            Decimal34 pv = v;
            if (discount) {
                Decimal34.multiplyRounded(v, s.fastFactor(t), r.pv);
                pv = r.pv;
            }
            r.net.add(v);
            if (discount) {
                r.pvSum.add(pv);
            }
            if (detail) {
                values[k - 1] = v.toBigDecimal(r.scratch);
                presentValues[k - 1] = discount ? pv.toBigDecimal(r.scratch) : values[k - 1];
                discountFactors[k - 1] = discount ? dfBig[t] : BigDecimal.ONE;
            }
            if (k < d && !noDropOff) {
                Decimal34.multiplyRounded(v, r.keep, r.next);
                v.set(r.next);
            }
        }
        gross = r.gross.toBigDecimal(r.scratch);
        net = r.net.toBigDecimal(r.scratch);
        presentValue = discount ? r.pvSum.toBigDecimal(r.scratch) : net;
    }

    /**
     * The same arithmetic in BigDecimal: for lines outside the registers' range ({@code constant} given), and for
     * proxies that follow the years ({@code yearly} given, one amount per benefit year).
     */
    private void general(Prepared p, Prepared.Sched s, CommitmentLine line, BigDecimal constant, BigDecimal[] yearly,
                         boolean detail) {
        int d = line.duration();
        BigDecimal keep = BigDecimal.ONE.subtract(line.dropOff());
        boolean noDropOff = keep.compareTo(BigDecimal.ONE) == 0;
        boolean discount = !s.undiscounted;
        BigDecimal[] df = discount ? s.factors(p.indexing().discountYear(line.lastContractYear())) : null;
        if (detail) {
            values = new BigDecimal[d];
            presentValues = new BigDecimal[d];
            discountFactors = new BigDecimal[d];
            fillDetail(p, s, line, constant, yearly);
        }
        BigDecimal v;
        BigDecimal survival = BigDecimal.ONE;
        if (yearly == null) {
            BigDecimal perYear = line.quantity().multiply(constant, MC);
            gross = perYear.multiply(BigDecimal.valueOf(d));
            v = perYear.multiply(adjustment, MC);
        } else {
            gross = BigDecimal.ZERO;
            for (BigDecimal a : yearly) {
                gross = gross.add(line.quantity().multiply(a, MC));
            }
            v = line.quantity().multiply(yearly[0], MC).multiply(adjustment, MC);
        }
        firstYear = v;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal pvSum = BigDecimal.ZERO;
        for (int k = 1; k <= d; k++) {
            int t = p.indexing().discountYear(line.startYear() + k - 1);
            BigDecimal factor = discount ? df[t] : BigDecimal.ONE;
            BigDecimal pv = discount ? v.multiply(factor, MC) : v;
            sum = sum.add(v);
            pvSum = pvSum.add(pv);
            if (detail) {
                values[k - 1] = v;
                presentValues[k - 1] = pv;
                discountFactors[k - 1] = factor;
            }
            if (k < d) {
                if (yearly == null) {
                    if (!noDropOff) {
                        v = v.multiply(keep, MC);
                    }
                } else {
                    if (!noDropOff) {
                        survival = survival.multiply(keep, MC);
                    }
                    BigDecimal base = line.quantity().multiply(yearly[k], MC).multiply(adjustment, MC);
                    v = noDropOff ? base : base.multiply(survival, MC);
                }
            }
        }
        net = sum;
        presentValue = pvSum;
    }
}
