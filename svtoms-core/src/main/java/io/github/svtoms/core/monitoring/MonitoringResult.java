package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.catalogue.MeasureId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The delivery status of every commitment of a contract at an as-of date.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param asOf the as-of date
 * @param thresholds the RAG thresholds used
 * @param statuses one status per commitment, in the commitments' order
 */
public record MonitoringResult(LocalDate asOf, RagThresholds thresholds, List<CommitmentStatus> statuses) {
    /**
     * Validates and copies.
     *
     * @param asOf the date
     * @param thresholds the thresholds
     * @param statuses the statuses
     */
    public MonitoringResult {
        Checks.notNull(asOf, "as-of date");
        Checks.notNull(thresholds, "thresholds");
        statuses = List.copyOf(Checks.notNull(statuses, "statuses"));
    }

    /**
     * The status of one commitment.
     *
     * @param measure the commitment's measure
     * @return its status
     * @throws UnknownIdException when there is no commitment on that measure
     */
    public CommitmentStatus status(MeasureId measure) {
        Checks.notNull(measure, "measure");
        return statuses.stream().filter(s -> s.commitment().measure().equals(measure)).findFirst()
                .orElseThrow(() -> new UnknownIdException("unknown commitment '" + measure + "': no commitment on that measure"));
    }

    /**
     * The cumulative delivered quantity of each commitment, for a caller to value with financial proxies
     * (pledged versus delivered proxy value).
     *
     * @return measure → delivered quantity, in the commitments' order; unmodifiable
     */
    public Map<MeasureId, BigDecimal> deliveredQuantities() {
        Map<MeasureId, BigDecimal> map = new LinkedHashMap<>();
        statuses.forEach(s -> map.put(s.commitment().measure(), s.delivered()));
        return Collections.unmodifiableMap(map);
    }

    /**
     * The worst status over every commitment.
     *
     * @return the worst status; {@link RagStatus#GREEN} when there are no commitments
     */
    public RagStatus overall() {
        return statuses.stream().map(CommitmentStatus::rag).min(Enum::compareTo).orElse(RagStatus.GREEN);
    }
}
