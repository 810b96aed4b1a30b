package io.github.svtoms.core.kpi;

import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

/** Formatting for the plain-language reasons. Stateless. */
final class Text {
    private Text() {
    }

    /**
     * Money for people: {@code £1,000,000.00} for pounds, {@code EUR 1,000.00} otherwise, never rounded.
     */
    static String money(Money m) {
        String code = m.currency().getCurrencyCode();
        String symbol = "GBP".equals(code) ? "£" : code + " ";
        int minor = Math.max(0, m.currency().getDefaultFractionDigits());
        BigDecimal a = m.amount().abs();
        if (a.scale() < minor) {
            a = a.setScale(minor); // exact: only adds zeros
        }
        String plain = a.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (m.isNegative() ? "-" : "") + symbol + grouped + fraction;
    }

    static String number(BigDecimal n) {
        return n.toPlainString();
    }

    static String ids(Collection<?> ids) {
        return ids.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
