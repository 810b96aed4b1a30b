package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.FileId;

/**
 * What an evaluation criterion assesses; its {@link #id()} in files is {@code price}, {@code quality} or
 * {@code social-value}. Immutable and thread-safe (an enum).
 */
public enum CriterionKind implements FileId {
    /** The bid price, scored by the scheme's {@link PriceScoring} method; at most one per scheme. */
    PRICE,
    /** A quality question, marked on a 0–100 scale. */
    QUALITY,
    /**
     * A social value criterion: marked on a 0–100 scale in two parts (specified requirements and an open
     * question, combined by the scheme's {@link SocialValueSplit}), or scored from each bid's committed
     * proxy value by a {@link ProxyValueMode}.
     */
    SOCIAL_VALUE
}
