package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.svtoms.core.monitoring.StatutoryRating;
import io.github.svtoms.ocds.MetricsReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code svtoms ocds kpis} and {@code svtoms ocds performance}: the releases carry what {@code select} and
 * {@code monitor} compute, and read back through {@link MetricsReader}. (The schema checks of the shapes are
 * svtoms-ocds's {@code OcdsWriterTest}.)
 */
class OcdsWriteCommandTest {
    private static final String[] IDS = {"--ocid", "ocds-test-9", "--release-id", "ocds-test-9-r1", "--contract", "c-1",
        "--award", "a-1", "--date", "2026-04-01T09:30:00Z"};

    private static String[] args(String command, String file, String... more) {
        List<String> a = new java.util.ArrayList<>(List.of("ocds", command, Run.file(file)));
        a.addAll(List.of(IDS));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void kpisAreTheSelectionsAsAgreedMetrics() {
        Run r = Run.of(args("kpis", "examples/kpi-kent.json"));
        assertEquals(0, r.code(), r.err());
        JsonNode release = r.json();
        assertEquals("ocds-test-9", release.get("ocid").asText());
        assertEquals("2026-04-01T09:30:00Z", release.get("date").asText());
        assertEquals("a-1", release.get("contracts").get(0).get("awardID").asText());
        JsonNode selected = Run.of("select", Run.file("examples/kpi-kent.json"), "--format", "json").json().get("kpis");
        MetricsReader.Metrics back = MetricsReader.read(r.out());
        assertEquals(selected.size(), back.agreed().size());
        assertTrue(selected.size() > 0);
        for (int i = 0; i < selected.size(); i++) {
            JsonNode k = selected.get(i);
            MetricsReader.AgreedMetric m = back.agreed().get(i);
            assertEquals(k.get("measure").asText(), m.id());
            if (k.has("target")) {
                assertEquals(0, new java.math.BigDecimal(k.get("target").asText()).compareTo(m.levels().get("target")), m.id());
            } else {
                assertTrue(m.levels().isEmpty(), m.id());
            }
        }
    }

    @Test
    void performanceIsTheRatingsOfTheMonitoringFile() {
        Run r = Run.of(args("performance", "examples/elft-soft-fm-monitoring.json", "--supplier",
                "Example Services Ltd=GB-COH-00000000"));
        assertEquals(0, r.code(), r.err());
        JsonNode party = r.json().get("parties").get(0);
        assertEquals("Example Services Ltd", party.get("name").asText());
        assertEquals("GB-COH-00000000", party.get("id").asText());
        MetricsReader.Metrics back = MetricsReader.read(r.out());
        assertTrue(!back.ratings().isEmpty());
        back.ratings().forEach(x -> {
            assertTrue(x.rating().isPresent(), x.code());
            assertEquals(x.rating().get().ocdsCode(), x.code());
        });
        // 'svtoms monitor' gives 200 %, 85 %, 50 % and 105 % of the expected delivery for the four commitments;
        // with the default thresholds (100 / 80 / 50): met, slightlyBelow, below, met
        assertEquals(List.of("real-living-wage-workers", "local-employment", "apprenticeship-starts", "volunteering-hours"),
                back.ratings().stream().map(MetricsReader.Rating::metricId).toList());
        assertEquals(List.of("met", "slightlyBelow", "below", "met"),
                back.ratings().stream().map(MetricsReader.Rating::code).toList());
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2023, 4, 1)), back.ratings().get(0).start());
        assertTrue(List.of(StatutoryRating.values()).containsAll(back.ratings().stream().map(x -> x.rating().orElseThrow()).toList()));
    }

    @Test
    void missingIdentifiersAndBadSuppliersAreUsageErrors() {
        Run noAward = Run.of("ocds", "kpis", Run.file("examples/kpi-kent.json"), "--ocid", "o", "--release-id", "r",
                "--contract", "c");
        assertEquals(2, noAward.code());
        assertTrue(noAward.err().contains("--award"), noAward.err());
        Run bad = Run.of(args("performance", "examples/elft-soft-fm-monitoring.json", "--supplier", "no identifier"));
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("give NAME=ID"), bad.err());
        Run date = Run.of("ocds", "kpis", Run.file("examples/kpi-kent.json"), "--ocid", "o", "--release-id", "r",
                "--contract", "c", "--award", "a", "--date", "2026-04-01");
        assertEquals(2, date.code());
        assertTrue(date.err().contains("invalid --date"), date.err());
    }
}
