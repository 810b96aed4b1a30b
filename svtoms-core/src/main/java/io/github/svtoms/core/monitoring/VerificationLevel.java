package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.FileId;

/**
 * How far a reported actual has been checked, weakest first (the declaration order is the order of
 * strength, so {@code compareTo} finds the weakest); its {@link #id()} in files is {@code self-reported},
 * {@code evidenced} or {@code independently-verified}. Immutable and thread-safe (an enum).
 */
public enum VerificationLevel implements FileId {
    /** The supplier says so. */
    SELF_REPORTED,
    /** The supplier supplied evidence (payroll extract, certificates, invoices). */
    EVIDENCED,
    /** Checked by someone independent of the supplier (Kent: where affordable). */
    INDEPENDENTLY_VERIFIED
}
