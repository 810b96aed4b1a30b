package io.github.svtoms.core.money;

import io.github.svtoms.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The money-for-people policy, by worked examples (the rounding of each is worked in its comment). */
class MoneyFormatTest {
    private static MoneyFormat format(String name) {
        return switch (name) {
            case "reporting" -> MoneyFormat.REPORTING;
            case "exact" -> MoneyFormat.EXACT;
            case "4-half-even" -> MoneyFormat.ofPlaces(4, RoundingMode.HALF_EVEN);
            case "0-half-up" -> MoneyFormat.ofPlaces(0, RoundingMode.HALF_UP);
            case "minor-down" -> MoneyFormat.ofMinorUnit(RoundingMode.DOWN);
            case "minor-floor" -> MoneyFormat.ofMinorUnit(RoundingMode.FLOOR);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # symbols for pounds, euros and dollars; the ISO code and a space otherwise
            reporting   | 2000          | GBP | £2,000.00
            reporting   | 2000          | EUR | €2,000.00
            reporting   | 2000          | USD | $2,000.00
            reporting   | 2000          | CHF | CHF 2,000.00
            # groups of three with ',' and '.' before the fraction
            reporting   | 0             | GBP | £0.00
            reporting   | 999           | GBP | £999.00
            reporting   | 1000          | GBP | £1,000.00
            reporting   | 12345.6       | GBP | £12,345.60
            reporting   | 100000        | GBP | £100,000.00
            reporting   | 1234567       | GBP | £1,234,567.00
            reporting   | 1E+12         | GBP | £1,000,000,000,000.00
            # HALF_EVEN at the minor unit: 1,234,567.88|5 is a tie and 8 is even, so it stays
            reporting   | 1234567.885   | GBP | £1,234,567.88
            # 1,234,567.89|5: a tie, 9 is odd, so up to .90
            reporting   | 1234567.895   | GBP | £1,234,567.90
            # 999.99|9 is above the half: up to 1,000.00, which gains a group
            reporting   | 999.999       | CHF | CHF 1,000.00
            # the yen has no minor unit: 1,000|.5 is a tie, 0 even, stays; 1,001|.5 goes up to 1,002
            reporting   | 1000.5        | JPY | JPY 1,000
            reporting   | 1001.5        | JPY | JPY 1,002
            # the Bahraini dinar has three places: 1.234|5 is a tie, 4 even, stays
            reporting   | 1.2345        | BHD | BHD 1.234
            # 13,166.72|5: a tie, 2 even, stays .72
            reporting   | 13166.725     | USD | $13,166.72
            # the sign comes first; -0.005 (a tie, 0 even) and -0.004 round to 0.00, never written negative
            reporting   | -1500.5       | GBP | -£1,500.50
            reporting   | -5            | EUR | -€5.00
            reporting   | -1000         | CHF | -CHF 1,000.00
            reporting   | -0.005        | GBP | £0.00
            reporting   | -0.004        | GBP | £0.00
            reporting   | -0.006        | GBP | -£0.01
            # exact never rounds: at least the minor unit, more places only for significant digits
            exact       | 250000.125    | GBP | £250,000.125
            exact       | 1000          | GBP | £1,000.00
            exact       | 1E+3          | GBP | £1,000.00
            exact       | 1.50000       | GBP | £1.50
            exact       | 0.0735        | GBP | £0.0735
            exact       | -1500.5       | GBP | -£1,500.50
            exact       | 2000          | EUR | €2,000.00
            exact       | 1000          | JPY | JPY 1,000
            exact       | 1000.5        | JPY | JPY 1,000.5
            # fixed places: 0.0825|5 is a tie, 5 odd, up to 0.0826; 0.0826|5: 6 even, stays 0.0826
            4-half-even | 0.08255       | GBP | £0.0826
            4-half-even | 0.08265       | GBP | £0.0826
            4-half-even | 5             | JPY | JPY 5.0000
            # other rounding modes: 9.5 HALF_UP → 10; 9.999 DOWN → 9.99; -9.991 FLOOR → -10.00
            0-half-up   | 9.5           | GBP | £10
            minor-down  | 9.999         | GBP | £9.99
            minor-floor | -9.991        | GBP | -£10.00
            """)
    void workedExamples(String format, String amount, String currency, String expected) {
        assertEquals(expected, format(format).format(Money.of(amount, currency)));
        assertEquals(expected, format(format).format(new BigDecimal(amount), Currency.getInstance(currency)));
    }

    @Test
    void prefixes() {
        assertEquals("£", MoneyFormat.prefix(Currency.getInstance("GBP")));
        assertEquals("CAD ", MoneyFormat.prefix(Currency.getInstance("CAD")));
    }

    @Test
    void aFormatThatMayNotRoundSaysSoInsteadOfThrowingArithmeticException() {
        MoneyFormat strict = MoneyFormat.ofMinorUnit(RoundingMode.UNNECESSARY);
        assertEquals("£1.50", strict.format(Money.of("1.5", "GBP")));
        var e = assertThrows(InvalidValueException.class, () -> strict.format(Money.of("1.005", "GBP")));
        assertTrue(e.getMessage().contains("1.005") && e.getMessage().contains("would need rounding"), e.getMessage());
    }

    @Test
    void placesAreBounded() {
        assertThrows(InvalidValueException.class, () -> MoneyFormat.ofPlaces(-1, RoundingMode.HALF_EVEN));
        assertThrows(InvalidValueException.class, () -> MoneyFormat.ofPlaces(21, RoundingMode.HALF_EVEN));
        assertEquals("£1." + "0".repeat(20), MoneyFormat.ofPlaces(20, RoundingMode.HALF_EVEN).format(Money.of("1", "GBP")));
    }

    @Test
    void theJvmLocaleDoesNotChangeTheText() {
        Locale before = Locale.getDefault();
        try {
            for (Locale l : new Locale[] {Locale.GERMANY, Locale.FRANCE, new Locale("hi", "IN"), new Locale("ar", "EG")}) {
                Locale.setDefault(l);
                assertEquals("£1,234,567.89", MoneyFormat.REPORTING.format(Money.of("1234567.89", "GBP")), l.toString());
                assertEquals("€1,234.50", MoneyFormat.EXACT.format(Money.of("1234.5", "EUR")), l.toString());
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void parseReadsWhatIsWrittenWithItsScale() {
        assertEquals(Money.of("1234.50", "GBP"), MoneyFormat.parse("£1,234.50"));
        assertEquals(Money.of("-5.00", "EUR"), MoneyFormat.parse("-€5.00"));
        assertEquals(Money.of("1000000", "USD"), MoneyFormat.parse("$1,000,000"));
        assertEquals(Money.of("1250.00", "CHF"), MoneyFormat.parse("CHF 1,250.00"));
        assertEquals(Money.of("1000", "JPY"), MoneyFormat.parse("JPY 1,000"));
        assertEquals(Money.of("0.0735", "GBP"), MoneyFormat.parse("£0.0735"));
        assertEquals(Money.of("0.00", "GBP"), MoneyFormat.parse("£0.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1,234.50", "£1234.50", "£1,23.00", "£12,3456.00", "£01.00", "£0,000.00", "£ 1.00",
            "£1.", "£.50", "£-5.00", "- £5.00", "GBP 1.00", "EUR 5.00", "USD 5.00", "chf 1.00", "CHF1.00", "QQQ 1.00",
            "£1,234.50 ", " £1.00", "£1,234.5O", "¥1,000"})
    void parseRejectsAnythingElse(String text) {
        var e = assertThrows(InvalidValueException.class, () -> MoneyFormat.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'") || e.getMessage().contains("QQQ"), e.getMessage());
    }

    @Test
    void valueSemantics() {
        assertEquals(MoneyFormat.REPORTING, MoneyFormat.ofMinorUnit(RoundingMode.HALF_EVEN));
        assertEquals(MoneyFormat.REPORTING.hashCode(), MoneyFormat.ofMinorUnit(RoundingMode.HALF_EVEN).hashCode());
        assertEquals(MoneyFormat.ofPlaces(4, RoundingMode.HALF_EVEN), MoneyFormat.ofPlaces(4, RoundingMode.HALF_EVEN));
        assertNotEquals(MoneyFormat.ofPlaces(4, RoundingMode.HALF_EVEN), MoneyFormat.ofPlaces(4, RoundingMode.HALF_UP));
        assertNotEquals(MoneyFormat.ofPlaces(2, RoundingMode.HALF_EVEN), MoneyFormat.REPORTING);
        assertNotEquals(MoneyFormat.EXACT, MoneyFormat.REPORTING);
        assertEquals("MoneyFormat[minor unit, HALF_EVEN]", MoneyFormat.REPORTING.toString());
        assertEquals("MoneyFormat[4 places, HALF_UP]", MoneyFormat.ofPlaces(4, RoundingMode.HALF_UP).toString());
        assertEquals("MoneyFormat[exact]", MoneyFormat.EXACT.toString());
    }
}
