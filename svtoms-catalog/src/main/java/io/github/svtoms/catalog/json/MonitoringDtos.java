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

    record Document(String asOf, ThresholdsDto ragThresholds, RatingThresholdsDto ratingThresholds, NoticeDto notice,
                    List<CommitmentDto> commitments, List<ReportDto> reports) {
        static final Document EMPTY = new Document(null, null, null, null, null, null);
    }

    record ThresholdsDto(String green, String amber) {
    }

    /** The thresholds of the statutory ratings (s.71), percentages of the pro-rata expectation. */
    record RatingThresholdsDto(String good, String approachingTarget, String requiresImprovement) {
    }

    /** What a Contract Performance Notice names besides the ratings. */
    record NoticeDto(String procurementId, String contractId, List<SupplierDto> suppliers) {
    }

    record SupplierDto(String name, String identifier) {
    }

    record CommitmentDto(String measure, String target, String minimum, String stretch, String start, String end,
                         LocalDto local) {
    }

    /** A structured definition of "local". */
    record LocalDto(String name, String basis, List<AreaDto> areas) {
    }

    /**
     * One area of a local definition, by its {@code form}: {@code postcode-districts} ({@code districts}),
     * {@code areas} ({@code type}, {@code codes}, optional {@code names}) or {@code radius} ({@code centre},
     * {@code distance}, {@code unit}).
     */
    record AreaDto(String form, List<String> districts, String type, List<String> codes, List<String> names,
                   String centre, String distance, String unit) {
    }

    record ReportDto(String measure, String periodStart, String periodEnd, String quantity, String verification,
                     List<StoryDto> stories) {
    }

    record StoryDto(String title, String narrative, String date, String link, Boolean consent) {
    }

    record StatusDocument(String asOf, ThresholdsDto ragThresholds, RatingThresholdsDto ratingThresholds, String overall,
                          PeriodDto periodAssessed, String nextAssessmentDue, List<StatusDto> commitments,
                          List<DeliveredDto> deliveredQuantities, List<LawDtos.DutyDto> duties,
                          NoticeContentDto notice) {
    }

    record PeriodDto(String start, String end) {
    }

    /**
     * A commitment's status: the commitment's own members, then the assessment, then its statutory rating with the
     * OCDS UK code and the date its next assessment is due.
     */
    record StatusDto(@JsonUnwrapped CommitmentDto commitment, Long elapsedDays, Long totalDays, Integer reportsCounted,
                     String delivered, String expected, String percentOfExpected, String rag, Boolean minimumReached,
                     Boolean targetReached, Boolean stretchReached, String lowestVerification, Integer storiesCount,
                     Integer publishableStoriesCount, List<StoryDto> publishableStories, String derivation, String rating,
                     String ocdsRating, String nextAssessmentDue, String ratingDerivation) {
    }

    /** The Contract Performance Notice's content. */
    record NoticeContentDto(String procurementId, String contractId, PeriodDto period, List<NoticeKpiDto> kpis,
                            List<SupplierDto> suppliers, String nextAssessmentDue) {
    }

    record NoticeKpiDto(String measure, String name, String rating, String ocdsRating) {
    }

    record DeliveredDto(String measure, String quantity) {
    }
}
