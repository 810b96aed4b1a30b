package io.github.svtoms.core;

/**
 * A value given to svtoms breaks a documented rule: an id with a forbidden character, a negative
 * quantity, a percentage above 100, text that does not parse. The message quotes the value and names
 * the rule.
 */
public class InvalidValueException extends SvtomsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the value and the rule it broke
     */
    public InvalidValueException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message the value and the rule it broke
     * @param cause the underlying failure
     */
    public InvalidValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
