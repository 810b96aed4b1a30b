package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.svtoms.ocds.OcdsReader;
import io.github.svtoms.ocds.ReasonKind;
import io.github.svtoms.ocds.ScanSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code svtoms ocds scan} over the project's 250 real releases in the three output formats: no failure, and
 * the counts it prints are the library's {@link ScanSummary}; and over broken files, which are reported,
 * never a crash.
 */
class OcdsScanCommandTest {
    /** Readings in the 250 real releases: 250 whole notices and 291 lots (README-ocds.md). */
    private static final int READINGS = 250 + 291;
    private static final Pattern COUNT_ROW = Pattern.compile("^(\\s*\\S.*?)\\s{2,}(\\d+)\\s+(\\d+)$");
    private static ScanSummary library;

    @BeforeAll
    static void scanWithTheLibrary() {
        library = OcdsReader.standard().scan(OcdsData.directory()).summary();
        assertEquals(250, library.documents(), "the shared set has 250 releases");
    }

    @Test
    void theTableOfAllRealReleasesEndsWithTheLibrarysCounts() {
        Run r = Run.of("ocds", "scan", OcdsData.directory().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("notice ")).findFirst().orElseThrow());
        int legend = lines.indexOf(lines.stream().filter(l -> l.startsWith("* inferred")).findFirst().orElseThrow());
        assertEquals(READINGS, legend - header - 2, "one row per notice and per lot");
        int summary = lines.indexOf("Summary: 250 files read, 0 with problems");
        assertTrue(summary > legend, r.out());
        Map<String, int[]> rows = new LinkedHashMap<>();
        for (String l : lines.subList(summary + 3, lines.size())) {
            Matcher m = COUNT_ROW.matcher(l);
            assertTrue(m.matches(), "a count row: " + l);
            rows.put(m.group(1).strip(), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
        }
        ScanSummary.Counts n = library.notices();
        ScanSummary.Counts lots = library.lots();
        assertRow(rows, "readings", n.readings(), lots.readings());
        assertRow(rows, "usable contract profiles", n.usable(), lots.usable());
        assertRow(rows, "without a usable profile", n.unusable(), lots.unusable());
        assertRow(rows, "award criteria published", n.withCriteria(), lots.withCriteria());
        assertRow(rows, "evaluation scheme built (percentages adding up to 100)", n.withScheme(), lots.withScheme());
        assertRow(rows, "cannot be checked (ranked or described)", n.cannotBeChecked(), lots.cannotBeChecked());
        assertRow(rows, "weights incomplete", n.incompleteWeights(), lots.incompleteWeights());
        assertRow(rows, "different in each lot", n.variesByLot(), lots.variesByLot());
        assertRow(rows, "social value criterion found", n.socialValueFound(), lots.socialValueFound());
        assertRow(rows, "with a percentage", n.socialValueWeighted(), lots.socialValueWeighted());
        assertRow(rows, "s.52 KPI duty (more than £5m including VAT): applies", n.kpiDuty().applies(), lots.kpiDuty().applies());
        assertRow(rows, "does not apply", n.kpiDuty().doesNotApply(), lots.kpiDuty().doesNotApply());
        assertRow(rows, "cannot be checked (no value, or net only and £5m or less)", n.kpiDuty().cannotBeChecked(),
                lots.kpiDuty().cannotBeChecked());
        int reasonRows = 0;
        for (ReasonKind k : ReasonKind.values()) {
            int a = n.reasons().getOrDefault(k, 0);
            int b = lots.reasons().getOrDefault(k, 0);
            if (a + b > 0) {
                assertRow(rows, k.description(), a, b);
                reasonRows++;
            } else {
                assertFalse(rows.containsKey(k.description()), "a reason that never came up is not listed: " + k);
            }
        }
        assertRow(rows, "minimum social value weighting met", n.minimumWeighting().met(), lots.minimumWeighting().met());
        assertRow(rows, "not met", n.minimumWeighting().notMet(), lots.minimumWeighting().notMet());
        assertRow(rows, "not applicable (not checked, no edition or no minimum)",
                n.minimumWeighting().notApplicable(), lots.minimumWeighting().notApplicable());
        assertRow(rows, "cannot be checked (no criteria, or not percentages)", n.minimumWeighting().cannotBeChecked(),
                lots.minimumWeighting().cannotBeChecked());
        assertEquals(17 + reasonRows, rows.size(), rows.keySet().toString());
        // the figures README-ocds.md gives for the 250 releases
        assertRow(rows, "usable contract profiles", 198, 79);
        assertRow(rows, "no contract value in the notice", 47, 27);
        assertRow(rows, "s.52 KPI duty (more than £5m including VAT): applies", 37, 20);
    }

    private static void assertRow(Map<String, int[]> rows, String label, int notices, int lots) {
        int[] row = rows.get(label);
        assertTrue(row != null, "no row '" + label + "' in " + rows.keySet());
        assertEquals(notices, row[0], label + " (notices)");
        assertEquals(lots, row[1], label + " (lots)");
    }

    @Test
    void theJsonSummaryIsTheLibrarysAndEveryNoticeIsListed() {
        Run r = Run.of("ocds", "scan", OcdsData.directory().toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonNode j = r.json();
        assertEquals("svtoms-ocds-scan/1", j.get("format").asText());
        assertEquals(250, j.get("notices").size());
        assertEquals(0, j.get("problems").size());
        assertEquals(library, summary(j.get("summary")));
        int readings = 0;
        int usable = 0;
        for (JsonNode notice : j.get("notices")) {
            for (JsonNode reading : notice.get("readings")) {
                readings++;
                boolean ok = reading.get("usable").asBoolean();
                usable += ok ? 1 : 0;
                // a usable reading has no profile reasons; an unusable one has at least one
                assertEquals(ok, reading.get("reasons").isEmpty(), notice.get("source") + " " + reading.get("path"));
            }
        }
        assertEquals(READINGS, readings);
        assertEquals(library.notices().usable() + library.lots().usable(), usable);
        JsonNode wrel66 = find(j, "england-WRel66-354.json").get("readings").get(0);
        JsonNode facts = wrel66.get("facts");
        // read by hand from the notice: tender.value 865000.0 GBP; lot 1 durationInDays 1080 (2.96 years → 3);
        // TED_CA_TYPE 'Regional or local authority'; CPV 85312110 under 85300000 social work → social-care
        assertEquals("865000.0", facts.get("netValue").get("amount").asText());
        assertEquals("GBP", facts.get("netValue").get("currency").asText());
        assertEquals("read", facts.get("netValue").get("provenance").asText());
        assertEquals(1080, facts.get("period").get("durationInDays").asInt());
        assertEquals(3, facts.get("years").get("value").asInt());
        assertEquals("inferred", facts.get("years").get("provenance").asText());
        assertEquals("local-authority", facts.get("buyer").get("value").asText());
        assertEquals("read", facts.get("buyer").get("provenance").asText());
        assertEquals("[\"years\",\"sectors\",\"commencement\"]", wrel66.get("inferred").toString());
        assertEquals("percentages", wrel66.get("criteria").get("weighting").asText());
        assertEquals("70", wrel66.get("criteria").get("criteria").get(0).get("weight").get("percent").asText());
        assertEquals("not-found", wrel66.get("socialValue").get("presence").asText());
    }

    private static JsonNode find(JsonNode scan, String file) {
        for (JsonNode n : scan.get("notices")) {
            if (n.get("source").asText().equals(file)) {
                return n;
            }
        }
        throw new AssertionError("no notice from " + file);
    }

    /** The summary as the JSON gives it, rebuilt as the library's record (reason kinds from their ids). */
    static ScanSummary summary(JsonNode s) {
        return new ScanSummary(s.get("documents").asInt(), s.get("documentsWithProblems").asInt(),
                kinds(s.get("documentProblems")), counts(s.get("notices")), counts(s.get("lots")));
    }

    private static ScanSummary.Counts counts(JsonNode c) {
        assertEquals(c.get("readings").asInt() - c.get("usable").asInt(), c.get("unusable").asInt());
        return new ScanSummary.Counts(c.get("readings").asInt(), c.get("usable").asInt(), kinds(c.get("reasons")),
                c.get("withCriteria").asInt(), c.get("withScheme").asInt(), c.get("cannotBeChecked").asInt(),
                c.get("incompleteWeights").asInt(), c.get("variesByLot").asInt(), c.get("socialValueFound").asInt(),
                c.get("socialValueWeighted").asInt(), new ScanSummary.DutyCounts(c.get("kpiDuty").get("applies").asInt(),
                c.get("kpiDuty").get("doesNotApply").asInt(), c.get("kpiDuty").get("cannotBeChecked").asInt()),
                new ScanSummary.WeightingCounts(c.get("minimumWeighting").get("met").asInt(),
                        c.get("minimumWeighting").get("notMet").asInt(), c.get("minimumWeighting").get("notApplicable").asInt(),
                        c.get("minimumWeighting").get("cannotBeChecked").asInt()));
    }

    private static Map<ReasonKind, Integer> kinds(JsonNode o) {
        Map<ReasonKind, Integer> m = new EnumMap<>(ReasonKind.class);
        o.fields().forEachRemaining(e -> m.put(ReasonKind.valueOf(e.getKey().toUpperCase(Locale.ROOT).replace('-', '_')),
                e.getValue().asInt()));
        return m;
    }

    /** CSV rows as maps by header, parsed back with jackson-dataformat-csv. */
    static List<Map<String, String>> csv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void theCsvHasOneRowPerReadingAndTheSummaryOnStandardError() throws IOException {
        Run r = Run.of("ocds", "scan", OcdsData.directory().toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = csv(r.out());
        assertEquals(READINGS, rows.size());
        assertEquals(library.notices().usable() + library.lots().usable(),
                rows.stream().filter(x -> x.get("usable").equals("true")).count());
        assertEquals(library.lots().readings(), rows.stream().filter(x -> !x.get("lot").isEmpty()).count());
        // a reason kind counts once per reading that has it: the rows whose reasons name it
        for (Map.Entry<ReasonKind, Integer> e : library.notices().reasons().entrySet()) {
            long rowsWith = rows.stream().filter(x -> x.get("lot").isEmpty()
                    && x.get("reasons").contains(e.getKey().description())).count();
            assertEquals((long) e.getValue(), rowsWith, e.getKey().toString());
        }
        Map<String, String> wrel66 = rows.stream().filter(x -> x.get("source").equals("england-WRel66-354.json")
                && x.get("lot").isEmpty()).findFirst().orElseThrow();
        assertEquals("865000.0", wrel66.get("net_value"));
        assertEquals("GBP", wrel66.get("currency"));
        assertEquals("1080", wrel66.get("duration_days"));
        assertEquals("3", wrel66.get("years"));
        assertEquals("local-authority", wrel66.get("buyer"));
        assertEquals("social-care", wrel66.get("sectors"));
        assertEquals("years sectors commencement", wrel66.get("inferred"));
        assertEquals("Quality 70%*; price 30%*", wrel66.get("criteria"));
        assertEquals("not-found", wrel66.get("social_value"));
        assertTrue(r.err().startsWith("Summary: 250 files read, 0 with problems\n"), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("usable contract profiles\\s+198\\s+79")), r.err());
    }

    @Test
    void filesThatAreNotOcdsAreReportedAndTheScanExitsWithThree(@TempDir Path dir) throws IOException {
        OcdsData.write(dir, "a-two-lots.json", OcdsData.TWO_LOTS);
        OcdsData.write(dir, "b-broken.json", "{\"ocid\": \"ocds-x\", \"tender\": ");
        OcdsData.write(dir, "c-package.json", "{\"name\": \"not a notice\", \"version\": \"1.0.0\"}");
        OcdsData.write(dir, "notes.txt", "not scanned: not .json");
        Run table = Run.of("ocds", "scan", dir.toString());
        assertEquals(Main.INVALID_INPUT, table.code(), table.err());
        assertFalse(OcdsData.hasStackTrace(table.err()), table.err());
        assertEquals("svtoms: 2 of 3 files could not be read as OCDS (see the problems)\n", table.err());
        assertTrue(table.out().contains("Files that could not be read (2)"), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("b-broken.json") && l.contains("the file is not valid JSON")),
                table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("c-package.json")
                && l.contains("not an OCDS release, record or package")), table.out());
        // the readable file is still reported: the whole notice and its two lots
        assertEquals(3, table.out().lines().filter(l -> l.startsWith("a-two-lots.json")).count(), table.out());
        assertTrue(table.out().contains("Summary: 3 files read, 2 with problems"), table.out());

        Run json = Run.of("ocds", "scan", dir.toString(), "--format", "json");
        assertEquals(Main.INVALID_INPUT, json.code());
        JsonNode j = json.json();
        assertEquals(2, j.get("problems").size());
        assertEquals("b-broken.json", j.get("problems").get(0).get("source").asText());
        assertEquals("not-json", j.get("problems").get(0).get("kind").asText());
        assertEquals(2, j.get("summary").get("documentsWithProblems").asInt());

        Run csv = Run.of("ocds", "scan", dir.toString(), "--format", "csv");
        assertEquals(Main.INVALID_INPUT, csv.code());
        assertEquals(3, csv(csv.out()).size());
        assertTrue(csv.err().lines().anyMatch(l -> l.startsWith("b-broken.json: $") && l.contains("not valid JSON")), csv.err());
    }

    @Test
    void aHandWrittenNoticeWithLotsGetsAnAnswerForEachReading(@TempDir Path dir) {
        String file = OcdsData.write(dir, "two-lots.json", OcdsData.TWO_LOTS);
        Run r = Run.of("ocds", "scan", file);
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.startsWith(file)).toList();
        assertEquals(3, rows.size(), r.out());
        // the whole notice: no value (the lots carry theirs) and the lots' periods differ
        assertTrue(rows.get(0).endsWith("no contract value in the notice; no period for the whole notice and the lots' "
                + "periods differ: 2 of 2 lots have a period, not all the same: see each lot"), rows.get(0));
        // lot A: £1,200,000.00 over 2025-04-01 to 2028-03-31, three whole years (read); lot B: 18 months → 2 (inferred)
        assertTrue(rows.get(1).matches(".*\\s+A\\s+services\\s+£1,200,000\\.00\\s+2025-04-01 to 2028-03-31\\s+3\\s+local-authority .*usable$"),
                rows.get(1));
        assertTrue(rows.get(2).matches(".*\\s+B\\s+services\\s+£300,000\\.00\\s+18 months\\s+2\\*\\s+local-authority .*usable$"),
                rows.get(2));
    }

    @Test
    void standardInputAndCommandLineMistakes() {
        Run stdin = Run.withInput(OcdsData.TWO_LOTS, "ocds", "scan", "-", "--format", "json");
        assertEquals(0, stdin.code(), stdin.err());
        assertEquals("<stdin>", stdin.json().get("notices").get(0).get("source").asText());
        assertEquals(3, stdin.json().get("summary").get("notices").get("readings").asInt()
                + stdin.json().get("summary").get("lots").get("readings").asInt());

        Run missing = Run.of("ocds", "scan", "no/such/dir");
        assertEquals(Main.INVALID_INPUT, missing.code());
        assertEquals("", missing.out());
        assertEquals("svtoms: cannot scan 'no/such/dir': no such file or directory\n", missing.err());

        Run noCommand = Run.of("ocds");
        assertEquals(Main.USAGE, noCommand.code());
        assertTrue(noCommand.err().startsWith("svtoms: missing command: scan"), noCommand.err());
        Run noPath = Run.of("ocds", "scan");
        assertEquals(Main.USAGE, noPath.code());
    }

    /**
     * {@code --framework uk-svm-2020} (the bundled PPN 06/20, 10 % minimum, for procurements commenced from
     * 2021-01-01 to 2025-09-30): a notice commenced outside the period has no edition in force (not applicable, 61
     * notices); no notice names a social value criterion, so each evaluation scheme built within it (30 notices, 52
     * lots) is below the minimum and every other reading cannot be checked (svtoms-ocds's WeightingCheckTest pins
     * the same).
     */
    @Test
    void aFrameworkChecksTheMinimumWeighting() {
        Run r = Run.of("ocds", "scan", OcdsData.directory().toString(), "--framework", "uk-svm-2020", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode s = r.json().get("summary");
        assertEquals(0, s.get("notices").get("minimumWeighting").get("met").asInt());
        assertEquals(30, s.get("notices").get("minimumWeighting").get("notMet").asInt());
        assertEquals(61, s.get("notices").get("minimumWeighting").get("notApplicable").asInt());
        assertEquals(159, s.get("notices").get("minimumWeighting").get("cannotBeChecked").asInt());
        assertEquals(52, s.get("lots").get("minimumWeighting").get("notMet").asInt());
        JsonNode first = r.json().get("notices").get(0).get("readings").get(0).get("minimumWeighting");
        assertEquals("uk-svm-2020", first.get("edition").asText());
        Run csv = Run.of("ocds", "scan", OcdsData.directory().toString(), "--framework", "uk-svm-2020", "--format", "csv");
        assertTrue(csv.out().lines().findFirst().orElseThrow().endsWith(
                "s52_kpi_duty,s52_kpi_duty_detail,minimum_weighting_edition,minimum_weighting,minimum_weighting_detail"),
                csv.out().lines().findFirst().orElseThrow());
        Run unknown = Run.of("ocds", "scan", OcdsData.directory().toString(), "--framework", "no-such");
        assertEquals(2, unknown.code());
    }
}
