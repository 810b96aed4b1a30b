package io.github.svtoms.proxies;

import io.github.svtoms.core.FileId;

/**
 * Which estimate of a value with a range: the low, the central or the high one. Valuations use the central
 * estimate; the low and high ones give a range of present values where a source states a range (the WELLBY
 * value £10,000–£16,000; the DESNZ low and high carbon values).
 */
public enum Estimate implements FileId {
    /** The low estimate. */
    LOW,
    /** The central estimate: the one every figure is valued at. */
    CENTRAL,
    /** The high estimate. */
    HIGH
}
