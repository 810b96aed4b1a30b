package io.github.svtoms.spark;

import io.github.svtoms.core.SvtomsException;

/**
 * Thrown (and so fails the Spark job) at the first bad row when the caller asks for that
 * ({@link SparkValuation.Options#failOnBadRows()}); otherwise bad rows go to the rejected-rows Dataset.
 */
public final class BadRowException extends SvtomsException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    /**
     * Creates the exception.
     *
     * @param rule the rule broken (as in the {@code rule} column of {@link Schemas#REJECTED})
     * @param message the row's problems and the row
     */
    public BadRowException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** @return the rule broken */
    public String rule() {
        return rule;
    }
}
