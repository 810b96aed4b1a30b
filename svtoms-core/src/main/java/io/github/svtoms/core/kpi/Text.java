package io.github.svtoms.core.kpi;

import io.github.svtoms.core.money.Money;
import io.github.svtoms.core.money.MoneyFormat;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

/** Formatting for the plain-language reasons. Stateless. */
final class Text {
    private Text() {
    }

    /**
     * Money in a reason: {@link MoneyFormat#EXACT}, never rounded, so that a reason's arithmetic (a contract
     * value divided by a step) reads true: {@code £1,000,000.00}, {@code €2,000.00}, {@code £250,000.125}.
     */
    static String money(Money m) {
        return MoneyFormat.EXACT.format(m);
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
