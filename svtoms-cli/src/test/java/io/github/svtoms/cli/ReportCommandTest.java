package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCommandTest {
    static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    static void selfContained(String html) {
        Matcher m = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(html);
        assertTrue(!m.find(), "external reference: " + (m.find(0) ? m.group() : ""));
        assertTrue(!html.contains("<script"), "no scripts");
        assertTrue(!html.contains("<link"), "no linked stylesheets");
    }

    @Test
    void valuationReportHasOneBarPerThemeWithAValueAndNoExternalAssets(@TempDir Path dir) throws IOException {
        for (String example : new String[] {"elft-soft-fm.json", "elft-web-development.json", "kent-home-care.json"}) {
            Path out = dir.resolve(example + ".html");
            Run r = Run.of("report", Run.file("examples/" + example), "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.out(), "the page goes to the file");
            String html = Files.readString(out);
            JsonNode j = Run.of("value", Run.file("examples/" + example), "--format", "json").json();
            int themesWithValue = 0;
            for (JsonNode t : j.get("byTheme")) {
                if (new java.math.BigDecimal(t.get("presentValue").asText()).signum() != 0) {
                    themesWithValue++;
                }
            }
            assertTrue(themesWithValue >= 2, example);
            assertEquals(themesWithValue, count(html, "<rect class=\"bar"), example);
            selfContained(html);
            assertTrue(html.contains(Fmt.money(io.github.svtoms.core.money.Money.of(
                    j.get("totals").get("presentValue").asText(), "GBP"))), "present value shown");
            assertTrue(html.contains("Financial proxies used and their provenance"), example);
        }
    }

    @Test
    void elftReportShowsWarningsUnvaluedAndProvenance() {
        Run r = Run.of("report", Run.file("examples/elft-soft-fm.json"), "--out", "-");
        assertEquals(0, r.code(), r.err());
        String html = r.out();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("exclusive group &#39;supplier-spend&#39;"), "warning shown");
        assertTrue(html.contains("Counted once: lines valued but left out of the totals")
                && html.contains("ocs-local-sme-spend (left out: counted once)"), html);
        assertTrue(html.contains("Department for Energy Security and Net Zero") && html.contains("OGL v3.0"));
        assertTrue(html.contains("Gross value") && html.contains("Net value") && html.contains("Present value"));
        // the headline keeps value types apart and labels their sum
        JsonNode j = Run.of("value", Run.file("examples/elft-soft-fm.json"), "--format", "json").json();
        JsonNode types = j.get("totals").get("byValueType");
        assertTrue(types.size() >= 2, types.toString());
        types.fields().forEachRemaining(e -> {
            String card = "Present value: " + e.getKey();
            assertTrue(html.contains(card), card);
            assertTrue(html.contains(Fmt.money(io.github.svtoms.core.money.Money.of(
                    e.getValue().get("presentValue").asText(), "GBP"))), e.getKey());
        });
        assertTrue(html.contains("Present value, all value types together"), "the sum is labelled");
        assertTrue(!html.contains(">Present value</div>"), "no unlabelled present value card");
    }

    @Test
    void kpiReportAndMonitoringSectionWithRagColours() {
        Run r = Run.of("report", Run.file("examples/kpi-kent.json"), "--out", "-", "--monitoring",
                Run.file("examples/elft-soft-fm-monitoring.json"));
        assertEquals(0, r.code(), r.err());
        String html = r.out();
        assertTrue(html.contains("KPIs selected for the contract") && html.contains("Selection checks"));
        assertEquals(0, count(html, "<rect class=\"bar"), "no valuation chart for a KPI request");
        // the ELFT monitoring example: 2 green, 1 amber, 1 red commitments
        assertEquals(2, count(html, "class=\"rag green\">GREEN"));
        assertEquals(1, count(html, "class=\"rag amber\">AMBER"));
        assertEquals(1, count(html, "class=\"rag red\">RED"));
        selfContained(html);
    }

    @Test
    void reportRefusesJsonOrCsvFormat() {
        Run r = Run.of("report", Run.file("examples/elft-soft-fm.json"), "--out", "-", "--format", "json");
        assertEquals(2, r.code());
        assertEquals("", r.out());
    }
}
