package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.json.MonitoringDtos.DeliveredDto;
import io.github.svtoms.catalog.json.MonitoringDtos.StatusDocument;
import io.github.svtoms.catalog.json.MonitoringDtos.StatusDto;
import io.github.svtoms.core.monitoring.CommitmentStatus;
import io.github.svtoms.core.monitoring.EvidenceStory;
import io.github.svtoms.core.monitoring.MonitoringResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code svtoms-monitoring-status/1}, the status report of a monitoring assessment: per commitment
 * the delivery to date, the pro-rata expectation and percentage of it (both rounded to 2 decimal places,
 * {@code HALF_EVEN}), RAG, thresholds reached, the weakest verification level, the story counts and the
 * publishable stories; the overall RAG; and the delivered quantity per measure, exact, for valuing
 * delivery. Stories without consent are counted but never reproduced. A report: there is no reader. Not
 * exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class MonitoringStatusWriter {
    private MonitoringStatusWriter() {
    }

    /**
     * Writes a monitoring result in the canonical form.
     *
     * @param result the result
     * @return the JSON text, ending with a newline
     */
    public static String write(MonitoringResult result) {
        List<DeliveredDto> delivered = new ArrayList<>();
        result.deliveredQuantities().forEach((m, q) -> delivered.add(new DeliveredDto(m.value(), JsonOut.decimal(q))));
        return JsonOut.write("svtoms-monitoring-status/1", new StatusDocument(result.asOf().toString(),
                MonitoringCodec.thresholds(result.thresholds()), Values.id(result.overall()),
                CatalogueWriter.each(result.statuses(), MonitoringStatusWriter::status), delivered));
    }

    private static StatusDto status(CommitmentStatus s) {
        List<EvidenceStory> publishable = s.publishableStories();
        return new StatusDto(MonitoringCodec.commitment(s.commitment()), s.elapsedDays(), s.totalDays(), s.reportsCounted(),
                JsonOut.decimal(s.delivered()), JsonOut.decimal(Values.twoPlaces(s.expected())),
                JsonOut.decimal(s.percentOfExpected().map(Values::twoPlaces)), Values.id(s.rag()),
                s.minimumReached().orElse(null), s.targetReached(), s.stretchReached().orElse(null),
                s.lowestVerification().map(Values::id).orElse(null), s.stories().size(), publishable.size(),
                CatalogueWriter.each(publishable, story -> MonitoringCodec.story(story, false)), s.derivation());
    }
}
