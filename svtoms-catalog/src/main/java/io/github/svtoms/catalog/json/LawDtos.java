package io.github.svtoms.catalog.json;

import java.util.List;

/**
 * The package-private DTO records the rules of the Procurement Act 2023 era share across formats: a money
 * threshold on its VAT basis, a framework edition's period, scope and provenance, its weighting bands and KPI
 * minimum, and a duty finding. Absent members are {@code null}; validation and mapping are in {@link LawValues}.
 *
 * <p>Immutable records, never exposed.
 */
final class LawDtos {
    private LawDtos() {
    }

    /** {@code {"amount", "currency", "valueIncludesVat", "comparison"}}: a {@code Threshold}. */
    record ThresholdDto(String amount, String currency, Boolean valueIncludesVat, String comparison) {
    }

    /** {@code {"from", "to"}}: a {@code FrameworkPeriod}, ISO dates, both inclusive. */
    record PeriodDto(String from, String to) {
    }

    /** {@code {"buyerTypes", "valueFloor", "exclusions"}}: a {@code FrameworkScope}. */
    record ScopeDto(List<String> buyerTypes, ThresholdDto valueFloor, List<String> exclusions) {
    }

    /** {@code {"fact", "source", "grade", "note"}}: a {@code RuleProvenance}. */
    record ProvenanceDto(String fact, String source, String grade, String note) {
    }

    /** {@code {"from", "minimum"}}: a {@code WeightingBand}. */
    record BandDto(ThresholdDto from, String minimum) {
    }

    /** {@code {"count", "from"}}: a {@code KpiMinimum}. */
    record KpiMinimumDto(Integer count, ThresholdDto from) {
    }

    /**
     * {@code {"requested", "commencement", "reason", "alsoInForce"}}: how an {@code EditionResolution} chose the
     * framework edition by commencement date ({@code commencement} omitted where the document gives it at the top).
     */
    record EditionDto(String requested, String commencement, String reason, List<String> alsoInForce) {
    }

    /** {@code {"rule", "verdict", "level", "detail", "evidence", "source"}}: a {@code DutyFinding}. */
    record DutyDto(String rule, String verdict, String level, String detail, String evidence, String source) {
    }
}
