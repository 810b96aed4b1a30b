package io.github.svtoms.proxies;

import io.github.svtoms.core.SvtomsException;

/**
 * Root of the exceptions the proxies module throws on purpose: a price year missing from an index, a
 * year beyond a discount schedule's horizon, a commitment line that breaks a counting rule. The
 * message quotes the offending value and names the rule.
 *
 * <p>Immutable and thread-safe once thrown.
 */
public class ValuationException extends SvtomsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the value and the rule it broke
     */
    public ValuationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message the value and the rule it broke
     * @param cause the underlying failure
     */
    public ValuationException(String message, Throwable cause) {
        super(message, cause);
    }
}
