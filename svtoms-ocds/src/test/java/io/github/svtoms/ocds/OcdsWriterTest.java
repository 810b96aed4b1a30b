package io.github.svtoms.ocds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.kpi.Kpi;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.core.monitoring.ActualReport;
import io.github.svtoms.core.monitoring.Commitment;
import io.github.svtoms.core.monitoring.ContractPerformanceNotice;
import io.github.svtoms.core.monitoring.DeliveryMonitor;
import io.github.svtoms.core.monitoring.NoticeSupplier;
import io.github.svtoms.core.monitoring.PerformanceAssessment;
import io.github.svtoms.core.monitoring.RatingThresholds;
import io.github.svtoms.core.monitoring.StatutoryRating;
import io.github.svtoms.core.monitoring.VerificationLevel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * KPIs written as OCDS agreed metrics and ratings as the UK extension's performance observations: valid
 * against the OCDS 1.1 release schema with the metrics and UK extensions merged in, and read back unchanged.
 */
class OcdsWriterTest {
    private static final ObjectMapper TREE = new ObjectMapper();
    private static final OffsetDateTime DATE = OffsetDateTime.parse("2026-04-01T09:30:00Z");
    private static final ReleaseHeader HEADER = new ReleaseHeader("ocds-test-1", "ocds-test-1-kpis-1", DATE, "contract-1",
            "award-1");

    /** The KPIs selected for the contract of Json.RELEASE (svtoms-open, £2.4m, 3 years, home care). */
    private static KpiSelection selection() {
        var profile = Json.read(Json.RELEASE).notices().get(0).whole().profile().profile().orElseThrow();
        return new KpiSelector(Bundled.catalogue()).select(profile);
    }

    @Test
    void kpisAreAgreedMetricsThatValidateAndReadBack() throws Exception {
        KpiSelection s = selection();
        String json = OcdsWriter.kpis(s, HEADER);
        assertEquals(List.of(), OcdsSchema.errors(json), json);
        assertEquals(List.of(), OcdsSchema.baseErrors(json), json);
        JsonNode r = TREE.readTree(json);
        assertEquals("ocds-test-1", r.get("ocid").asText());
        assertEquals("ocds-test-1-kpis-1", r.get("id").asText());
        assertEquals("2026-04-01T09:30:00Z", r.get("date").asText());
        assertEquals("contract", r.get("tag").get(0).asText());
        assertEquals("tender", r.get("initiationType").asText());
        assertEquals("award-1", r.get("contracts").get(0).get("awardID").asText());

        MetricsReader.Metrics back = MetricsReader.read(json);
        assertEquals(s.kpis().size(), back.agreed().size());
        assertTrue(s.kpis().stream().anyMatch(Kpi::hasLevels), "the example has KPIs with levels");
        for (int i = 0; i < s.kpis().size(); i++) {
            Kpi k = s.kpis().get(i);
            MetricsReader.AgreedMetric m = back.agreed().get(i);
            assertEquals("contract-1", m.contractId());
            assertEquals(k.measure().value(), m.id());
            Map<String, BigDecimal> expected = new java.util.LinkedHashMap<>();
            k.minimum().ifPresent(v -> expected.put("minimum", v));
            k.target().ifPresent(v -> expected.put("target", v));
            k.stretch().ifPresent(v -> expected.put("stretch", v));
            // exact: BigDecimal.equals compares the scale too
            assertEquals(expected, m.levels(), k.measure().value());
            m.units().values().forEach(u -> assertEquals(k.unit().name(), u));
        }
        assertTrue(back.ratings().isEmpty());
    }

    /**
     * Five commitments over 2027-04-01 to 2031-04-01 (1461 days), assessed a year in (366 days, 2028 is a leap
     * year): 40 × 366 / 1461 = 10.02 expected. 11 delivered is 109.8 % (met), 9 is 89.8 % (slightlyBelow, at
     * least 80), 6 is 59.9 % (below, at least 50), 2 is 20.0 % (significantlyBelow), nothing reported is other.
     */
    private static ContractPerformanceNotice notice() {
        LocalDate start = LocalDate.of(2027, 4, 1);
        LocalDate asOf = start.plusYears(1);
        String[] ids = {"kpi-met", "kpi-close", "kpi-below", "kpi-far", "kpi-none"};
        String[] delivered = {"11", "9", "6", "2", null};
        List<Commitment> commitments = new ArrayList<>();
        List<ActualReport> reports = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            MeasureId m = MeasureId.of(ids[i]);
            commitments.add(Commitment.of(m, new BigDecimal("40"), start, start.plusYears(4)));
            if (delivered[i] != null) {
                reports.add(ActualReport.of(m, start, asOf, new BigDecimal(delivered[i]), VerificationLevel.EVIDENCED));
            }
        }
        PerformanceAssessment a = PerformanceAssessment.of(DeliveryMonitor.of(commitments).assess(reports, asOf),
                RatingThresholds.DEFAULT);
        return ContractPerformanceNotice.of(a, "ocds-test-1", "contract-1",
                List.of(new NoticeSupplier("Example Services Ltd", "GB-COH-00000000")));
    }

    @Test
    void ratingsArePerformanceObservationsThatValidateAndReadBack() throws Exception {
        ContractPerformanceNotice n = notice();
        assertEquals(List.of(StatutoryRating.GOOD, StatutoryRating.APPROACHING_TARGET, StatutoryRating.REQUIRES_IMPROVEMENT,
                StatutoryRating.INADEQUATE, StatutoryRating.OTHER), n.kpis().stream().map(k -> k.rating()).toList());
        ReleaseHeader h = new ReleaseHeader("ocds-test-1", "ocds-test-1-performance-2028", DATE, "contract-1", "award-1");
        String json = OcdsWriter.performance(n, h);
        assertEquals(List.of(), OcdsSchema.errors(json), json);
        JsonNode r = TREE.readTree(json);
        assertEquals("implementation", r.get("tag").get(0).asText());
        JsonNode party = r.get("parties").get(0);
        assertEquals("GB-COH-00000000", party.get("id").asText());
        assertEquals("Example Services Ltd", party.get("name").asText());
        assertEquals("supplier", party.get("roles").get(0).asText());
        JsonNode first = r.get("contracts").get(0).get("implementation").get("metrics").get(0).get("observations").get(0);
        assertEquals("met", first.get("measureClassification").get("id").asText());
        assertEquals("Good", first.get("measureClassification").get("description").asText());
        assertEquals("2027-04-01T00:00:00Z", first.get("period").get("startDate").asText());
        assertEquals("2028-04-01T00:00:00Z", first.get("period").get("endDate").asText());

        MetricsReader.Metrics back = MetricsReader.read(json);
        assertEquals(List.of("met", "slightlyBelow", "below", "significantlyBelow", "other"),
                back.ratings().stream().map(MetricsReader.Rating::code).toList());
        for (int i = 0; i < n.kpis().size(); i++) {
            MetricsReader.Rating x = back.ratings().get(i);
            assertEquals(n.kpis().get(i).measure().value(), x.metricId());
            assertEquals(Optional.of(n.kpis().get(i).rating()), x.rating());
            assertEquals(Optional.of(n.period().start()), x.start());
            assertEquals(Optional.of(n.period().end()), x.end());
            assertEquals("contract-1", x.contractId());
        }
    }

    @Test
    void theUkExtensionIsWhatAllowsTheRatings() throws Exception {
        // measureClassification is defined by the UK extension only: without it the Observation has no such
        // property, but OCDS 1.1 does not forbid extra properties, so the check is that the merged schema
        // types it — a rating that is not a Classification object fails against the merged schema
        String json = OcdsWriter.performance(notice(), HEADER).replace("\"measureClassification\" : {",
                "\"measureClassification\" : \"met\", \"x\" : {");
        assertFalse(OcdsSchema.errors(json).isEmpty(), json);
        // and the metrics extension's Metric requires an id
        String noId = OcdsWriter.kpis(selection(), HEADER).replaceFirst("\"id\" : \"[a-z0-9-]+\",\\s*\"description\"",
                "\"description\"");
        assertFalse(OcdsSchema.errors(noId).isEmpty(), noId);
        // the release schema itself: a contract needs its awardID, a tag comes from the closed codelist
        String kpis = OcdsWriter.kpis(selection(), HEADER);
        String noAward = kpis.replace("\"awardID\" : \"award-1\",", "");
        assertTrue(!noAward.equals(kpis) && OcdsSchema.errors(noAward).stream().anyMatch(m -> m.contains("awardID")),
                OcdsSchema.errors(noAward).toString());
        assertFalse(OcdsSchema.errors(kpis.replace("\"contract\" ]", "\"kpis\" ]")).isEmpty());
    }

    @Test
    void mismatchedIdentifiersAreRefused() {
        ReleaseHeader other = new ReleaseHeader("ocds-other", "r", DATE, "contract-1", "award-1");
        assertThrows(InvalidValueException.class, () -> OcdsWriter.performance(notice(), other));
        ReleaseHeader otherContract = new ReleaseHeader("ocds-test-1", "r", DATE, "contract-2", "award-1");
        assertThrows(InvalidValueException.class, () -> OcdsWriter.performance(notice(), otherContract));
        assertThrows(InvalidValueException.class, () -> new ReleaseHeader("ocds-test-1", " ", DATE, "c", "a"));
        assertThrows(InvalidValueException.class, () -> MetricsReader.read("[1]"));
        assertThrows(InvalidValueException.class, () -> MetricsReader.read("{\"ocid\":\"o\",\"id\":\"r\",\"contracts\":{\"a\":1}}"));
        assertThrows(InvalidValueException.class, () -> MetricsReader.read("{\"ocid\":\"o\",\"id\":\"r\",\"contracts\":[1]}"));
        assertThrows(InvalidValueException.class, () -> MetricsReader.read("{\"ocid\":\"o\",\"id\":\"r\",\"contracts\":"
                + "[{\"id\":\"c\",\"agreedMetrics\":[{\"id\":\"m\",\"observations\":[{\"id\":\"target\",\"measure\":\"9\"}]}]}]}"));
        assertEquals(0, MetricsReader.read("{\"ocid\":\"o\",\"id\":\"r\"}").agreed().size());
    }
}
