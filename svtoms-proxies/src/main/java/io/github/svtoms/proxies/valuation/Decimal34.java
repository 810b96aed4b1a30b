package io.github.svtoms.proxies.valuation;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A non-negative decimal number held as base-10⁹ limbs and a scale, with exactly the results of
 * {@link BigDecimal} for the few operations the line arithmetic needs — same value <em>and</em> same scale:
 * {@link #multiply(Decimal34, Decimal34) exact products}, products rounded like
 * {@code multiply(x, MathContext.DECIMAL128)} (34 significant digits, HALF_EVEN, no trailing zeros
 * stripped), exact sums ({@code add}: the larger scale) and products by a small integer.
 *
 * <p>Why: a {@code BigDecimal} product rounded to 34 digits divides a {@link BigInteger} by a power of ten,
 * which costs far more than the product itself; here the limbs are decimal, so rounding drops whole digits.
 * Registers are reused, so the line arithmetic allocates nothing until it hands its figures over as
 * {@code BigDecimal}s.
 *
 * <p>Limits: at most {@value #CAP} limbs (126 digits) and scales that fit an {@code int}; an operation that
 * would go beyond either throws the shared {@link #OUT_OF_RANGE} (no stack trace), and the caller then does
 * the same arithmetic in {@code BigDecimal} instead. Negative numbers are not represented.
 *
 * <p>Mutable and not thread-safe; a register stored for sharing (a prepared proxy or discount factor) is
 * never written after it is built.
 */
final class Decimal34 {
    /** Limbs at most: 14 × 9 = 126 decimal digits. */
    static final int CAP = 14;
    private static final long BASE = 1_000_000_000L;
    private static final int DIGITS = 34;
    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L};
    private static final BigInteger BIG_BASE2 = BigInteger.valueOf(BASE * BASE);

    /** Out of the range of this representation: the caller falls back to {@link BigDecimal}. */
    static final class OutOfRange extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private OutOfRange() {
            super("outside the fast decimal range", null, false, false);
        }
    }

    /** The one instance thrown (no stack trace, no allocation). */
    static final OutOfRange OUT_OF_RANGE = new OutOfRange();

    /** Limbs, least significant first; limbs at {@code len} and above are garbage. */
    final long[] m = new long[CAP];
    /** Limbs in use, ≥ 1; zero is one limb 0. */
    int len = 1;
    int scale;

    /**
     * A register holding {@code x}.
     *
     * @throws OutOfRange for a negative number or one too long
     */
    static Decimal34 of(BigDecimal x) {
        Decimal34 d = new Decimal34();
        d.set(x);
        return d;
    }

    /** Sets this register to {@code x}; {@link OutOfRange} for a negative number or one too long. */
    Decimal34 set(BigDecimal x) {
        if (x.signum() < 0) {
            throw OUT_OF_RANGE;
        }
        scale = x.scale();
        if (x.precision() <= 18) {
            setUnscaled(x.unscaledValue().longValue());
            return this;
        }
        BigInteger u = x.unscaledValue();
        len = 0;
        while (u.signum() > 0) {
            if (len + 2 > CAP) {
                throw OUT_OF_RANGE;
            }
            BigInteger[] qr = u.divideAndRemainder(BIG_BASE2);
            long r = qr[1].longValue();
            m[len++] = r % BASE;
            m[len++] = r / BASE;
            u = qr[0];
        }
        if (len == 0) {
            m[0] = 0;
            len = 1;
        }
        trim();
        return this;
    }

    private void setUnscaled(long u) {
        m[0] = u % BASE;
        m[1] = (u / BASE) % BASE;
        m[2] = u / (BASE * BASE);
        len = 3;
        trim();
    }

    /** Copies {@code x} into this register. */
    Decimal34 set(Decimal34 x) {
        System.arraycopy(x.m, 0, m, 0, x.len);
        len = x.len;
        scale = x.scale;
        return this;
    }

    /** Sets this register to zero with scale 0 ({@code BigDecimal.ZERO}). */
    Decimal34 zero() {
        m[0] = 0;
        len = 1;
        scale = 0;
        return this;
    }

    private void trim() {
        while (len > 1 && m[len - 1] == 0) {
            len--;
        }
    }

    boolean isZero() {
        return len == 1 && m[0] == 0;
    }

    /** Whether this equals one in value (any scale), as {@code compareTo(ONE) == 0}. */
    boolean isOne() {
        if (scale < 0) {
            return false;
        }
        // unscaled == 10^scale
        int q = scale / 9;
        int r = scale % 9;
        if (len != q + 1 || m[q] != POW10[r]) {
            return false;
        }
        for (int i = 0; i < q; i++) {
            if (m[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Significant digits, as {@link BigDecimal#precision()} (1 for zero). */
    int precision() {
        return 9 * (len - 1) + digits(m[len - 1]);
    }

    private static int digits(long v) {
        int d = 1;
        while (d < 10 && v >= POW10[d]) {
            d++;
        }
        return d;
    }

    private static int checkScale(long s) {
        if (s != (int) s) {
            throw OUT_OF_RANGE;
        }
        return (int) s;
    }

    /** {@code r = a × b} exactly, as {@code a.multiply(b)}; {@code r} must be neither {@code a} nor {@code b}. */
    static void multiply(Decimal34 a, Decimal34 b, Decimal34 r) {
        int n = a.len + b.len;
        if (n > CAP) {
            throw OUT_OF_RANGE;
        }
        r.scale = checkScale((long) a.scale + b.scale);
        long[] rm = r.m;
        long[] am = a.m;
        long[] bm = b.m;
        int bl = b.len;
        for (int i = 0; i < n; i++) {
            rm[i] = 0;
        }
        for (int i = 0; i < a.len; i++) {
            long ai = am[i];
            long carry = 0;
            if (ai != 0) {
                for (int j = 0; j < bl; j++) {
                    long t = rm[i + j] + ai * bm[j] + carry;
                    carry = t / BASE;
                    rm[i + j] = t - carry * BASE;
                }
            }
            rm[i + bl] = carry;
        }
        r.len = n;
        r.trim();
    }

    /** {@code r = a × b} rounded as {@code a.multiply(b, MathContext.DECIMAL128)}. */
    static void multiplyRounded(Decimal34 a, Decimal34 b, Decimal34 r) {
        multiply(a, b, r);
        r.round();
    }

    /** Rounds this register to 34 significant digits, HALF_EVEN, as {@link BigDecimal#round(java.math.MathContext)}. */
    void round() {
        int prec = precision();
        if (prec <= DIGITS) {
            return;
        }
        int drop = prec - DIGITS;
        int first = digitAt(drop - 1);
        boolean below = nonZeroBelow(drop - 1);
        shiftRight(drop);
        scale = checkScale((long) scale - drop);
        boolean up = first > 5 || first == 5 && (below || (m[0] & 1) == 1);
        if (up) {
            increment();
            if (precision() > DIGITS) {
                // 999…9 rounded up to 10^34: one more digit goes, exactly
                shiftRight(1);
                scale = checkScale((long) scale - 1);
            }
        }
    }

    private int digitAt(int pos) {
        return (int) ((m[pos / 9] / POW10[pos % 9]) % 10);
    }

    /** Whether any digit below position {@code pos} (0 = units of the unscaled value) is non-zero. */
    private boolean nonZeroBelow(int pos) {
        int limb = pos / 9;
        for (int i = 0; i < limb; i++) {
            if (m[i] != 0) {
                return true;
            }
        }
        return m[limb] % POW10[pos % 9] != 0;
    }

    /** Drops the {@code k} lowest digits of the unscaled value (floor division by 10^k); the scale is the caller's. */
    private void shiftRight(int k) {
        int q = k / 9;
        int r = k % 9;
        if (q >= len) {
            zeroUnscaled();
            return;
        }
        long div = POW10[r];
        long mul = POW10[9 - r];
        int n = len - q;
        for (int i = 0; i < n; i++) {
            long lo = m[i + q] / div;
            long hi = i + q + 1 < len ? (m[i + q + 1] % div) * mul : 0;
            m[i] = lo + hi;
        }
        len = n;
        trim();
    }

    private void zeroUnscaled() {
        m[0] = 0;
        len = 1;
    }

    private void increment() {
        int i = 0;
        while (true) {
            if (i == len) {
                if (len == CAP) {
                    throw OUT_OF_RANGE;
                }
                m[len++] = 1;
                return;
            }
            if (++m[i] < BASE) {
                return;
            }
            m[i] = 0;
            i++;
        }
    }

    /** Multiplies the unscaled value by 10^k (the scale is the caller's). */
    private void shiftLeft(int k) {
        if (k == 0 || isZero()) {
            return;
        }
        int q = k / 9;
        int r = k % 9;
        int n = len + q + 1;
        if (n > CAP) {
            throw OUT_OF_RANGE;
        }
        long mul = POW10[r];
        long div = POW10[9 - r];
        for (int i = n - 1; i >= 0; i--) {
            int s = i - q;
            long hi = s >= 0 && s < len ? (m[s] % div) * mul : 0;
            long lo = s - 1 >= 0 && s - 1 < len ? m[s - 1] / div : 0;
            m[i] = hi + lo;
        }
        len = n;
        trim();
    }

    /**
     * {@code this = this + x} exactly, as {@code this.add(x)} (the larger scale); {@code scratch} is used to
     * align {@code x} and must be neither register.
     */
    void add(Decimal34 x, Decimal34 scratch) {
        if (x.scale > scale) {
            shiftLeft(checkScale((long) x.scale - scale));
            scale = x.scale;
            addAligned(x);
        } else if (x.scale < scale) {
            scratch.set(x);
            scratch.shiftLeft(checkScale((long) scale - x.scale));
            addAligned(scratch);
        } else {
            addAligned(x);
        }
    }

    private void addAligned(Decimal34 x) {
        int n = Math.max(len, x.len);
        for (int i = len; i < n; i++) {
            m[i] = 0;
        }
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long t = m[i] + (i < x.len ? x.m[i] : 0) + carry;
            if (t >= BASE) {
                m[i] = t - BASE;
                carry = 1;
            } else {
                m[i] = t;
                carry = 0;
            }
        }
        len = n;
        if (carry != 0) {
            if (len == CAP) {
                throw OUT_OF_RANGE;
            }
            m[len++] = carry;
        }
    }

    /** {@code this = this × k} exactly for {@code 0 ≤ k < 2^31}, as {@code multiply(BigDecimal.valueOf(k))}. */
    void multiply(int k) {
        long carry = 0;
        for (int i = 0; i < len; i++) {
            long t = m[i] * k + carry;
            carry = t / BASE;
            m[i] = t - carry * BASE;
        }
        while (carry != 0) {
            if (len == CAP) {
                throw OUT_OF_RANGE;
            }
            m[len++] = carry % BASE;
            carry /= BASE;
        }
        trim();
    }

    /** @return the same number as a {@link BigDecimal} (same value and scale) */
    BigDecimal toBigDecimal() {
        if (len <= 2) {
            return BigDecimal.valueOf(len == 2 ? m[1] * BASE + m[0] : m[0], scale);
        }
        int top = len - 1;
        BigInteger u;
        int i;
        if (len % 2 == 1) {
            u = BigInteger.valueOf(m[top]);
            i = top - 1;
        } else {
            u = BigInteger.valueOf(m[top] * BASE + m[top - 1]);
            i = top - 2;
        }
        for (; i >= 1; i -= 2) {
            u = u.multiply(BIG_BASE2).add(BigInteger.valueOf(m[i] * BASE + m[i - 1]));
        }
        return new BigDecimal(u, scale);
    }

    @Override
    public String toString() {
        return toBigDecimal().toString();
    }
}
