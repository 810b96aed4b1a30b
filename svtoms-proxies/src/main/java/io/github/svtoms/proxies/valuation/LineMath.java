package io.github.svtoms.proxies.valuation;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The per-line arithmetic, in {@link MathContext#DECIMAL128}, into reusable scratch fields so that the
 * streaming path allocates little: a few multiplications per benefit year, the drop-off built
 * iteratively (no {@code pow}). Mutable; not thread-safe — one per thread or per accumulator.
 */
final class LineMath {
    private static final MathContext MC = MathContext.DECIMAL128;

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

    void compute(Prepared p, CommitmentLine line, Prepared.Resolved proxy, boolean detail) {
        int d = line.duration();
        BigDecimal perYear = line.quantity().multiply(proxy.amount(), MC);
        gross = perYear.multiply(BigDecimal.valueOf(d));
        deadweight = line.deadweight().orElseGet(() -> proxy.proxy().defaultDeadweight().orElse(BigDecimal.ZERO));
        adjustment = BigDecimal.ONE.subtract(deadweight)
                .multiply(BigDecimal.ONE.subtract(line.displacement()))
                .multiply(BigDecimal.ONE.subtract(line.attribution()));
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
