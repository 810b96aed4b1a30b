package io.github.svtoms.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code svtoms select --ocds}: KPIs straight from a notice. The golden notice is the real release
 * {@code england-WRel66-354.json} (Ceredigion County Council, Flying Start childcare), read by hand:
 * {@code tender.mainProcurementCategory} services; {@code tender.value} 865000.0 GBP; its only lot's
 * {@code contractPeriod.durationInDays} 1080 (1080 / 365.2425 = 2.96 years, rounded half up to 3);
 * {@code TED_CA_TYPE} "Regional or local authority"; CPV 85312110 (child day-care, under 85300000 social
 * work and related services → social-care); no tender period start and no publication date, so the
 * release date 2025-02-14 is taken as the commencement; no suitability; criteria Quality "70" and price
 * "30" written in their descriptions.
 */
class SelectOcdsCommandTest {
    private static final String WREL66 = "england-WRel66-354.json";
    /** The same contract written by hand as an svtoms-kpi-request/1. */
    private static final String WREL66_REQUEST = """
            {
              "format": "svtoms-kpi-request/1",
              "framework": "svtoms-open",
              "commencement": "2025-02-14",
              "contract": {
                "value": "865000.0",
                "currency": "GBP",
                "valueIncludesVat": false,
                "years": 3,
                "category": "services",
                "sectors": ["social-care"],
                "buyer": "local-authority"
              }
            }
            """;

    @Test
    void theProfileUsedIsShownFactByFactWithTheInferredOnesNamed() {
        Run r = Run.of("select", "--ocds", OcdsData.real(WREL66), "--framework", "svtoms-open");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of("Contract profile read from england-WRel66-354.json", "",
                "  notice          ocds-kuma6s-148111 (release ocds-kuma6s-148111-release-148111)",
                "  buyer name      Cyngor Sir Ceredigion County Council",
                "  title           Ceredigion - Flying Start Provision of Childcare", ""), lines.subList(0, 6));
        assertTrue(lines.get(6).matches("fact +value +read or inferred"), lines.get(6));
        List<List<String>> facts = lines.subList(8, 17).stream().map(l -> List.of(l.split(" {2,}"))).toList();
        assertEquals(List.of(
                List.of("category", "services", "read: $.tender.mainProcurementCategory"),
                List.of("value", "£865,000.00 net of VAT", "read: $.tender.value.amount"),
                List.of("period", "1080 days", "read: $.tender.lots[0].contractPeriod (the notice's only lot)"),
                List.of("years", "3", "inferred: $.tender.lots[0].contractPeriod.durationInDays: 1080 days = 2.96 years, "
                        + "rounded half up to 3 (the notice's only lot)"),
                List.of("buyer", "local-authority", "read: $.parties[0]: TED_CA_TYPE 'Regional or local authority'"),
                List.of("sectors", "social-care", "inferred: CPV sector table: CPV 85312110 → social-care (85300000 Social "
                        + "work and related services)"),
                List.of("commencement", "2025-02-14", "inferred: $.date, the release date, taken as the commencement of the "
                        + "procurement (no tender period start or tender publication date)"),
                List.of("SME / VCSE", "not stated / not stated", "read: not stated (no $.tender.suitability)"),
                List.of("Inferred, not read as such from the notice: years, sectors, commencement.")), facts);
        assertEquals("Award criteria: percentages (Quality 70%*; price 30%*); social value criterion: not found", lines.get(17));
        assertEquals("  * weight inferred: written as text in the description, a range's middle, or points", lines.get(18));
        assertTrue(r.out().contains("  contract        £865,000.00 over 3 years, services (social-care), buyer local-authority\n"),
                r.out());
    }

    @Test
    void theSelectionIsTheOneOfTheSameContractWrittenAsARequest(@TempDir Path dir) {
        String request = OcdsData.write(dir, "wrel66-request.json", WREL66_REQUEST);
        Run fromRequest = Run.of("select", request, "--format", "json");
        Run fromNotice = Run.of("select", "--ocds", OcdsData.real(WREL66), "--framework", "svtoms-open", "--format", "json");
        assertEquals(0, fromNotice.code(), fromNotice.err());
        assertEquals(fromRequest.json(), fromNotice.json());
        assertEquals("865000.0", fromNotice.json().get("contract").get("value").asText());
        // in json mode standard output is only the data; the inferred facts go to standard error
        List<String> notes = fromNotice.err().lines().toList();
        assertEquals(3, notes.size(), fromNotice.err());
        assertTrue(notes.get(0).startsWith("svtoms: england-WRel66-354.json: years 3 inferred: "), notes.get(0));
        assertTrue(notes.get(1).startsWith("svtoms: england-WRel66-354.json: sectors social-care inferred: "), notes.get(1));
        assertTrue(notes.get(2).startsWith("svtoms: england-WRel66-354.json: commencement 2025-02-14 inferred: "), notes.get(2));

        Run csvRequest = Run.of("select", request, "--format", "csv");
        Run csvNotice = Run.of("select", "--ocds", OcdsData.real(WREL66), "--framework", "svtoms-open", "--format", "csv");
        assertEquals(0, csvNotice.code(), csvNotice.err());
        assertEquals(csvRequest.out(), csvNotice.out());
        assertEquals(fromNotice.err(), csvNotice.err());

        // the table after the profile block is select's own table, for the notice's name
        Run tableRequest = Run.of("select", request);
        Run tableNotice = Run.of("select", "--ocds", OcdsData.real(WREL66), "--framework", "svtoms-open");
        String kpis = tableNotice.out().substring(tableNotice.out().indexOf("KPIs for "));
        assertEquals(tableRequest.out().replace("KPIs for wrel66-request.json", "KPIs for england-WRel66-354.json"), kpis);
    }

    @Test
    void aNoticeWithoutAUsableProfileIsInvalidInputWithItsReasons() {
        Run r = Run.of("select", "--ocds", OcdsData.real("england-Release10-2.json"), "--framework", "kent");
        assertEquals(Main.INVALID_INPUT, r.code());
        assertEquals("", r.out());
        assertEquals("svtoms: no usable contract profile in england-Release10-2.json:\n"
                + OcdsData.real("england-Release10-2.json") + ": $.tender.value: no contract value in the notice\n", r.err());
    }

    @Test
    void aLotIsSelectedForWithLotAndTheWholeNoticeNamesTheUsableLots(@TempDir Path dir) {
        String file = OcdsData.write(dir, "two-lots.json", OcdsData.TWO_LOTS);
        Run whole = Run.of("select", "--ocds", file, "--framework", "svtoms-open");
        assertEquals(Main.INVALID_INPUT, whole.code());
        assertEquals("", whole.out());
        List<String> err = whole.err().lines().toList();
        assertEquals("svtoms: no usable contract profile in two-lots.json:", err.get(0));
        assertEquals(file + ": $.tender.value: no contract value in the notice", err.get(1));
        assertTrue(err.get(2).startsWith(file + ": $.tender.lots: no period for the whole notice and the lots' periods differ"),
                err.get(2));
        assertEquals("svtoms: lots with a usable profile: A, B (select for one with --lot ID)", err.get(3));
        assertEquals(4, err.size(), whole.err());

        Run a = Run.of("select", "--ocds", file, "--lot", "A", "--framework", "svtoms-open");
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().startsWith("Contract profile read from two-lots.json lot A\n"), a.out());
        // lot A: GBP 1,200,000 for 2025-04-01 to 2028-03-31, three whole years, read
        assertTrue(a.out().lines().anyMatch(l -> l.matches("value +£1,200,000\\.00 net of VAT +read: \\$\\.tender\\.lots\\[0].value.amount")),
                a.out());
        assertTrue(a.out().lines().anyMatch(l -> l.matches("years +3 +read: .*")), a.out());
        assertTrue(a.out().contains("KPIs for two-lots.json lot A\n"), a.out());
        assertTrue(a.out().contains("  contract        £1,200,000.00 over 3 years, services, buyer local-authority\n"), a.out());

        // lot B: 18 months = 1.5 years, rounded half up to 2: inferred
        Run b = Run.of("select", "--ocds", file, "--lot", "B", "--framework", "svtoms-open", "--format", "json");
        assertEquals(0, b.code(), b.err());
        assertEquals(2, b.json().get("contract").get("years").asInt());
        assertEquals("300000", b.json().get("contract").get("value").asText());
        assertTrue(b.err().lines().anyMatch(l -> l.startsWith("svtoms: two-lots.json lot B: years 2 inferred: ")), b.err());

        Run z = Run.of("select", "--ocds", file, "--lot", "Z", "--framework", "svtoms-open");
        assertEquals(Main.USAGE, z.code());
        assertTrue(z.err().startsWith("svtoms: the notice has no lot 'Z'; its lots: A, B\n"), z.err());
    }

    @Test
    void aPackageOfSeveralNoticesNeedsNotice(@TempDir Path dir) {
        String second = OcdsData.TWO_LOTS.replace("ocds-test-0001", "ocds-test-0002");
        String file = OcdsData.write(dir, "package.json", "{\"uri\": \"https://example.org/p\", \"releases\": ["
                + OcdsData.TWO_LOTS + ", " + second + "]}");
        Run none = Run.of("select", "--ocds", file, "--lot", "A", "--framework", "svtoms-open");
        assertEquals(Main.USAGE, none.code());
        assertTrue(none.err().startsWith("svtoms: " + file + " holds 2 notices; choose one with --notice ID: ocds-test-0001 "
                + "(release ocds-test-0001-release-1), ocds-test-0002 (release ocds-test-0002-release-1)\n"), none.err());
        Run chosen = Run.of("select", "--ocds", file, "--notice", "ocds-test-0002", "--lot", "A", "--framework", "svtoms-open");
        assertEquals(0, chosen.code(), chosen.err());
        assertTrue(chosen.out().contains("  notice          ocds-test-0002 (release ocds-test-0002-release-1)\n"), chosen.out());
        Run byRelease = Run.of("select", "--ocds", file, "--notice", "ocds-test-0001-release-1", "--lot", "B",
                "--framework", "svtoms-open");
        assertEquals(0, byRelease.code(), byRelease.err());
        Run unknown = Run.of("select", "--ocds", file, "--notice", "ocds-nope", "--framework", "svtoms-open");
        assertEquals(Main.USAGE, unknown.code());
        assertTrue(unknown.err().startsWith("svtoms: no notice 'ocds-nope' in " + file + "; it holds: "), unknown.err());
    }

    @Test
    void commandLineMistakesAreUsageErrors() {
        String notice = OcdsData.real(WREL66);
        String kpi = Run.file("examples/kpi-kent.json");
        assertUsage(Run.of("select"), "svtoms: missing REQUEST (an svtoms-kpi-request/1) or --ocds FILE");
        assertUsage(Run.of("select", "--ocds", notice), "svtoms: --ocds needs --framework ID (a notice names no framework); "
                + "known: svtoms-open, uk-svm-2020, uk-svm-2025, uk-svm-2027, nhs-2022");
        assertUsage(Run.of("select", "--ocds", notice, "--framework", "no-such"), "svtoms: no framework 'no-such' in the catalogue");
        assertUsage(Run.of("select", "--ocds", notice, "--framework", "Not An Id!"), "svtoms: invalid framework id 'Not An Id!'");
        assertUsage(Run.of("select", kpi, "--ocds", notice, "--framework", "kent"),
                "svtoms: give either REQUEST or --ocds FILE, not both");
        assertUsage(Run.of("select", kpi, "--lot", "1"),
                "svtoms: --framework, --lot and --notice go with --ocds FILE (a request names its own framework)");
        assertUsage(Run.of("select", kpi, "--framework", "kent"),
                "svtoms: --framework, --lot and --notice go with --ocds FILE (a request names its own framework)");
        assertUsage(Run.of("select", "--ocds", notice, "--lot", "9", "--framework", "kent"),
                "svtoms: the notice has no lot '9'; its lots: 1");
        // a request still works as before
        assertEquals(0, Run.of("select", kpi).code());
    }

    private static void assertUsage(Run r, String start) {
        assertEquals(Main.USAGE, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(start), r.err());
        assertTrue(r.err().contains("Run 'svtoms select --help' for usage."), r.err());
    }

    @Test
    void aFileThatCannotBeReadIsInvalidInput(@TempDir Path dir) {
        String broken = OcdsData.write(dir, "broken.json", "{\"ocid\": \"ocds-x\", \"tender\": {\"value\": ");
        Run r = Run.of("select", "--ocds", broken, "--framework", "kent");
        assertEquals(Main.INVALID_INPUT, r.code());
        assertEquals("", r.out());
        assertFalse(OcdsData.hasStackTrace(r.err()), r.err());
        assertTrue(r.err().startsWith(broken + ": $"), r.err());
        assertTrue(r.err().contains("the file is not valid JSON"), r.err());

        Run missing = Run.of("select", "--ocds", dir.resolve("missing.json").toString(), "--framework", "kent");
        assertEquals(Main.INVALID_INPUT, missing.code());
        assertEquals(dir.resolve("missing.json") + ": $: the file cannot be read: no such file\n", missing.err());

        Run notOcds = Run.withInput("[1, 2]", "select", "--ocds", "-", "--framework", "kent");
        assertEquals(Main.INVALID_INPUT, notOcds.code());
        assertTrue(notOcds.err().startsWith("<stdin>: $[0]: not an OCDS release, record or package"), notOcds.err());

        Run empty = Run.withInput("{\"releases\": []}", "select", "--ocds", "-", "--framework", "kent");
        assertEquals(Main.INVALID_INPUT, empty.code());
        assertFalse(empty.err().isEmpty());
        assertFalse(OcdsData.hasStackTrace(empty.err()), empty.err());
    }

    /**
     * With a family of dated editions the table says which edition the notice's commencement date chose and why,
     * and the s.52 duty, with Kent's priorities copied as two dated editions of a test family.
     */
    @Test
    void theTableNamesTheEditionChosenAndWhy() throws Exception {
        var bundled = io.github.svtoms.catalog.Bundled.catalogue();
        var kent = bundled.framework(io.github.svtoms.core.catalogue.FrameworkId.of("kent")).orElseThrow();
        var family = io.github.svtoms.core.catalogue.FrameworkId.of("test-svm");
        var catalogue = bundled.toBuilder()
                .framework(copy(kent, "test-svm-2020").withEdition(family, io.github.svtoms.core.catalogue.FrameworkPeriod.of(
                        java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2025, 2, 23))))
                .framework(copy(kent, "test-svm-2025").withEdition(family,
                        io.github.svtoms.core.catalogue.FrameworkPeriod.from(java.time.LocalDate.of(2025, 2, 24))))
                .build();
        var notice = io.github.svtoms.ocds.OcdsReader.builder().framework(family).build()
                .read(Path.of(OcdsData.real(WREL66))).notices().get(0);
        var reading = notice.whole();
        var report = new io.github.svtoms.core.kpi.KpiSelector(catalogue).report(reading.profile().profile().orElseThrow());
        java.io.StringWriter text = new java.io.StringWriter();
        try (java.io.PrintWriter out = new java.io.PrintWriter(text)) {
            new KpiView("notice", report, catalogue).table(out);
        }
        // the release date 2025-02-14 is the commencement (see above): before 2025-02-24, so the 2020 edition;
        // £865,000.0 net alone cannot decide the s.52 duty
        String shown = text.toString();
        assertTrue(shown.contains("\n  edition         test-svm-2020 (commenced 2025-02-14)\n  why             family"
                + " 'test-svm': test-svm-2020 applies to procurements commenced"), shown);
        assertTrue(shown.contains("\nProcurement Act 2023 s.52 KPI duty: cannot-be-checked\n"), shown);
    }

    private static io.github.svtoms.core.catalogue.Framework copy(io.github.svtoms.core.catalogue.Framework f, String id) {
        return new io.github.svtoms.core.catalogue.Framework(io.github.svtoms.core.catalogue.FrameworkId.of(id), f.kind(),
                f.name(), f.publisher(), id, f.description(), f.url(), f.licence(), f.rules(), f.priorityGroups(),
                f.priorities());
    }

    @Test
    void aFamilyNotInTheCatalogueIsAUsageError() {
        Run r = Run.of("select", "--ocds", OcdsData.real(WREL66), "--framework", "no-such-svm");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no framework 'no-such-svm' in the catalogue"), r.err());
    }

    /** The bundled family uk-svm: the notice's commencement 2025-02-14 (its release date) is before PPN 002's 24 February. */
    @Test
    void theBundledFamilyResolvesOnTheNoticesCommencement() {
        Run r = Run.of("select", "--ocds", OcdsData.real(WREL66), "--framework", "uk-svm");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n  edition         uk-svm-2020 (commenced 2025-02-14)\n  why             family 'uk-svm':"
                + " uk-svm-2020 applies to procurements commenced 2021-01-01 to 2025-09-30"), r.out());
    }
}
