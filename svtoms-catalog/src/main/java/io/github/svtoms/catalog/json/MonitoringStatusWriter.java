package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.json.MonitoringDtos.DeliveredDto;
import io.github.svtoms.catalog.json.MonitoringDtos.NoticeContentDto;
import io.github.svtoms.catalog.json.MonitoringDtos.NoticeKpiDto;
import io.github.svtoms.catalog.json.MonitoringDtos.PeriodDto;
import io.github.svtoms.catalog.json.MonitoringDtos.StatusDocument;
import io.github.svtoms.catalog.json.MonitoringDtos.StatusDto;
import io.github.svtoms.core.monitoring.AssessmentPeriod;
import io.github.svtoms.core.monitoring.CommitmentStatus;
import io.github.svtoms.core.monitoring.ContractPerformanceNotice;
import io.github.svtoms.core.monitoring.EvidenceStory;
import io.github.svtoms.core.monitoring.KpiRating;
import io.github.svtoms.core.monitoring.MonitoringReport;
import io.github.svtoms.core.monitoring.MonitoringResult;
import io.github.svtoms.core.monitoring.PerformanceAssessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code svtoms-monitoring-status/1}, the status report of a monitoring assessment: per commitment
 * the delivery to date, the pro-rata expectation and percentage of it (both rounded to 2 decimal places,
 * {@code HALF_EVEN}), RAG, thresholds reached, the weakest verification level, the story counts and the
 * publishable stories, then its statutory rating (s.71) with the OCDS UK code and the date its next assessment is
 * due; the overall RAG, the rating thresholds, the period assessed and the next assessment due; the delivered
 * quantity per measure, exact, for valuing delivery; the duty finding on the 12-month interval; and, when the file
 * names them, the Contract Performance Notice's content. Stories without consent are counted but never
 * reproduced. A report: there is no reader. Not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class MonitoringStatusWriter {
    private MonitoringStatusWriter() {
    }

    /**
     * Writes a monitoring report in the canonical form.
     *
     * @param report the report
     * @return the JSON text, ending with a newline
     */
    public static String write(MonitoringReport report) {
        MonitoringResult result = report.status();
        PerformanceAssessment ratings = report.ratings();
        List<DeliveredDto> delivered = new ArrayList<>();
        result.deliveredQuantities().forEach((m, q) -> delivered.add(new DeliveredDto(m.value(), JsonOut.decimal(q))));
        List<StatusDto> statuses = new ArrayList<>();
        for (int i = 0; i < result.statuses().size(); i++) {
            statuses.add(status(result.statuses().get(i), report.rating(i)));
        }
        return JsonOut.write("svtoms-monitoring-status/1", new StatusDocument(result.asOf().toString(),
                MonitoringCodec.thresholds(result.thresholds()), MonitoringCodec.ratingThresholds(ratings.thresholds()),
                Values.id(result.overall()), period(ratings.period()),
                ratings.nextAssessmentDue().map(LocalDate::toString).orElse(null), statuses, delivered,
                List.of(LawValues.duty(ratings.interval())), report.notice().map(MonitoringStatusWriter::notice).orElse(null)));
    }

    private static PeriodDto period(AssessmentPeriod p) {
        return new PeriodDto(p.start().toString(), p.end().toString());
    }

    private static NoticeContentDto notice(ContractPerformanceNotice n) {
        return new NoticeContentDto(n.procurementId(), n.contractId(), period(n.period()),
                n.kpis().stream().map(k -> new NoticeKpiDto(k.measure().value(), k.name(), k.rating().id(), k.ocdsRating()))
                        .toList(), MonitoringCodec.suppliers(n.suppliers()),
                n.nextAssessmentDue().map(LocalDate::toString).orElse(null));
    }

    private static StatusDto status(CommitmentStatus s, KpiRating r) {
        List<EvidenceStory> publishable = s.publishableStories();
        return new StatusDto(MonitoringCodec.commitment(s.commitment()), s.elapsedDays(), s.totalDays(), s.reportsCounted(),
                JsonOut.decimal(s.delivered()), JsonOut.decimal(Values.twoPlaces(s.expected())),
                JsonOut.decimal(s.percentOfExpected().map(Values::twoPlaces)), Values.id(s.rag()),
                s.minimumReached().orElse(null), s.targetReached(), s.stretchReached().orElse(null),
                s.lowestVerification().map(Values::id).orElse(null), s.stories().size(), publishable.size(),
                CatalogueWriter.each(publishable, story -> MonitoringCodec.story(story, false)), s.derivation(),
                r.rating().id(), r.ocdsRating(), r.nextAssessmentDue().map(LocalDate::toString).orElse(null),
                r.derivation());
    }
}
