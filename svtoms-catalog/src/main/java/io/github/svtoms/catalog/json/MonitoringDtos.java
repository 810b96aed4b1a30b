package io.github.svtoms.catalog.json;

import java.util.List;

/**
 * The package-private DTO records of {@code svtoms-monitoring/1}, exactly as the file holds them; absent
 * members are {@code null}. Validation and mapping happen in {@link MonitoringCodec}.
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
}
