package io.github.svtoms.proxies.internal;

import io.github.svtoms.core.money.MoneyFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Formats numbers for derivation sentences. Reading only: the exact values are kept beside the text.
 * Stateless and thread-safe.
 */
public final class Texts {
    private Texts() {
    }

    /**
     * Money for reading: {@link MoneyFormat#REPORTING}, rounded HALF_EVEN to the currency's minor unit
     * ({@code £13,166.73}, {@code €5.00}, {@code $5.00}, {@code CHF 5.00}).
     *
     * @param amount the amount
     * @param currency its currency
     * @return the text
     */
    public static String money(BigDecimal amount, Currency currency) {
        return MoneyFormat.REPORTING.format(amount, currency);
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
