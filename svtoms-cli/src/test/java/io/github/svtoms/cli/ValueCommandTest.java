package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueCommandTest {
    private static final String ONE_LINE = """
            {
              "format": "svtoms-valuation-request/1",
              "currency": "GBP",
              "priceYear": "2025-26",
              "discounting": {
                "schedule": "none"
              },
              "commitments": [
                {
                  "id": "c1",
                  "measure": "volunteering-hours",
                  "quantity": "100",
                  "duration": 2,
                  "deadweight": "0.25",
                  "proxy": {
                    "amount": "20.00",
                    "priceYear": "2025-26"
                  }
                }
              ]
            }
            """;

    @Test
    void aWorkedExampleInTableJsonAndCsv() {
        // 100 hours × £20.00 × 2 years = £4,000.00 gross; net = 4,000 × (1 − 0.25) = £3,000.00;
        // no discounting, so present value = net = £3,000.00
        Run t = Run.withInput(ONE_LINE, "value", "-");
        assertEquals(0, t.code(), t.err());
        // the headline: one row per value type, then the sum labelled as such (here one type, equal to it)
        assertTrue(t.out().contains("Totals by value type"), t.out());
        assertTrue(t.out().matches("(?s).*\neconomic \\(wages, output, carbon\\) +£4,000\\.00 +£3,000\\.00 +£3,000\\.00 +n/a\n.*"),
                t.out());
        assertTrue(t.out().matches("(?s).*\nall value types together +£4,000\\.00 +£3,000\\.00 +£3,000\\.00 +n/a \\(no contract value\\)\n.*"),
                t.out());
        assertTrue(t.out().matches("(?s).*\nc1 +volunteering-hours .* economic +£4,000\\.00 +£3,000\\.00 +£3,000\\.00\n.*"),
                t.out());
        JsonNode j = Run.withInput(ONE_LINE, "value", "-", "--format", "json").json();
        assertEquals("svtoms-valuation/1", j.get("format").asText());
        assertEquals("4000.00", j.get("totals").get("gross").asText());
        assertEquals("3000.00", j.get("totals").get("presentValue").asText());
        assertEquals("3000.00", j.get("totals").get("byValueType").get("economic").get("presentValue").asText());
        assertEquals(1, j.get("totals").get("byValueType").size());
        Run csv = Run.withInput(ONE_LINE, "--format", "csv", "value", "-");
        String[] rows = csv.out().split("\n");
        assertEquals(2, rows.length, csv.out());
        assertTrue(rows[0].startsWith("id,measure,theme,quantity,unit,"), rows[0]);
        assertTrue(rows[1].startsWith("c1,volunteering-hours,wellbeing,100,hours,1,2,GBP,2025-26,20.00,2025-26,0.25,4000.00,3000.00,3000.00"),
                rows[1]);
    }

    @Test
    void csvHasOneRowPerLineIncludingUnvaluedOnes() {
        Run csv = Run.of("value", Run.file("examples/kent-home-care.json"), "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        // 7 commitment lines (5 valued, 2 unvalued) + header
        assertEquals(8, csv.out().lines().count(), csv.out());
        assertTrue(csv.out().lines().anyMatch(l -> l.startsWith("lot-qualifications,") && l.contains("unvalued")), csv.out());
        assertTrue(csv.out().lines().findFirst().orElseThrow().endsWith(",evidence,counted_separately,discount_kind,wage_area,counted,counted_under"), csv.out());
    }

    @Test
    void theElftExampleCountsLocalSmeSpendOnceInsideLocalSpend() {
        Run r = Run.of("value", Run.file("examples/elft-soft-fm.json"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ocs-local-sme-spend (left out)"), r.out());
        assertTrue(r.out().contains("Counted once (valued, left out of the totals)"), r.out());
        JsonNode j = Run.of("value", Run.file("examples/elft-soft-fm.json"), "--format", "json").json();
        JsonNode d = j.get("doubleCounted");
        assertEquals(1, d.size(), d.toString());
        assertEquals("ocs-local-sme-spend", d.get(0).get("line").asText());
        assertEquals("ocs-local-spend", d.get(0).get("countedUnder").asText());
        assertTrue(d.get(0).get("reason").asText().contains("part of 'local-supplier-spend'"), d.toString());
        // £120,000 a year × 3 years at £1 per £1, shown on the line but in no total
        // totals gross £7,905,461.90 as before local SME spend had a value (£8,747,359.97 before the carbon and living
        // wage proxies followed the years; the arithmetic is in the catalog's CommitmentLinesExampleTest)
        assertEquals("7905461.90", j.get("totals").get("gross").asText());
    }

    @Test
    void theElftExampleShowsTheExclusiveGroupWarningAndTheUnvaluedMeasure() {
        Run r = Run.of("value", Run.file("examples/elft-soft-fm.json"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("exclusive group 'supplier-spend'"), r.out());
        assertTrue(r.out().contains("are valued but left out of the totals"), r.out());
        Run kent = Run.of("value", Run.file("examples/kent-home-care.json"));
        assertTrue(kent.out().contains("Unvalued") && kent.out().contains("workforce-qualifications"), kent.out());
        // the headline splits the value types and labels their sum; no unlabelled total
        assertTrue(r.out().matches("(?s).*\neconomic \\(wages, output, carbon\\) +£[0-9,.]+ +£[0-9,.]+ +£[0-9,.]+ +\\d+\\.\\d\\d%\n.*"),
                r.out());
        assertTrue(r.out().matches("(?s).*\nfiscal\\+economic \\(.*\\) +£[0-9,.]+ +£[0-9,.]+ +£[0-9,.]+ +\\d+\\.\\d\\d%\n.*"),
                r.out());
        assertTrue(r.out().matches("(?s).*\nall value types together +£[0-9,.]+ +£[0-9,.]+ +£[0-9,.]+ +\\d+\\.\\d\\d%\n.*"),
                r.out());
        JsonNode j = Run.of("value", Run.file("examples/elft-soft-fm.json"), "--format", "json").json();
        // the counted lines (not those under doubleCounted) add up exactly to the reported total, so no rounding
        // adjustment of the lines is stated: 618,736.96 + 3,540,932.44 + 88,328.77 + 136,612.81 + 15,975.40
        // + 31,940.76 + 652,431.21 = 5,084,958.35, the total (exact 5,084,958.3472)
        java.util.Set<String> left = new java.util.HashSet<>();
        j.get("doubleCounted").forEach(d -> left.add(d.get("line").asText()));
        assertEquals(java.util.Set.of("ocs-local-sme-spend"), left);
        // the counted lines add up exactly to the totals in all (a per-type part may still be stated)
        JsonNode linesAdjustment = j.path("roundingAdjustments").path("lines");
        for (String figure : java.util.List.of("gross", "net", "presentValue")) {
            assertTrue(linesAdjustment.isMissingNode() || new BigDecimal(linesAdjustment.get(figure).asText()).signum() == 0,
                    j.toString());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode l : j.get("lines")) {
            if (!left.contains(l.get("id").asText())) {
                sum = sum.add(new BigDecimal(l.get("presentValue").asText()));
            }
        }
        assertEquals(new BigDecimal(j.get("totals").get("presentValue").asText()), sum);
        // and the value types add up exactly to the total, in present value and in % of contract
        BigDecimal byType = j.get("totals").has("roundingAdjustment")
                ? new BigDecimal(j.get("totals").get("roundingAdjustment").get("presentValue").asText()) : BigDecimal.ZERO;
        BigDecimal percent = j.has("percentOfContractRoundingAdjustment")
                ? new BigDecimal(j.get("percentOfContractRoundingAdjustment").asText()) : BigDecimal.ZERO;
        for (JsonNode t : j.get("totals").get("byValueType")) {
            byType = byType.add(new BigDecimal(t.get("presentValue").asText()));
            percent = percent.add(new BigDecimal(t.get("percentOfContract").asText()));
        }
        assertEquals(new BigDecimal(j.get("totals").get("presentValue").asText()), byType);
        assertEquals(new BigDecimal(j.get("percentOfContract").asText()), percent);
    }

    @Test
    void aBadRequestGivesFileLineColumnProblemsAndNothingOnStdout(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, ONE_LINE.replace("\"100\"", "100").replace("volunteering-hours", "no-such-measure"));
        Run r = Run.of("value", bad.toString(), "--format", "json");
        assertEquals(3, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().lines().allMatch(l -> l.matches(".*bad\\.json:\\d+:\\d+: \\$\\.commitments\\[0\\]\\.\\w+: .+")), r.err());
        assertTrue(r.err().contains("bad.json:12:"), r.err());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void anEngineRuleBrokenGivesOneLineNamingTheLine() {
        // long-term-unemployed hires count in the first year only: a 3-year line breaks that rule
        String req = ONE_LINE.replace("volunteering-hours", "long-term-unemployed-hires").replace("\"duration\": 2", "\"duration\": 3");
        Run r = Run.withInput(req, "value", "-");
        assertEquals(3, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("svtoms: ") && r.err().contains("'c1'"), r.err());
    }

    @Test
    void usageErrorsGiveTwo() {
        assertEquals(2, Run.of().code(), "no command");
        assertEquals(2, Run.of("value").code(), "missing REQUEST");
        assertEquals(2, Run.of("value", "x.json", "--format", "xml").code());
        assertEquals(2, Run.of("frobnicate").code());
        Run r = Run.of("report", Run.file("examples/elft-soft-fm.json"));
        assertEquals(2, r.code(), "report needs --out");
        assertTrue(r.err().contains("--out"), r.err());
    }

    @Test
    void helpAndVersionOnEveryCommand() {
        for (String[] cmd : new String[][] {{}, {"catalogue"}, {"catalogue", "list"}, {"catalogue", "show"},
                {"catalogue", "export"}, {"catalogue", "validate"}, {"proxies", "export"}, {"select"}, {"value"}, {"report"},
                {"evaluate"}, {"monitor"}, {"portfolio"}, {"lm3"}}) {
            String[] help = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            help[cmd.length] = "--help";
            Run h = Run.of(help);
            assertEquals(0, h.code(), String.join(" ", help) + ": " + h.err());
            assertTrue(h.out().contains("Usage: svtoms"), h.out());
            assertTrue(h.out().contains("--format"), "global options inherited: " + String.join(" ", help));
            help[cmd.length] = "--version";
            Run v = Run.of(help);
            assertEquals(0, v.code());
            assertTrue(v.out().startsWith("svtoms "), v.out());
        }
    }

    @Test
    void outputFailureIsOneLineWithoutDebugAndATraceWithIt(@TempDir Path dir) {
        // writing the report into a directory that does not exist fails on output, not input: exit code 4
        String out = dir.resolve("missing/dir/report.html").toString();
        Run r = Run.of("report", Run.file("examples/elft-soft-fm.json"), "--out", out);
        assertEquals(Main.OUTPUT_FAILED, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("svtoms: cannot write " + out + ": no such file\n", r.err());
        Run d = Run.of("report", Run.file("examples/elft-soft-fm.json"), "--out", out, "--debug");
        assertEquals(Main.OUTPUT_FAILED, d.code());
        assertTrue(d.err().contains("\tat "), d.err());
    }
}
