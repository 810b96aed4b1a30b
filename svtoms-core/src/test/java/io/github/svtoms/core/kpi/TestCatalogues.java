package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.CrossReference;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.FrameworkRules;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.PriorityGroup;
import io.github.svtoms.core.catalogue.PriorityGroupId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.TargetRule;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.core.catalogue.ContractCategory.GOODS;
import static io.github.svtoms.core.catalogue.ContractCategory.SERVICES;
import static io.github.svtoms.core.catalogue.ContractCategory.WORKS;

/**
 * A realistic test catalogue: the open measure framework {@code svtoms-open} (the five Social Value
 * Model themes) and four priority frameworks from the seed reports — Kent's five priorities, NHS
 * England 2022 (climate mandatory), ELFT (three priority groups) and Brighton &amp; Hove (at least one
 * outcome per tender). Measure order here is the catalogue order the selection ranks by.
 */
final class TestCatalogues {
    static final FrameworkId OPEN = FrameworkId.of("svtoms-open");
    static final FrameworkId KENT = FrameworkId.of("kent");
    static final FrameworkId NHS = FrameworkId.of("nhs-2022");
    static final FrameworkId ELFT = FrameworkId.of("elft");
    static final FrameworkId BRIGHTON = FrameworkId.of("brighton-hove");
    static final List<FrameworkId> FRAMEWORKS = List.of(OPEN, KENT, NHS, ELFT, BRIGHTON);

    static final ThemeId COVID = ThemeId.of("covid-19-recovery");
    static final ThemeId INEQUALITY = ThemeId.of("tackling-economic-inequality");
    static final ThemeId CLIMATE = ThemeId.of("fighting-climate-change");
    static final ThemeId EQUAL = ThemeId.of("equal-opportunity");
    static final ThemeId WELLBEING = ThemeId.of("wellbeing");

    static final List<String> GROUPS = List.of("long-term-unemployed", "neet", "disabled", "care-leavers",
            "ex-offenders", "veterans", "over-50s");

    private static final Catalogue CATALOGUE = build();

    private TestCatalogues() {
    }

    static Catalogue catalogue() {
        return CATALOGUE;
    }

    static MeasureId m(String id) {
        return MeasureId.of(id);
    }

    static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    private static Catalogue build() {
        Catalogue.Builder b = Catalogue.builder();
        b.framework(new Framework(OPEN, FrameworkKind.MEASURES, "svtoms open measures", "svtoms", "2025.1",
                "Open measures under the five Social Value Model themes", Optional.empty(), Optional.of("CC-BY-4.0"),
                FrameworkRules.NONE, groupIds(), List.of()));
        b.theme(new Theme(COVID, OPEN, "COVID-19 recovery", ""));
        b.theme(new Theme(INEQUALITY, OPEN, "Tackling economic inequality", ""));
        b.theme(new Theme(CLIMATE, OPEN, "Fighting climate change", ""));
        b.theme(new Theme(EQUAL, OPEN, "Equal opportunity", ""));
        b.theme(new Theme(WELLBEING, OPEN, "Wellbeing", ""));
        outcome(b, "help-communities-recover", COVID, "Help local communities to manage and recover from COVID-19");
        outcome(b, "jobs-and-skills", INEQUALITY, "Create new businesses, new jobs and new skills");
        outcome(b, "fair-work", INEQUALITY, "Fair pay and conditions");
        outcome(b, "supply-chain-resilience", INEQUALITY, "Increase supply chain resilience and capacity");
        outcome(b, "environment-stewardship", CLIMATE, "Effective stewardship of the environment");
        outcome(b, "disability-employment-gap", EQUAL, "Reduce the disability employment gap");
        outcome(b, "workforce-inequality", EQUAL, "Tackle workforce inequality");
        outcome(b, "health-and-wellbeing", WELLBEING, "Improve health and wellbeing");
        outcome(b, "community-cohesion", WELLBEING, "Improve community cohesion");

        b.measure(measure("local-employment", "jobs-and-skills", Unit.FTE_YEARS, SERVICES, WORKS)
                .targetRule(perValue("0.5", "100000.00")).crossReferences(CrossReference.of("national-toms", "NT1", "NT2022"))
                .build());
        for (String hire : List.of("long-term-unemployed-hires:jobs-and-skills", "neet-hires:help-communities-recover",
                "disabled-hires:disability-employment-gap", "care-leaver-hires:workforce-inequality",
                "ex-offender-hires:workforce-inequality", "veteran-hires:workforce-inequality",
                "over-50-hires:help-communities-recover")) {
            String[] parts = hire.split(":");
            b.measure(measure(parts[0], parts[1], Unit.PEOPLE, GOODS, SERVICES, WORKS).firstYearOnly(true)
                    .targetRule(perValue("1", "500000.00")).build());
        }
        b.measure(measure("apprenticeship-weeks", "jobs-and-skills", Unit.WEEKS, SERVICES, WORKS)
                .targetRule(perValue("52", "1000000.00")).build());
        b.measure(measure("workforce-qualifications", "jobs-and-skills", Unit.COUNT, SERVICES, WORKS)
                .description("Kent: one qualification per £250,000 of contract value")
                .targetRule(perValue("1", "250000.00")).build());
        b.measure(measure("real-living-wage", "fair-work", Unit.YES_NO, GOODS, SERVICES, WORKS)
                .targetRule(new TargetRule.Fixed(BigDecimal.ONE)).build());
        b.measure(measure("staff-wellbeing-programme", "health-and-wellbeing", Unit.YES_NO, SERVICES, WORKS)
                .targetRule(new TargetRule.Fixed(BigDecimal.ONE)).build());
        b.measure(measure("carbon-saved", "environment-stewardship", Unit.TCO2E, GOODS, SERVICES, WORKS)
                .targetRule(new TargetRule.PerContractYear(new BigDecimal("5"))).build());
        b.measure(measure("waste-diverted", "environment-stewardship", Unit.TONNES, GOODS, SERVICES, WORKS)
                .minimumContractValue(gbp("250000.00")).targetRule(perValue("2", "1000000.00")).build());
        b.measure(measure("carbon-reduction-plan", "environment-stewardship", Unit.YES_NO, GOODS, SERVICES, WORKS)
                .minimumContractValue(gbp("5000000.00")).targetRule(new TargetRule.Fixed(BigDecimal.ONE)).build());
        b.measure(measure("local-sme-spend", "supply-chain-resilience", Unit.GBP, GOODS, SERVICES, WORKS)
                .exclusiveGroup("local-spend").targetRule(perValue("10000", "100000.00")).build());
        b.measure(measure("local-supply-chain-spend", "supply-chain-resilience", Unit.GBP, GOODS, SERVICES, WORKS)
                .exclusiveGroup("local-spend").targetRule(perValue("20000", "100000.00")).build());
        b.measure(measure("volunteering-hours", "community-cohesion", Unit.HOURS, SERVICES, WORKS)
                .targetRule(new TargetRule.PerContractYear(new BigDecimal("20"))).build());
        b.measure(measure("community-care-visits", "community-cohesion", Unit.HOURS, SERVICES).sectors("social-care")
                .targetRule(new TargetRule.PerContractYear(new BigDecimal("50"))).build());
        b.measure(measure("modern-slavery-review", "workforce-inequality", Unit.COUNT, GOODS, SERVICES, WORKS).build());
        b.measure(measure("site-biodiversity", "environment-stewardship", Unit.COUNT, WORKS).sectors("construction")
                .build());

        List<String> hires = List.of("long-term-unemployed-hires", "neet-hires", "disabled-hires", "care-leaver-hires",
                "ex-offender-hires", "veteran-hires", "over-50-hires");
        for (int i = 0; i < GROUPS.size(); i++) {
            b.priorityGroup(new PriorityGroup(PriorityGroupId.of(GROUPS.get(i)), GROUPS.get(i), "", List.of(m(hires.get(i)))));
        }

        b.framework(Framework.ofPriorities(KENT, "Together for Social Value", "Kent County Council", "2023",
                new FrameworkRules(Optional.of(BigDecimal.TEN), Optional.empty(), List.of(), 0,
                        Optional.of(BigDecimal.valueOf(60)), Optional.empty()),
                List.of(priority("kent-local-employment", "Local Employment", "local-employment", "long-term-unemployed-hires",
                                "neet-hires", "apprenticeship-weeks", "workforce-qualifications"),
                        priority("kent-buy-kent-first", "Buy Kent First", "local-sme-spend", "local-supply-chain-spend"),
                        priority("kent-community-development", "Community Development", "volunteering-hours",
                                "community-care-visits"),
                        priority("kent-good-employer", "Good Employer", "real-living-wage", "staff-wellbeing-programme",
                                "disabled-hires", "care-leaver-hires", "modern-slavery-review"),
                        priority("kent-green-and-sustainable", "Green and Sustainable", "carbon-saved", "waste-diverted",
                                "carbon-reduction-plan"))));
        b.framework(Framework.ofPriorities(NHS, "NHS net zero and social value", "NHS England", "2022",
                FrameworkRules.NONE.withMinimumSocialValueWeighting(BigDecimal.TEN).withMandatoryThemes(List.of(CLIMATE)),
                List.of(priority("climate", "Fighting climate change"),
                        child("reduce-emissions", "Reduce emissions", "climate", "carbon-saved", "carbon-reduction-plan"),
                        child("circular-economy", "Circular economy", "climate", "waste-diverted"),
                        priority("wellbeing", "Support physical and mental health", "staff-wellbeing-programme",
                                "volunteering-hours"),
                        priority("equal-opportunity", "Diverse workforce", "apprenticeship-weeks", "disabled-hires",
                                "modern-slavery-review"),
                        priority("economic-inequality", "Employment and living wages", "real-living-wage",
                                "long-term-unemployed-hires"),
                        priority("covid-recovery", "Support people affected by COVID-19", "neet-hires", "over-50-hires"))));
        b.framework(new Framework(ELFT, FrameworkKind.PRIORITIES, "ELFT social value priorities",
                "East London NHS Foundation Trust", "2023", "", Optional.empty(), Optional.empty(),
                new FrameworkRules(Optional.of(BigDecimal.valueOf(15)), Optional.empty(), List.of(), 0, Optional.empty(),
                        Optional.of(3)),
                groupIds(),
                List.of(priority("real-living-wage", "Real Living Wage", "real-living-wage"),
                        priority("local-spend", "Grow and retain local spend", "local-sme-spend",
                                "local-supply-chain-spend"),
                        priority("equal-employment", "Equal employment and training", "local-employment",
                                "long-term-unemployed-hires", "neet-hires", "disabled-hires", "care-leaver-hires",
                                "ex-offender-hires", "veteran-hires", "over-50-hires"),
                        priority("sustainability", "Sustainability", "carbon-saved", "waste-diverted"),
                        priority("young-workers", "Young workers and apprenticeships", "apprenticeship-weeks",
                                "neet-hires"))));
        b.framework(Framework.ofPriorities(BRIGHTON, "Social value framework", "Brighton & Hove City Council", "2019",
                FrameworkRules.NONE.withMinimumOutcomesPerTender(1),
                List.of(priority("community", "Stronger communities", "community-care-visits"),
                        priority("local-economy", "Local economy", "local-sme-spend"))));
        return b.build();
    }

    private static List<PriorityGroupId> groupIds() {
        return GROUPS.stream().map(PriorityGroupId::of).toList();
    }

    private static void outcome(Catalogue.Builder b, String id, ThemeId theme, String name) {
        b.outcome(new Outcome(OutcomeId.of(id), theme, name, ""));
    }

    private static Measure.Builder measure(String id, String outcome, Unit unit, ContractCategory... categories) {
        return Measure.builder(m(id)).outcome(OutcomeId.of(outcome)).name(id.replace('-', ' ')).unit(unit)
                .categories(categories);
    }

    private static TargetRule perValue(String quantity, String per) {
        return new TargetRule.PerContractValue(new BigDecimal(quantity), gbp(per));
    }

    private static Priority priority(String id, String name, String... measures) {
        return Priority.of(PriorityId.of(id), name, "", ids(measures));
    }

    private static Priority child(String id, String name, String parent, String... measures) {
        return new Priority(PriorityId.of(id), name, "", Optional.of(PriorityId.of(parent)), ids(measures));
    }

    private static List<MeasureId> ids(String... measures) {
        List<MeasureId> out = new ArrayList<>();
        for (String s : measures) {
            out.add(m(s));
        }
        return List.copyOf(out);
    }
}
