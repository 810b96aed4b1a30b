package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example runs through its command, in table, JSON and CSV form. */
class ExamplesTest {
    @ParameterizedTest
    @CsvSource({
            "value, elft-soft-fm.json, svtoms-valuation/1, lines",
            "value, elft-web-development.json, svtoms-valuation/1, lines",
            "value, kent-home-care.json, svtoms-valuation/1, lines",
            "select, kpi-nhs-2022.json, svtoms-kpi-selection/1, kpis",
            "select, kpi-kent.json, svtoms-kpi-selection/1, kpis",
            "select, kpi-elft.json, svtoms-kpi-selection/1, kpis",
            "evaluate, brighton-hove-dv-evaluation.json, svtoms-evaluation/1, ranking",
            "monitor, elft-soft-fm-monitoring.json, svtoms-monitoring-status/1, commitments",
            "portfolio, nhs-london-portfolio.json, svtoms-portfolio-metrics/1, metrics",
            "lm3, salford-lm3.json, svtoms-lm3-result/1, multiplier",
            "select, kpi-central-2027.json, svtoms-kpi-selection/1, kpiDuty",
            "evaluate, central-2027-evaluation.json, svtoms-evaluation/1, duties",
            "evaluate, central-2027-ranked-criteria.json, svtoms-evaluation/1, duties",
            "monitor, central-2027-monitoring.json, svtoms-monitoring-status/1, notice"})
    void exampleRunsInEveryFormat(String command, String example, String format, String member) {
        String file = Run.file("examples/" + example);
        Run table = Run.of(command, file);
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().length() > 100, table.out());
        Run json = Run.of(command, file, "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode j = json.json();
        assertEquals(format, j.get("format").asText());
        assertTrue(j.has(member), "key member " + member + " in " + json.out());
        assertEquals("", json.err(), "diagnostics only on stderr, and none here");
        Run csv = Run.of(command, file, "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().lines().count() >= 2, csv.out());
        Run valid = Run.of("catalogue", "validate", file);
        assertEquals(0, valid.code(), valid.err());
        assertTrue(valid.out().contains(": valid svtoms-"), valid.out());
    }
}
