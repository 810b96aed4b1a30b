package io.github.svtoms.core.money;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.SvtomsException;

import java.util.Currency;

/**
 * Two amounts in different currencies were combined. svtoms never converts currencies silently.
 */
public final class CurrencyMismatchException extends SvtomsException {
    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String actual;

    /**
     * Creates the exception.
     *
     * @param expected the currency of the left operand (or the one required)
     * @param actual the currency that was given
     */
    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("currency mismatch: expected " + Checks.notNull(expected, "expected currency").getCurrencyCode() + " but got "
                + Checks.notNull(actual, "actual currency").getCurrencyCode() + " (svtoms never converts currencies)");
        this.expected = expected.getCurrencyCode();
        this.actual = actual.getCurrencyCode();
    }

    /**
     * The currency that was required.
     *
     * @return the expected currency
     */
    public Currency expected() {
        return Currency.getInstance(expected);
    }

    /**
     * The currency that was given.
     *
     * @return the actual currency
     */
    public Currency actual() {
        return Currency.getInstance(actual);
    }
}
