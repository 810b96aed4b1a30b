package io.github.svtoms.core.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A small hand-written catalogue used by the lookup and validation tests.
 *
 * <pre>
 * open (measures)                     kent (priorities)
 *   jobs                                local-employment-p   → local-employment
 *     local-jobs                          apprenticeships      → apprentice-weeks, local-employment
 *       local-employment  NT1@NT2022        apprenticeships-young → care-leaver-hires
 *       care-leaver-hires NT5           green                → co2-saved
 *     skills                            good-employer        (no measures)
 *       apprentice-weeks  NT1@NT2019, lpp-toms:NT4
 *   environment                       nhs (priorities)
 *     carbon                            climate → co2-saved, local-employment
 *       co2-saved NT31@NT2022
 * other (measures)                    priority groups: care-leavers → care-leaver-hires
 *   other-theme / other-outcome / other-measure       veterans → local-employment
 * </pre>
 *
 * Declaration order of measures: local-employment, co2-saved, apprentice-weeks, care-leaver-hires, other-measure.
 * In National TOMs, NT1 names different measures in NT2019 and NT2022 (codes are renumbered between editions).
 */
final class Fixtures {
    static final FrameworkId OPEN = FrameworkId.of("open");
    static final FrameworkId OTHER = FrameworkId.of("other");
    static final FrameworkId KENT = FrameworkId.of("kent");
    static final FrameworkId NHS = FrameworkId.of("nhs");

    static final ThemeId JOBS = ThemeId.of("jobs");
    static final ThemeId ENVIRONMENT = ThemeId.of("environment");
    static final ThemeId OTHER_THEME = ThemeId.of("other-theme");

    static final OutcomeId LOCAL_JOBS = OutcomeId.of("local-jobs");
    static final OutcomeId SKILLS = OutcomeId.of("skills");
    static final OutcomeId CARBON = OutcomeId.of("carbon");
    static final OutcomeId OTHER_OUTCOME = OutcomeId.of("other-outcome");

    static final MeasureId LOCAL_EMPLOYMENT = MeasureId.of("local-employment");
    static final MeasureId CO2_SAVED = MeasureId.of("co2-saved");
    static final MeasureId APPRENTICE_WEEKS = MeasureId.of("apprentice-weeks");
    static final MeasureId CARE_LEAVER_HIRES = MeasureId.of("care-leaver-hires");
    static final MeasureId OTHER_MEASURE = MeasureId.of("other-measure");

    static final PriorityId LOCAL_EMPLOYMENT_P = PriorityId.of("local-employment-p");
    static final PriorityId APPRENTICESHIPS = PriorityId.of("apprenticeships");
    static final PriorityId APPRENTICESHIPS_YOUNG = PriorityId.of("apprenticeships-young");
    static final PriorityId GREEN = PriorityId.of("green");
    static final PriorityId GOOD_EMPLOYER = PriorityId.of("good-employer");
    static final PriorityId CLIMATE = PriorityId.of("climate");

    static final PriorityGroupId CARE_LEAVERS = PriorityGroupId.of("care-leavers");
    static final PriorityGroupId VETERANS = PriorityGroupId.of("veterans");

    private Fixtures() {
    }

    static Measure measure(MeasureId id, OutcomeId outcome, List<String> tags, CrossReference... refs) {
        return Measure.builder(id).outcome(outcome).name("Measure " + id).unit(Unit.COUNT)
                .categories(ContractCategory.SERVICES).tags(tags.toArray(String[]::new)).crossReferences(refs).build();
    }

    static Framework kent() {
        FrameworkRules rules = new FrameworkRules(Optional.of(BigDecimal.TEN), Optional.empty(), List.of(ENVIRONMENT),
                1, Optional.of(new BigDecimal("60")), Optional.of(3));
        return new Framework(KENT, FrameworkKind.PRIORITIES, "Together for Social Value", "Kent County Council", "2023",
                "", Optional.empty(), Optional.empty(), rules, List.of(CARE_LEAVERS), List.of(
                Priority.of(LOCAL_EMPLOYMENT_P, "Local Employment", "", List.of(LOCAL_EMPLOYMENT)),
                new Priority(APPRENTICESHIPS, "Apprenticeships", "", Optional.of(LOCAL_EMPLOYMENT_P),
                        List.of(APPRENTICE_WEEKS, LOCAL_EMPLOYMENT)),
                Priority.of(GREEN, "Green and Sustainable", "", List.of(CO2_SAVED)),
                Priority.of(GOOD_EMPLOYER, "Good Employer", "", List.of()),
                new Priority(APPRENTICESHIPS_YOUNG, "Young apprentices", "", Optional.of(APPRENTICESHIPS),
                        List.of(CARE_LEAVER_HIRES))));
    }

    static Catalogue.Builder builder() {
        return Catalogue.builder()
                .framework(Framework.ofMeasures(OPEN, "svtoms open measures", "svtoms", "2025.1"))
                .framework(kent())
                .framework(Framework.ofPriorities(NHS, "NHS net zero and social value", "NHS England", "2022",
                        FrameworkRules.NONE.withMandatoryThemes(List.of(ENVIRONMENT)),
                        List.of(Priority.of(CLIMATE, "Fighting climate change", "", List.of(CO2_SAVED, LOCAL_EMPLOYMENT)))))
                .framework(Framework.ofMeasures(OTHER, "Another framework", "Elsewhere", "1"))
                .theme(new Theme(JOBS, OPEN, "Jobs", "Local skills and employment"))
                .theme(new Theme(ENVIRONMENT, OPEN, "Environment", ""))
                .theme(new Theme(OTHER_THEME, OTHER, "Other", ""))
                .outcome(new Outcome(LOCAL_JOBS, JOBS, "More local jobs", ""))
                .outcome(new Outcome(SKILLS, JOBS, "More skills", ""))
                .outcome(new Outcome(CARBON, ENVIRONMENT, "Less carbon", ""))
                .outcome(new Outcome(OTHER_OUTCOME, OTHER_THEME, "Other outcome", ""))
                .measure(measure(LOCAL_EMPLOYMENT, LOCAL_JOBS, List.of("local", "employment"),
                        CrossReference.parse("national-toms:NT1@NT2022")))
                .measure(measure(CO2_SAVED, CARBON, List.of("environment"),
                        CrossReference.parse("national-toms:NT31@NT2022")))
                .measure(measure(APPRENTICE_WEEKS, SKILLS, List.of("employment", "skills"),
                        CrossReference.parse("national-toms:NT1@NT2019"), CrossReference.parse("lpp-toms:NT4")))
                .measure(measure(CARE_LEAVER_HIRES, LOCAL_JOBS, List.of("employment"),
                        CrossReference.parse("national-toms:NT5")))
                .measure(measure(OTHER_MEASURE, OTHER_OUTCOME, List.of()))
                .priorityGroup(new PriorityGroup(CARE_LEAVERS, "Care leavers", "", List.of(CARE_LEAVER_HIRES)))
                .priorityGroup(new PriorityGroup(VETERANS, "Veterans", "", List.of(LOCAL_EMPLOYMENT)));
    }

    static Catalogue catalogue() {
        return builder().build();
    }
}
