package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.FileId;

/**
 * How much a failed {@link Finding} matters; its {@link #id()} in files is {@code error} or {@code advice}.
 * Immutable and thread-safe (an enum).
 */
public enum Severity implements FileId {
    /** The scheme breaks a framework rule and should not be used as it is. */
    ERROR,
    /** Advice: the scheme is allowed but falls short of an ambition or a recommended practice. */
    ADVICE
}
