package io.github.svtoms.core.evaluation;

/**
 * How much a failed {@link Finding} matters. Immutable and thread-safe (an enum).
 */
public enum Severity {
    /** The scheme breaks a framework rule and should not be used as it is. */
    ERROR,
    /** Advice: the scheme is allowed but falls short of an ambition or a recommended practice. */
    ADVICE
}
