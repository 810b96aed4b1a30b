package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the built, shaded {@code target/svtoms.jar} as a separate process (failsafe, after {@code package}). */
class JarIT {
    private static final Path JAR = Path.of("target", "svtoms.jar").toAbsolutePath();

    record Result(int code, String out, String err) {
    }

    static Result run(String stdin, String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "built jar at " + JAR);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        File out = File.createTempFile("svtoms-out", ".txt");
        File err = File.createTempFile("svtoms-err", ".txt");
        pb.redirectOutput(out).redirectError(err);
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        Result r = new Result(p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
        Files.delete(out.toPath());
        Files.delete(err.toPath());
        return r;
    }

    @ParameterizedTest
    @CsvSource({
            "value, elft-soft-fm.json, svtoms-valuation/1, totals",
            "value, elft-web-development.json, svtoms-valuation/1, totals",
            "value, kent-home-care.json, svtoms-valuation/1, totals",
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
    void everyExampleGivesItsDocumentedJsonFromTheJar(String command, String example, String format, String member)
            throws IOException, InterruptedException {
        Result r = run("", command, Run.file("examples/" + example), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JsonMapper.builder().build().readTree(r.out());
        assertEquals(format, j.get("format").asText());
        assertTrue(j.has(member), member);
        Result table = run("", command, Run.file("examples/" + example));
        assertEquals(0, table.code(), table.err());
    }

    @Test
    void tableOutputOfTheFirstCommandANewcomerRuns() throws IOException, InterruptedException {
        Result r = run("", "value", Run.file("examples/elft-soft-fm.json"));
        assertEquals(0, r.code(), r.err());
        // the example's request gives the report's title; the file name follows it
        assertTrue(r.out().startsWith("Soft facilities management: social value commitments (illustrative)\n"
                + "  file            elft-soft-fm.json\n"), r.out());
        assertTrue(r.out().contains("£18,000,000.00 over 3 years"), "UTF-8 pound sign: " + r.out());
        assertEquals("", r.err());
    }

    @Test
    void badInputGivesThreeAndFileLineColumnOnStderrOnly(@TempDir Path dir) throws IOException, InterruptedException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": \"svtoms-valuation-request/1\",\n  \"currency\": 826\n}\n");
        Result r = run("", "value", bad.toString(), "--format", "json");
        assertEquals(3, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(bad + ":3:"), r.err());
        assertTrue(r.err().lines().allMatch(l -> l.matches(".*bad\\.json:\\d+:\\d+: \\$[^ ]*: .+")), r.err());
        Result lm3 = run("{\"format\": \"svtoms-lm3/1\", \"currency\": \"GBP\", \"rounds\": {\"r1\": 1}}", "lm3", "-");
        assertEquals(3, lm3.code());
        assertEquals("", lm3.out());
        assertTrue(lm3.err().startsWith("<stdin>:1:"), lm3.err());
    }

    @Test
    void usageErrorGivesTwoAndVersionWorks() throws IOException, InterruptedException {
        Result r = run("", "value", "--no-such-option");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        Result v = run("", "--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("svtoms 0."), v.out());
    }

    @Test
    void csvHasAHeaderAndOneRowPerKpi() throws IOException, InterruptedException {
        Result json = run("", "select", Run.file("examples/kpi-elft.json"), "--format", "json");
        int kpis = JsonMapper.builder().build().readTree(json.out()).get("kpis").size();
        Result csv = run("", "select", Run.file("examples/kpi-elft.json"), "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> rows = csv.out().lines().toList();
        assertTrue(rows.get(0).startsWith("rank,measure,theme,unit,minimum,target,stretch"), rows.get(0));
        assertEquals(kpis + 1, rows.size());
    }

    @Test
    void bulkLinesFromStandardInputStreamThroughTheJar(@TempDir Path dir) throws IOException, InterruptedException {
        // the ELFT example's settings, its eight commitments as JSON Lines on standard input
        Result export = run("", "value", Run.file("examples/elft-soft-fm.json"), "--format", "csv");
        Path settings = dir.resolve("settings.json");
        Files.writeString(settings, Files.readString(Path.of(Run.file("examples/elft-soft-fm.json")))
                .replaceAll("(?s)\"commitments\": \\[.*\\]", "\"commitments\": []"));
        Path csv = dir.resolve("export.csv");
        Files.writeString(csv, export.out());
        Result r = run("", "value", settings.toString(), "--lines", csv.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        // the same rows and the same figures: every line is its exact figures rounded once, streamed or whole
        // (ocs-carbon's present value is 31940.76 in both: the carbon values of the days each contract year covers,
        // in 2022 prices, rebased to 2025-26 with 2022 on the financial-year basis, ¼ × D[2021-22] + ¾ × D[2022-23])
        assertEquals(withoutFigures(export.out()), withoutFigures(r.out()));
        assertEquals(export.out(), r.out());
        assertTrue(r.out().contains(",33057.12,33057.12,31940.76,"), r.out());
        Result t = run(export.out(), "value", settings.toString(), "--lines", "-", "--lines-format", "csv");
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().lines().anyMatch(l -> l.startsWith("all value types together") && l.contains("£5,084,958.35")),
                t.out());
        assertEquals("", t.err());
    }

    /** The rows of a CSV output, sorted, without the gross, net and present value cells. */
    private static List<List<String>> withoutFigures(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var it = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerForListOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY).<List<String>>readValues(csv)) {
            while (it.hasNext()) {
                List<String> row = new ArrayList<>(it.next());
                row.subList(12, 15).clear();
                rows.add(row);
            }
        }
        rows.sort(java.util.Comparator.comparing(List::toString));
        return rows;
    }

    @Test
    void reportFromTheJarHasOneBarPerThemeWithAValue(@TempDir Path dir) throws IOException, InterruptedException {
        Path html = dir.resolve("report.html");
        Result r = run("", "report", Run.file("examples/kent-home-care.json"), "--out", html.toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(html);
        // Kent home care has value under 4 themes: economic inequality, climate, equal opportunity, wellbeing
        assertEquals(4, ReportCommandTest.count(page, "<rect class=\"bar"));
        ReportCommandTest.selfContained(page);
    }

    @Test
    void ocdsScanAndSelectFromTheJar() throws IOException, InterruptedException {
        Result scan = run("", "ocds", "scan", OcdsData.directory().toString(), "--format", "json");
        assertEquals(0, scan.code(), scan.err());
        JsonNode summary = JsonMapper.builder().build().readTree(scan.out()).get("summary");
        // the counts of README-ocds.md for the 250 shared releases
        assertEquals(250, summary.get("documents").asInt());
        assertEquals(198, summary.get("notices").get("usable").asInt());
        assertEquals(79, summary.get("lots").get("usable").asInt());
        // the sector tag comes from the CPV table bundled in svtoms-ocds: it must be in the shaded jar
        Result select = run("", "select", "--ocds", OcdsData.real("england-WRel66-354.json"), "--framework", "svtoms-open");
        assertEquals(0, select.code(), select.err());
        assertTrue(select.out().contains("£865,000.00 over 3 years, services (social-care), buyer local-authority"),
                select.out());
        Result none = run("", "select", "--ocds", OcdsData.real("england-Release10-2.json"), "--framework", "kent");
        assertEquals(3, none.code());
        assertEquals("", none.out());
    }
}
