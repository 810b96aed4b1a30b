package io.github.svtoms.ocds.internal;

import io.github.svtoms.core.money.Money;
import io.github.svtoms.ocds.Fact;
import io.github.svtoms.ocds.Reason;
import io.github.svtoms.ocds.ReasonKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one OCDS {@code Value} object: {@code amount} (net of VAT), the UK extension's
 * {@code amountGross} (including VAT) and {@code currency}. An amount must be a number (or a text that is
 * a plain decimal), greater than 0, below 10^18 and with at most 20 decimals; a currency an ISO 4217 code.
 * Stateless and thread-safe.
 */
final class Values {
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);

    private Values() {
    }

    /**
     * What one value object gave.
     *
     * @param net the net value, if usable
     * @param gross the gross value, if usable
     * @param reasons why an amount given cannot be used
     * @param stated whether the object states any amount at all
     */
    record Read(Optional<Fact<Money>> net, Optional<Fact<Money>> gross, List<Reason> reasons, boolean stated)
            implements Outcome {
        static Read failed(List<Reason> reasons, boolean stated) {
            return new Read(Optional.empty(), Optional.empty(), reasons, stated);
        }

        @Override
        public boolean usable() {
            return net.isPresent() || gross.isPresent();
        }

        Read withNote(String note) {
            return new Read(net.map(f -> noted(f, note)), gross.map(f -> noted(f, note)), reasons, stated);
        }

        private static Fact<Money> noted(Fact<Money> f, String note) {
            return new Fact<>(f.value(), f.provenance(), f.how() + " (" + note + ")");
        }
    }

    static Read read(Node value) {
        Node amount = value.get("amount");
        Node gross = value.get("amountGross");
        boolean stated = !amount.isMissing() || !gross.isMissing();
        List<Reason> reasons = new ArrayList<>();
        if (!stated) {
            return new Read(Optional.empty(), Optional.empty(), reasons, false);
        }
        Node currencyNode = value.get("currency");
        Optional<Currency> currency = Optional.empty();
        Optional<String> code = currencyNode.text();
        if (code.isEmpty()) {
            reasons.add(new Reason(ReasonKind.NO_CURRENCY, "amount " + amount.describe(), currencyNode.path()));
        } else {
            try {
                currency = Optional.of(Currency.getInstance(code.get().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                reasons.add(new Reason(ReasonKind.UNKNOWN_CURRENCY, "'" + Texts.shorten(code.get(), 20) + "'",
                        currencyNode.path()));
            }
        }
        Optional<Fact<Money>> net = money(amount, currency, reasons);
        Optional<Fact<Money>> grossMoney = money(gross, currency, reasons);
        if (net.isPresent() || grossMoney.isPresent()) {
            reasons.clear(); // one usable amount is enough; the other's problem does not block the profile
        }
        return new Read(net, grossMoney, reasons, true);
    }

    private static Optional<Fact<Money>> money(Node n, Optional<Currency> currency, List<Reason> reasons) {
        if (n.isMissing()) {
            return Optional.empty();
        }
        Optional<BigDecimal> d = n.decimal();
        if (d.isEmpty()) {
            reasons.add(new Reason(ReasonKind.BAD_AMOUNT, n.describe(), n.path()));
            return Optional.empty();
        }
        BigDecimal a = d.get();
        if (a.abs().compareTo(LIMIT) >= 0 || a.scale() > 20) {
            reasons.add(new Reason(ReasonKind.BAD_AMOUNT, "amount " + a + " out of range (below 10^18, at most 20 decimals)",
                    n.path()));
            return Optional.empty();
        }
        if (a.signum() == 0) {
            reasons.add(new Reason(ReasonKind.ZERO_VALUE, "amount " + a.toPlainString(), n.path()));
            return Optional.empty();
        }
        if (a.signum() < 0) {
            reasons.add(new Reason(ReasonKind.NEGATIVE_VALUE, "amount " + a.toPlainString(), n.path()));
            return Optional.empty();
        }
        if (currency.isEmpty()) {
            return Optional.empty();
        }
        String how = n.path() + (n.json().isTextual() ? " (written as text)" : "");
        return Optional.of(Fact.read(Money.of(a, currency.get()), how));
    }
}
