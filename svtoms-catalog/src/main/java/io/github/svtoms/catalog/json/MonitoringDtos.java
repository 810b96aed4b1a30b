package io.github.svtoms.catalog.json;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * The package-private DTO records of {@code svtoms-monitoring/1}, exactly as the file holds them; absent
 * members are {@code null}. Validation and mapping happen in {@link MonitoringCodec}. The status report
 * {@code svtoms-monitoring-status/1} is only written ({@link MonitoringStatusWriter}): its records are the
 * last three.
 *
 * <p>Immutable records (lists as Jackson built them, never exposed).
 */
final class MonitoringDtos {
    private MonitoringDtos() {
    }

    record Document(String asOf, ThresholdsDto ragThresholds, List<CommitmentDto> commitments, List<ReportDto> reports) {
        static final Document EMPTY = new Document(null, null, null, null);
    }

    record ThresholdsDto(String green, String amber) {
    }

    record CommitmentDto(String measure, String target, String minimum, String stretch, String start, String end) {
    }

    record ReportDto(String measure, String periodStart, String periodEnd, String quantity, String verification,
                     List<StoryDto> stories) {
    }

    record StoryDto(String title, String narrative, String date, String link, Boolean consent) {
    }

    record StatusDocument(String asOf, ThresholdsDto ragThresholds, String overall, List<StatusDto> commitments,
                          List<DeliveredDto> deliveredQuantities) {
    }

    /** A commitment's status: the commitment's own members, then the assessment. */
    record StatusDto(@JsonUnwrapped CommitmentDto commitment, Long elapsedDays, Long totalDays, Integer reportsCounted,
                     String delivered, String expected, String percentOfExpected, String rag, Boolean minimumReached,
                     Boolean targetReached, Boolean stretchReached, String lowestVerification, Integer storiesCount,
                     Integer publishableStoriesCount, List<StoryDto> publishableStories, String derivation) {
    }

    record DeliveredDto(String measure, String quantity) {
    }
}
