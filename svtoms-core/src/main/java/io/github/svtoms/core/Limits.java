package io.github.svtoms.core;

import io.github.svtoms.core.internal.Checks;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * The limits svtoms puts on the values that enter it, each checked in one place (here) by every type and
 * reader that takes such a value, so that no input can exhaust memory or time, and no figure is computed
 * with more digits than the engine keeps.
 *
 * <ul>
 *   <li><b>Stated decimals</b> (quantities, adjustments and rates, proxy amounts, contract values, bid
 *   prices, spend): at most {@value #MAX_SIGNIFICANT_DIGITS} significant digits (the precision of
 *   {@link java.math.MathContext#DECIMAL128}, with which every figure is computed, so a stated value is
 *   never rounded before it is used), at most {@value #MAX_INTEGER_DIGITS} digits before the point and
 *   {@value #MAX_FRACTION_DIGITS} after it (no exponent beyond those). Written as text, a stated decimal is
 *   a plain decimal: optional '-', no leading zeros, no exponent, and no negative zero ({@code "-0.00"}
 *   is refused: a decimal number has no negative zero, so it could not be written back as read).</li>
 *   <li><b>Computed money</b> ({@code Money.of(BigDecimal, Currency)}, which also carries the engine's
 *   results): an exponent within the range of {@code DECIMAL128} — scale at most
 *   {@value #MAX_COMPUTED_SCALE} and at most {@value #MAX_COMPUTED_INTEGER_DIGITS} digits before the point —
 *   so that an amount such as {@code 1E+999999999} is refused at once instead of being expanded.</li>
 *   <li><b>Stated money</b> (a contract value, a bid price, LM3 spend): a whole number of the currency's
 *   minor units ({@link Currency#getDefaultFractionDigits()}: pence for GBP, none for JPY), and at least one
 *   minor unit where it must be positive, so that no amount is shown as {@code 0.00} beside a figure
 *   computed from it.</li>
 *   <li><b>Contract years</b>: a line's start year, its duration, its last benefit year and a contract's
 *   length are at most {@value #MAX_CONTRACT_YEARS} years, the longest horizon a discount schedule is
 *   written for (the Green Book's bands run to 301+ years), so that nothing is precomputed for an
 *   absurd year.</li>
 *   <li><b>Free text</b> (names, descriptions): not blank by {@link Character#isWhitespace} or
 *   {@link Character#isSpaceChar}, so a text of no-break spaces is blank. <b>Free-text identifiers</b>
 *   (line ids, contract and procurement identifiers, rule ids): also without control characters (Unicode
 *   category Cc) or invisible format characters (category Cf: zero-width space and joiners, bidirectional
 *   controls, the byte-order mark, soft hyphen), which are refused rather than removed so that two ids
 *   that print alike are never different ids. Typed catalogue ids follow the stricter {@link IdRule}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Limits {
    /** Significant digits of a stated decimal: the precision of {@code DECIMAL128}. */
    public static final int MAX_SIGNIFICANT_DIGITS = 34;
    /** Digits before the decimal point of a stated decimal. */
    public static final int MAX_INTEGER_DIGITS = 30;
    /** Digits after the decimal point of a stated decimal. */
    public static final int MAX_FRACTION_DIGITS = 20;
    /** The largest scale of a computed money amount ({@code DECIMAL128}'s smallest exponent is −6176). */
    public static final int MAX_COMPUTED_SCALE = 6176;
    /** Digits before the point of a computed money amount ({@code DECIMAL128}'s largest exponent is 6144). */
    public static final int MAX_COMPUTED_INTEGER_DIGITS = 6145;
    /** The latest contract year, longest duration and longest contract, in years. */
    public static final int MAX_CONTRACT_YEARS = 1000;

    /** The rule for a stated decimal, quoted in messages. */
    public static final String DECIMAL_RULE = "a plain decimal: optional '-', no leading zeros, no exponent, at most "
            + MAX_INTEGER_DIGITS + " integer and " + MAX_FRACTION_DIGITS + " fraction digits, at most "
            + MAX_SIGNIFICANT_DIGITS + " significant digits, no negative zero (e.g. 74.43)";

    private Limits() {
    }

    /**
     * Whether a text is a stated decimal written as {@link #DECIMAL_RULE} says:
     * {@code -?(0|[1-9][0-9]{0,29})(\.[0-9]{1,20})?} with at most 34 significant digits and not a negative
     * zero. Checked without a regular expression (a file of a million lines has millions of decimals).
     *
     * @param s the text
     * @return whether it follows the rule
     */
    public static boolean isPlainDecimal(CharSequence s) {
        return isDecimalShape(s) && decimalTextProblem(s) == null;
    }

    /**
     * Whether a text has the shape of a plain decimal, {@code -?(0|[1-9][0-9]{0,29})(\.[0-9]{1,20})?}, leaving
     * aside the significant digits and the negative zero that {@link #isPlainDecimal} also checks.
     *
     * @param s the text
     * @return whether it has the shape
     */
    public static boolean isDecimalShape(CharSequence s) {
        Checks.notNull(s, "text");
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        int dot = -1;
        for (int j = i; j < n; j++) {
            if (s.charAt(j) == '.') {
                dot = j;
                break;
            }
        }
        int end = dot < 0 ? n : dot;
        int whole = end - i;
        if (whole < 1 || whole > MAX_INTEGER_DIGITS || (whole > 1 && s.charAt(i) == '0') || !digits(s, i, end)) {
            return false;
        }
        if (dot < 0) {
            return true;
        }
        int fraction = n - dot - 1;
        return fraction >= 1 && fraction <= MAX_FRACTION_DIGITS && digits(s, dot + 1, n);
    }

    /**
     * Why a text of the plain-decimal shape ({@link #isDecimalShape}) is still refused — more than
     * {@value #MAX_SIGNIFICANT_DIGITS} significant digits, or a negative zero — or null when it is not
     * (including when it does not have the shape: that is the shape's message).
     *
     * @param s the text
     * @return the reason, or null
     */
    @javax.annotation.Nullable
    public static String decimalTextProblem(CharSequence s) {
        if (!isDecimalShape(s)) {
            return null;
        }
        int n = s.length();
        boolean negative = s.charAt(0) == '-';
        int count = 0;
        boolean started = false;
        for (int j = negative ? 1 : 0; j < n; j++) {
            char c = s.charAt(j);
            if (c == '.') {
                continue;
            }
            started |= c != '0';
            if (started) {
                count++;
            }
        }
        if (!started) {
            return negative ? "a negative zero: write it without '-' (a decimal number has no negative zero, so '"
                    + s + "' could not be written back as read)" : null;
        }
        if (count > MAX_SIGNIFICANT_DIGITS) {
            return count + " significant digits: at most " + MAX_SIGNIFICANT_DIGITS
                    + " (svtoms computes with " + MAX_SIGNIFICANT_DIGITS + ", DECIMAL128)";
        }
        return null;
    }

    private static boolean digits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return from < to;
    }

    /**
     * Why a number breaks the stated-decimal rule, or null when it keeps it. Never expands the number, so
     * it is quick for any scale.
     *
     * @param value the number
     * @return the broken part of the rule, or null
     */
    @javax.annotation.Nullable
    public static String decimalProblem(BigDecimal value) {
        Checks.notNull(value, "value");
        int scale = value.scale();
        if (scale > MAX_FRACTION_DIGITS) {
            return "has more than " + MAX_FRACTION_DIGITS + " digits after the point";
        }
        if ((long) value.precision() - scale > MAX_INTEGER_DIGITS) {
            return "has more than " + MAX_INTEGER_DIGITS + " digits before the point";
        }
        if (value.precision() > MAX_SIGNIFICANT_DIGITS) {
            return "has more than " + MAX_SIGNIFICANT_DIGITS + " significant digits (svtoms computes with "
                    + MAX_SIGNIFICANT_DIGITS + ")";
        }
        return null;
    }

    /**
     * Checks a stated decimal and returns it as a plain {@link BigDecimal}: a subclass is copied, so that
     * the value kept cannot change after it was checked.
     *
     * @param value the number
     * @param name its name, quoted in the message
     * @return a {@code BigDecimal} (not a subclass) equal to {@code value}, scale included
     * @throws InvalidValueException when it is null or breaks {@link #DECIMAL_RULE}
     */
    public static BigDecimal decimal(@javax.annotation.Nullable BigDecimal value, String name) {
        BigDecimal v = plain(Checks.notNull(value, name));
        String problem = decimalProblem(v);
        if (problem != null) {
            throw new InvalidValueException(name + " " + shortText(v) + " " + problem + ": expected " + DECIMAL_RULE);
        }
        return v;
    }

    /**
     * A {@link BigDecimal} subclass copied to a plain {@code BigDecimal}; a plain one is returned as is.
     *
     * @param value the number
     * @return a plain {@code BigDecimal} equal to it, scale included
     */
    public static BigDecimal plain(BigDecimal value) {
        Checks.notNull(value, "value");
        return value.getClass() == BigDecimal.class ? value : new BigDecimal(value.unscaledValue(), value.scale());
    }

    /**
     * Checks a computed amount of money against {@code DECIMAL128}'s exponent range and returns it as a plain
     * {@link BigDecimal}.
     *
     * @param value the amount
     * @param name its name, quoted in the message
     * @return a plain {@code BigDecimal} equal to it
     * @throws InvalidValueException when it is null or outside the range
     */
    public static BigDecimal computedAmount(@javax.annotation.Nullable BigDecimal value, String name) {
        BigDecimal v = plain(Checks.notNull(value, name));
        if (v.scale() > MAX_COMPUTED_SCALE || (long) v.precision() - v.scale() > MAX_COMPUTED_INTEGER_DIGITS) {
            throw new InvalidValueException(name + " " + shortText(v) + " is outside the range svtoms computes in: at most "
                    + MAX_COMPUTED_INTEGER_DIGITS + " digits before the point and " + MAX_COMPUTED_SCALE + " after it");
        }
        return v;
    }

    /**
     * Checks an amount of money a user states: a stated decimal that is a whole number of the currency's minor
     * units, and at least one minor unit when {@code positive}.
     *
     * @param amount the amount
     * @param currency its currency
     * @param positive whether it must be greater than zero (else at least zero)
     * @param name its name, quoted in the message
     * @throws InvalidValueException when a rule is broken
     */
    public static void statedMoney(BigDecimal amount, Currency currency, boolean positive, String name) {
        Checks.notNull(currency, "currency");
        BigDecimal v = decimal(amount, name);
        int minor = Math.max(0, currency.getDefaultFractionDigits());
        String code = currency.getCurrencyCode();
        if (positive ? v.signum() <= 0 : v.signum() < 0) {
            throw new InvalidValueException(name + " " + code + " " + v.toPlainString() + " must be "
                    + (positive ? "at least one minor unit (" + BigDecimal.ONE.movePointLeft(minor).toPlainString() + ")"
                    : "at least 0"));
        }
        if (v.scale() > minor && v.stripTrailingZeros().scale() > minor) {
            throw new InvalidValueException(name + " " + code + " " + v.toPlainString() + " has more decimals than "
                    + code + " has minor units (" + minor + "): state it in whole "
                    + (minor == 0 ? code + " units" : "minor units of " + code));
        }
    }

    /**
     * Checks a number of contract years (a start year, a duration, a last year or a contract's length).
     *
     * @param value the number
     * @param name its name, quoted in the message
     * @return {@code value}
     * @throws InvalidValueException when it is below 1 or above {@link #MAX_CONTRACT_YEARS}
     */
    public static int contractYears(long value, String name) {
        if (value < 1 || value > MAX_CONTRACT_YEARS) {
            throw new InvalidValueException(name + " " + value + (value < 1 ? " must be at least 1 (contract years are 1-based)"
                    : " must be at most " + MAX_CONTRACT_YEARS + " (svtoms's limit on contract years)"));
        }
        return (int) value;
    }

    /**
     * Whether a text is blank: empty, or only characters that are {@link Character#isWhitespace} or
     * {@link Character#isSpaceChar} (so a text of no-break spaces is blank, which {@link String#isBlank()}
     * does not say).
     *
     * @param value the text
     * @return whether it is blank
     */
    public static boolean isBlank(String value) {
        Checks.notNull(value, "value");
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * Why a free-text identifier (a line id, a contract or procurement identifier, a rule id) breaks its rule,
     * or null when it keeps it: blank ({@link #isBlank(String)}), or holding a control character (category Cc,
     * e.g. ESC, BEL, CR, LF, TAB) or an invisible format character (category Cf, e.g. ZWSP, ZWJ, the bidi
     * controls, BOM). Such characters are refused, not removed: an id is compared as written.
     *
     * @param value the text
     * @return the broken part of the rule, or null
     */
    @javax.annotation.Nullable
    public static String identifierProblem(String value) {
        if (isBlank(value)) {
            return "must not be blank";
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL) {
                return "must not contain the control character U+" + hex(cp);
            }
            if (type == Character.FORMAT) {
                return "must not contain the invisible format character U+" + hex(cp);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static String hex(int cp) {
        String h = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(Math.max(0, 4 - h.length())) + h;
    }

    /**
     * Checks a free-text identifier against {@link #identifierProblem(String)}.
     *
     * @param value the text
     * @param name its name, quoted in the message
     * @return {@code value}
     * @throws InvalidValueException when it is null or breaks the rule
     */
    public static String identifier(@javax.annotation.Nullable String value, String name) {
        Checks.notNull(value, name);
        String problem = identifierProblem(value);
        if (problem != null) {
            throw new InvalidValueException(name + " " + quoted(value) + " " + problem);
        }
        return value;
    }

    /** A text quoted for a message, its control and format characters escaped. */
    private static String quoted(String value) {
        StringBuilder b = new StringBuilder("'");
        int shown = 0;
        for (int i = 0; i < value.length() && shown < 80; ) {
            int cp = value.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || Character.isSpaceChar(cp) && cp != ' ') {
                b.append("\\u").append(hex(cp));
            } else {
                b.appendCodePoint(cp);
            }
            shown++;
            i += Character.charCount(cp);
        }
        return b.append(shown < value.codePointCount(0, value.length()) ? "…'" : "'").toString();
    }

    /** A number for a message, never expanded: plain when short, else in scientific notation. */
    private static String shortText(BigDecimal v) {
        if (Math.abs((long) v.scale()) < 60 && v.precision() < 60) {
            return v.toPlainString();
        }
        String s = v.round(new java.math.MathContext(12)).toString();
        return s + " (" + v.precision() + " digits, scale " + v.scale() + ")";
    }
}
