package io.github.svtoms.core;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits of {@link Limits}, through the types that enforce them. */
class LimitsTest {
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Currency JPY = Currency.getInstance("JPY");

    /** A BigDecimal whose value can change after it was passed: the hazard of keeping a subclass uncopied. */
    static final class Mutable extends BigDecimal {
        private BigDecimal value;

        Mutable(String v) {
            super(v);
            this.value = new BigDecimal(v);
        }

        void set(String v) {
            value = new BigDecimal(v);
        }

        @Override
        public BigInteger unscaledValue() {
            return value.unscaledValue();
        }

        @Override
        public int scale() {
            return value.scale();
        }

        @Override
        public int signum() {
            return value.signum();
        }

        @Override
        public String toPlainString() {
            return value.toPlainString();
        }
    }

    @Test
    void hugeExponentsAreRefusedAsInvalidValuesNotArithmeticOrMemoryErrors() {
        // on an unchecked Money, 1E+999999999 threw ArithmeticException (scale overflow) and 1E+100000000
        // expanded to a hundred million digits
        for (String s : new String[] {"1E+999999999", "1E+100000000", "1E-999999999", "1E+6146"}) {
            var e = assertThrows(InvalidValueException.class, () -> Money.of(s, "GBP"), s);
            assertTrue(e.getMessage().contains("outside the range svtoms computes in"), e.getMessage());
            assertThrows(InvalidValueException.class, () -> Money.of(new BigDecimal(s), GBP), s);
        }
        // the edge of the range: 6145 integer digits are kept, as are 6176 fraction digits
        assertEquals(6145, Money.of("1E+6144", "GBP").amount().precision());
        assertEquals(6176, Money.of("1E-6176", "GBP").amount().scale());
        assertThrows(InvalidValueException.class, () -> Money.of("1E-6177", "GBP"));
        // Money.parse refuses a text longer than any amount in range without reading its digits
        assertThrows(InvalidValueException.class, () -> Money.parse("GBP " + "9".repeat(20_000)));
    }

    @Test
    void statedDecimalsHaveAtMost34SignificantDigits30IntegerAnd20FractionDigits() {
        assertNull(Limits.decimalProblem(new BigDecimal("9".repeat(30) + "." + "9".repeat(4)))); // 34 digits
        assertEquals("has more than 34 significant digits (svtoms computes with 34)",
                Limits.decimalProblem(new BigDecimal("9".repeat(30) + "." + "9".repeat(5))));
        // a 40-digit quantity would have been rounded to 34 by DECIMAL128 before any figure was computed
        assertEquals("has more than 34 significant digits (svtoms computes with 34)",
                Limits.decimalProblem(new BigDecimal("123456789012345678901234567.8901234567890"))); // 27 + 13 = 40 digits
        assertEquals("has more than 30 digits before the point", Limits.decimalProblem(new BigDecimal("1E+30")));
        assertNull(Limits.decimalProblem(new BigDecimal("1E+29")));
        // a scale of a million is refused at once, without expanding the number
        assertEquals("has more than 20 digits after the point", Limits.decimalProblem(BigDecimal.ONE.movePointLeft(1_000_000)));
        assertEquals("has more than 20 digits after the point", Limits.decimalProblem(new BigDecimal("0." + "0".repeat(20) + "1")));
        assertNull(Limits.decimalProblem(new BigDecimal("0." + "0".repeat(19) + "1")));
        var e = assertThrows(InvalidValueException.class, () -> Limits.decimal(new BigDecimal("1E-1000000"), "quantity"));
        assertTrue(e.getMessage().startsWith("quantity 1E-1000000 (1 digits, scale 1000000) has more than 20 digits"),
                e.getMessage());
    }

    @Test
    void theTextRuleIsTheShapeWithAtMost34SignificantDigitsAndNoNegativeZero() {
        Random r = new Random(20261202L);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder(r.nextBoolean() ? "-" : "");
            int whole = 1 + r.nextInt(30);
            b.append(r.nextInt(4) == 0 ? '0' : (char) ('1' + r.nextInt(9)));
            boolean zeroStart = b.charAt(b.length() - 1) == '0';
            for (int i = 1; i < whole && !zeroStart; i++) {
                b.append((char) ('0' + (r.nextInt(3) == 0 ? 0 : r.nextInt(10))));
            }
            if (r.nextBoolean()) {
                b.append('.');
                int fraction = 1 + r.nextInt(20);
                for (int i = 0; i < fraction; i++) {
                    b.append((char) ('0' + (r.nextInt(2) == 0 ? 0 : r.nextInt(10))));
                }
            }
            String s = b.toString();
            BigDecimal d = new BigDecimal(s);
            // independent oracle: BigDecimal's precision is the count of significant digits as written
            boolean expected = d.precision() <= 34 && !(s.startsWith("-") && d.signum() == 0);
            assertEquals(expected, Limits.isPlainDecimal(s), s);
            assertTrue(Limits.isDecimalShape(s), s);
            assertEquals(expected, Limits.decimalTextProblem(s) == null, s);
            if (expected) {
                assertNull(Limits.decimalProblem(d), s);
            }
        }
        assertFalse(Limits.isPlainDecimal("-0.00"));
        assertTrue(Limits.decimalTextProblem("-0.00").startsWith("a negative zero"));
        assertTrue(Limits.isPlainDecimal("0.00"));
        assertFalse(Limits.isPlainDecimal("1e5"));
        assertNull(Limits.decimalTextProblem("1e5")); // a shape problem, reported as such by the readers
    }

    @Test
    void aBigDecimalSubclassIsCopiedSoItCannotChangeAfterTheCheck() {
        Mutable m = new Mutable("5");
        BigDecimal kept = Limits.decimal(m, "quantity");
        assertSame(BigDecimal.class, kept.getClass());
        m.set("-1000000");
        assertEquals(new BigDecimal("5"), kept);
        Mutable amount = new Mutable("12.50");
        Money money = Money.of(amount, GBP);
        amount.set("99999");
        assertEquals(new BigDecimal("12.50"), money.amount());
        assertSame(BigDecimal.class, money.amount().getClass());
        BigDecimal plain = new BigDecimal("1.5");
        assertSame(plain, Limits.plain(plain));
    }

    @Test
    void statedMoneyIsAWholeNumberOfMinorUnitsAndAtLeastOneWhenPositive() {
        Limits.statedMoney(new BigDecimal("0.01"), GBP, true, "contract value");
        Limits.statedMoney(new BigDecimal("1.500"), GBP, true, "contract value"); // 1.50: trailing zeros are whole pence
        var tiny = assertThrows(InvalidValueException.class,
                () -> Limits.statedMoney(new BigDecimal("0.001"), GBP, true, "contract value"));
        assertEquals("contract value GBP 0.001 has more decimals than GBP has minor units (2): state it in whole minor "
                + "units of GBP", tiny.getMessage());
        var zero = assertThrows(InvalidValueException.class,
                () -> Limits.statedMoney(new BigDecimal("0.00"), GBP, true, "price"));
        assertEquals("price GBP 0.00 must be at least one minor unit (0.01)", zero.getMessage());
        var yen = assertThrows(InvalidValueException.class, () -> Limits.statedMoney(new BigDecimal("100.5"), JPY, false, "r2"));
        assertEquals("r2 JPY 100.5 has more decimals than JPY has minor units (0): state it in whole JPY units", yen.getMessage());
        assertThrows(InvalidValueException.class, () -> Limits.statedMoney(new BigDecimal("1e-20"), GBP, true, "price"));
    }

    @Test
    void contractYearsRunFrom1To1000() {
        assertEquals(1000, Limits.contractYears(1000, "duration"));
        assertEquals("duration 1001 must be at most 1000 (svtoms's limit on contract years)",
                assertThrows(InvalidValueException.class, () -> Limits.contractYears(1001, "duration")).getMessage());
        assertEquals("start year 0 must be at least 1 (contract years are 1-based)",
                assertThrows(InvalidValueException.class, () -> Limits.contractYears(0, "start year")).getMessage());
        assertThrows(InvalidValueException.class, () -> Limits.contractYears(Integer.MAX_VALUE + 1L, "last year"));
    }

    @Test
    void blankIncludesNoBreakSpacesAndIdentifiersRefuseInvisibleAndControlCharacters() {
        for (String blank : new String[] {"", " ", "\u00a0\u00a0", "\u2007", "\u202f", "\u3000", "\t\n", "\u2028"}) {
            assertTrue(Limits.isBlank(blank), blank);
            assertEquals("name must not be blank",
                    assertThrows(InvalidValueException.class, () -> Checks.notBlank(blank, "name")).getMessage());
        }
        // x and x + zero-width space print alike: the second is refused, so they cannot be two ids
        assertEquals("line id 'x' must not contain the invisible format character U+200B".replace("'x'", "'x\\u200B'"),
                assertThrows(InvalidValueException.class, () -> Checks.identifier("x\u200b", "line id")).getMessage());
        for (String bad : new String[] {"a\u200db", "\u202eevil", "\ufeffx", "a\u00adb", "a\u2066b", "a\u001bb", "a\nb",
                "a\u0007b", "a\rb", "a\u0085b"}) {
            assertThrows(InvalidValueException.class, () -> Checks.identifier(bad, "id"), bad);
            // typed catalogue ids already refuse all of them
            assertFalse(IdRule.isValid(bad), bad);
        }
        assertFalse(IdRule.isValid("\u00a0"));
        assertFalse(IdRule.isValid("x\u200b"));
        assertEquals("line 1 £ é ✓ \"q\"", Checks.identifier("line 1 £ é ✓ \"q\"", "id"));
        // names and descriptions keep their line breaks; only blankness is refused there
        assertEquals("two\nlines", Checks.notBlank("two\nlines", "description"));
    }

    @Test
    void aBidOfATinyFractionOfAPennyIsRefusedSoItCannotShowAsZeroAndWin() {
        var e = assertThrows(InvalidValueException.class, () -> io.github.svtoms.core.evaluation.Bid.of(
                io.github.svtoms.core.evaluation.BidId.of("b"), Money.of("0.00000000000000000001", "GBP")));
        assertEquals("price of bid 'b' GBP 0.00000000000000000001 has more decimals than GBP has minor units (2): state "
                + "it in whole minor units of GBP", e.getMessage());
        assertEquals(new BigDecimal("0.01"), io.github.svtoms.core.evaluation.Bid.of(
                io.github.svtoms.core.evaluation.BidId.of("b"), Money.of("0.01", "GBP")).price().amount());
    }
}
