package io.github.svtoms.core.money;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.SvtomsException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    // ---- exact arithmetic -------------------------------------------------------------------

    @Test
    void plusIsExactAndKeepsTheLargerScale() {
        // 10.10 + 0.005 = 10.105 (scale max(2, 3) = 3), nothing rounded
        Money sum = gbp("10.10").plus(gbp("0.005"));
        assertEquals(new BigDecimal("10.105"), sum.amount());
        assertEquals(GBP, sum.currency());
    }

    @Test
    void minusIsExact() {
        // 10.00 - 0.01 = 9.99; 0.10 - 0.30 = -0.20
        assertEquals(gbp("9.99"), gbp("10.00").minus(gbp("0.01")));
        assertEquals(gbp("-0.20"), gbp("0.10").minus(gbp("0.30")));
    }

    @Test
    void multipliedByIsExact() {
        // 19.99 × 3 = 59.97; 19.99 × 0.175 = 3.5 - 0.00175 = 3.49825 (scale 2 + 3 = 5)
        assertEquals(gbp("59.97"), gbp("19.99").multipliedBy(new BigDecimal("3")));
        assertEquals(gbp("3.49825"), gbp("19.99").multipliedBy(new BigDecimal("0.175")));
    }

    @Test
    void multipliedByWithMathContextRoundsToThePrecision() {
        // 1.00 × 1.0000000001 = 1.000000000100, to 5 significant digits = 1.0000
        assertEquals(gbp("1.0000"), gbp("1.00").multipliedBy(new BigDecimal("1.0000000001"),
                new MathContext(5, RoundingMode.HALF_EVEN)));
    }

    @Test
    void dividedByWithMathContext() {
        // 10 / 3 in DECIMAL128 (34 significant digits) = 3.333…3 (34 threes)
        assertEquals(gbp("3." + "3".repeat(33)), gbp("10").dividedBy(new BigDecimal("3"), MathContext.DECIMAL128));
        // 2 / 3 = 0.666…67 (34 significant digits, last rounded half-even up)
        assertEquals(gbp("0." + "6".repeat(33) + "7"), gbp("2").dividedBy(new BigDecimal("3"), MathContext.DECIMAL128));
        // 1 / 8 = 0.125 exactly
        assertEquals(gbp("0.125"), gbp("1").dividedBy(new BigDecimal("8"), MathContext.DECIMAL128));
    }

    @ParameterizedTest
    @CsvSource({
            // amount, divisor, scale, rounding, expected   (arithmetic)
            "100.00, 3, 2, HALF_EVEN, 33.33",   // 33.333… → 33.33
            "100.00, 6, 2, HALF_EVEN, 16.67",   // 16.666… → 16.67
            "0.25,   2, 2, HALF_EVEN, 0.12",    // 0.125 → 0.12 (2 is even)
            "0.25,   2, 2, HALF_UP,   0.13",    // 0.125 → 0.13
            "-0.25,  2, 2, HALF_EVEN, -0.12",   // -0.125 → -0.12
            "7.00,   2, 0, FLOOR,     3",       // 3.5 → 3
            "1000,   4, 3, UNNECESSARY, 250.000" // exact, no rounding needed
    })
    void dividedByWithScaleAndRounding(String amount, String divisor, int scale, RoundingMode rounding, String expected) {
        assertEquals(gbp(expected), gbp(amount).dividedBy(new BigDecimal(divisor), scale, rounding));
    }

    @Test
    void divideByZeroIsATypedError() {
        var e1 = assertThrows(InvalidValueException.class, () -> gbp("1.00").dividedBy(BigDecimal.ZERO, MathContext.DECIMAL128));
        assertTrue(e1.getMessage().contains("divide") && e1.getMessage().contains("zero"), e1.getMessage());
        var e2 = assertThrows(InvalidValueException.class, () -> gbp("1.00").dividedBy(new BigDecimal("0.00"), 2, RoundingMode.HALF_EVEN));
        assertTrue(e2.getMessage().contains("divide") && e2.getMessage().contains("zero"), e2.getMessage());
    }

    @Test
    void roundingThatIsNeededButForbiddenIsATypedError() {
        // 1 / 3 does not terminate, so unlimited precision cannot represent it
        var e1 = assertThrows(InvalidValueException.class, () -> gbp("1").dividedBy(new BigDecimal("3"), MathContext.UNLIMITED));
        assertTrue(e1.getMessage().contains("GBP 1") && e1.getMessage().contains("3"), e1.getMessage());
        // 1 / 3 at scale 2 needs rounding, UNNECESSARY forbids it
        assertThrows(InvalidValueException.class, () -> gbp("1").dividedBy(new BigDecimal("3"), 2, RoundingMode.UNNECESSARY));
        // 2.345 to pennies needs rounding
        var e3 = assertThrows(InvalidValueException.class, () -> gbp("2.345").rounded(RoundingMode.UNNECESSARY));
        assertTrue(e3.getMessage().contains("2.345") && e3.getMessage().contains("UNNECESSARY"), e3.getMessage());
        // 1.23 × 1.1 = 1.353, to 2 digits needs rounding
        assertThrows(InvalidValueException.class, () -> gbp("1.23").multipliedBy(new BigDecimal("1.1"),
                new MathContext(2, RoundingMode.UNNECESSARY)));
    }

    // ---- rounding ---------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "2.345, 2.34",    // half-way, 4 is even: down
            "2.355, 2.36",    // half-way, 5 is odd: up to 6
            "-2.345, -2.34",  // symmetric for negatives
            "-2.355, -2.36",
            "2.3451, 2.35",   // above half-way
            "2.3449, 2.34",   // below half-way
            "5, 5.00",        // scale brought up to the minor unit
            "0.005, 0.00",    // half-way to even 0
            "0.015, 0.02"     // half-way to even 2
    })
    void roundedIsHalfEvenToPennies(String amount, String expected) {
        Money r = gbp(amount).rounded();
        assertEquals(gbp(expected), r);
        assertEquals(2, r.amount().scale());
    }

    @ParameterizedTest
    @CsvSource({"1234.5, 1234", "1235.5, 1236", "-1234.5, -1234", "99.49, 99", "7, 7"})
    void yenHasNoMinorDigits(String amount, String expected) {
        // JPY has 0 minor digits, so rounding goes to whole yen, half to even
        Money r = Money.of(amount, "JPY").rounded();
        assertEquals(Money.of(expected, "JPY"), r);
        assertEquals(0, r.amount().scale());
    }

    @Test
    void roundedWithAnotherMode() {
        assertEquals(gbp("2.35"), gbp("2.341").rounded(RoundingMode.UP));
        assertEquals(gbp("-2.35"), gbp("-2.341").rounded(RoundingMode.FLOOR));
    }

    @Test
    void threeMinorDigitCurrency() {
        // Bahraini dinar has 3 minor digits: 1.2345 → 1.234 (half-even)
        assertEquals(Money.of("1.234", "BHD"), Money.of("1.2345", "BHD").rounded());
    }

    @Test
    void zeroIsAtTheMinorUnitScale() {
        assertEquals("GBP 0.00", Money.zero(GBP).toString());
        assertEquals("JPY 0", Money.zero(JPY).toString());
        assertTrue(Money.zero(GBP).isZero());
    }

    // ---- text form --------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"GBP 1234.50", "GBP -12.50", "GBP 0", "GBP 0.000", "EUR 1000000.00", "JPY 1234",
            "BHD 0.125", "GBP 0.00000015"})
    void toStringAndParseRoundTrip(String text) {
        Money m = Money.parse(text);
        assertEquals(text, m.toString());
        assertEquals(m, Money.parse(m.toString()));
    }

    @Test
    void toStringIsCodeSpacePlainAmount() {
        assertEquals("GBP 1234.50", Money.of(new BigDecimal("1234.50"), GBP).toString());
        // no exponent even for tiny amounts: 1.5E-7 → 0.00000015
        assertEquals("GBP 0.00000015", Money.of(new BigDecimal("1.5E-7"), GBP).toString());
    }

    @Test
    void negativeScaleAmountsRoundTrip() {
        // 1E+3 has scale -3; it is kept as 1000 (scale 0) so toString is plain and parses back equal
        Money m = Money.of(new BigDecimal("1E+3"), GBP);
        assertEquals("GBP 1000", m.toString());
        assertEquals(0, m.amount().scale());
        assertEquals(m, Money.parse(m.toString()));
        assertTrue(m.isEqualTo(gbp("1000.00")));
        // a product with a negative-scale factor is normalised the same way: 2 × 1E+2 = 200
        Money p = Money.of(new BigDecimal("2"), GBP).multipliedBy(new BigDecimal("1E+2"));
        assertEquals("GBP 200", p.toString());
        assertEquals(p, Money.parse(p.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBP1234.50", "gbp 1.00", "GBP 1,234.50", "GBP 1.", "GBP .5", "GBP +1", "GBP 1e3",
            " GBP 1", "GBP  1", "GBP 1 ", "", "GBP", "1.00 GBP", "£1.00", "GBP 1.0.0", "GBP --1"})
    void parseRejectsMalformedText(String text) {
        var e = assertThrows(InvalidValueException.class, () -> Money.parse(text));
        assertTrue(e.getMessage().contains("cannot parse money '" + text + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("GBP 1234.50"), "message shows the expected form: " + e.getMessage());
    }

    @Test
    void parseRejectsUnknownCurrency() {
        var e = assertThrows(InvalidValueException.class, () -> Money.parse("QQQ 1.00"));
        assertTrue(e.getMessage().contains("unknown currency 'QQQ'") && e.getMessage().contains("ISO 4217"), e.getMessage());
    }

    @Test
    void ofRejectsUnparseableAmountAndUnknownCurrency() {
        var e1 = assertThrows(InvalidValueException.class, () -> Money.of("12.3.4", "GBP"));
        assertTrue(e1.getMessage().contains("cannot parse amount '12.3.4'"), e1.getMessage());
        var e2 = assertThrows(InvalidValueException.class, () -> Money.of("1", "pounds"));
        assertTrue(e2.getMessage().contains("unknown currency 'pounds'"), e2.getMessage());
        var e3 = assertThrows(InvalidValueException.class, () -> Money.currency("gbp"));
        assertTrue(e3.getMessage().contains("'gbp'"), e3.getMessage());
    }

    // ---- equality ---------------------------------------------------------------------------

    @Test
    void equalsIsScaleSensitiveButIsEqualToIsNot() {
        Money a = gbp("10.0");
        Money b = gbp("10.00");
        assertNotEquals(a, b);
        assertTrue(a.isEqualTo(b));
        assertEquals(0, a.compareTo(b));
        assertEquals(gbp("10.00"), b);
        assertEquals(gbp("10.00").hashCode(), b.hashCode());
        assertNotEquals(gbp("10.00"), Money.of("10.00", "EUR"));
        assertFalse(b.equals(null));
        assertFalse(b.equals("GBP 10.00"));
    }

    @Test
    void compareToOrdersByAmount() {
        assertTrue(gbp("9.99").compareTo(gbp("10")) < 0);
        assertTrue(gbp("10.001").compareTo(gbp("10")) > 0);
        assertTrue(gbp("-1").compareTo(gbp("0.00")) < 0);
    }

    @Test
    void signAndNegation() {
        assertEquals(gbp("-1.50"), gbp("1.50").negated());
        assertEquals(-1, gbp("-0.01").signum());
        assertEquals(1, gbp("0.01").signum());
        assertTrue(gbp("0.000").isZero());
        assertTrue(gbp("-0.01").isNegative());
        assertFalse(gbp("0.00").isNegative());
    }

    // ---- currency mismatch ------------------------------------------------------------------

    static Stream<Named<Executable>> mismatches() {
        Money g = Money.of("1.00", "GBP");
        Money e = Money.of("1.00", "EUR");
        return Stream.of(
                Named.of("plus", () -> g.plus(e)),
                Named.of("minus", () -> g.minus(e)),
                Named.of("compareTo", () -> g.compareTo(e)),
                Named.of("isEqualTo", () -> g.isEqualTo(e)));
    }

    @ParameterizedTest
    @MethodSource("mismatches")
    void currencyMismatchCarriesBothCurrencies(Executable call) {
        var ex = assertThrows(CurrencyMismatchException.class, call);
        assertEquals(GBP, ex.expected());
        assertEquals(EUR, ex.actual());
        assertTrue(ex.getMessage().contains("GBP") && ex.getMessage().contains("EUR"), ex.getMessage());
        assertTrue(ex.getMessage().contains("currency mismatch"), ex.getMessage());
        assertTrue(ex instanceof SvtomsException);
    }

    // ---- null arguments ---------------------------------------------------------------------

    static Stream<Named<Executable>> nullArguments() {
        Money g = Money.of("1.00", "GBP");
        BigDecimal two = new BigDecimal("2");
        return Stream.of(
                Named.of("of(null amount, currency)", () -> Money.of((BigDecimal) null, GBP)),
                Named.of("of(amount, null currency)", () -> Money.of(BigDecimal.ONE, null)),
                Named.of("of(null text, code)", () -> Money.of((String) null, "GBP")),
                Named.of("of(text, null code)", () -> Money.of("1", (String) null)),
                Named.of("zero(null)", () -> Money.zero(null)),
                Named.of("parse(null)", () -> Money.parse(null)),
                Named.of("currency(null)", () -> Money.currency(null)),
                Named.of("plus(null)", () -> g.plus(null)),
                Named.of("minus(null)", () -> g.minus(null)),
                Named.of("compareTo(null)", () -> g.compareTo(null)),
                Named.of("isEqualTo(null)", () -> g.isEqualTo(null)),
                Named.of("multipliedBy(null)", () -> g.multipliedBy(null)),
                Named.of("multipliedBy(null, mc)", () -> g.multipliedBy(null, MathContext.DECIMAL128)),
                Named.of("multipliedBy(x, null)", () -> g.multipliedBy(two, null)),
                Named.of("dividedBy(null, mc)", () -> g.dividedBy(null, MathContext.DECIMAL128)),
                Named.of("dividedBy(x, null mc)", () -> g.dividedBy(two, null)),
                Named.of("dividedBy(null, scale, mode)", () -> g.dividedBy(null, 2, RoundingMode.HALF_EVEN)),
                Named.of("dividedBy(x, scale, null)", () -> g.dividedBy(two, 2, null)),
                Named.of("rounded(null)", () -> g.rounded(null)));
    }

    @ParameterizedTest
    @MethodSource("nullArguments")
    void nullArgumentsAreTypedErrorsNeverBareNullPointers(Executable call) {
        var e = assertThrows(InvalidValueException.class, call);
        assertTrue(e.getMessage().contains("must not be null"), e.getMessage());
    }
}
