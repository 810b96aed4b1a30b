package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.evaluation.Criterion;
import io.github.svtoms.core.evaluation.CriterionId;
import io.github.svtoms.core.evaluation.EvaluationScheme;
import io.github.svtoms.core.evaluation.Finding;
import io.github.svtoms.core.evaluation.FrameworkCheck;
import io.github.svtoms.core.evaluation.Severity;
import io.github.svtoms.core.evaluation.SocialValueSplit;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.EvidenceGrade;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.ReportDetails;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, items 7, 10, 11 and 12 and the combined value types, on the bundled data: frameworks say what their
 * reports say, groups are valued alike, sources can be checked, provenance survives a round trip.
 */
class HonestFiguresTest {
    private static final Catalogue CATALOGUE = Bundled.catalogue();
    private static final ProxyTable OPEN = Bundled.proxyTable();

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    // ---- item 12: frameworks say what they say -------------------------------------------------------------

    @Test
    void kentsTypicalTenPercentIsAdviceNotAnError() {
        // Kent (seed 004): "added Social Value typically accounts for 10% of the total score" — a guideline.
        // A scheme weighting social value at 5 % (and the 60 % specified share Kent gives as an example) passes.
        var kent = CATALOGUE.requireFramework(FrameworkId.of("kent"));
        FrameworkCheck check = FrameworkCheck.of(scheme("5"), kent);
        assertTrue(check.passed(), "advice never fails a scheme: " + check.findings());
        assertEquals(List.of(new Finding(FrameworkCheck.GUIDELINE_WEIGHTING, false, Severity.ADVICE,
                        "social value weighting 5% is below the 10% that framework kent gives as guidance, not as a minimum"
                                + " (advice: consider raising it)"),
                new Finding(FrameworkCheck.SPECIFIED_SHARE, true, Severity.ADVICE,
                        "specified requirements share 60% matches the 60% share framework kent suggests (advice)")),
                check.findings());
        // no finding of Kent's is an error
        assertTrue(check.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR));
    }

    @Test
    void bsolAdvisesTenAndTwentyAndRequiresNeither() {
        // BSol (seed 003): "elected not to apply a fixed weighting"; advises a minimum of 10 %, would like 20 %.
        var bsol = CATALOGUE.requireFramework(FrameworkId.of("bsol-stp"));
        FrameworkCheck low = FrameworkCheck.of(scheme("5"), bsol);
        assertTrue(low.passed());
        assertEquals(List.of(FrameworkCheck.AMBITION_WEIGHTING, FrameworkCheck.GUIDELINE_WEIGHTING),
                low.failures().stream().map(Finding::ruleId).toList());
        assertTrue(FrameworkCheck.of(scheme("20"), bsol).failures().isEmpty());
    }

    @Test
    void elftSetsNoGroupLimitAndNamesNoGroups() {
        var elft = CATALOGUE.requireFramework(FrameworkId.of("elft"));
        assertEquals(Optional.empty(), elft.rules().priorityGroupLimit());
        assertEquals(List.of(), elft.priorityGroups());
        // the 15 % weighting is stated (seed 002) and stays a requirement
        FrameworkCheck check = FrameworkCheck.of(scheme("10"), elft);
        assertFalse(check.passed());
        assertEquals(Severity.ERROR, check.failures().get(0).severity());
        // the equal-employment priority keeps only groups the evaluation names or defines
        assertEquals(List.of("local-employment", "disabled-hires", "long-term-unemployed-hires", "service-user-hires",
                        "ethnic-minority-hires", "young-person-hires", "over-50-hires", "training-weeks"),
                measures("elft", "elft-equal-employment-and-training"));
    }

    @Test
    void mappingsTheReportsDoNotMakeAreGone() {
        assertFalse(measures("kent", "kent-community-development").contains("volunteering-hours"),
                "Kent rejects valuing volunteering at the wage volunteers would have been paid");
        assertFalse(measures("kent", "kent-good-employer").contains("carer-hires"));
        assertEquals(List.of(), measures("nhs-2022", "nhs-flexible-working"), "flexible working is not a hire");
        assertEquals(List.of(), measures("bsol-stp", "bsol-carers-quality-of-life"), "carers' quality of life is not a hire");
        assertFalse(measures("bsol-stp", "bsol-service-user-quality-of-life").contains("service-user-hires"));
    }

    @Test
    void nhsOpportunityAreasSitUnderTheirThemeAsTheTableGivesThem() {
        // seed 002, table 1: theme | priority areas | opportunity areas — no opportunity area is paired with a priority area
        var nhs = CATALOGUE.requireFramework(FrameworkId.of("nhs-2022"));
        Set<PriorityId> themes = nhs.priorities().stream().filter(p -> p.parent().isEmpty()).map(Priority::id)
                .collect(Collectors.toSet());
        assertEquals(5, themes.size());
        for (Priority p : nhs.priorities()) {
            p.parent().ifPresent(parent -> assertTrue(themes.contains(parent), p.id() + " under " + parent));
        }
        // and a theme lists exactly the measures of its own areas
        for (PriorityId t : themes) {
            Set<MeasureId> own = nhs.priorities().stream().filter(p -> p.parent().equals(Optional.of(t)))
                    .flatMap(p -> p.measures().stream()).collect(Collectors.toSet());
            Set<MeasureId> listed = Set.copyOf(nhs.priorities().stream().filter(p -> p.id().equals(t)).findFirst()
                    .orElseThrow().measures());
            assertEquals(own, listed, t.value());
        }
    }

    private static List<String> measures(String framework, String priority) {
        return CATALOGUE.measuresServing(FrameworkId.of(framework), PriorityId.of(priority)).stream()
                .map(m -> m.id().value()).toList();
    }

    private static EvaluationScheme scheme(String socialValuePercent) {
        BigDecimal sv = new BigDecimal(socialValuePercent);
        return EvaluationScheme.of(List.of(
                        Criterion.price(CriterionId.of("price"), "Price", new BigDecimal("40")),
                        Criterion.quality(CriterionId.of("quality"), "Quality", new BigDecimal("60").subtract(sv)),
                        Criterion.socialValue(CriterionId.of("social-value"), "Social value", sv)))
                .withSocialValueSplit(SocialValueSplit.ofSpecified(new BigDecimal("60")));
    }

    // ---- item 7: groups valued alike ------------------------------------------------------------------------

    @Test
    void everyDisadvantagedHireIsValuedFromTheCommonFigureUnlessASourceGivesTheGroupItsOwn() {
        Map<String, String> specific = Map.of(
                "disabled-hires", "E&E2.0", "long-term-condition-hires", "E&E2.0",
                "lone-parent-hires", "E&E3.0", "neet-hires", "E&E10.0");
        Map<String, ProxyValue> byMeasure = new TreeMap<>();
        for (Measure m : CATALOGUE.measures()) {
            if (m.tags().contains("disadvantaged-hire")) {
                byMeasure.put(m.id().value(), OPEN.proxyFor(m.id()).orElseThrow(() -> new AssertionError(
                        m.id() + " has no value: groups must be valued alike")));
            }
        }
        assertEquals(15, byMeasure.size(), byMeasure.keySet().toString());
        ProxyValue common = OPEN.proxyFor(MeasureId.of("long-term-unemployed-hires")).orElseThrow();
        // GMCA E&E1.0, a JSA claimant entering work: 9,234 benefits + 566 health = 9,800 (2012-13 prices)
        assertEquals(Money.of("9800", "GBP"), common.amount());
        assertEquals(PriceYear.parse("2012-13"), common.priceYear());
        assertEquals(ValueType.FISCAL_AND_ECONOMIC, common.valueType());
        byMeasure.forEach((measure, v) -> {
            String code = specific.get(measure);
            if (code == null) {
                assertEquals(common.amount(), v.amount(), measure);
                assertEquals(common.priceYear(), v.priceYear(), measure);
                assertEquals(common.valueType(), v.valueType(), measure);
                assertEquals(common.defaultDeadweight(), v.defaultDeadweight(), measure);
                assertTrue(v.provenance().source().contains("E&E1.0"), measure + ": " + v.provenance().source());
            } else {
                assertTrue(v.provenance().source().contains(code + " "), measure + ": " + v.provenance().source());
            }
        });
    }

    // ---- combined rows --------------------------------------------------------------------------------------

    @Test
    void crimeRowsAreLabelledForEverythingTheyCombine() {
        for (String m : List.of("crime-incidents-prevented", "domestic-violence-incidents-prevented")) {
            assertEquals(ValueType.FISCAL_ECONOMIC_AND_SOCIAL, OPEN.proxyFor(MeasureId.of(m)).orElseThrow().valueType(), m);
        }
        assertEquals("fiscal+economic+social", ValueType.FISCAL_ECONOMIC_AND_SOCIAL.id());
        assertEquals(ValueType.FISCAL_ECONOMIC_AND_SOCIAL, ValueType.fromId("fiscal+economic+social"));
    }

    // ---- item 11: sources a reader can check ----------------------------------------------------------------

    @Test
    void officialStatisticsCiteThePrimaryPublicationAndKeepTheCopyAsReadIn() {
        Provenance wages = OPEN.proxyFor(MeasureId.of("local-employment")).orElseThrow().provenance();
        assertEquals("Office for National Statistics", wages.publisher());
        assertTrue(wages.source().startsWith("ONS, Employee earnings in the UK: 2025 (Annual Survey of Hours and Earnings)"));
        assertTrue(wages.url().orElseThrow().startsWith("https://www.ons.gov.uk/"));
        assertTrue(wages.readIn().orElseThrow().startsWith("Employee Benefits"), wages.readIn().toString());
        assertEquals(EvidenceGrade.V2, wages.evidence());
        Provenance rlw = OPEN.proxyFor(MeasureId.of("real-living-wage-workers")).orElseThrow().provenance();
        assertEquals("https://www.livingwage.org.uk/what-real-living-wage", rlw.url().orElseThrow());
        assertTrue(rlw.readIn().orElseThrow().startsWith("The Independent"));
        // every figure read in a copy says where; a figure with a readIn is graded V2
        for (var e : OPEN.entries().entrySet()) {
            e.getValue().provenance().readIn().ifPresent(r -> assertEquals(EvidenceGrade.V2,
                    e.getValue().provenance().evidence(), e.getKey().value()));
        }
    }

    @Test
    void readInSurvivesTheProxyTableFormat() {
        String json = Formats.PROXY_TABLE.toJson(OPEN);
        assertTrue(json.contains("\"readIn\": \"Employee Benefits"), "written");
        assertEquals(OPEN, Formats.PROXY_TABLE.parse(json), "read back equal");
    }

    // ---- item 10: provenance survives a round trip ----------------------------------------------------------

    private static ProxyTable licensed() {
        // a licence holder's own figure for local employment: £40,000 a FTE-year in 2025-26 prices
        ProxyValue mine = new ProxyValue(Money.of("40000", "GBP"), PriceYear.parse("2025-26"), ValueType.ECONOMIC,
                Optional.of(new BigDecimal("0.2")), new Provenance("Own study", "Licence holder", "2025",
                Optional.empty(), "licensed", EvidenceGrade.V, Optional.empty()), Optional.empty());
        return ProxyTable.builder("national-toms-2022", "Licensed values", "NT2022", Money.currency("GBP"))
                .put(MeasureId.of("local-employment"), mine).build();
    }

    private static ValuationRequest request(ProxyTable table) {
        return Bundled.valuationRequest(Money.currency("GBP"), PriceYear.parse("2025-26"))
                .proxyTable(table)
                .line(CommitmentLine.builder("jobs", MeasureId.of("local-employment"), new BigDecimal("10")).build())
                .build();
    }

    @Test
    void anOverlaidRequestReadBackAgainstTheOpenTableIsRefusedNamingBoth() {
        ProxyTable overlaid = Overlays.proxyTable(OPEN, licensed()).value();
        String written = Formats.VALUATION_REQUEST.toJson(request(overlaid));
        ProxyTableDigest digest = ProxyTableDigest.of(overlaid);
        assertTrue(written.contains("\"proxyTableUsed\""), written);
        assertTrue(written.contains(digest.sha256()), "the content hash is recorded");

        // read back with the table it was valued with: the same request, valued the same
        ValuationRequest back = Formats.VALUATION_REQUEST.withContext(ReadContext.of(CATALOGUE, overlaid))
                .parse(written);
        assertEquals(overlaid, back.proxyTable().orElseThrow());
        assertEquals(ValuationEngine.value(request(overlaid)).totals(), ValuationEngine.value(back).totals());

        // read back with the bundled open table: refused, naming both tables — never a silent revaluation
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
                () -> Formats.VALUATION_REQUEST.parse(written));
        assertTrue(e.getMessage().contains("national-toms-2022-over-svtoms-open-proxies"), e.getMessage());
        assertTrue(e.getMessage().contains("svtoms-open-proxies"), e.getMessage());
        assertEquals(1, e.problems().size(), "one problem, on the table the request names: " + e.getMessage());
        assertTrue(e.problems().get(0).toString().contains("$.proxyTable: unknown proxy table "
                + "'national-toms-2022-over-svtoms-open-proxies': the tables given are svtoms-open-proxies"), e.getMessage());
    }

    @Test
    void theSameIdWithOtherFiguresIsRefusedNamingBothEditionsAndHashes() {
        // a table with the open table's id but another edition and another figure
        ProxyTable.Builder b = ProxyTable.builder(OPEN.id(), OPEN.name(), "2025.2-edited", OPEN.currency());
        ProxyValue mine = licensed().proxyFor(MeasureId.of("local-employment")).orElseThrow();
        OPEN.entries().forEach((m, v) -> b.put(m, m.value().equals("local-employment") ? mine : v));
        ProxyTable edited = b.build();
        String written = Formats.VALUATION_REQUEST.toJson(request(edited));
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
                () -> Formats.VALUATION_REQUEST.parse(written));
        ProxyTableDigest was = ProxyTableDigest.of(edited);
        ProxyTableDigest is = ProxyTableDigest.of(OPEN);
        assertNotEquals(was.sha256(), is.sha256());
        assertEquals(1, e.problems().size(), e.getMessage());
        String m = e.problems().get(0).toString();
        assertTrue(m.contains("$.proxyTableUsed"), m);
        assertTrue(m.contains(was.describe()) && m.contains(is.describe()), m);
    }

    @Test
    void theDigestIsOfTheCanonicalFormAndKnowsNothingOfHowTheTableWasBuilt() throws Exception {
        ProxyTable again = Formats.PROXY_TABLE.parse(Formats.PROXY_TABLE.toJson(OPEN));
        assertEquals(ProxyTableDigest.of(OPEN), ProxyTableDigest.of(again));
        // sha256 of the canonical bytes, computed here independently
        byte[] canonical = Formats.PROXY_TABLE.toJson(OPEN).getBytes(StandardCharsets.UTF_8);
        String hex = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(canonical));
        assertEquals(hex, ProxyTableDigest.of(OPEN).sha256());
        assertEquals(new ProxyTableDigest("svtoms-open-proxies", OPEN.edition(), hex), ProxyTableDigest.of(OPEN));
    }

    @Test
    void aHandWrittenRequestWithoutTheDigestStillReads() {
        ValuationRequest r = Formats.VALUATION_REQUEST.parse("""
                {"format": "svtoms-valuation-request/1", "currency": "GBP", "priceYear": "2025-26",
                 "commitments": [{"id": "a", "measure": "local-employment", "quantity": "1"}]}
                """);
        assertEquals(OPEN, r.proxyTable().orElseThrow());
    }

    // ---- item 11: a report says what it is about ------------------------------------------------------------

    @Test
    void reportDetailsRoundTripThroughTheRequestFormat() {
        ReportDetails details = ReportDetails.NONE.withTitle("Soft FM: social value at award")
                .withBuyer("East London NHS Foundation Trust").withSupplier("OCS").withContract("Soft FM 2021-24")
                .withDate(LocalDate.of(2025, 11, 3));
        ValuationRequest r = request(OPEN).toBuilder().details(details).build();
        String json = Formats.VALUATION_REQUEST.toJson(r);
        assertTrue(json.contains("\"report\": {"), json);
        ValuationRequest back = Formats.VALUATION_REQUEST.parse(json);
        assertEquals(details, back.details());
        assertEquals(r, back);
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> Formats.VALUATION_REQUEST.parse(
                json.replace("\"2025-11-03\"", "\"3 Nov 2025\"")));
        assertTrue(e.getMessage().contains("$.report.date"), e.getMessage());
    }
}
