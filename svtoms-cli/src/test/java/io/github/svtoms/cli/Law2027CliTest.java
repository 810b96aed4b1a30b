package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The boundaries of LAW.md through the command line, in process: the Social Value Model edition by commencement
 * date, the s.52 KPI duty at £5m including VAT, a ranked-criteria tender whose weighting cannot be checked, and the
 * statutory ratings of the 2027 monitoring example.
 */
class Law2027CliTest {
    private static String request() throws IOException {
        return Files.readString(Path.of(Run.file("examples/kpi-central-2027.json")));
    }

    /** The 2027 KPI request with another commencement date and value, read from standard input. */
    private static Run select(String commencement, String value, String... more) throws IOException {
        String json = request().replace("\"commencement\": \"2027-02-01\"", "\"commencement\": \"" + commencement + "\"")
                .replace("\"value\": \"6000000.00\"", "\"value\": \"" + value + "\"")
                .replace("    \"valueOtherBasis\": \"5000000.00\",\n", "");
        List<String> args = new ArrayList<>(List.of("select", "-"));
        args.addAll(List.of(more));
        return Run.withInput(json, args.toArray(String[]::new));
    }

    @Test
    void theEditionFollowsTheCommencementDateNeverToday() throws IOException {
        Run before = select("2026-12-31", "6000000.00", "--format", "json");
        assertEquals(0, before.code(), before.err());
        assertEquals("uk-svm-2025", before.json().get("framework").asText());
        assertEquals("uk-svm", before.json().get("edition").get("requested").asText());
        Run after = select("2027-01-01", "6000000.00", "--format", "json");
        assertEquals(0, after.code(), after.err());
        assertEquals("uk-svm-2027", after.json().get("framework").asText());
        assertEquals("family 'uk-svm': uk-svm-2027 applies to procurements commenced from 2027-01-01, which contains the"
                + " commencement date 2027-01-01 (never today's date)", after.json().get("edition").get("reason").asText());
        Run table = select("2026-12-31", "6000000.00");
        assertTrue(table.out().contains("  edition         uk-svm-2025 (commenced 2026-12-31)\n"), table.out());
        assertTrue(table.out().contains("  why             family 'uk-svm': uk-svm-2025 applies to procurements commenced"
                + " 2025-02-24 to 2026-12-31, which contains the commencement date 2026-12-31"), table.out());
        // before PPN 06/20 applied, no edition is in force: the file is refused at its commencement date
        Run none = select("2020-12-31", "6000000.00");
        assertEquals(Main.INVALID_INPUT, none.code());
        assertTrue(none.err().startsWith("<stdin>:4:19: $.commencement: no edition of family 'uk-svm' applies to a procurement"
                + " commenced on 2020-12-31"), none.err());
    }

    @Test
    void theS52DutyStartsAboveFiveMillionIncludingVat() throws IOException {
        JsonNode at = select("2027-01-01", "5000000.00", "--format", "json").json().get("kpiDuty");
        assertFalse(at.get("applies").asBoolean());
        assertEquals("does-not-apply", at.get("status").asText());
        assertEquals(0, at.get("minimum").asInt());
        assertEquals(0, at.get("mostMaterial").size());
        JsonNode above = select("2027-01-01", "5000000.01", "--format", "json").json().get("kpiDuty");
        assertTrue(above.get("applies").asBoolean());
        assertEquals(3, above.get("minimum").asInt());
        assertEquals(3, above.get("mostMaterial").size());
        assertTrue(above.get("reason").asText().startsWith("£5,000,000.01 including VAT is more than £5,000,000.00"
                + " including VAT"), above.toString());
        // PPN 026's own minimum of 3 social value KPIs applies from exactly £5m, unlike s.52
        JsonNode duties = select("2027-01-01", "5000000.00", "--format", "json").json().get("duties");
        JsonNode minimum = find(duties, "framework-minimum-kpis");
        assertEquals("met", minimum.get("verdict").asText());
        assertEquals("not-applicable", find(duties, "s52-kpis").get("verdict").asText());
        Run table = select("2027-01-01", "5000000.01");
        assertTrue(table.out().contains("\nProcurement Act 2023 s.52 KPI duty: applies (at least 3 KPIs)\n"), table.out());
    }

    private static JsonNode find(JsonNode duties, String rule) {
        for (JsonNode d : duties) {
            if (d.get("rule").asText().equals(rule)) {
                return d;
            }
        }
        throw new AssertionError("no finding " + rule + " in " + duties);
    }

    @Test
    void aRankedCriteriaTenderIsCheckedNotScoredAndItsWeightingCannotBeChecked() {
        Run json = Run.of("evaluate", Run.file("examples/central-2027-ranked-criteria.json"), "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode root = json.json();
        assertEquals("uk-svm-2027", root.get("framework").asText());
        assertFalse(root.has("ranking"));
        assertFalse(root.has("winner"));
        JsonNode weighting = find(root.get("duties"), "minimum-social-value-weighting");
        assertEquals("cannot-be-checked", weighting.get("verdict").asText());
        assertEquals("secondary", weighting.get("evidence").asText());
        Run table = Run.of("evaluate", Run.file("examples/central-2027-ranked-criteria.json"));
        assertTrue(table.out().contains("\n  cannot be checked minimum-social-value-weighting [S]: cannot be checked: the"
                + " social value criteria give their relative importance as a ranking or a description"), table.out());
        assertTrue(table.out().contains("Bids not scored"), table.out());
    }

    @Test
    void theWeightedTenderNeedsTwentyPercentAtSixMillion() {
        Run json = Run.of("evaluate", Run.file("examples/central-2027-evaluation.json"), "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode weighting = find(json.json().get("duties"), "minimum-social-value-weighting");
        assertEquals("met", weighting.get("verdict").asText());
        assertTrue(weighting.get("detail").asText().startsWith("social value weighting 20% meets the 20% minimum of"
                + " framework uk-svm-2027"), weighting.toString());
        assertEquals("civic-services", json.json().get("winner").asText());
    }

    @Test
    void theMonitoringExampleRatesEachKpiWithTheStatutoryWords() {
        Run json = Run.of("monitor", Run.file("examples/central-2027-monitoring.json"), "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode root = json.json();
        // expected = target × 366 ÷ 1461 days; thresholds 100 / 90 / 70 (the contract's own)
        // 2 ÷ 1.5031 = 133.06 % good; 12 ÷ 15.031 = 79.84 % requires improvement; 5 ÷ 10.021 = 49.90 % inadequate;
        // 6 ÷ 6.0123 = 99.80 % approaching target
        List<String> ratings = new ArrayList<>();
        root.get("commitments").forEach(c -> ratings.add(c.get("measure").asText() + " " + c.get("rating").asText()
                + " " + c.get("ocdsRating").asText()));
        assertEquals(List.of("apprenticeship-starts good met", "work-placement-weeks requires-improvement below",
                "school-engagement-hours inadequate significantlyBelow",
                "workforce-qualifications approaching-target slightlyBelow"), ratings);
        assertEquals("2029-04-01", root.get("nextAssessmentDue").asText());
        assertEquals("ocds-example-2027-0001", root.get("notice").get("procurementId").asText());
        assertEquals("GB-COH-00000000", root.get("notice").get("suppliers").get(0).get("identifier").asText());
        // the notice names each KPI as it is published: by the measure's name in the catalogue
        assertEquals("Qualifications gained by the contract workforce",
                root.get("notice").get("kpis").get(3).get("name").asText());
        assertEquals("Leeds office catchment", root.get("commitments").get(1).get("local").get("name").asText());
        Run table = Run.of("monitor", Run.file("examples/central-2027-monitoring.json"));
        assertTrue(table.out().contains("school-engagement-hours   Inadequate            significantlyBelow       49.90"),
                table.out());
        Run csv = Run.of("monitor", Run.file("examples/central-2027-monitoring.json"), "--format", "csv");
        assertTrue(csv.out().contains(",inadequate,significantlyBelow,2029-04-01\n"), csv.out());
    }

    @Test
    void thePortfolioShowsTheAnchorMetricsThreeAndFourWhenAnswered() {
        String json = """
                {
                  "format": "svtoms-portfolio/1",
                  "currency": "GBP",
                  "practices": {
                    "supplierGuidance": true
                  },
                  "contracts": [
                    {
                      "id": "fm",
                      "supplier": "GB-COH-00000001",
                      "value": "6000000.00",
                      "valueIncludesVat": true,
                      "paysRealLivingWage": true
                    }
                  ]
                }
                """;
        Run r = Run.withInput(json, "portfolio", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Health Equity Collaborative anchor metrics 3 and 4\n"
                + "  supplier guidance yes, in place\n"
                + "  supplier development not answered\n"), r.out());
    }
}
