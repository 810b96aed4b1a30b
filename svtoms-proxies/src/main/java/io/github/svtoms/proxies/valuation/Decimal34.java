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
    /** Limbs at most: 14 × 9 = 126 decimal digits (a product column then sums at most 7 limb products). */
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

    /**
     * Limbs, least significant first: the number is {@code L × 10^(−9·exp)} with {@code L} the limbs read in
     * base 10⁹; limbs at {@code len} and above are garbage.
     */
    final long[] m = new long[CAP];
    /** Limbs in use, ≥ 1; zero is one limb 0. */
    int len = 1;
    /** The number is the limbs × 10^(−9·exp): whole limbs, so that aligning two numbers never splits a limb. */
    int exp;
    /**
     * The scale {@link BigDecimal} would give the number (its digits after the point, trailing zeros
     * included); the number itself is held by the limbs and {@link #exp}.
     */
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
        int s = x.scale();
        scale = s;
        // exp = ceil(s / 9); the unscaled value is padded with (9·exp − s) zeros
        int e = Math.floorDiv(s, 9) + (Math.floorMod(s, 9) == 0 ? 0 : 1);
        exp = e;
        if (x.precision() <= 18) {
            long u = x.unscaledValue().longValue();
            m[0] = u % BASE;
            m[1] = (u / BASE) % BASE;
            m[2] = u / (BASE * BASE);
            len = 3;
            trim();
        } else {
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
            trim();
        }
        shiftLeft((int) (9L * e - s));
        return this;
    }

    /** Copies {@code x} into this register. */
    Decimal34 set(Decimal34 x) {
        System.arraycopy(x.m, 0, m, 0, x.len);
        len = x.len;
        exp = x.exp;
        scale = x.scale;
        return this;
    }

    /** Sets this register to zero with scale 0 ({@code BigDecimal.ZERO}). */
    Decimal34 zero() {
        m[0] = 0;
        len = 1;
        exp = 0;
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

    /** Digits of the limbs (1 for zero). */
    private int limbDigits() {
        return 9 * (len - 1) + digits(m[len - 1]);
    }

    /** Significant digits, as {@link BigDecimal#precision()} (1 for zero). */
    int precision() {
        return isZero() ? 1 : (int) (limbDigits() + (long) scale - 9L * exp);
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
        int al = a.len;
        int bl = b.len;
        int n = al + bl;
        if (n > CAP) {
            throw OUT_OF_RANGE;
        }
        r.scale = checkScale((long) a.scale + b.scale);
        r.exp = checkScale((long) a.exp + b.exp);
        long[] rm = r.m;
        long[] am = a.m;
        long[] bm = b.m;
        // column by column: at most 7 products of two limbs (< 10^18 each) per column, so a column sum
        // with the carry stays below 2^63 and one division per column suffices
        long carry = 0;
        for (int c = 0; c < n - 1; c++) {
            long sum = carry;
            int from = Math.max(0, c - bl + 1);
            int to = Math.min(c, al - 1);
            for (int i = from; i <= to; i++) {
                sum += am[i] * bm[c - i];
            }
            carry = sum / BASE;
            rm[c] = sum - carry * BASE;
        }
        rm[n - 1] = carry;
        r.len = n;
        r.trim();
    }

    /** {@code r = a × b} rounded as {@code a.multiply(b, MathContext.DECIMAL128)}. */
    static void multiplyRounded(Decimal34 a, Decimal34 b, Decimal34 r) {
        multiply(a, b, r);
        r.round();
    }

    /**
     * Rounds this register to 34 significant digits, HALF_EVEN, as {@link BigDecimal#round(java.math.MathContext)}:
     * the digits of the limbs beyond the 34th are zeroed (rounding up where due) rather than shifted out, and
     * the scale drops by the digits {@code BigDecimal} would drop.
     */
    void round() {
        if (isZero()) {
            return;
        }
        int digits = limbDigits();
        long prec = digits + (long) scale - 9L * exp;
        if (prec <= DIGITS) {
            return;
        }
        long drop = prec - DIGITS;
        int cut = digits - DIGITS; // digits of the limbs to drop; ≤ 0 when only padding zeros go
        if (cut > 0) {
            int first = digitAt(cut - 1);
            boolean below = nonZeroBelow(cut - 1);
            int limb = cut / 9;
            int r = cut % 9;
            for (int i = 0; i < limb; i++) {
                m[i] = 0;
            }
            long kept = m[limb] - mod(m[limb], r);
            m[limb] = kept;
            int last = (int) (div(kept, r) % 10);
            boolean up = first > 5 || first == 5 && (below || (last & 1) == 1);
            if (up) {
                addAt(limb, POW10[r]);
                if (limbDigits() > digits) {
                    drop++; // 999…9 rounded up to 10^34: BigDecimal drops one more (zero) digit
                }
            }
            dropLowZeroLimbs();
        }
        scale = checkScale(scale - drop);
    }

    private int digitAt(int pos) {
        return (int) (div(m[pos / 9], pos % 9) % 10);
    }

    /** {@code x / 10^r} for {@code 0 ≤ r ≤ 9}, by constants (which the compiler turns into multiplications). */
    private static long div(long x, int r) {
        switch (r) {
            case 0: return x;
            case 1: return x / 10L;
            case 2: return x / 100L;
            case 3: return x / 1_000L;
            case 4: return x / 10_000L;
            case 5: return x / 100_000L;
            case 6: return x / 1_000_000L;
            case 7: return x / 10_000_000L;
            case 8: return x / 100_000_000L;
            default: return x / 1_000_000_000L;
        }
    }

    /** {@code x mod 10^r} for {@code 0 ≤ r ≤ 9}. */
    private static long mod(long x, int r) {
        return x - div(x, r) * POW10[r];
    }

    /** Whether any digit of the limbs below position {@code pos} (0 = the lowest) is non-zero. */
    private boolean nonZeroBelow(int pos) {
        int limb = pos / 9;
        for (int i = 0; i < limb; i++) {
            if (m[i] != 0) {
                return true;
            }
        }
        return mod(m[limb], pos % 9) != 0;
    }

    /** Adds {@code v < 10⁹} at limb {@code i}, carrying. */
    private void addAt(int i, long v) {
        long carry = v;
        while (carry != 0) {
            if (i == len) {
                if (len == CAP) {
                    throw OUT_OF_RANGE;
                }
                m[len++] = 0;
            }
            long t = m[i] + carry;
            if (t >= BASE) {
                m[i] = t - BASE;
                carry = 1;
            } else {
                m[i] = t;
                carry = 0;
            }
            i++;
        }
    }

    /** Removes whole zero limbs at the bottom, lowering {@link #exp}: the number is unchanged. */
    private void dropLowZeroLimbs() {
        int z = 0;
        while (z < len - 1 && m[z] == 0) {
            z++;
        }
        if (z > 0) {
            System.arraycopy(m, z, m, 0, len - z);
            len -= z;
            exp -= z;
        }
    }

    /** Multiplies the limbs by 10^k (the exponent and scale are the caller's). */
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
        int rest = 9 - r;
        for (int i = n - 1; i >= 0; i--) {
            int s = i - q;
            long hi = s >= 0 && s < len ? mod(m[s], rest) * mul : 0;
            long lo = s - 1 >= 0 && s - 1 < len ? div(m[s - 1], rest) : 0;
            m[i] = hi + lo;
        }
        len = n;
        trim();
    }

    /** Divides the limbs by 10^k, which the caller knows to be exact. */
    private void shiftRight(int k) {
        int q = k / 9;
        int r = k % 9;
        if (q >= len) {
            m[0] = 0;
            len = 1;
            return;
        }
        long mul = POW10[9 - r];
        int n = len - q;
        for (int i = 0; i < n; i++) {
            long lo = div(m[i + q], r);
            long hi = i + q + 1 < len ? mod(m[i + q + 1], r) * mul : 0;
            m[i] = lo + hi;
        }
        len = n;
        trim();
    }

    /** Moves the limbs up by {@code k} whole limbs (× 10^(9k)), raising {@link #exp}: the number is unchanged. */
    private void raiseExp(int k) {
        if (k == 0) {
            return;
        }
        if (len + k > CAP) {
            throw OUT_OF_RANGE;
        }
        System.arraycopy(m, 0, m, k, len);
        for (int i = 0; i < k; i++) {
            m[i] = 0;
        }
        len += k;
        exp += k;
    }

    /** {@code this = this + x} exactly, as {@code this.add(x)} (the larger scale). */
    void add(Decimal34 x) {
        if (x.exp > exp) {
            raiseExp(x.exp - exp);
        }
        int off = exp - x.exp; // x's limb i sits at limb i + off of this
        int n = Math.max(len, x.len + off);
        if (n > CAP) {
            throw OUT_OF_RANGE;
        }
        for (int i = len; i < n; i++) {
            m[i] = 0;
        }
        long carry = 0;
        long[] xm = x.m;
        int xl = x.len;
        for (int i = off; i < n; i++) {
            int j = i - off;
            long t = m[i] + (j < xl ? xm[j] : 0) + carry;
            if (t >= BASE) {
                m[i] = t - BASE;
                carry = 1;
            } else {
                m[i] = t;
                carry = 0;
            }
            if (j >= xl && carry == 0) {
                break;
            }
        }
        len = n;
        if (carry != 0) {
            if (len == CAP) {
                throw OUT_OF_RANGE;
            }
            m[len++] = carry;
        }
        trim();
        if (x.scale > scale) {
            scale = x.scale;
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

    /**
     * The same number as a {@link BigDecimal}, same value and scale; {@code scratch} (not this register) holds
     * the unscaled value on the way.
     */
    BigDecimal toBigDecimal(Decimal34 scratch) {
        Decimal34 u = scratch.set(this);
        long shift = (long) scale - 9L * exp; // unscaled = limbs × 10^shift
        if (shift > 0) {
            u.shiftLeft(checkScale(shift));
        } else if (shift < 0) {
            u.shiftRight(checkScale(-shift));
        }
        long[] um = u.m;
        int ul = u.len;
        if (ul <= 2) {
            return BigDecimal.valueOf(ul == 2 ? um[1] * BASE + um[0] : um[0], scale);
        }
        int top = ul - 1;
        BigInteger b;
        int i;
        if (ul % 2 == 1) {
            b = BigInteger.valueOf(um[top]);
            i = top - 1;
        } else {
            b = BigInteger.valueOf(um[top] * BASE + um[top - 1]);
            i = top - 2;
        }
        for (; i >= 1; i -= 2) {
            b = b.multiply(BIG_BASE2).add(BigInteger.valueOf(um[i] * BASE + um[i - 1]));
        }
        return new BigDecimal(b, scale);
    }

    /** The same number as a {@link BigDecimal} (allocates a scratch register: for tests and messages). */
    BigDecimal toBigDecimal() {
        return toBigDecimal(new Decimal34());
    }

    @Override
    public String toString() {
        return toBigDecimal().toString();
    }
}
