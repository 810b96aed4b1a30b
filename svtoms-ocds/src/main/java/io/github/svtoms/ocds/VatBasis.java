package io.github.svtoms.ocds;

/**
 * Whether a contract value excludes or includes VAT. In OCDS, {@code value.amount} is the value net of
 * VAT and the UK extension's {@code value.amountGross} the value including all taxes. Immutable and
 * thread-safe (an enum).
 */
public enum VatBasis {
    /** Net of VAT: {@code amount}. */
    NET,
    /** Including VAT: {@code amountGross}. */
    GROSS
}
