package io.github.svtoms.proxies.derivation;

import io.github.svtoms.core.FileId;

/**
 * What a {@link DerivationStep} computes. Its {@link #id()} in files is its name in lowercase with
 * {@code -}, e.g. {@code net-first-year}. Immutable and thread-safe.
 */
public enum StepKind implements FileId {
    /** The proxy value per unit, as given, with its price year and source. Result: the amount. */
    PROXY,
    /** Rebasing to the report's price year: {@code amount × ratio}, {@code ratio = D[to] / D[from]}. Result: the rebased amount. */
    REBASE,
    /** Gross value: {@code quantity × proxy × years}, no adjustments. Result: the gross amount. */
    GROSS,
    /** The adjustment factor {@code (1 − deadweight)(1 − displacement)(1 − attribution)}. Result: the factor. */
    ADJUSTMENT,
    /** Net value of the first benefit year: {@code quantity × proxy × factor}. Result: the amount. */
    NET_FIRST_YEAR,
    /** Net value over all benefit years with drop-off compounding from the second year. Result: the net amount. */
    DROP_OFF,
    /** The discount factors used. Result: the factor of the last year. */
    DISCOUNT,
    /** Present value: {@code Σ value_k × DF_t}. Result: the present value. */
    PRESENT_VALUE,
    /** A ratio of two amounts (SROI ratio, net ratio). Result: the ratio. */
    RATIO,
    /** Net present value: present value minus inputs. Result: the amount. */
    NET_PRESENT_VALUE,
    /** Payback period in months. Result: the months. */
    PAYBACK,
    /** The LM3 local multiplier. Result: the multiplier. */
    MULTIPLIER,
    /** A wellbeing value from WELLBYs. Result: the amount. */
    WELLBY,
    /** A wage uplift to a living wage. Result: the amount. */
    WAGE_UPLIFT,
    /** The proxy of one benefit year, for a proxy that follows the years: which years, values and rebasing. */
    YEARLY_PROXY
}
