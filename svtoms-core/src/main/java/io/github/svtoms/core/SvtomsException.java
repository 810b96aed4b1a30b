package io.github.svtoms.core;

/**
 * Root of every exception svtoms throws on purpose. Unchecked; each module has its own subclasses.
 * Messages quote the offending value and the rule it broke.
 *
 * <p>Immutable and thread-safe once thrown (no mutable state beyond {@link Throwable}'s own).
 */
public class SvtomsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong: the value, and the rule it broke
     */
    public SvtomsException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong: the value, and the rule it broke
     * @param cause the underlying failure
     */
    public SvtomsException(String message, Throwable cause) {
        super(message, cause);
    }
}
