package io.github.svtoms.proxies.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Formats numbers for derivation sentences. Reading only: the exact values are kept beside the text.
 * Stateless and thread-safe (a new {@link DecimalFormat} per call).
 */
public final class Texts {
    private Texts() {
    }

    /**
     * Money for reading: {@code £13,166.73} (GBP), {@code €5.00}, otherwise {@code USD 5.00};
     * rounded HALF_EVEN to the currency's minor unit.
     *
     * @param amount the amount
     * @param currency its currency
     * @return the text
     */
    public static String money(BigDecimal amount, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        DecimalFormat f = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.UK));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        String number = f.format(amount.setScale(digits, RoundingMode.HALF_EVEN));
        String code = currency.getCurrencyCode();
        String symbol = switch (code) {
            case "GBP" -> "£";
            case "EUR" -> "€";
            default -> code + " ";
        };
        return amount.signum() < 0 ? "-" + symbol + number.substring(1) : symbol + number;
    }

    /**
     * A decimal for reading: plain, trailing zeros removed ({@code 0.25}, {@code 100}).
     *
     * @param value the value
     * @return the text
     */
    public static String number(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /**
     * A decimal rounded for reading to {@code digits} places, HALF_EVEN.
     *
     * @param value the value
     * @param digits places
     * @return the text
     */
    public static String number(BigDecimal value, int digits) {
        return value.setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }
}
