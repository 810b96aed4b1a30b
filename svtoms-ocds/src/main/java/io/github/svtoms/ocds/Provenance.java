package io.github.svtoms.ocds;

/**
 * Whether a {@link Fact} was stated in the notice or derived from something else. Immutable and
 * thread-safe (an enum).
 */
public enum Provenance {
    /**
     * Stated in the notice, in the field svtoms needs, and taken as written (a code may be translated
     * one-to-one, e.g. {@code "services"} to {@code SERVICES}).
     */
    READ,
    /**
     * Not stated as such: derived from another field, by a rule or a table (years from a number of days,
     * a sector tag from a CPV code, a buyer type from a COFOG code or the buyer's name, a weight from a
     * range or from points). The fact's {@link Fact#how()} says how.
     */
    INFERRED
}
