package io.github.svtoms.core.kpi;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.PriorityGroup;
import io.github.svtoms.core.catalogue.PriorityGroupId;
import io.github.svtoms.core.catalogue.TargetRule;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.svtoms.core.kpi.TestCatalogues.CLIMATE;
import static io.github.svtoms.core.kpi.TestCatalogues.ELFT;
import static io.github.svtoms.core.kpi.TestCatalogues.KENT;
import static io.github.svtoms.core.kpi.TestCatalogues.NHS;
import static io.github.svtoms.core.kpi.TestCatalogues.OPEN;
import static io.github.svtoms.core.kpi.TestCatalogues.WELLBEING;
import static io.github.svtoms.core.kpi.TestCatalogues.gbp;
import static io.github.svtoms.core.kpi.TestCatalogues.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input, unknown ids, currencies, settings and the invariants of the result types. */
class KpiSelectorRulesAndErrorsTest {
    private final KpiSelector selector = new KpiSelector(TestCatalogues.catalogue());

    private static ContractProfile.Builder kent() {
        return ContractProfile.builder().framework(KENT).value(gbp("1000000.00")).category(ContractCategory.SERVICES);
    }

    private static <T extends SvtomsException> void fails(Class<T> type, String quoted, Executable call) {
        T e = assertThrows(type, call);
        assertTrue(e.getMessage().contains(quoted), e.getMessage());
    }

    @Test
    void badProfileValuesAreRejectedWithTheValueAndTheRule() {
        fails(InvalidValueException.class, "invalid contract duration 0 years: must be at least 1",
                () -> kent().years(0).build());
        fails(InvalidValueException.class, "invalid contract value GBP 0.00: must be greater than 0",
                () -> kent().value(gbp("0.00")).build());
        fails(InvalidValueException.class, "invalid contract value GBP -5.00", () -> kent().value(gbp("-5.00")).build());
        fails(InvalidValueException.class, "invalid maximum number of KPIs 0", () -> kent().maxKpis(0).build());
        fails(InvalidValueException.class, "invalid minimum factor 1.2", () -> kent().minimumFactor(new BigDecimal("1.2")).build());
        fails(InvalidValueException.class, "invalid stretch factor 0.9", () -> kent().stretchFactor(new BigDecimal("0.9")).build());
        fails(InvalidValueException.class, "duplicate priority 'kent-good-employer'",
                () -> kent().priorities("kent-good-employer", "kent-good-employer").build());
        fails(InvalidValueException.class, "duplicate priority group 'neet'", () -> kent().priorityGroups("neet", "neet").build());
        fails(InvalidValueException.class, "invalid sector 'Care'", () -> kent().sectors("Care").build());
        fails(InvalidValueException.class, "duplicate sector 'care'", () -> kent().sectors("care", "care").build());
        fails(InvalidValueException.class, "framework must not be null", () -> kent().framework(null).build());
        fails(InvalidValueException.class, "contract category must not be null", () -> kent().category(null).build());
        fails(InvalidValueException.class, "invalid priority id 'Buy Kent'", () -> kent().priorities("Buy Kent"));
        fails(InvalidValueException.class, "contract profile must not be null", () -> selector.select(null));
    }

    @Test
    void unknownIdsAreNamed() {
        fails(UnknownIdException.class, "unknown framework 'leeds'",
                () -> selector.select(kent().framework(FrameworkId.of("leeds")).build()));
        fails(UnknownIdException.class, "unknown priority 'buy-local' in framework 'kent': its priorities are:"
                + " kent-local-employment, kent-buy-kent-first, kent-community-development, kent-good-employer,"
                + " kent-green-and-sustainable",
                () -> selector.select(kent().priorities("buy-local").build()));
        fails(UnknownIdException.class, "unknown priority 'jobs' in framework 'svtoms-open': a measure-owning"
                + " framework's priorities are its theme ids: covid-19-recovery",
                () -> selector.select(kent().framework(OPEN).priorities("jobs").build()));
        fails(UnknownIdException.class, "unknown priority group 'students'",
                () -> selector.select(kent().priorityGroups("students").build()));

        Catalogue more = TestCatalogues.catalogue().toBuilder().priorityGroup(new PriorityGroup(
                PriorityGroupId.of("students"), "Students", "", List.of(m("neet-hires")))).build();
        fails(UnknownIdException.class, "unknown priority group 'students' in framework 'elft': it uses long-term-unemployed",
                () -> new KpiSelector(more).select(kent().framework(ELFT).priorityGroups("students").build()));
        // a framework that lists no groups accepts any catalogue group
        assertEquals(KENT, new KpiSelector(more).select(kent().priorityGroups("students").build()).framework());
    }

    @Test
    void currenciesAreNeverConverted() {
        ContractProfile euros = kent().value(Money.of("1000000.00", "EUR")).build();
        fails(InvalidValueException.class, "contract value EUR 1000000.00 is in EUR but the KPI size bands are in GBP",
                () -> selector.select(euros));

        KpiSelection s = selector.select(euros.toBuilder().maxKpis(20).build());
        assertEquals("the measure's target rule is in GBP but the contract is in EUR: svtoms never converts currencies",
                s.exclusion(m("local-employment")).orElseThrow().reason());
        assertEquals("the measure's minimum contract value is in GBP but the contract is in EUR: svtoms never converts"
                + " currencies", s.exclusion(m("waste-diverted")).orElseThrow().reason());
        // 5 a year x 1 year = 5.00 tCO2e: not a money rule, so it applies
        assertEquals(Optional.of(new BigDecimal("5.00")), s.kpi(m("carbon-saved")).orElseThrow().target());

        KpiSettings euroBands = KpiSettings.DEFAULT.withSizeBands(
                List.of(new KpiSettings.SizeBand("small", Money.of("2000000.00", "EUR"), 2)), 4);
        KpiSelection inEuros = new KpiSelector(TestCatalogues.catalogue(), euroBands).select(euros);
        assertEquals(2, inEuros.kpis().size());
        assertTrue(inEuros.check("kpi-cap").orElseThrow().detail().contains("cap of 2 KPIs for a contract of"
                + " €1,000,000.00 (size band 'small': contracts under €2,000,000.00)"));
    }

    @Test
    void settingsAreValidated() {
        Money hundred = gbp("100.00");
        fails(InvalidValueException.class, "must have a higher bound", () -> KpiSettings.DEFAULT.withSizeBands(List.of(
                new KpiSettings.SizeBand("a", hundred, 2), new KpiSettings.SizeBand("b", hundred, 3)), 4));
        fails(InvalidValueException.class, "a larger contract never gets a smaller cap", () -> KpiSettings.DEFAULT
                .withSizeBands(List.of(new KpiSettings.SizeBand("a", hundred, 5),
                        new KpiSettings.SizeBand("b", gbp("200.00"), 3)), 6));
        fails(InvalidValueException.class, "invalid largest cap 2", () -> KpiSettings.DEFAULT.withSizeBands(
                List.of(new KpiSettings.SizeBand("a", hundred, 3)), 2));
        fails(InvalidValueException.class, "all bands share one currency", () -> KpiSettings.DEFAULT.withSizeBands(List.of(
                new KpiSettings.SizeBand("a", hundred, 2), new KpiSettings.SizeBand("b", Money.of("500.00", "EUR"), 3)), 4));
        fails(InvalidValueException.class, "size band 'a' cap 0", () -> new KpiSettings.SizeBand("a", hundred, 0));
        fails(InvalidValueException.class, "invalid default priority group limit 0",
                () -> KpiSettings.DEFAULT.withDefaultPriorityGroupLimit(0));
    }

    @Test
    void buyerRulesApplyWhateverTheFramework() {
        KpiSettings central = KpiSettings.DEFAULT.withBuyerMandatoryThemes(
                Map.of(BuyerType.CENTRAL_GOVERNMENT, List.of(CLIMATE)));
        KpiSelection s = new KpiSelector(TestCatalogues.catalogue(), central).select(kent()
                .buyer(BuyerType.CENTRAL_GOVERNMENT).priorities("kent-good-employer").build());
        assertTrue(s.kpi(m("carbon-saved")).isPresent());
        assertEquals("Fighting climate change theme included: yes (carbon-saved; required by buyer type"
                + " central-government)", s.check("mandatory-theme:fighting-climate-change").orElseThrow().detail());

        // by default only NHS buyers carry the climate rule
        assertTrue(selector.select(kent().buyer(BuyerType.CENTRAL_GOVERNMENT).priorities("kent-good-employer").build())
                .kpi(m("carbon-saved")).isEmpty());

        KpiSettings missing = KpiSettings.DEFAULT.withBuyerMandatoryThemes(
                Map.of(BuyerType.OTHER, List.of(ThemeId.of("social-innovation"))));
        RuleCheck c = new KpiSelector(TestCatalogues.catalogue(), missing).select(kent().build())
                .check("mandatory-theme:social-innovation").orElseThrow();
        assertFalse(c.passed());
        assertEquals("social-innovation theme included: no (required by buyer type other): theme 'social-innovation'"
                + " is not in this catalogue", c.detail());
    }

    @Test
    void aCapSmallerThanTheMandatoryThemesFailsTheCheckItCannotMeet() {
        KpiSettings two = KpiSettings.DEFAULT.withBuyerMandatoryThemes(Map.of(BuyerType.NHS, List.of(WELLBEING)));
        KpiSelection s = new KpiSelector(TestCatalogues.catalogue(), two).select(ContractProfile.builder().framework(NHS)
                .value(gbp("2000000.00")).category(ContractCategory.SERVICES).buyer(BuyerType.NHS)
                .priorities("economic-inequality").maxKpis(1).build());
        assertEquals(List.of(m("carbon-saved")), s.selectedMeasures());
        RuleCheck wellbeing = s.check("mandatory-theme:wellbeing").orElseThrow();
        assertFalse(wellbeing.passed());
        assertEquals("Wellbeing theme included: no (required by buyer type nhs): the cap of 1 KPI for a contract of"
                + " £2,000,000.00 leaves no room for it beside the other mandatory KPIs", wellbeing.detail());
    }

    @Test
    void mandatoryThemeWithNoApplicableMeasureFailsWithTheReasons() {
        ContractProfile smallWorks = ContractProfile.builder().framework(NHS).value(gbp("60000.00"))
                .category(ContractCategory.WORKS).sectors("housing").priorities("wellbeing").buyer(BuyerType.NHS).build();
        // with the fixture, carbon-saved applies to works and is added to meet the rule
        KpiSelection s = selector.select(smallWorks);
        assertTrue(s.check("mandatory-theme:fighting-climate-change").orElseThrow().passed());
        assertTrue(s.kpi(m("carbon-saved")).isPresent());

        // the same catalogue with carbon-saved limited to goods: no climate measure fits a small works contract
        Catalogue.Builder b = Catalogue.builder();
        Catalogue fixture = TestCatalogues.catalogue();
        fixture.frameworks().forEach(b::framework);
        fixture.themes().forEach(b::theme);
        fixture.outcomes().forEach(b::outcome);
        fixture.measures().stream().map(x -> x.id().equals(m("carbon-saved"))
                ? Measure.builder(x.id()).outcome(x.outcome()).name(x.name()).unit(x.unit())
                .categories(ContractCategory.GOODS).targetRule(x.targetRule().orElseThrow()).build() : x)
                .forEach(b::measure);
        fixture.priorityGroups().forEach(b::priorityGroup);
        KpiSelection none = new KpiSelector(b.build()).select(smallWorks);
        RuleCheck c = none.check("mandatory-theme:fighting-climate-change").orElseThrow();
        assertFalse(c.passed());
        assertEquals("Fighting climate change theme included: no (required by framework nhs-2022 and buyer type nhs):"
                + " no measure of this theme applies to this contract (carbon-saved: not relevant to a works contract:"
                + " the measure applies to goods contracts only; waste-diverted: not proportionate: the measure needs a"
                + " contract of at least £250,000.00; this contract is £60,000.00; carbon-reduction-plan: not"
                + " proportionate: the measure needs a contract of at least £5,000,000.00; this contract is £60,000.00;"
                + " site-biodiversity: not relevant to sector housing: the measure is limited to sector construction)",
                c.detail());
    }

    @Test
    void percentageLevelsNeverExceedOneHundred() {
        Catalogue withShare = TestCatalogues.catalogue().toBuilder().measure(Measure.builder(m("local-workforce-share"))
                .outcome(OutcomeId.of("jobs-and-skills")).name("local workforce share").unit(Unit.PERCENT)
                .categories(ContractCategory.SERVICES).targetRule(new TargetRule.Fixed(new BigDecimal("80"))).build())
                .build();
        KpiSelection s = new KpiSelector(withShare).select(kent().framework(OPEN)
                .priorities("tackling-economic-inequality").maxKpis(20).build());
        Kpi share = s.kpi(m("local-workforce-share")).orElseThrow();
        // 80.00 %; 0.8 x 80 = 64.00; 1.5 x 80 = 120 -> capped at 100.00
        assertEquals(Optional.of(new BigDecimal("64.00")), share.minimum());
        assertEquals(Optional.of(new BigDecimal("80.00")), share.target());
        assertEquals(Optional.of(new BigDecimal("100.00")), share.stretch());
    }

    @Test
    void resultTypesKeepTheirInvariants() {
        Kpi ok = selector.select(kent().build()).kpis().get(0);
        fails(InvalidValueException.class, "given together or not at all", () -> new Kpi(ok.measure(), ok.theme(),
                ok.unit(), Optional.empty(), ok.target(), ok.stretch(), ok.priorities(), ok.reasons()));
        fails(InvalidValueException.class, "minimum <= target <= stretch", () -> new Kpi(ok.measure(), ok.theme(),
                ok.unit(), ok.stretch(), ok.target(), ok.minimum(), ok.priorities(), ok.reasons()));
        fails(InvalidValueException.class, "has no reason", () -> new Kpi(ok.measure(), ok.theme(), ok.unit(),
                ok.minimum(), ok.target(), ok.stretch(), ok.priorities(), List.of()));
        fails(InvalidValueException.class, "appears twice", () -> new KpiSelection(KENT, kent().build(), List.of(ok),
                List.of(new ExcludedCandidate(ok.measure(), "capped")), List.of()));
        fails(InvalidValueException.class, "must not be blank", () -> new ExcludedCandidate(ok.measure(), " "));
        fails(InvalidValueException.class, "must not be blank", () -> new RuleCheck("kpi-cap", true, ""));
        assertThrows(UnsupportedOperationException.class, () -> ok.reasons().add("more"));
    }

    @Test
    void buyerTypeIdsRoundTrip() {
        for (BuyerType b : BuyerType.values()) {
            assertEquals(b, BuyerType.fromId(b.id()));
        }
        assertEquals("local-authority", BuyerType.LOCAL_AUTHORITY.id());
        fails(InvalidValueException.class, "unknown buyer type 'council'", () -> BuyerType.fromId("council"));
    }
}
