package io.github.svtoms.core.money;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.Limits;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of money in one currency: a {@link BigDecimal} and a {@link Currency}.
 *
 * <p>Arithmetic is exact where it can be ({@link #plus}, {@link #minus}, {@link #multipliedBy(BigDecimal)})
 * and otherwise takes an explicit {@link MathContext} or {@link RoundingMode}. Amounts keep whatever
 * scale the arithmetic gives; {@link #rounded()} brings them to the currency's minor unit
 * ({@link RoundingMode#HALF_EVEN}) at the reporting boundary.
 *
 * <p><b>Equality is scale-sensitive</b>, like {@link BigDecimal#equals}: {@code GBP 10.0} and
 * {@code GBP 10.00} are not {@code equals}, so that a lossless round trip really is lossless. Use
 * {@link #isEqualTo(Money)} or {@link #compareTo(Money)} to compare numeric value.
 *
 * <p>{@link #toString()} writes {@code "GBP 1234.50"} (ISO code, a space, the plain amount with its
 * scale) and {@link #parse(CharSequence)} reads exactly that: {@code parse(m.toString()).equals(m)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
    private static final Pattern TEXT = Pattern.compile("([A-Z]{3}) (-?[0-9]+(?:\\.[0-9]+)?)");

    /** The longest text {@link #parse} reads: a code, a space, a sign, the digits of the widest amount, a point. */
    private static final int MAX_TEXT = 6 + Limits.MAX_COMPUTED_INTEGER_DIGITS + Limits.MAX_COMPUTED_SCALE;

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        // a negative scale (1E+3) is brought to scale 0 so that toString/parse round-trips exactly
        this.amount = amount.scale() < 0 ? amount.setScale(0) : amount;
        this.currency = currency;
    }

    /**
     * Money of an exact amount.
     *
     * <p>The amount is one that svtoms computes with ({@link Limits#computedAmount}: an exponent within the
     * range of {@code DECIMAL128}), so that {@code 1E+999999999} is refused rather than expanded; a
     * {@code BigDecimal} subclass is copied. Amounts a user states are held to the stricter rules of
     * {@link Limits#DECIMAL_RULE} and {@link Limits#statedMoney} by the types that take them (a contract, a bid,
     * a proxy, LM3 rounds).
     *
     * @param amount the amount, kept with its scale
     * @param currency the currency
     * @return the money
     * @throws InvalidValueException when the amount is outside that range
     */
    public static Money of(BigDecimal amount, Currency currency) {
        BigDecimal a = Limits.computedAmount(amount, "amount");
        return new Money(a, Checks.notNull(currency, "currency"));
    }

    /**
     * Money of an amount written as a plain decimal, e.g. {@code Money.of("1200000.00", "GBP")}.
     *
     * @param amount a decimal such as {@code "9800"} or {@code "-12.50"}, within the range of
     *        {@link #of(BigDecimal, Currency)} ({@code "1E+999999999"} is refused at once)
     * @param currencyCode an ISO 4217 code such as {@code "GBP"}
     * @return the money
     * @throws InvalidValueException when either does not parse or the amount is outside the range
     */
    public static Money of(String amount, String currencyCode) {
        return of(decimal(amount), currency(currencyCode));
    }

    /**
     * Zero in a currency, at the currency's minor-unit scale ({@code GBP 0.00}).
     *
     * @param currency the currency
     * @return zero
     */
    public static Money zero(Currency currency) {
        Checks.notNull(currency, "currency");
        return new Money(BigDecimal.ZERO.setScale(minorDigits(currency)), currency);
    }

    /**
     * Reads what {@link #toString()} writes: {@code "GBP 1234.50"}.
     *
     * @param text the text
     * @return the money, with the scale written in the text
     * @throws InvalidValueException when the text is not of that form
     */
    public static Money parse(CharSequence text) {
        Checks.notNull(text, "text");
        if (text.length() > MAX_TEXT) {
            throw new InvalidValueException("cannot parse money of " + text.length() + " characters: at most " + MAX_TEXT
                    + " (the range svtoms computes in, Limits.MAX_COMPUTED_INTEGER_DIGITS and MAX_COMPUTED_SCALE)");
        }
        var m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new InvalidValueException("cannot parse money '" + text
                    + "': expected an ISO 4217 code, one space and a plain decimal, e.g. 'GBP 1234.50'");
        }
        return of(new BigDecimal(m.group(2)), currency(m.group(1)));
    }

    /**
     * Looks up an ISO 4217 currency.
     *
     * @param code the three-letter code
     * @return the currency
     * @throws InvalidValueException when the code is not a known currency
     */
    public static Currency currency(String code) {
        Checks.notNull(code, "currency code");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("unknown currency '" + code + "': expected an ISO 4217 code such as GBP", e);
        }
    }

    private static BigDecimal decimal(String text) {
        Checks.notNull(text, "amount");
        if (text.length() > MAX_TEXT) {
            throw new InvalidValueException("cannot parse an amount of " + text.length() + " characters: at most " + MAX_TEXT);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("cannot parse amount '" + text + "': expected a plain decimal such as 1234.50", e);
        }
    }

    private static int minorDigits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /**
     * The exact amount, with its scale.
     *
     * @return the amount
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * The currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Exact sum.
     *
     * @param other money in the same currency
     * @return {@code this + other}
     * @throws CurrencyMismatchException when the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Exact difference.
     *
     * @param other money in the same currency
     * @return {@code this - other}
     * @throws CurrencyMismatchException when the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * Exact product.
     *
     * @param factor the factor
     * @return {@code this × factor}, exactly
     */
    public Money multipliedBy(BigDecimal factor) {
        return new Money(amount.multiply(Checks.notNull(factor, "factor")), currency);
    }

    /**
     * Product rounded to a precision.
     *
     * @param factor the factor
     * @param context the precision and rounding, e.g. {@link MathContext#DECIMAL128}
     * @return {@code this × factor} in {@code context}
     * @throws InvalidValueException when the product needs rounding that {@code context} forbids
     *         ({@link RoundingMode#UNNECESSARY})
     */
    public Money multipliedBy(BigDecimal factor, MathContext context) {
        Checks.notNull(factor, "factor");
        Checks.notNull(context, "context");
        try {
            return new Money(amount.multiply(factor, context), currency);
        } catch (ArithmeticException e) {
            throw roundingFailed("multiply " + this + " by " + factor.toPlainString() + " in " + context, e);
        }
    }

    /**
     * Quotient in a precision.
     *
     * @param divisor the divisor, not zero
     * @param context the precision and rounding, e.g. {@link MathContext#DECIMAL128}
     * @return {@code this ÷ divisor} in {@code context}
     * @throws InvalidValueException when {@code divisor} is zero, or when the quotient needs rounding that
     *         {@code context} forbids (unlimited precision for a non-terminating quotient, or
     *         {@link RoundingMode#UNNECESSARY})
     */
    public Money dividedBy(BigDecimal divisor, MathContext context) {
        requireNonZero(divisor);
        Checks.notNull(context, "context");
        try {
            return new Money(amount.divide(divisor, context), currency);
        } catch (ArithmeticException e) {
            throw roundingFailed("divide " + this + " by " + divisor.toPlainString() + " in " + context, e);
        }
    }

    /**
     * Quotient at a scale.
     *
     * @param divisor the divisor, not zero
     * @param scale the scale of the result
     * @param rounding how to round to that scale
     * @return {@code this ÷ divisor} at {@code scale}
     * @throws InvalidValueException when {@code divisor} is zero, or when {@code rounding} is
     *         {@link RoundingMode#UNNECESSARY} and the quotient needs rounding
     */
    public Money dividedBy(BigDecimal divisor, int scale, RoundingMode rounding) {
        requireNonZero(divisor);
        Checks.notNull(rounding, "rounding");
        try {
            return new Money(amount.divide(divisor, scale, rounding), currency);
        } catch (ArithmeticException e) {
            throw roundingFailed("divide " + this + " by " + divisor.toPlainString() + " to scale " + scale
                    + " with " + rounding, e);
        }
    }

    private static InvalidValueException roundingFailed(String what, ArithmeticException cause) {
        return new InvalidValueException("cannot " + what + ": " + cause.getMessage(), cause);
    }

    private static void requireNonZero(BigDecimal divisor) {
        if (Checks.notNull(divisor, "divisor").signum() == 0) {
            throw new InvalidValueException("cannot divide money by zero");
        }
    }

    /**
     * The amount rounded to the currency's minor unit with {@link RoundingMode#HALF_EVEN}
     * (pennies for GBP).
     *
     * @return the rounded money
     */
    public Money rounded() {
        return rounded(RoundingMode.HALF_EVEN);
    }

    /**
     * The amount rounded to the currency's minor unit.
     *
     * @param rounding the rounding mode
     * @return the rounded money, at exactly the minor-unit scale
     * @throws InvalidValueException when {@code rounding} is {@link RoundingMode#UNNECESSARY} and the amount
     *         has more digits than the minor unit
     */
    public Money rounded(RoundingMode rounding) {
        Checks.notNull(rounding, "rounding");
        int digits = minorDigits(currency);
        try {
            return new Money(amount.setScale(digits, rounding), currency);
        } catch (ArithmeticException e) {
            throw roundingFailed("round " + this + " to " + digits + " decimal places with " + rounding, e);
        }
    }

    /**
     * The negation.
     *
     * @return {@code -this}
     */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /**
     * The sign of the amount.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return amount.signum();
    }

    /**
     * Whether the amount is zero, at any scale.
     *
     * @return {@code true} for zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Whether the amount is below zero.
     *
     * @return {@code true} when negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Numeric equality, ignoring scale: {@code GBP 10.0} is equal to {@code GBP 10.00}.
     *
     * @param other money in the same currency
     * @return whether the amounts are numerically equal
     * @throws CurrencyMismatchException when the currencies differ
     */
    public boolean isEqualTo(Money other) {
        return compareTo(other) == 0;
    }

    /**
     * Orders by numeric amount; only money of one currency can be ordered.
     *
     * @param other money in the same currency
     * @return negative, zero or positive
     * @throws CurrencyMismatchException when the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        Checks.notNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    /**
     * Scale-sensitive value equality: same currency and {@link BigDecimal#equals} amounts.
     *
     * @param o the other object
     * @return whether both are the same money at the same scale
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount) && currency.equals(m.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    /**
     * {@code "GBP 1234.50"}: the ISO code, one space and the plain amount with its scale.
     *
     * @return the text that {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
