package io.github.svtoms.cli;

import io.github.svtoms.core.money.Money;
import io.github.svtoms.core.money.MoneyFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Formats figures for people: {@code £1,234,567.89}, {@code 1,234.5}, {@code 12.34%}. Money follows the one
 * policy of {@link MoneyFormat}. Stateless.
 */
final class Fmt {
    /**
     * A cell that reads as a figure, aligned right in tables: a number, a percentage, or money as
     * {@link MoneyFormat} writes it (a currency symbol, or an ISO code and a space, before the digits).
     */
    private static final Pattern FIGURE = Pattern.compile("[-+]?(?:\\p{Sc}|[A-Z]{3} )?[0-9][0-9,]*(\\.[0-9]+)?%?");
    /** A proxy under one unit, such as £0.0826 per mile, is shown to 4 places. */
    private static final MoneyFormat SMALL_PROXY = MoneyFormat.ofPlaces(4, RoundingMode.HALF_EVEN);

    private Fmt() {
    }

    /** Money rounded HALF_EVEN to the currency's minor unit ({@link MoneyFormat#REPORTING}): {@code £1,234,567.89}. */
    static String money(Money m) {
        return MoneyFormat.REPORTING.format(m);
    }

    /** A money amount whose scale is kept ({@link MoneyFormat#EXACT}), such as a proxy of £0.0735 per mile. */
    static String moneyExact(Money m) {
        return MoneyFormat.EXACT.format(m);
    }

    /** A proxy value: to the minor unit, or to 4 places when it is under one unit (e.g. £0.0826 per mile). */
    static String proxy(Money m) {
        return (m.amount().abs().compareTo(BigDecimal.ONE) >= 0 ? MoneyFormat.REPORTING : SMALL_PROXY).format(m);
    }

    /** Whether a table cell reads as a figure (see {@link #FIGURE}), so that its column is aligned right. */
    static boolean isFigure(String cell) {
        return FIGURE.matcher(cell).matches();
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
