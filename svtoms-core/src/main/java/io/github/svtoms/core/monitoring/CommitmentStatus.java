package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One commitment's delivery at an as-of date: cumulative delivery from the reports whose period has ended,
 * the pro-rata expectation {@code target × elapsed days ÷ total days}, delivery as a percentage of it, the
 * RAG status, whether the full-contract target, minimum and stretch have been reached, the weakest
 * verification level among the counted reports, and their stories.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param commitment the commitment
 * @param asOf the as-of date
 * @param elapsedDays days elapsed by the as-of date, 0..totalDays
 * @param totalDays the contract's days
 * @param delivered the cumulative delivered quantity (sum of counted reports), exact
 * @param expected the pro-rata expectation, in {@link java.math.MathContext#DECIMAL128}
 * @param percentOfExpected {@code delivered ÷ expected × 100}; empty when nothing is yet expected
 * @param rag the status; {@link RagStatus#GREEN} when nothing is yet expected
 * @param targetReached whether delivery has reached the full-contract target
 * @param minimumReached whether it has reached the full-contract minimum; empty without a minimum
 * @param stretchReached whether it has reached the stretch; empty without a stretch
 * @param lowestVerification the weakest verification among the counted reports; empty when none counted
 * @param reportsCounted how many reports were counted
 * @param stories the stories of the counted reports, publishable or not, in report order
 * @param derivation how the status was reached, with its numbers
 */
public record CommitmentStatus(Commitment commitment, LocalDate asOf, long elapsedDays, long totalDays,
                               BigDecimal delivered, BigDecimal expected, Optional<BigDecimal> percentOfExpected,
                               RagStatus rag, boolean targetReached, Optional<Boolean> minimumReached,
                               Optional<Boolean> stretchReached, Optional<VerificationLevel> lowestVerification,
                               int reportsCounted, List<EvidenceStory> stories, String derivation) {
    /**
     * Validates and copies.
     *
     * @param commitment the commitment
     * @param asOf the date
     * @param elapsedDays the elapsed days
     * @param totalDays the total days
     * @param delivered the delivery
     * @param expected the expectation
     * @param percentOfExpected the percentage or empty
     * @param rag the status
     * @param targetReached target reached
     * @param minimumReached minimum reached, or empty
     * @param stretchReached stretch reached, or empty
     * @param lowestVerification the weakest level, or empty
     * @param reportsCounted the count
     * @param stories the stories
     * @param derivation not blank
     */
    public CommitmentStatus {
        Checks.notNull(commitment, "commitment");
        Checks.notNull(asOf, "as-of date");
        Checks.notNull(delivered, "delivered");
        Checks.notNull(expected, "expected");
        Checks.notNull(percentOfExpected, "percent of expected");
        Checks.notNull(rag, "rag");
        Checks.notNull(minimumReached, "minimum reached");
        Checks.notNull(stretchReached, "stretch reached");
        Checks.notNull(lowestVerification, "lowest verification");
        stories = List.copyOf(Checks.notNull(stories, "stories"));
        Checks.notBlank(derivation, "derivation");
    }

    /**
     * The stories that may be published (with consent).
     *
     * @return the publishable stories
     */
    public List<EvidenceStory> publishableStories() {
        return stories.stream().filter(EvidenceStory::publishable).toList();
    }

    /**
     * The stories kept but flagged as not publishable (no consent).
     *
     * @return the unpublishable stories
     */
    public List<EvidenceStory> unpublishableStories() {
        return stories.stream().filter(s -> !s.publishable()).toList();
    }

    /**
     * The percentage of the pro-rata expectation for display: 2 decimal places,
     * {@link RoundingMode#HALF_EVEN}, or {@code "n/a"} when nothing is yet expected.
     *
     * @return e.g. {@code "81.97"}
     */
    public String displayPercentOfExpected() {
        return percentOfExpected.map(p -> p.setScale(2, RoundingMode.HALF_EVEN).toPlainString()).orElse("n/a");
    }
}
