package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.FileId;

/**
 * Which step of the tie rule placed a bid above the next one in a {@link TenderEvaluation}. The tie rule
 * is, in order: higher total score; then higher quality plus social value points; then lower price; then
 * bid id in alphabetical order. Its {@link #id()} in files is {@code total}, {@code quality-and-social-value},
 * {@code price} or {@code bid-id}. Immutable and thread-safe (an enum).
 */
public enum RankedBy implements FileId {
    /** A higher total score. */
    TOTAL,
    /** Equal totals; more quality plus social value points. */
    QUALITY_AND_SOCIAL_VALUE,
    /** Equal totals and quality plus social value; a lower price. */
    PRICE,
    /** Everything equal; the bid id comes first alphabetically. */
    BID_ID
}
