package io.github.svtoms.core.kpi;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UkSvm;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.NoEditionInForceException;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.law.DutyLevel;
import io.github.svtoms.core.law.EvidenceGrade;
import io.github.svtoms.core.law.Verdict;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.core.kpi.TestCatalogues.KENT;
import static io.github.svtoms.core.kpi.TestCatalogues.gbp;
import static io.github.svtoms.core.kpi.TestCatalogues.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Procurement Act 2023 s.52 KPI duty and PPN 026's social value KPI minimum in KPI selection. */
class KpiDutyTest {
    /** The test catalogue with the three Social Value Model editions mapped onto its measures. */
    static final Catalogue CATALOGUE = TestCatalogues.catalogue().toBuilder()
            .framework(UkSvm.ppn0620(List.of(priority("fair-work", "local-employment", "real-living-wage"))))
            .framework(UkSvm.ppn002(List.of(priority("fair-work", "local-employment", "real-living-wage"),
                    priority("clean-energy", "carbon-saved"))))
            .framework(UkSvm.ppn026(List.of(priority("high-quality-jobs", "local-employment"),
                    priority("fair-working-conditions", "modern-slavery-review"),
                    priority("fair-pay", "real-living-wage"),
                    priority("training-and-retraining", "workforce-qualifications"),
                    priority("talent-pipeline", "apprenticeship-weeks"))))
            .build();
    private final KpiSelector selector = new KpiSelector(CATALOGUE);

    static Priority priority(String id, String... measures) {
        return Priority.of(PriorityId.of(id), id.replace('-', ' '), "", List.of(measures).stream().map(MeasureId::of).toList());
    }

    static ContractProfile.Builder kent(ContractValue value) {
        return ContractProfile.builder().framework(KENT).contractValue(value).category(ContractCategory.SERVICES);
    }

    static ContractValue gross(String amount) {
        return ContractValue.gross(gbp(amount));
    }

    @Test
    void exactlyFiveMillionIncludingVatIsNotMoreThanFiveMillion() {
        KpiSelectionReport s = selector.report(kent(gross("5000000.00")).build());
        KpiDuty d = s.kpiDuty();
        assertEquals(KpiDuty.Status.DOES_NOT_APPLY, d.status());
        assertFalse(d.applies());
        assertEquals(0, d.minimum());
        assertEquals(List.of(), d.mostMaterial());
        assertTrue(d.met());
        assertEquals("£5,000,000.00 including VAT is not more than £5,000,000.00 including VAT: s.52 requires at least"
                + " 3 KPIs for a contract worth more than £5,000,000.00 including VAT [S], so the duty does not apply",
                d.reason());
        DutyFinding f = s.duty(KpiDuty.RULE).orElseThrow();
        assertEquals(Verdict.NOT_APPLICABLE, f.verdict());
        assertEquals(Optional.of(EvidenceGrade.SECONDARY), f.evidence());
    }

    @Test
    void onePennyMoreAppliesTheDutyAndMarksTheThreeMostMaterial() {
        KpiSelectionReport s = selector.report(kent(gross("5000000.01")).build());
        KpiDuty d = s.kpiDuty();
        assertEquals(KpiDuty.Status.APPLIES, d.status());
        assertTrue(d.applies());
        assertEquals(3, d.minimum());
        assertTrue(s.selection().kpis().size() >= 3, s.selection().selectedMeasures().toString());
        assertEquals(s.selection().kpis().size(), d.socialValueKpis());
        assertTrue(d.met());
        // the first three selected KPIs in rank order
        assertEquals(s.selection().selectedMeasures().subList(0, 3), d.mostMaterial());
        assertTrue(d.mostMaterialReason().startsWith("proposed for the Contract Details Notice: the first 3 selected"
                + " KPIs in rank order"), d.mostMaterialReason());
        assertTrue(d.reason().startsWith("£5,000,000.01 including VAT is more than £5,000,000.00 including VAT"), d.reason());
        assertTrue(d.reason().endsWith(": met"), d.reason());
        DutyFinding f = d.finding();
        assertEquals(Verdict.MET, f.verdict());
        assertEquals(DutyLevel.ERROR, f.level());
        assertEquals(KpiDuty.SOURCE, f.source());
    }

    @Test
    void theDutyRaisesASizeBandCapButKeepsTheRequestsOwnMaximum() {
        // size bands that allow 2 KPIs for every contract: the duty raises the cap to 3
        KpiSelector small = new KpiSelector(CATALOGUE, KpiSettings.DEFAULT.withSizeBands(List.of(), 2));
        KpiSelectionReport s = small.report(kent(gross("6000000.00")).build());
        assertEquals(3, s.selection().kpis().size());
        RuleCheck cap = s.selection().check("kpi-cap").orElseThrow();
        assertTrue(cap.passed());
        assertTrue(cap.detail().contains("every contract, raised to 3 by the s.52 duty (at least 3 KPIs, counting 0 own"
                + " KPIs of the buyer)"), cap.detail());
        assertTrue(s.kpiDuty().met());
        // the same bands at £5m: no duty, no raise
        assertEquals(2, small.select(kent(gross("5000000.00")).build()).kpis().size());
        // a maximum the request sets is the buyer's: kept, and the finding says why the duty is not met
        KpiSelectionReport capped = selector.report(kent(gross("6000000.00")).maxKpis(1).build());
        assertEquals(1, capped.selection().kpis().size());
        assertFalse(capped.kpiDuty().met());
        DutyFinding f = capped.duty(KpiDuty.RULE).orElseThrow();
        assertEquals(Verdict.NOT_MET, f.verdict());
        assertTrue(f.detail().endsWith("not met — the request's maximum of 1 KPI leaves room for fewer than 3; raise it"
                + " or add the buyer's own KPIs"), f.detail());
    }

    @Test
    void theBuyersOwnKpisCount() {
        // 2 own KPIs + 1 social value KPI = 3: the requested cap of 1 stands
        KpiSelectionReport s = selector.report(kent(gross("6000000.00")).maxKpis(1)
                .ownKpis(List.of("on-time delivery", "complaints resolved in 10 days")).build());
        assertEquals(1, s.selection().kpis().size());
        KpiDuty d = s.kpiDuty();
        assertEquals(1, d.socialValueKpis());
        assertEquals(2, d.ownKpis());
        assertEquals(3, d.counted());
        assertTrue(d.met());
        assertEquals(1, d.mostMaterial().size());
        assertTrue(d.mostMaterialReason().endsWith("and may prefer some of its own 2 KPIs"), d.mostMaterialReason());
        assertThrows(InvalidValueException.class, () -> kent(gross("1.00")).ownKpis(List.of(" ")).build());
    }

    @Test
    void aDeclaredExemptionIsNamed() {
        KpiSelectionReport s = selector.report(kent(gross("6000000.00")).maxKpis(1).kpiExemption(KpiExemption.LIGHT_TOUCH).build());
        KpiDuty d = s.kpiDuty();
        assertEquals(KpiDuty.Status.EXEMPT, d.status());
        assertEquals(Optional.of(KpiExemption.LIGHT_TOUCH), d.exemption());
        assertEquals(1, s.selection().kpis().size());
        assertTrue(d.reason().contains("the request declares an exemption: a light-touch contract"), d.reason());
        assertEquals(Verdict.NOT_APPLICABLE, d.finding().verdict());
        // an exemption does not matter when the value is not over £5m
        assertEquals(KpiDuty.Status.DOES_NOT_APPLY, selector.report(kent(gross("10.00"))
                .kpiExemption(KpiExemption.FRAMEWORK).build()).kpiDuty().status());
        for (KpiExemption e : KpiExemption.values()) {
            assertEquals(e, KpiExemption.fromId(e.id()));
        }
        assertThrows(InvalidValueException.class, () -> KpiExemption.fromId("utility"));
    }

    @Test
    void aValueExcludingVatDecidesOnlyWhereTheVatCannotChangeTheAnswer() {
        // net £5,000,000.00: zero-rated it is exactly £5m including VAT (no duty); with VAT it is over (duty)
        KpiSelectionReport open = selector.report(kent(ContractValue.net(gbp("5000000.00"))).build());
        assertEquals(KpiDuty.Status.CANNOT_BE_CHECKED, open.kpiDuty().status());
        assertEquals(Verdict.CANNOT_BE_CHECKED, open.duty(KpiDuty.RULE).orElseThrow().verdict());
        assertTrue(open.kpiDuty().reason().contains("give the value including VAT"), open.kpiDuty().reason());
        assertEquals(0, open.kpiDuty().minimum());
        assertFalse(open.kpiDuty().mostMaterial().isEmpty());
        // net £5,000,000.01: more than £5m including VAT whatever the VAT
        assertEquals(KpiDuty.Status.APPLIES,
                selector.report(kent(ContractValue.net(gbp("5000000.01"))).build()).kpiDuty().status());
        // a profile that does not state its basis: £6m is over £5m either way; £4m cannot be checked
        ContractProfile legacy = ContractProfile.builder().framework(KENT).value(gbp("6000000.00"))
                .category(ContractCategory.SERVICES).build();
        assertEquals(Optional.empty(), legacy.valueBasis());
        assertEquals(KpiDuty.Status.APPLIES, selector.report(legacy).kpiDuty().status());
        assertEquals(KpiDuty.Status.CANNOT_BE_CHECKED,
                selector.report(legacy.toBuilder().value(gbp("4000000.00")).build()).kpiDuty().status());
    }

    @Test
    void tooFewApplicableMeasuresIsAFindingThatSaysWhy() {
        // Buy Kent First maps two measures (of one exclusive group, which does not cap the selection): both are
        // kept, 2 KPIs, one short of the s.52 minimum of 3
        KpiSelectionReport s = selector.report(kent(gross("6000000.00")).priorities("kent-buy-kent-first").build());
        assertEquals(2, s.selection().kpis().size());
        KpiDuty d = s.kpiDuty();
        assertFalse(d.met());
        DutyFinding f = d.finding();
        assertEquals(Verdict.NOT_MET, f.verdict());
        assertTrue(f.isError());
        assertTrue(f.detail().contains("2 social value KPIs selected and 0 own KPIs of the buyer counted: not met — only 2"
                + " measures apply to this contract among the chosen priorities; add own KPIs or choose more priorities"),
                f.detail());
    }

    @Test
    void aFamilyResolvesByCommencementDateAndPpn026WantsThreeSocialValueKpisFromFiveMillion() {
        // size bands that allow 2 KPIs, so that the framework's minimum has to raise the cap
        KpiSelector small = new KpiSelector(CATALOGUE, KpiSettings.DEFAULT.withSizeBands(List.of(), 2));
        ContractProfile p = ContractProfile.builder().framework(UkSvm.FAMILY).contractValue(gross("5000000.00"))
                .category(ContractCategory.SERVICES).buyer(BuyerType.CENTRAL_GOVERNMENT)
                .commencement(LocalDate.of(2027, 1, 1)).build();
        KpiSelectionReport s = small.report(p);
        assertEquals(UkSvm.PPN_026, s.selection().framework());
        assertEquals(UkSvm.PPN_026, s.edition().orElseThrow().require().id());
        // exactly £5m: no s.52 duty (not more than £5m) but PPN 026's "£5m or more" minimum applies
        assertEquals(KpiDuty.Status.DOES_NOT_APPLY, s.kpiDuty().status());
        assertEquals(3, s.selection().kpis().size());
        assertTrue(s.selection().check("kpi-cap").orElseThrow().detail().contains("raised to 3 by framework uk-svm-2027's minimum of 3"
                + " social value KPIs"), s.selection().check("kpi-cap").orElseThrow().detail());
        DutyFinding min = s.duty(KpiSelectionReport.FRAMEWORK_MINIMUM_RULE).orElseThrow();
        assertEquals(Verdict.MET, min.verdict());
        assertEquals(Optional.of(EvidenceGrade.SECONDARY), min.evidence());
        assertEquals(Verdict.MET, s.duty(Framework.SCOPE_RULE).orElseThrow().verdict());
        // own KPIs do not count towards PPN 026's social value minimum
        KpiSelectionReport own = small.report(p.toBuilder().ownKpis(List.of("a", "b", "c")).build());
        assertEquals(3, own.selection().kpis().size());
        // a maximum the request sets is kept, and the finding says so
        DutyFinding capped = small.report(p.toBuilder().maxKpis(2).build()).duty("framework-minimum-kpis").orElseThrow();
        assertEquals(Verdict.NOT_MET, capped.verdict());
        assertTrue(capped.detail().endsWith("the request's maximum of 2 KPIs leaves no room for more: raise it"),
                capped.detail());
        // £4,999,999.99: PPN 026's minimum does not apply
        KpiSelectionReport below = small.report(p.toBuilder().contractValue(gross("4999999.99")).build());
        assertEquals(2, below.selection().kpis().size());
        assertEquals(Verdict.NOT_APPLICABLE, below.duty("framework-minimum-kpis").orElseThrow().verdict());
        // a day earlier, PPN 002 applies and sets no KPI minimum
        KpiSelectionReport ppn002 = small.report(p.toBuilder().commencement(LocalDate.of(2026, 12, 31)).build());
        assertEquals(UkSvm.PPN_002, ppn002.selection().framework());
        assertEquals(Optional.empty(), ppn002.duty("framework-minimum-kpis"));
        // an NHS buyer is outside the central-government scope
        KpiSelectionReport nhs = small.report(p.toBuilder().buyer(BuyerType.NHS).build());
        assertEquals(Verdict.NOT_APPLICABLE, nhs.duty(Framework.SCOPE_RULE).orElseThrow().verdict());
    }

    @Test
    void aFamilyNeedsACommencementDateInsideAnEditionsPeriod() {
        ContractProfile.Builder p = ContractProfile.builder().framework(UkSvm.FAMILY).contractValue(gross("2000000.00"))
                .category(ContractCategory.SERVICES);
        var e = assertThrows(InvalidValueException.class, () -> selector.select(p.build()));
        assertTrue(e.getMessage().contains("framework 'uk-svm' is a family of dated editions (uk-svm-2020, uk-svm-2025,"
                + " uk-svm-2027): give the date the procurement commenced"), e.getMessage());
        assertThrows(NoEditionInForceException.class, () -> selector.select(p.commencement(LocalDate.of(2020, 6, 1)).build()));
        // naming an edition outside its period fails and names the edition in force
        var wrong = assertThrows(NoEditionInForceException.class, () -> selector.select(p.framework(UkSvm.PPN_002)
                .commencement(LocalDate.of(2027, 6, 1)).build()));
        assertTrue(wrong.getMessage().contains("in force on that date is uk-svm-2027"), wrong.getMessage());
        // a framework without a period with a commencement date: the edition says why it applies
        KpiSelectionReport kent = selector.report(kent(gross("2000000.00")).commencement(LocalDate.of(2027, 6, 1)).build());
        assertTrue(kent.edition().orElseThrow().reason().contains("states no period"));
        assertEquals(Optional.empty(), selector.report(kent(gross("2000000.00")).build()).edition());
    }

    @Test
    void selectGivesTheSameSelectionAsTheReport() {
        ContractProfile p = kent(gross("6000000.00")).build();
        assertEquals(selector.report(p).selection(), selector.select(p));
        KpiDuty unknown = KpiDuty.notAssessed("not recorded");
        assertEquals(KpiDuty.Status.CANNOT_BE_CHECKED, unknown.status());
        assertEquals(Verdict.CANNOT_BE_CHECKED, unknown.finding().verdict());
        assertThrows(InvalidValueException.class, () -> new KpiDuty(KpiDuty.Status.APPLIES, "r", 0, 0, 0, List.of(), "m",
                Optional.empty()));
        assertThrows(InvalidValueException.class, () -> new KpiDuty(KpiDuty.Status.EXEMPT, "r", 0, 0, 0, List.of(), "m",
                Optional.empty()));
        assertThrows(InvalidValueException.class, () -> new KpiDuty(KpiDuty.Status.APPLIES, "r", 3, 4, 0,
                List.of(m("a"), m("b"), m("c"), m("d")), "m", Optional.empty()));
        for (KpiDuty.Status st : KpiDuty.Status.values()) {
            assertEquals(st, KpiDuty.Status.fromId(st.id()));
        }
    }

    @Test
    void theVatBasisTravelsWithTheProfile() {
        ContractProfile p = kent(ContractValue.of(gbp("5000000.00"), gbp("6000000.00"))).build();
        assertEquals(gbp("6000000.00"), p.value());
        assertEquals(Optional.of(gbp("5000000.00")), p.contractValue().net());
        assertEquals(p, p.toBuilder().build());
        ContractProfile flag = ContractProfile.builder().framework(KENT).value(gbp("10.00")).valueIncludesVat(false)
                .category(ContractCategory.GOODS).build();
        assertEquals(Optional.of(false), flag.contractValue().includesVat());
        assertThrows(InvalidValueException.class, () -> ContractProfile.builder().framework(KENT).value(gbp("10.00"))
                .valueOnOtherBasis(gbp("12.00")).category(ContractCategory.GOODS).build());
        assertThrows(io.github.svtoms.core.money.CurrencyMismatchException.class, () -> ContractProfile.builder()
                .framework(KENT).value(gbp("10.00")).valueIncludesVat(true).valueOnOtherBasis(Money.of("8", "EUR"))
                .category(ContractCategory.GOODS).build());
    }
}
