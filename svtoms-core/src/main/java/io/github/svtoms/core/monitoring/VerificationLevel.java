package io.github.svtoms.core.monitoring;

/**
 * How far a reported actual has been checked, weakest first (the declaration order is the order of
 * strength, so {@code compareTo} finds the weakest). Immutable and thread-safe (an enum).
 */
public enum VerificationLevel {
    /** The supplier says so. */
    SELF_REPORTED,
    /** The supplier supplied evidence (payroll extract, certificates, invoices). */
    EVIDENCED,
    /** Checked by someone independent of the supplier (Kent: where affordable). */
    INDEPENDENTLY_VERIFIED
}
