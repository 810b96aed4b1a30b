package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.PriorityId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.core.kpi.TestCatalogues.BRIGHTON;
import static io.github.svtoms.core.kpi.TestCatalogues.CLIMATE;
import static io.github.svtoms.core.kpi.TestCatalogues.ELFT;
import static io.github.svtoms.core.kpi.TestCatalogues.KENT;
import static io.github.svtoms.core.kpi.TestCatalogues.NHS;
import static io.github.svtoms.core.kpi.TestCatalogues.OPEN;
import static io.github.svtoms.core.kpi.TestCatalogues.gbp;
import static io.github.svtoms.core.kpi.TestCatalogues.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Worked cases from the Kent, NHS, ELFT and Brighton &amp; Hove reports, computed by hand. */
class KpiSelectorWorkedExamplesTest {
    private final KpiSelector selector = new KpiSelector(TestCatalogues.catalogue());

    private static List<MeasureId> ids(String... ids) {
        return List.of(ids).stream().map(MeasureId::of).toList();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static void levels(Kpi k, String min, String target, String stretch) {
        assertEquals(Optional.of(d(min)), k.minimum(), k.measure() + " minimum");
        assertEquals(Optional.of(d(target)), k.target(), k.measure() + " target");
        assertEquals(Optional.of(d(stretch)), k.stretch(), k.measure() + " stretch");
    }

    private static String reason(KpiSelection s, String measure) {
        return s.exclusion(m(measure)).orElseThrow(() -> new AssertionError(measure + " not excluded")).reason();
    }

    @Test
    void kentMillionPoundServicesContractScalesQualificationsOnePerQuarterMillion() {
        KpiSelection s = selector.select(ContractProfile.builder().framework(KENT).value(gbp("1000000.00")).years(3)
                .category(ContractCategory.SERVICES).buyer(BuyerType.LOCAL_AUTHORITY).build());

        Kpi wq = s.kpi(m("workforce-qualifications")).orElseThrow();
        // floor(1,000,000 / 250,000) = 4 x 1 = 4; minimum floor(0.8 x 4 = 3.2) = 3; stretch ceil(1.5 x 4 = 6.0) = 6
        levels(wq, "3", "4", "6");
        assertEquals(List.of(PriorityId.of("kent-local-employment")), wq.priorities());
        assertTrue(wq.reasons().contains("target 4 count: 1 per £250,000.00 of contract value:"
                + " floor(£1,000,000.00 / £250,000.00) = 4, × 1 = 4"), wq.reasons().toString());
        assertTrue(wq.reasons().contains("levels: minimum 3 (0.8 × 4 = 3.2, rounded down),"
                + " stretch 6 (1.5 × 4 = 6.0, rounded up)"), wq.reasons().toString());

        // local employment: floor(1,000,000 / 100,000) = 10 x 0.5 = 5.00 FTE-years; 0.8 x 5 = 4.00; 1.5 x 5 = 7.50
        levels(s.kpi(m("local-employment")).orElseThrow(), "4.00", "5.00", "7.50");
        // apprenticeships: floor(1) x 52 = 52.00 weeks; 0.8 x 52 = 41.60; 1.5 x 52 = 78.00
        levels(s.kpi(m("apprenticeship-weeks")).orElseThrow(), "41.60", "52.00", "78.00");
        // hires: floor(1,000,000 / 500,000) = 2; floor(1.6) = 1; ceil(3.0) = 3
        levels(s.kpi(m("long-term-unemployed-hires")).orElseThrow(), "1", "2", "3");
        // carbon: 5 per year x 3 years = 15.00 tCO2e; 12.00; 22.50
        levels(s.kpi(m("carbon-saved")).orElseThrow(), "12.00", "15.00", "22.50");

        // 15 applicable candidates, cap 10 (contract of at least £1,000,000): one per priority first
        // (local-employment, local-sme-spend, volunteering-hours, disabled-hires, carbon-saved) = 5, then rank order
        // fills the other 5: long-term-unemployed-hires, neet-hires, apprenticeship-weeks, workforce-qualifications,
        // local-supply-chain-spend. Exclusive groups do not cap the selection: local-supply-chain-spend shares
        // exclusive group 'local-spend' with local-sme-spend and is kept in its rank; its reasons state the counting
        // rule. care-leaver-hires, next in rank order, is the first left out by the cap.
        assertEquals(ids("local-employment", "long-term-unemployed-hires", "neet-hires", "apprenticeship-weeks",
                "workforce-qualifications", "local-sme-spend", "local-supply-chain-spend", "volunteering-hours",
                "disabled-hires", "carbon-saved"), s.selectedMeasures());
        assertEquals(ids("community-care-visits", "care-leaver-hires", "real-living-wage",
                "staff-wellbeing-programme", "modern-slavery-review", "waste-diverted", "carbon-reduction-plan"),
                s.excluded().stream().map(ExcludedCandidate::measure).toList());
        assertTrue(s.kpi(m("local-supply-chain-spend")).orElseThrow().reasons().contains("counting rule: what this"
                + " measure counts is not counted again under another measure of exclusive group 'local-spend'"));
        assertEquals("cap of 10 KPIs for a contract of £1,000,000.00", reason(s, "care-leaver-hires"));
        assertEquals("cap of 10 KPIs for a contract of £1,000,000.00", reason(s, "real-living-wage"));
        assertEquals("not relevant to a contract with no sector tags: the measure is limited to sector social-care",
                reason(s, "community-care-visits"));
        assertEquals("not proportionate: the measure needs a contract of at least £5,000,000.00;"
                + " this contract is £1,000,000.00", reason(s, "carbon-reduction-plan"));
        assertTrue(s.failedChecks().isEmpty(), s.failedChecks().toString());
        assertEquals("10 KPIs selected; cap of 10 KPIs for a contract of £1,000,000.00 (contracts of at least"
                + " £1,000,000.00)", s.check("kpi-cap").orElseThrow().detail());
        assertEquals(List.of("kpi-cap", "mandatory-themes", "minimum-outcomes", "priority-groups", "priority-coverage",
                "known-sectors", "no-financial-proxies"), s.checks().stream().map(RuleCheck::rule).toList());
    }

    @Test
    void nhsFacilitiesContractGetsAClimateKpiEvenWhenItsPrioritiesLeaveClimateOut() {
        ContractProfile p = ContractProfile.builder().framework(NHS).value(gbp("2000000.00")).years(5)
                .category(ContractCategory.SERVICES).sectors("facilities-management").buyer(BuyerType.NHS)
                .priorities("wellbeing", "economic-inequality").build();
        KpiSelection s = selector.select(p);

        assertEquals(ids("staff-wellbeing-programme", "volunteering-hours", "long-term-unemployed-hires",
                "real-living-wage", "carbon-saved"), s.selectedMeasures());
        Kpi carbon = s.kpi(m("carbon-saved")).orElseThrow();
        assertEquals(CLIMATE, carbon.theme());
        assertEquals(List.of(), carbon.priorities());
        // 5 tCO2e a year x 5 years = 25.00; 0.8 x 25 = 20.00; 1.5 x 25 = 37.50
        levels(carbon, "20.00", "25.00", "37.50");
        assertTrue(carbon.reasons().contains("added although no chosen priority maps to it: at least one KPI from"
                + " theme 'Fighting climate change' is required by framework nhs-2022 and buyer type nhs"),
                carbon.reasons().toString());
        RuleCheck climate = s.check("mandatory-theme:fighting-climate-change").orElseThrow();
        assertTrue(climate.passed());
        assertEquals("Fighting climate change theme included: yes (carbon-saved; required by framework nhs-2022"
                + " and buyer type nhs)", climate.detail());

        // with room for two KPIs only, the mandatory climate KPI is kept first, then the first priority's KPI
        KpiSelection two = selector.select(p.toBuilder().maxKpis(2).build());
        assertEquals(ids("staff-wellbeing-programme", "carbon-saved"), two.selectedMeasures());
        assertEquals("cap of 2 KPIs for a contract of £2,000,000.00", reason(two, "long-term-unemployed-hires"));
        assertTrue(two.check("mandatory-theme:fighting-climate-change").orElseThrow().passed());
        RuleCheck coverage = two.check("priority-coverage").orElseThrow();
        assertFalse(coverage.passed());
        assertEquals("of 2 priorities (chosen in the request), no KPI for: economic-inequality (cap of 2 KPIs for a"
                + " contract of £2,000,000.00)", coverage.detail());
    }

    @Test
    void parentPriorityBringsInItsChildrensMeasures() {
        KpiSelection s = selector.select(ContractProfile.builder().framework(NHS).value(gbp("2000000.00")).years(2)
                .category(ContractCategory.GOODS).priorities("climate").build());
        // children reduce-emissions (carbon-saved, carbon-reduction-plan) and circular-economy (waste-diverted),
        // in catalogue order; the plan needs £5,000,000
        assertEquals(ids("carbon-saved", "waste-diverted"), s.selectedMeasures());
        assertEquals(List.of(PriorityId.of("climate")), s.kpi(m("carbon-saved")).orElseThrow().priorities());
        // waste: floor(2,000,000 / 1,000,000) = 2 x 2 = 4.00 tonnes; 3.20; 6.00
        levels(s.kpi(m("waste-diverted")).orElseThrow(), "3.20", "4.00", "6.00");
        assertEquals("Fighting climate change theme included: yes (carbon-saved; required by framework nhs-2022)",
                s.check("mandatory-theme:fighting-climate-change").orElseThrow().detail());
    }

    @Test
    void smallContractGetsAtMostThreeKpis() {
        KpiSelection s = selector.select(ContractProfile.builder().framework(KENT).value(gbp("60000.00"))
                .category(ContractCategory.SERVICES).build());
        // applicable: volunteering-hours, real-living-wage, staff-wellbeing-programme, modern-slavery-review,
        // carbon-saved; cap 3 (under £100,000); one per priority that has any: community, good employer, green
        assertEquals(ids("volunteering-hours", "real-living-wage", "carbon-saved"), s.selectedMeasures());
        assertEquals("cap of 3 KPIs for a contract of £60,000.00", reason(s, "staff-wellbeing-programme"));
        assertEquals("cap of 3 KPIs for a contract of £60,000.00", reason(s, "modern-slavery-review"));
        // 0.5 FTE per £100,000: floor(60,000 / 100,000) = 0
        assertEquals("contract too small for this measure: 0.5 per £100,000.00 of contract value:"
                + " floor(£60,000.00 / £100,000.00) = 0, × 0.5 = 0.0, a target of 0", reason(s, "local-employment"));
        assertEquals("3 KPIs selected; cap of 3 KPIs for a contract of £60,000.00 (size band 'light': contracts"
                + " under £100,000.00)", s.check("kpi-cap").orElseThrow().detail());
        assertEquals("of 5 priorities (all priorities of framework kent, in framework order), no KPI for:"
                + " kent-local-employment (no applicable measure); kent-buy-kent-first (no applicable measure)",
                s.check("priority-coverage").orElseThrow().detail());
        // a yes/no measure: minimum, target and stretch are all yes
        levels(s.kpi(m("real-living-wage")).orElseThrow(), "1", "1", "1");

        // the profile's own maximum overrides the band
        KpiSelection five = selector.select(s.profile().toBuilder().maxKpis(5).build());
        assertEquals(5, five.kpis().size());
    }

    @Test
    void mediumContractIsCappedAtSix() {
        KpiSelection s = selector.select(ContractProfile.builder().framework(KENT).value(gbp("999999.99")).years(3)
                .category(ContractCategory.SERVICES).build());
        assertEquals(6, s.kpis().size());
        assertTrue(s.check("kpi-cap").orElseThrow().detail().endsWith("(size band 'medium': contracts under £1,000,000.00)"));
    }

    @Test
    void equipmentContractGetsNoApprenticeshipKpi() {
        KpiSelection s = selector.select(ContractProfile.builder().framework(KENT).value(gbp("500000.00")).years(2)
                .category(ContractCategory.GOODS).sectors("equipment").build());
        assertTrue(s.kpi(m("apprenticeship-weeks")).isEmpty());
        assertEquals("not relevant to a goods contract: the measure applies to services, works contracts only",
                reason(s, "apprenticeship-weeks"));
        assertEquals("not relevant to a goods contract: the measure applies to services, works contracts only",
                reason(s, "workforce-qualifications"));
    }

    @Test
    void fiveRequestedGroupsYieldHireKpisForTheFirstThreeOnly() {
        KpiSelection s = selector.select(ContractProfile.builder().framework(ELFT).value(gbp("3000000.00")).years(2)
                .category(ContractCategory.SERVICES).priorities("equal-employment")
                .priorityGroups("disabled", "care-leavers", "veterans", "ex-offenders", "over-50s").build());
        assertEquals(ids("local-employment", "disabled-hires", "care-leaver-hires", "veteran-hires"), s.selectedMeasures());
        // floor(3,000,000 / 500,000) = 6 hires; floor(4.8) = 4; ceil(9.0) = 9
        levels(s.kpi(m("veteran-hires")).orElseThrow(), "4", "6", "9");
        assertEquals("hire measure for priority group 'ex-offenders', requested as 4th choice: only the first 3"
                + " requested groups get hire KPIs (limit of framework elft)", reason(s, "ex-offender-hires"));
        assertEquals("hire measure for priority group 'over-50s', requested as 5th choice: only the first 3"
                + " requested groups get hire KPIs (limit of framework elft)", reason(s, "over-50-hires"));
        assertEquals("hire measure for priority group 'long-term-unemployed', which was not requested (requested:"
                + " disabled, care-leavers, veterans, ex-offenders, over-50s)", reason(s, "long-term-unemployed-hires"));
        assertTrue(s.kpi(m("veteran-hires")).orElseThrow().reasons().contains("hire KPI for requested priority group"
                + " 'veterans' (3rd choice; hire KPIs go to the first 3 requested groups, limit of framework elft)"));
        assertEquals("hire KPIs only for the first 3 of 5 requested priority groups (limit of framework elft):"
                + " disabled, care-leavers, veterans; not for: ex-offenders, over-50s",
                s.check("priority-groups").orElseThrow().detail());
    }

    @Test
    void noRequestedGroupsMeansNoGroupFilter() {
        KpiSelection s = selector.select(ContractProfile.builder().framework(ELFT).value(gbp("3000000.00"))
                .category(ContractCategory.SERVICES).priorities("equal-employment").build());
        assertEquals(8, s.kpis().size());
        assertEquals("no priority groups requested: hire measures are not filtered by group",
                s.check("priority-groups").orElseThrow().detail());
    }

    @Test
    void frameworkWithoutALimitUsesTheDefaultOfThreeGroups() {
        KpiSelection s = selector.select(ContractProfile.builder().framework(OPEN).value(gbp("1000000.00"))
                .category(ContractCategory.SERVICES).priorities("equal-opportunity")
                .priorityGroups("veterans", "disabled", "ex-offenders", "care-leavers").build());
        assertEquals(ids("disabled-hires", "ex-offender-hires", "veteran-hires", "modern-slavery-review"),
                s.selectedMeasures());
        assertEquals("hire measure for priority group 'care-leavers', requested as 4th choice: only the first 3"
                + " requested groups get hire KPIs (default limit of 3)", reason(s, "care-leaver-hires"));
        assertEquals(List.of(PriorityId.of("equal-opportunity")), s.kpis().get(0).priorities());
    }

    @Test
    void measureFrameworkThemesActAsPriorities() {
        KpiSelection s = selector.select(ContractProfile.builder().framework(OPEN).value(gbp("400000.00")).years(2)
                .category(ContractCategory.WORKS).sectors("construction").priorities("fighting-climate-change").build());
        assertEquals(ids("carbon-saved", "site-biodiversity"), s.selectedMeasures());
        Kpi bio = s.kpi(m("site-biodiversity")).orElseThrow();
        assertFalse(bio.hasLevels());
        assertTrue(bio.reasons().contains("no target rule: agree a target with the supplier"));
        assertTrue(bio.reasons().contains("relevant: applies to works contracts in sector construction"));
        // 2 tonnes per £1,000,000: floor(0.4) = 0
        assertTrue(reason(s, "waste-diverted").startsWith("contract too small for this measure"));
    }

    @Test
    void brightonAndHoveTenderAlwaysHasAnOutcomeWhenTheCatalogueAllows() {
        KpiSelection s = selector.select(ContractProfile.builder().framework(BRIGHTON).value(gbp("200000.00"))
                .category(ContractCategory.GOODS).priorities("community").build());
        assertEquals("not relevant to a goods contract: the measure applies to services contracts only",
                reason(s, "community-care-visits"));
        Kpi spend = s.kpi(m("local-sme-spend")).orElseThrow();
        // floor(200,000 / 100,000) = 2 x £10,000 = 20000.00; 16000.00; 30000.00
        levels(spend, "16000.00", "20000.00", "30000.00");
        assertTrue(spend.reasons().contains("added although no chosen priority maps to it: framework brighton-hove"
                + " requires at least 1 social value outcome per tender"));
        RuleCheck outcomes = s.check("minimum-outcomes").orElseThrow();
        assertTrue(outcomes.passed());
        assertEquals("1 social value outcome selected; framework brighton-hove requires at least 1 per tender",
                outcomes.detail());

        KpiSelection tiny = selector.select(s.profile().toBuilder().value(gbp("60000.00")).build());
        assertTrue(tiny.kpis().isEmpty());
        RuleCheck failed = tiny.check("minimum-outcomes").orElseThrow();
        assertFalse(failed.passed());
        assertEquals("0 social value outcomes selected; framework brighton-hove requires at least 1 per tender: the"
                + " catalogue has too few measures of the framework that apply to this contract", failed.detail());
    }

    @Test
    void levelFactorsAreConfigurable() {
        KpiSelection s = selector.select(ContractProfile.builder().framework(KENT).value(gbp("1000000.00"))
                .category(ContractCategory.SERVICES).priorities("kent-local-employment")
                .minimumFactor(d("0.5")).stretchFactor(d("2")).build());
        // 0.5 x 4 = 2.0 -> 2; 2 x 4 = 8
        levels(s.kpi(m("workforce-qualifications")).orElseThrow(), "2", "4", "8");
    }

    @Test
    void noFinancialProxyIsEverConsulted() {
        KpiSelection s = selector.select(ContractProfile.builder().framework(KENT).value(gbp("1000000.00"))
                .category(ContractCategory.SERVICES).build());
        RuleCheck c = s.check("no-financial-proxies").orElseThrow();
        assertTrue(c.passed());
        assertTrue(c.detail().contains("Kent principle 12"));
    }

    @Test
    void sameInputGivesEqualOutput() {
        ContractProfile p = ContractProfile.builder().framework(ELFT).value(gbp("750000.00")).years(4)
                .category(ContractCategory.SERVICES).sectors("care", "facilities-management").buyer(BuyerType.NHS)
                .priorityGroups("neet", "disabled").build();
        KpiSelection a = selector.select(p);
        KpiSelection b = new KpiSelector(TestCatalogues.catalogue()).select(p.toBuilder().build());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }
}
