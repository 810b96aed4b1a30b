package io.github.svtoms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.EditionResolver;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkPeriod;
import io.github.svtoms.core.catalogue.FrameworkStatus;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.RuleProvenance;
import io.github.svtoms.core.catalogue.WeightingBand;
import io.github.svtoms.core.evaluation.EvaluationRequest;
import io.github.svtoms.core.evaluation.Importance;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiDuty;
import io.github.svtoms.core.kpi.KpiExemption;
import io.github.svtoms.core.kpi.KpiSelectionReport;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.core.law.EvidenceGrade;
import io.github.svtoms.core.law.Threshold;
import io.github.svtoms.core.law.VatBasis;
import io.github.svtoms.core.law.Verdict;
import io.github.svtoms.core.monitoring.MonitoringRequest;
import io.github.svtoms.core.monitoring.StatutoryRating;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.core.portfolio.PortfolioRequest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.catalog.FormatTests.example;
import static io.github.svtoms.catalog.FormatTests.in;
import static io.github.svtoms.catalog.FormatTests.schema;
import static io.github.svtoms.catalog.FormatTests.text;
import static io.github.svtoms.catalog.FormatTests.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of the Procurement Act 2023 era through the file formats: the bundled Social Value Model editions, the
 * boundaries of LAW.md read from files, and the new members read, written and read again.
 */
class LawFormatsTest {
    private static final Catalogue CATALOGUE = Bundled.catalogue();

    private static Framework framework(String id) {
        return CATALOGUE.requireFramework(FrameworkId.of(id));
    }

    private static Threshold gross(String amount) {
        return Threshold.atLeast(Money.of(amount, "GBP"), VatBasis.GROSS);
    }

    @Test
    void theThreeBundledEditionsAreDatedAsLawMdSays() {
        Framework ppn0620 = framework("uk-svm-2020");
        Framework ppn002 = framework("uk-svm-2025");
        Framework ppn026 = framework("uk-svm-2027");
        for (Framework f : List.of(ppn0620, ppn002, ppn026)) {
            assertEquals(Optional.of(FrameworkId.of("uk-svm")), f.family(), f.id().value());
            assertEquals(List.of("central-government"), f.scope().buyerTypes(), f.id().value());
            // every [S] fact says it awaits the primary text
            for (RuleProvenance p : f.provenance()) {
                if (p.grade() == EvidenceGrade.SECONDARY) {
                    assertEquals(Optional.of(RuleProvenance.AWAITS_PRIMARY_TEXT), p.note(), p.fact());
                }
            }
        }
        assertEquals(FrameworkPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 9, 30)), ppn0620.period().orElseThrow());
        assertEquals(FrameworkStatus.SUPERSEDED, ppn0620.status());
        assertEquals(FrameworkPeriod.of(LocalDate.of(2025, 2, 24), LocalDate.of(2026, 12, 31)), ppn002.period().orElseThrow());
        assertEquals(FrameworkStatus.ACTIVE, ppn002.status());
        assertEquals(FrameworkPeriod.from(LocalDate.of(2027, 1, 1)), ppn026.period().orElseThrow());
        assertEquals(Optional.of(BigDecimal.TEN), ppn002.rules().minimumSocialValueWeighting().map(BigDecimal::stripTrailingZeros)
                .map(b -> b.setScale(0)));
        assertEquals(List.of(new WeightingBand(gross("5000000.00"), new BigDecimal("20"))), ppn026.rules().weightingBands());
        assertEquals(3, ppn026.rules().minimumKpis().orElseThrow().count());
        assertEquals(gross("5000000.00"), ppn026.rules().minimumKpis().orElseThrow().from());
        assertEquals(Optional.of(gross("1000000.00")), ppn026.scope().valueFloor());
        // the 2027 edition rests only on [S] facts; PPN 002 mixes [V] and [S]
        assertEquals(Optional.of(EvidenceGrade.SECONDARY), ppn026.evidence());
        assertTrue(ppn026.provenance().stream().allMatch(p -> p.grade() == EvidenceGrade.SECONDARY));
        assertTrue(ppn002.provenance().stream().anyMatch(p -> p.grade() == EvidenceGrade.VERIFIED));
    }

    @Test
    void ppn002HasTheFiveMissionsWordForWordAndOutcomeOneOnly() {
        Framework ppn002 = framework("uk-svm-2025");
        List<String> top = ppn002.priorities().stream().filter(p -> p.parent().isEmpty()).map(Priority::name).toList();
        assertEquals(List.of("Kickstart economic growth", "Make Britain a clean energy superpower", "Take back our streets",
                "Break down barriers to opportunity", "Build an NHS fit for the future",
                "Fair work offering fair wages and good working conditions, alongside helping people to get a job, stay"
                        + " in work and achieve career progression"), top);
        List<String> macs = ppn002.priorities().stream().filter(p -> p.parent().isPresent()).map(Priority::name).toList();
        assertEquals(List.of("Create and retain high-quality jobs", "Fair working conditions", "Fair pay practices",
                "In-work progression"), macs);
        // only MAC 1c is mapped onto open measures
        assertEquals(List.of("real-living-wage-workers", "pay-gap-action-plan"), CATALOGUE.measuresOfFramework(
                ppn002.id()).stream().map(m -> m.id().value()).toList());
    }

    @Test
    void ppn026HasGoodJobsAndSkillsWithTheirSixCriteria() {
        Framework ppn026 = framework("uk-svm-2027");
        assertEquals(List.of("Good Jobs", "Skills"), ppn026.priorities().stream().filter(p -> p.parent().isEmpty())
                .map(Priority::name).toList());
        assertEquals(List.of("High-quality jobs", "Fair working conditions", "Fair pay"), children(ppn026, "ppn026-good-jobs"));
        assertEquals(List.of("Training and retraining", "In-work progression", "Talent pipeline"),
                children(ppn026, "ppn026-skills"));
        assertEquals(List.of("real-living-wage-workers", "pay-gap-action-plan"), measures("ppn026-fair-pay"));
        assertEquals(List.of("training-weeks", "reskilling-weeks", "apprenticeship-weeks", "apprenticeship-starts",
                "workforce-qualifications"), measures("ppn026-training-and-retraining"));
        assertEquals(List.of("work-placement-weeks", "school-engagement-hours"), measures("ppn026-talent-pipeline"));
        assertEquals(List.of(), measures("ppn026-high-quality-jobs"));
        // carbon moved out of social value to PPN 006: no climate measure in the 2027 edition
        assertTrue(CATALOGUE.measuresOfFramework(ppn026.id()).stream().noneMatch(m -> m.id().value().contains("carbon")));
    }

    private static List<String> children(Framework f, String parent) {
        return f.priorities().stream().filter(p -> p.parent().equals(Optional.of(PriorityId.of(parent))))
                .map(Priority::name).toList();
    }

    private static List<String> measures(String priority) {
        return CATALOGUE.measuresServing(FrameworkId.of("uk-svm-2027"), PriorityId.of(priority)).stream()
                .map(m -> m.id().value()).toList();
    }

    @Test
    void aFrameworkFileWithEveryNewMemberReadsWritesAndReadsAgain() {
        String json = CatalogueDocument.of(CATALOGUE).toJson();
        Catalogue back = Formats.CATALOGUE.parse(json);
        assertEquals(framework("uk-svm-2027"), back.requireFramework(FrameworkId.of("uk-svm-2027")));
        assertEquals(framework("uk-svm-2020"), back.requireFramework(FrameworkId.of("uk-svm-2020")));
        assertEquals(json, CatalogueDocument.of(back).toJson(), "write → read → write is byte-identical");
        assertEquals(List.of(), schema("svtoms-catalogue-1").errors(tree(json)));
        // a secondary fact without its note, and a period whose end is before its start, are refused at their paths
        String broken = json.replaceFirst("\"grade\": \"secondary\",\n\\s*\"note\": \"[^\"]*\"", "\"grade\": \"secondary\"")
                .replace("\"from\": \"2021-01-01\"", "\"from\": \"2026-01-01\"");
        var e = assertThrows(CatalogueFormatException.class, () -> Formats.CATALOGUE.parse(broken));
        assertTrue(e.getMessage().contains("without a note: an [S] fact must say that it awaits the primary text"),
                e.getMessage());
        assertTrue(e.getMessage().contains(".period: invalid framework period 2026-01-01 to 2025-09-30"), e.getMessage());
    }

    private static ContractProfile request(String commencement, String value) {
        String json = text(example("kpi-central-2027.json")).replace("2027-02-01", commencement)
                .replace("\"value\": \"6000000.00\"", "\"value\": \"" + value + "\"")
                .replace("    \"valueOtherBasis\": \"5000000.00\",\n", "");
        return Formats.KPI_REQUEST.read(in(json), "kpi.json");
    }

    @Test
    void aKpiRequestNamingTheFamilyGetsTheEditionInForceOnItsCommencementDate() {
        KpiSelector selector = new KpiSelector(CATALOGUE);
        assertEquals(FrameworkId.of("uk-svm-2025"), selector.report(request("2026-12-31", "6000000.00")).selection()
                .framework());
        assertEquals(FrameworkId.of("uk-svm-2027"), selector.report(request("2027-01-01", "6000000.00")).selection()
                .framework());
        // a family without a date cannot be resolved, and says how to fix it
        String undated = text(example("kpi-central-2027.json")).replace("  \"commencement\": \"2027-02-01\",\n", "");
        var e = assertThrows(CatalogueFormatException.class, () -> Formats.KPI_REQUEST.read(in(undated), "undated.json"));
        assertEquals("undated.json:3:16: $.framework: framework 'uk-svm' is a family of dated editions (uk-svm-2020,"
                + " uk-svm-2025, uk-svm-2027): give 'commencement', the date the procurement commenced, to choose the"
                + " edition in force", e.problems().get(0).toString());
    }

    @Test
    void theS52DutyFromAFileStartsAboveFiveMillionIncludingVat() {
        KpiSelector selector = new KpiSelector(CATALOGUE);
        KpiDuty at = selector.report(request("2027-01-01", "5000000.00")).kpiDuty();
        assertEquals(KpiDuty.Status.DOES_NOT_APPLY, at.status());
        KpiDuty above = selector.report(request("2027-01-01", "5000000.01")).kpiDuty();
        assertEquals(KpiDuty.Status.APPLIES, above.status());
        assertEquals(3, above.mostMaterial().size());
        // the buyer's own KPI is counted: 7 social value KPIs and 1 own
        assertEquals(1, above.ownKpis());
        assertTrue(above.mostMaterialReason().endsWith("the authority decides which 3 KPIs it regards as most material,"
                + " and may prefer its own KPI"), above.mostMaterialReason());
        // a declared exemption is named, and the selection file keeps it
        String exempt = text(example("kpi-central-2027.json")).replace("  \"ownKpis\"",
                "  \"kpiExemption\": \"light-touch\",\n  \"ownKpis\"");
        ContractProfile p = Formats.KPI_REQUEST.read(in(exempt), "exempt.json");
        assertEquals(Optional.of(KpiExemption.LIGHT_TOUCH), p.kpiExemption());
        KpiSelectionReport r = selector.report(p);
        assertEquals(KpiDuty.Status.EXEMPT, r.kpiDuty().status());
        String json = Formats.KPI_SELECTION.toJson(r);
        assertTrue(json.contains("\"exemption\": \"light-touch\""), json);
    }

    @Test
    void theKpiRequestAndItsSelectionRoundTripWithEveryNewMember() {
        String text = text(example("kpi-central-2027.json"));
        ContractProfile profile = Formats.KPI_REQUEST.read(example("kpi-central-2027.json"));
        assertEquals(Optional.of(LocalDate.of(2027, 2, 1)), profile.commencement());
        assertEquals(Optional.of(VatBasis.GROSS), profile.valueBasis());
        assertEquals(Optional.of(Money.of("5000000.00", "GBP")), profile.valueOnOtherBasis());
        assertEquals(List.of("Helpdesk calls answered within 60 seconds"), profile.ownKpis());
        String written = Formats.KPI_REQUEST.toJson(profile);
        assertEquals(profile, Formats.KPI_REQUEST.read(in(written), "again.json"));
        assertEquals(written, Formats.KPI_REQUEST.toJson(Formats.KPI_REQUEST.read(in(written), "again.json")));
        assertEquals(List.of(), schema("svtoms-kpi-request-1").errors(tree(text)));
        assertEquals(List.of(), schema("svtoms-kpi-request-1").errors(tree(written)));
        KpiSelectionReport report = new KpiSelector(CATALOGUE).report(profile);
        String json = Formats.KPI_SELECTION.toJson(report);
        JsonNode root = tree(json);
        assertEquals("uk-svm-2027", root.get("framework").asText());
        assertEquals("uk-svm", root.get("edition").get("requested").asText());
        assertTrue(root.get("kpiDuty").get("applies").asBoolean());
        assertEquals(3, root.get("kpiDuty").get("minimum").asInt());
        assertEquals(List.of(), schema("svtoms-kpi-selection-1").errors(root), json);
        KpiSelectionReport back = Formats.KPI_SELECTION.read(in(json), "selection.json");
        assertEquals(report, back);
        assertEquals(json, Formats.KPI_SELECTION.toJson(back), "write → read → write is byte-identical");
    }

    @Test
    void evaluationRequestsCarryImportanceInEveryS23Form() {
        EvaluationRequest ranked = Formats.EVALUATION_REQUEST.read(example("central-2027-ranked-criteria.json"));
        assertEquals(Optional.empty(), ranked.scheme());
        assertEquals(Importance.rank(3), ranked.criteria().criteria().get(2).importance());
        assertEquals(Verdict.CANNOT_BE_CHECKED, ranked.evaluate().duties().get(0).verdict());
        assertEquals(text(example("central-2027-ranked-criteria.json")), Formats.EVALUATION_REQUEST.toJson(ranked));
        // a described importance round-trips too
        String described = text(example("central-2027-ranked-criteria.json")).replace("\"rank\": 3",
                "\"importance\": \"of equal importance to price\"");
        EvaluationRequest d = Formats.EVALUATION_REQUEST.read(in(described), "d.json");
        assertEquals(Importance.described("of equal importance to price"), d.criteria().criteria().get(2).importance());
        assertEquals(described, Formats.EVALUATION_REQUEST.toJson(d));
        assertEquals(List.of(), schema("svtoms-evaluation-request-1").errors(tree(described)));
        String result = Formats.EVALUATION_RESULT.toJson(d.evaluate());
        assertEquals(List.of(), schema("svtoms-evaluation-1").errors(tree(result)), result);
        // two forms at once, or bids for criteria that are not weighted, are refused at their paths
        String both = described.replace("\"rank\": 1", "\"rank\": 1,\n      \"weight\": \"40\"");
        var e = assertThrows(CatalogueFormatException.class, () -> Formats.EVALUATION_REQUEST.read(in(both), "b.json"));
        assertTrue(e.getMessage().contains("$.criteria[0]: more than one relative importance: give exactly one of"
                + " 'weight' (a percentage), 'rank' (1 the most important) or 'importance' (in words)"), e.getMessage());
        String withBids = described.replace("\n  ]\n}", "\n  ],\n  \"bids\": []\n}");
        var b = assertThrows(CatalogueFormatException.class, () -> Formats.EVALUATION_REQUEST.read(in(withBids), "w.json"));
        assertTrue(b.getMessage().contains("$.bids: bids cannot be scored: svtoms scores bids only when every criterion"
                + " has a percentage weight"), b.getMessage());
    }

    @Test
    void theWeightedEvaluationExampleRoundTripsAndFollowsTheEdition() {
        EvaluationRequest r = Formats.EVALUATION_REQUEST.read(example("central-2027-evaluation.json"));
        assertEquals(FrameworkId.of("uk-svm-2027"), r.framework().orElseThrow().id());
        assertEquals(EditionResolver.resolve(CATALOGUE, FrameworkId.of("uk-svm"), LocalDate.of(2027, 2, 1)),
                r.edition().orElseThrow());
        assertEquals(Optional.of(Money.of("5000000.00", "GBP")), r.contractValue().orElseThrow().net());
        String json = Formats.EVALUATION_REQUEST.toJson(r);
        assertEquals(text(example("central-2027-evaluation.json")), json, "the example is canonical");
        assertEquals(r, Formats.EVALUATION_REQUEST.read(in(json), "again.json"));
        String result = Formats.EVALUATION_RESULT.toJson(r.evaluate());
        JsonNode root = tree(result);
        assertEquals(List.of(), schema("svtoms-evaluation-1").errors(root), result);
        assertEquals("met", root.get("duties").get(0).get("verdict").asText());
        assertEquals("2027-02-01", root.get("edition").get("commencement").asText());
    }

    @Test
    void theMonitoringExampleRoundTripsWithRatingsNoticeAndLocal() {
        String text = text(example("central-2027-monitoring.json"));
        MonitoringRequest m = Formats.MONITORING_REQUEST.read(example("central-2027-monitoring.json"));
        assertEquals(new BigDecimal("90"), m.ratingThresholds().approachingTarget());
        assertEquals("example-fm-2027-001", m.notice().orElseThrow().contractId());
        assertEquals("Leeds office catchment", m.monitor().commitments().get(1).local().orElseThrow().name());
        assertEquals(text, Formats.MONITORING_REQUEST.toJson(m), "the example is canonical");
        assertEquals(m, Formats.MONITORING_REQUEST.read(in(text), "again.json"));
        assertEquals(List.of(), schema("svtoms-monitoring-1").errors(tree(text)));
        var report = m.report();
        assertEquals(StatutoryRating.INADEQUATE, report.rating(2).rating());
        String status = Formats.MONITORING_STATUS.toJson(report);
        JsonNode root = tree(status);
        assertEquals(List.of(), schema("svtoms-monitoring-status-1").errors(root), status);
        assertEquals("significantlyBelow", root.get("commitments").get(2).get("ocdsRating").asText());
        assertEquals("2027-04-01", root.get("periodAssessed").get("start").asText());
        assertEquals(4, root.get("notice").get("kpis").size());
    }

    @Test
    void everyExampleOfThe2027TenderIsValidAgainstItsSchema() {
        assertEquals(List.of(), schema("svtoms-kpi-request-1").errors(tree(text(example("kpi-central-2027.json")))));
        assertEquals(List.of(), schema("svtoms-evaluation-request-1").errors(tree(text(example(
                "central-2027-evaluation.json")))));
        assertEquals(List.of(), schema("svtoms-evaluation-request-1").errors(tree(text(example(
                "central-2027-ranked-criteria.json")))));
        assertEquals(List.of(), schema("svtoms-monitoring-1").errors(tree(text(example("central-2027-monitoring.json")))));
        // the schema refuses what the reader refuses: bids beside ranked criteria, two forms of importance
        String ranked = text(example("central-2027-ranked-criteria.json"));
        assertFalse(schema("svtoms-evaluation-request-1").errors(tree(ranked.replace("\n  ]\n}",
                "\n  ],\n  \"bids\": []\n}"))).isEmpty());
        assertFalse(schema("svtoms-evaluation-request-1").errors(tree(ranked.replace("\"rank\": 1",
                "\"rank\": 1, \"weight\": \"40\""))).isEmpty());
        String weighted = text(example("central-2027-evaluation.json"));
        assertFalse(schema("svtoms-evaluation-request-1").errors(tree(weighted.replaceFirst(",\n  \"bids\": \\[[\\s\\S]*\\]\n}",
                "\n}"))).isEmpty(), "a weighted request needs bids");
    }

    @Test
    void portfoliosCarryTheSupplierTheVatBasisAndTheOrganisationsPractices() {
        String json = """
                {
                  "format": "svtoms-portfolio/1",
                  "currency": "GBP",
                  "practices": {
                    "supplierGuidance": true,
                    "supplierDevelopment": false
                  },
                  "contracts": [
                    {
                      "id": "fm-north",
                      "supplier": "GB-COH-00000001",
                      "value": "6000000.00",
                      "valueIncludesVat": true,
                      "paysRealLivingWage": true
                    },
                    {
                      "id": "fm-south",
                      "supplier": "GB-COH-00000001",
                      "value": "2000000.00",
                      "valueIncludesVat": false,
                      "paysRealLivingWage": true
                    }
                  ]
                }
                """;
        PortfolioRequest r = Formats.PORTFOLIO_REQUEST.read(in(json), "p.json");
        assertEquals(Optional.of(true), r.practices().supplierGuidance());
        assertEquals(Optional.of(false), r.anchorMetrics().supplierDevelopment());
        assertEquals(Optional.of("GB-COH-00000001"), r.portfolio().contracts().get(0).supplier());
        assertEquals(Optional.of(VatBasis.NET), r.portfolio().contracts().get(1).valueBasis());
        assertEquals(json, Formats.PORTFOLIO_REQUEST.toJson(r));
        assertEquals(List.of(), schema("svtoms-portfolio-1").errors(tree(json)));
        var e = assertThrows(CatalogueFormatException.class, () -> Formats.PORTFOLIO_REQUEST.read(in(json.replace(
                "\"supplierGuidance\": true,\n    \"supplierDevelopment\": false", "")), "empty.json"));
        assertFalse(e.problems().isEmpty());
    }
}
