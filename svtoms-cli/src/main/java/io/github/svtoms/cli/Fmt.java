package io.github.svtoms.cli;

import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Formats figures for people: {@code £1,234,567.89}, {@code 1,234.5}, {@code 12.34%}. Stateless. */
final class Fmt {
    private Fmt() {
    }

    /** The symbol for the currencies people here meet (£, €, $), otherwise the ISO code and a space. */
    static String symbol(Currency c) {
        return switch (c.getCurrencyCode()) {
            case "GBP" -> "£";
            case "EUR" -> "€";
            case "USD" -> "$";
            default -> c.getCurrencyCode() + " ";
        };
    }

    /** Money rounded HALF_EVEN to the currency's minor unit, with grouping: {@code £1,234,567.89}. */
    static String money(Money m) {
        int digits = Math.max(0, m.currency().getDefaultFractionDigits());
        BigDecimal a = m.amount().setScale(digits, RoundingMode.HALF_EVEN);
        return (a.signum() < 0 ? "-" : "") + symbol(m.currency()) + grouped(a.abs(), digits, digits);
    }

    /** A money amount whose scale is kept (a proxy such as £0.0735 per mile). */
    static String moneyExact(Money m) {
        int digits = Math.max(m.currency().getDefaultFractionDigits(), m.amount().stripTrailingZeros().scale());
        BigDecimal a = m.amount().setScale(Math.max(0, digits), RoundingMode.UNNECESSARY);
        return (a.signum() < 0 ? "-" : "") + symbol(m.currency()) + grouped(a.abs(), a.scale(), a.scale());
    }

    /** A proxy value: to the minor unit, or to 4 places when it is under one unit (e.g. £0.0826 per mile). */
    static String proxy(Money m) {
        if (m.amount().abs().compareTo(BigDecimal.ONE) >= 0) {
            return money(m);
        }
        BigDecimal a = m.amount().setScale(4, RoundingMode.HALF_EVEN);
        return (a.signum() < 0 ? "-" : "") + symbol(m.currency()) + grouped(a.abs(), 4, 4);
    }

    /** A quantity with grouping and its own scale, trailing zeros dropped: {@code 1,250}, {@code 0.5}. */
    static String number(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        int scale = Math.max(0, s.scale());
        return grouped(s.setScale(scale, RoundingMode.UNNECESSARY), scale, scale);
    }

    /** A number rounded HALF_EVEN to {@code scale} places. */
    static String number(BigDecimal n, int scale) {
        return grouped(n.setScale(scale, RoundingMode.HALF_EVEN), scale, scale);
    }

    /** A percentage with two places: {@code 12.34%}. */
    static String percent(BigDecimal p) {
        return number(p, 2) + "%";
    }

    /** A fraction in [0, 1] as a percentage, trailing zeros dropped: {@code 0.25 → 25%}. */
    static String fractionAsPercent(BigDecimal f) {
        return number(f.movePointRight(2)) + "%";
    }

    private static String grouped(BigDecimal n, int min, int max) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        f.setMinimumFractionDigits(min);
        f.setMaximumFractionDigits(max);
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        f.setParseBigDecimal(true);
        return f.format(n);
    }
}
