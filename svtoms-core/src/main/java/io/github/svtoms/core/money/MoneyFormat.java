package io.github.svtoms.core.money;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Money written for people: the one policy behind every amount svtoms shows in a sentence, a table or
 * a page — KPI reasons, valuation derivations, the command line and the HTML report. (Files use
 * {@link Money#toString()} and plain decimals instead.)
 *
 * <p>The policy:
 * <ul>
 *   <li><b>Currency</b>: the symbol, directly before the digits, for the three currencies svtoms' users
 *       meet — {@code £} for GBP, {@code €} for EUR, {@code $} for USD; any other currency its ISO 4217
 *       code and a space ({@code CHF 1,250.00}, {@code JPY 1,000}).</li>
 *   <li><b>Digits</b>: UK conventions whatever the JVM's locale — ASCII digits, {@code ,} between groups
 *       of three integer digits, {@code .} before the fraction.</li>
 *   <li><b>Sign</b>: a negative amount starts with {@code -}, before the symbol ({@code -£1,500.50}); an
 *       amount that rounds to zero is never written negative.</li>
 *   <li><b>Scale</b>: chosen by the format, never by the amount's own scale alone —
 *       {@link #REPORTING} rounds to the currency's minor unit with {@link RoundingMode#HALF_EVEN} (the
 *       reporting boundary), {@link #EXACT} never rounds, {@link #ofPlaces(int, RoundingMode)} writes a
 *       fixed number of places.</li>
 * </ul>
 *
 * <p>Worked examples: {@code REPORTING.format(GBP 1234567.885)} is {@code £1,234,567.88} (HALF_EVEN: the
 * 8 before the dropped 5 is even); {@code EXACT.format(GBP 250000.125)} is {@code £250,000.125};
 * {@code REPORTING.format(EUR 2000)} is {@code €2,000.00}; {@code REPORTING.format(JPY 1000.4)} is
 * {@code JPY 1,000}.
 *
 * <p>{@link #parse(CharSequence)} reads exactly what a {@code MoneyFormat} writes, so
 * {@code parse(f.format(m))} is {@code m} rounded as {@code f} rounds it.
 *
 * <p>Immutable and thread-safe (no {@link java.text.NumberFormat} inside); equal when the scale rule and
 * rounding are equal.
 */
public final class MoneyFormat {
    /** The currencies written with a symbol, and their symbols. */
    private static final Map<String, String> SYMBOLS = Map.of("GBP", "£", "EUR", "€", "USD", "$");
    private static final Map<String, String> CODES = Map.of("£", "GBP", "€", "EUR", "$", "USD");
    private static final Pattern TEXT = Pattern.compile(
            "(-)?(?:([£€$])|([A-Z]{3}) )(0|[1-9][0-9]{0,2}(?:,[0-9]{3})*)(?:\\.([0-9]+))?");
    /** The most places {@link #ofPlaces(int, RoundingMode)} accepts: the most a decimal in an svtoms file has. */
    public static final int MAX_PLACES = 20;

    /** Rounded to the currency's minor unit, {@link RoundingMode#HALF_EVEN}: {@code £1,234.57}. For reported figures. */
    public static final MoneyFormat REPORTING = ofMinorUnit(RoundingMode.HALF_EVEN);

    /**
     * Never rounded: at least the currency's minor unit, more places only where the amount has more
     * significant digits ({@code £1,000.00}, {@code £250,000.125}, {@code £0.0735}). For figures a sentence
     * computes with, such as the contract value in a KPI reason.
     */
    public static final MoneyFormat EXACT = new MoneyFormat(Scale.EXACT, 0, RoundingMode.UNNECESSARY);

    private enum Scale { MINOR_UNIT, PLACES, EXACT }

    private final Scale scale;
    private final int places;
    private final RoundingMode rounding;

    private MoneyFormat(Scale scale, int places, RoundingMode rounding) {
        this.scale = scale;
        this.places = places;
        this.rounding = rounding;
    }

    /**
     * Money rounded to its currency's minor unit (2 places for GBP, 0 for JPY, 3 for BHD).
     *
     * @param rounding how to round; {@link RoundingMode#UNNECESSARY} makes {@link #format} throw for an
     *                 amount that would need rounding
     * @return the format
     */
    public static MoneyFormat ofMinorUnit(RoundingMode rounding) {
        return new MoneyFormat(Scale.MINOR_UNIT, 0, Checks.notNull(rounding, "rounding mode"));
    }

    /**
     * Money with a fixed number of decimal places whatever its currency, e.g. 4 for a proxy of
     * {@code £0.0826} per mile.
     *
     * @param places 0 to {@link #MAX_PLACES}
     * @param rounding how to round
     * @return the format
     * @throws InvalidValueException when {@code places} is out of range
     */
    public static MoneyFormat ofPlaces(int places, RoundingMode rounding) {
        if (places < 0 || places > MAX_PLACES) {
            throw new InvalidValueException("invalid number of places " + places + ": must be between 0 and "
                    + MAX_PLACES);
        }
        return new MoneyFormat(Scale.PLACES, places, Checks.notNull(rounding, "rounding mode"));
    }

    /**
     * What stands before the digits: {@code £}, {@code €} or {@code $} for GBP, EUR and USD, otherwise the
     * ISO 4217 code and a space ({@code "CHF "}).
     *
     * @param currency the currency
     * @return the prefix
     */
    public static String prefix(Currency currency) {
        String code = Checks.notNull(currency, "currency").getCurrencyCode();
        String symbol = SYMBOLS.get(code);
        return symbol != null ? symbol : code + " ";
    }

    /**
     * Writes money by this format's policy.
     *
     * @param money the money
     * @return the text, e.g. {@code £1,234,567.89}
     * @throws InvalidValueException never for the constants here; only for a format made with
     *                               {@link RoundingMode#UNNECESSARY} when the amount would need rounding
     */
    public String format(Money money) {
        Checks.notNull(money, "money");
        return format(money.amount(), money.currency());
    }

    /**
     * Writes an amount in a currency by this format's policy.
     *
     * @param amount the amount
     * @param currency its currency
     * @return the text, e.g. {@code -€5.00}
     * @throws InvalidValueException as {@link #format(Money)}
     */
    public String format(BigDecimal amount, Currency currency) {
        Checks.notNull(amount, "amount");
        Checks.notNull(currency, "currency");
        BigDecimal shown = scaled(amount, Math.max(0, currency.getDefaultFractionDigits()));
        String plain = shown.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 6);
        if (shown.signum() < 0) {
            out.append('-');
        }
        out.append(prefix(currency));
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return dot < 0 ? out.toString() : out.append(plain, dot, plain.length()).toString();
    }

    /** The amount at the scale this format writes; never a negative scale, so never an exponent. */
    private BigDecimal scaled(BigDecimal amount, int minor) {
        try {
            return switch (scale) {
                case MINOR_UNIT -> amount.setScale(minor, rounding);
                case PLACES -> amount.setScale(places, rounding);
                // exact: only trailing zeros beyond the minor unit are dropped
                case EXACT -> amount.setScale(Math.max(minor, amount.stripTrailingZeros().scale()),
                        RoundingMode.UNNECESSARY);
            };
        } catch (ArithmeticException e) {
            throw new InvalidValueException("cannot write " + amount.toPlainString() + " with " + this
                    + ": it would need rounding", e);
        }
    }

    /**
     * Reads what a {@code MoneyFormat} writes: an optional {@code -}, the {@linkplain #prefix(Currency)
     * prefix}, digits grouped by three with {@code ,}, and an optional {@code .} and fraction. The money
     * keeps the scale written ({@code £1,000.50} is GBP 1000.50).
     *
     * @param text the text
     * @return the money
     * @throws InvalidValueException when the text is not of that form, its code is not an ISO 4217 currency,
     *                               or it writes GBP, EUR or USD by code rather than by symbol
     */
    public static Money parse(CharSequence text) {
        Checks.notNull(text, "text");
        var m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new InvalidValueException("cannot parse money '" + text + "': expected a symbol (£, €, $) or an"
                    + " ISO 4217 code and a space, then digits grouped by three with ',' and an optional '.' fraction,"
                    + " e.g. '£1,234.50', 'CHF 1,234.50' or '-€5.00'");
        }
        Currency currency;
        if (m.group(2) != null) {
            currency = Money.currency(CODES.get(m.group(2)));
        } else {
            currency = Money.currency(m.group(3));
            if (SYMBOLS.containsKey(m.group(3))) {
                throw new InvalidValueException("cannot parse money '" + text + "': " + m.group(3)
                        + " is written with its symbol " + SYMBOLS.get(m.group(3)));
            }
        }
        String digits = m.group(4).replace(",", "") + (m.group(5) == null ? "" : "." + m.group(5));
        BigDecimal amount = new BigDecimal(digits);
        return Money.of(m.group(1) == null ? amount : amount.negate(), currency);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MoneyFormat f && scale == f.scale && places == f.places && rounding == f.rounding;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scale, places, rounding);
    }

    /**
     * The scale rule and rounding, e.g. {@code MoneyFormat[minor unit, HALF_EVEN]}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return switch (scale) {
            case MINOR_UNIT -> "MoneyFormat[minor unit, " + rounding + "]";
            case PLACES -> "MoneyFormat[" + places + " places, " + rounding + "]";
            case EXACT -> "MoneyFormat[exact]";
        };
    }
}
