package io.github.svtoms.ocds;

import io.github.svtoms.core.SvtomsException;

/**
 * A caller's mistake in using svtoms-ocds, e.g. scanning a path that does not exist. What a notice
 * contains never raises it: a notice that cannot be used yields {@link Reason reasons}.
 *
 * <p>Immutable and thread-safe once thrown.
 */
public class OcdsException extends SvtomsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the value and the rule it broke
     */
    public OcdsException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message the value and the rule it broke
     * @param cause the underlying failure
     */
    public OcdsException(String message, Throwable cause) {
        super(message, cause);
    }
}
