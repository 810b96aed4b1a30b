package io.github.svtoms.core.monitoring;

/**
 * Red / amber / green delivery status, worst first (declaration order), so a lower ordinal is worse.
 * Immutable and thread-safe (an enum).
 */
public enum RagStatus {
    /** Well behind the pro-rata expectation. */
    RED,
    /** Behind, within the amber threshold. */
    AMBER,
    /** On or ahead of the pro-rata expectation. */
    GREEN
}
