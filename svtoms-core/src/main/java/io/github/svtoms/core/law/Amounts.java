package io.github.svtoms.core.law;

import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;

/** Money for reasons: {@code £1,000,000.00} for pounds, {@code EUR 1,000.00} otherwise, never rounded. Stateless. */
final class Amounts {
    private Amounts() {
    }

    static String text(Money m) {
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
}
