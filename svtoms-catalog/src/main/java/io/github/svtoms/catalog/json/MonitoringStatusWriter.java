package io.github.svtoms.catalog.json;

import io.github.svtoms.core.monitoring.CommitmentStatus;
import io.github.svtoms.core.monitoring.EvidenceStory;
import io.github.svtoms.core.monitoring.MonitoringResult;

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
        JsonText w = new JsonText().beginObject().member("format", "svtoms-monitoring-status/1")
                .member("asOf", result.asOf().toString());
        w.name("ragThresholds").beginObject().member("green", result.thresholds().green())
                .member("amber", result.thresholds().amber()).endObject();
        w.member("overall", Values.id(result.overall()));
        CatalogueWriter.array(w, "commitments", result.statuses(), MonitoringStatusWriter::status);
        w.name("deliveredQuantities").beginArray();
        result.deliveredQuantities().forEach((m, q) -> w.beginObject().member("measure", m.value()).member("quantity", q)
                .endObject());
        return w.endArray().endObject().finish();
    }

    private static void status(JsonText x, CommitmentStatus s) {
        MonitoringCodec.commitment(x, s.commitment());
        x.name("elapsedDays").integer(s.elapsedDays()).name("totalDays").integer(s.totalDays())
                .name("reportsCounted").integer(s.reportsCounted())
                .member("delivered", s.delivered()).member("expected", Values.twoPlaces(s.expected()));
        s.percentOfExpected().ifPresent(p -> x.member("percentOfExpected", Values.twoPlaces(p)));
        x.member("rag", Values.id(s.rag()));
        s.minimumReached().ifPresent(b -> x.name("minimumReached").bool(b));
        x.name("targetReached").bool(s.targetReached());
        s.stretchReached().ifPresent(b -> x.name("stretchReached").bool(b));
        s.lowestVerification().ifPresent(v -> x.member("lowestVerification", Values.id(v)));
        List<EvidenceStory> publishable = s.publishableStories();
        x.name("storiesCount").integer(s.stories().size()).name("publishableStoriesCount").integer(publishable.size());
        CatalogueWriter.array(x, "publishableStories", publishable, (y, story) -> MonitoringCodec.story(y, story, false));
        x.member("derivation", s.derivation());
    }
}
