package io.github.svtoms.proxies.valuation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registers give exactly BigDecimal's results — value and scale ({@code equals}) — for every operation
 * the line arithmetic uses, on seeded random numbers of every length up to 40 digits and every scale, and
 * on the rounding edge cases written out below.
 */
class Decimal34Test {
    private static final MathContext MC = MathContext.DECIMAL128;

    /** A random non-negative decimal: 1–40 digits (often short, sometimes runs of 9s or 0s), scale −5..60. */
    private static BigDecimal random(Random r) {
        int digits = 1 + r.nextInt(r.nextBoolean() ? 6 : 40);
        StringBuilder sb = new StringBuilder();
        int style = r.nextInt(6);
        for (int i = 0; i < digits; i++) {
            char c = style == 0 ? '9' : style == 1 && i > 0 ? '0' : (char) ('0' + r.nextInt(10));
            if (style == 2 && i == digits / 2) {
                c = '5';
            }
            sb.append(c);
        }
        return new BigDecimal(new BigInteger(sb.toString()), r.nextInt(66) - 5);
    }

    @Test
    void productsRoundedAndExactMatchBigDecimalOnSeededNumbers() {
        Random r = new Random(20_261_202L);
        Decimal34 out = new Decimal34();
        for (int i = 0; i < 50_000; i++) {
            BigDecimal a = random(r);
            BigDecimal b = random(r);
            Decimal34.multiplyRounded(Decimal34.of(a), Decimal34.of(b), out);
            assertEquals(a.multiply(b, MC), out.toBigDecimal(), () -> a + " × " + b);
            Decimal34.multiply(Decimal34.of(a), Decimal34.of(b), out);
            assertEquals(a.multiply(b), out.toBigDecimal(), () -> a + " × " + b + " exact");
        }
    }

    @Test
    void sumsAndSmallMultiplesMatchBigDecimalOnSeededNumbers() {
        Random r = new Random(7L);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal sum = BigDecimal.ZERO;
            Decimal34 acc = new Decimal34().zero();
            int n = 1 + r.nextInt(6);
            for (int j = 0; j < n; j++) {
                BigDecimal x = random(r);
                if (x.precision() + Math.abs(x.scale()) > 60) {
                    continue; // keep within 126 digits once aligned
                }
                sum = sum.add(x);
                acc.add(Decimal34.of(x));
                assertEquals(sum, acc.toBigDecimal(), "sum");
            }
            int k = r.nextInt(50);
            BigDecimal x = random(r);
            assertEquals(x.multiply(BigDecimal.valueOf(k)), times(x, k), "× " + k);
        }
    }

    @Test
    void chainsOfRoundedProductsAndSumsMatchBigDecimal() {
        // the line arithmetic's own shape: a value multiplied again and again, each product rounded, summed
        Random r = new Random(99L);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal v = random(r);
            Decimal34 dv = Decimal34.of(v);
            Decimal34 next = new Decimal34();
            Decimal34 pv = new Decimal34();
            Decimal34 sum = new Decimal34().zero();
            BigDecimal bigSum = BigDecimal.ZERO;
            for (int k = 0; k < 8; k++) {
                BigDecimal f = random(r);
                BigDecimal keep = BigDecimal.valueOf(r.nextInt(101), 2);
                BigDecimal fast;
                try {
                    Decimal34.multiplyRounded(dv, Decimal34.of(f), pv);
                    sum.add(pv);
                    fast = sum.toBigDecimal();
                } catch (Decimal34.OutOfRange e) {
                    break; // a sum beyond 126 digits (scales far apart): signalled, and the engine uses BigDecimal
                }
                bigSum = bigSum.add(v.multiply(f, MC));
                assertEquals(bigSum, fast, "sum of products");
                v = v.multiply(keep, MC);
                Decimal34.multiplyRounded(dv, Decimal34.of(keep), next);
                dv.set(next);
                assertEquals(v, dv.toBigDecimal(), "chain");
            }
        }
    }

    private static BigDecimal times(BigDecimal x, int k) {
        Decimal34 d = Decimal34.of(x);
        d.multiply(k);
        return d.toBigDecimal();
    }

    @Test
    void roundingEdgesHalfEvenAndCarry() {
        // 35 digits ending in 5, exact tie: the even neighbour. 1234…(34 digits)5 → …34 stays (4 even)
        String d34 = "1234567890123456789012345678901234";
        assertRounded(new BigDecimal(d34 + "5"), "1234567890123456789012345678901234");
        // …3 odd + tie → up to …4
        assertRounded(new BigDecimal("1234567890123456789012345678901233" + "5"), "1234567890123456789012345678901234");
        // a tie broken by a lower non-zero digit rounds up
        assertRounded(new BigDecimal(d34 + "50000001"), "1234567890123456789012345678901235");
        // 35 nines → 10^34 has 35 digits: one more digit goes, 1000…0 (34 digits) at a scale one lower
        BigDecimal nines = new BigDecimal("99999999999999999999999999999999999").movePointLeft(3);
        Decimal34 d = Decimal34.of(nines);
        d.round();
        assertEquals(nines.round(MC), d.toBigDecimal());
        assertEquals(nines.round(MC).scale(), d.toBigDecimal().scale());
        // zero keeps its scale through a product: 0.00 × 1.5 = 0.000
        Decimal34 z = new Decimal34();
        Decimal34.multiplyRounded(Decimal34.of(new BigDecimal("0.00")), Decimal34.of(new BigDecimal("1.5")), z);
        assertEquals(new BigDecimal("0.000"), z.toBigDecimal());
    }

    private static void assertRounded(BigDecimal x, String unscaled) {
        Decimal34 d = Decimal34.of(x);
        d.round();
        assertEquals(x.round(MC), d.toBigDecimal());
        assertEquals(new BigInteger(unscaled), d.toBigDecimal().unscaledValue());
    }

    @Test
    void outOfRangeIsSignalledNotWrong() {
        assertThrows(Decimal34.OutOfRange.class, () -> Decimal34.of(new BigDecimal("-1")));
        assertThrows(Decimal34.OutOfRange.class, () -> Decimal34.of(BigDecimal.TEN.pow(200)));
        Decimal34 big = Decimal34.of(BigDecimal.TEN.pow(100));
        assertThrows(Decimal34.OutOfRange.class, () -> Decimal34.multiply(big, big, new Decimal34()));
    }
}
