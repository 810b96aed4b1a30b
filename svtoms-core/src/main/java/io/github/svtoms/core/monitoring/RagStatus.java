package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.FileId;

/**
 * Red / amber / green delivery status, worst first (declaration order), so a lower ordinal is worse.
 * Its {@link #id()} in files is {@code red}, {@code amber} or {@code green}. Immutable and thread-safe (an enum).
 */
public enum RagStatus implements FileId {
    /** Well behind the pro-rata expectation. */
    RED,
    /** Behind, within the amber threshold. */
    AMBER,
    /** On or ahead of the pro-rata expectation. */
    GREEN
}
