package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.FileId;

/**
 * Which living wage rate a line's workers are paid: the UK rate or the London rate
 * ({@link io.github.svtoms.proxies.YearlyBasis.WageGap}).
 */
public enum WageArea implements FileId {
    /** The Real Living Wage outside London. */
    UK,
    /** The London Living Wage. */
    LONDON
}
