package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.FileId;

/**
 * Which of a request's discount schedules a line is discounted with ({@link Discounting}).
 *
 * <p>By default a line whose proxy is a health or wellbeing value ({@link io.github.svtoms.proxies.ValueType#SOCIAL_WELLBEING}:
 * WELLBY, QALY) takes the health schedule and every other line the standard one; a line may choose either
 * ({@link CommitmentLine#discountKind()}).
 */
public enum DiscountKind implements FileId {
    /** The standard schedule (Green Book: the social time preference rate, 3.5 % for years 1–30). */
    STANDARD,
    /** The health schedule (Green Book: the health rate, 1.5 % for years 1–30), for health and life values. */
    HEALTH
}
