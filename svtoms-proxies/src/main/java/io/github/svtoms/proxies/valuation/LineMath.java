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
        deadweight = line.deadweight().orElseGet(() -> proxy.proxy().defaultDeadweight().orElse(BigDecimal.ZERO));
        adjustment = BigDecimal.ONE.subtract(deadweight)
                .multiply(BigDecimal.ONE.subtract(line.displacement()))
                .multiply(BigDecimal.ONE.subtract(line.attribution()));
        firstYear = null;
        values = null;
        presentValues = null;
        discountFactors = null;
        Decimal34 amount = proxy.fastAmount();
        if (amount != null) {
            boolean discount = !p.undiscounted();
            if (!discount || p.hasFastFactors(p.indexing().discountYear(line.lastContractYear()))) {
                try {
                    fast(p, line, amount, discount, detail, REGISTERS.get());
                    return;
                } catch (Decimal34.OutOfRange e) {
                    // beyond the registers' range: the same arithmetic in BigDecimal below
                }
            }
        }
        slow(p, line, proxy, detail);
    }

    private void fast(Prepared p, CommitmentLine line, Decimal34 amount, boolean discount, boolean detail, Registers r) {
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
        BigDecimal[] dfBig = discount && detail ? p.factors(p.indexing().discountYear(line.lastContractYear())) : null;
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
                Decimal34.multiplyRounded(v, p.fastFactor(t), r.pv);
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

    /** The same arithmetic in BigDecimal, for lines outside the registers' range. */
    private void slow(Prepared p, CommitmentLine line, Prepared.Resolved proxy, boolean detail) {
        int d = line.duration();
        BigDecimal perYear = line.quantity().multiply(proxy.amount(), MC);
        gross = perYear.multiply(BigDecimal.valueOf(d));
        firstYear = perYear.multiply(adjustment, MC);
        BigDecimal keep = BigDecimal.ONE.subtract(line.dropOff());
        boolean noDropOff = keep.compareTo(BigDecimal.ONE) == 0;
        boolean discount = !p.undiscounted();
        BigDecimal[] df = discount ? p.factors(p.indexing().discountYear(line.lastContractYear())) : null;
        if (detail) {
            values = new BigDecimal[d];
            presentValues = new BigDecimal[d];
            discountFactors = new BigDecimal[d];
        }
        BigDecimal v = firstYear;
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
            if (k < d && !noDropOff) {
                v = v.multiply(keep, MC);
            }
        }
        net = sum;
        presentValue = pvSum;
    }
}
