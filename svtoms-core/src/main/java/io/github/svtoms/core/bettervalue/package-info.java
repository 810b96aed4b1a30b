/**
 * The better value tools of the GGI report (seed 003, section 8 "Tools"): the
 * {@link io.github.svtoms.core.bettervalue.BetterValueChecklist better value checklist}, a four-question decision
 * tree from answers to a recommended action with the path taken, and the Social Enterprise UK public and social
 * value criteria with their essential and desirable thresholds as a
 * {@link io.github.svtoms.core.bettervalue.SeukAssessment self-assessment} of an organisation's figures.
 *
 * <p>Both are advice: a recommended action, a criterion below its essential threshold, are never errors.
 * Only what the seed states is encoded; where the seed's copy of a table gives no threshold, none is invented.
 *
 * <p>Every type here is immutable and thread-safe. Parameters and return values are non-null unless
 * annotated {@code @Nullable}; optional values are {@link java.util.Optional}.
 */
@ParametersAreNonnullByDefault
package io.github.svtoms.core.bettervalue;

import javax.annotation.ParametersAreNonnullByDefault;
