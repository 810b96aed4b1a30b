package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UnknownIdException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.github.svtoms.core.catalogue.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueLookupTest {
    private static final Catalogue C = Fixtures.catalogue();

    private static List<MeasureId> ids(List<Measure> measures) {
        return measures.stream().map(Measure::id).toList();
    }

    // ---- Optional and require variants -------------------------------------------------------

    @Test
    void frameworkLookups() {
        assertEquals(KENT, C.framework(KENT).orElseThrow().id());
        assertSame(C.framework(KENT).orElseThrow(), C.requireFramework(KENT));
        assertEquals(Optional.empty(), C.framework(FrameworkId.of("nowhere")));
    }

    @Test
    void themeLookups() {
        assertEquals("Jobs", C.theme(JOBS).orElseThrow().name());
        assertSame(C.theme(JOBS).orElseThrow(), C.requireTheme(JOBS));
        assertEquals(Optional.empty(), C.theme(ThemeId.of("nowhere")));
    }

    @Test
    void outcomeLookups() {
        assertEquals(JOBS, C.outcome(SKILLS).orElseThrow().theme());
        assertSame(C.outcome(SKILLS).orElseThrow(), C.requireOutcome(SKILLS));
        assertEquals(Optional.empty(), C.outcome(OutcomeId.of("nowhere")));
    }

    @Test
    void measureLookups() {
        assertEquals(CARBON, C.measure(CO2_SAVED).orElseThrow().outcome());
        assertSame(C.measure(CO2_SAVED).orElseThrow(), C.requireMeasure(CO2_SAVED));
        assertEquals(Optional.empty(), C.measure(MeasureId.of("nowhere")));
    }

    @Test
    void priorityGroupLookups() {
        assertEquals(List.of(CARE_LEAVER_HIRES), C.priorityGroup(CARE_LEAVERS).orElseThrow().measures());
        assertSame(C.priorityGroup(CARE_LEAVERS).orElseThrow(), C.requirePriorityGroup(CARE_LEAVERS));
        assertEquals(Optional.empty(), C.priorityGroup(PriorityGroupId.of("nowhere")));
    }

    @Test
    void frameworkPriorityLookup() {
        Framework kent = C.requireFramework(KENT);
        assertEquals(APPRENTICESHIPS, kent.priority(APPRENTICESHIPS).orElseThrow().id());
        assertEquals(Optional.empty(), kent.priority(CLIMATE));
    }

    static Stream<Arguments> unknownIds() {
        return Stream.of(
                Arguments.of(Named.of("requireFramework", (Executable) () -> C.requireFramework(FrameworkId.of("nope"))), "framework"),
                Arguments.of(Named.of("requireTheme", (Executable) () -> C.requireTheme(ThemeId.of("nope"))), "theme"),
                Arguments.of(Named.of("requireOutcome", (Executable) () -> C.requireOutcome(OutcomeId.of("nope"))), "outcome"),
                Arguments.of(Named.of("requireMeasure", (Executable) () -> C.requireMeasure(MeasureId.of("nope"))), "measure"),
                Arguments.of(Named.of("requirePriorityGroup", (Executable) () -> C.requirePriorityGroup(PriorityGroupId.of("nope"))), "priority group"),
                Arguments.of(Named.of("themeOf", (Executable) () -> C.themeOf(MeasureId.of("nope"))), "measure"),
                Arguments.of(Named.of("outcomeOf", (Executable) () -> C.outcomeOf(MeasureId.of("nope"))), "measure"),
                Arguments.of(Named.of("themesOf", (Executable) () -> C.themesOf(FrameworkId.of("nope"))), "framework"),
                Arguments.of(Named.of("outcomesOf", (Executable) () -> C.outcomesOf(ThemeId.of("nope"))), "theme"),
                Arguments.of(Named.of("measuresOf", (Executable) () -> C.measuresOf(OutcomeId.of("nope"))), "outcome"),
                Arguments.of(Named.of("measuresOfTheme", (Executable) () -> C.measuresOfTheme(ThemeId.of("nope"))), "theme"),
                Arguments.of(Named.of("measuresOfFramework", (Executable) () -> C.measuresOfFramework(FrameworkId.of("nope"))), "framework"),
                Arguments.of(Named.of("measuresServing", (Executable) () -> C.measuresServing(FrameworkId.of("nope"), GREEN)), "framework"),
                Arguments.of(Named.of("prioritiesServedBy", (Executable) () -> C.prioritiesServedBy(FrameworkId.of("nope"), CO2_SAVED)), "framework"));
    }

    @ParameterizedTest
    @MethodSource("unknownIds")
    void unknownIdsAreUnknownIdExceptionsNamingKindAndId(Executable call, String kind) {
        var e = assertThrows(UnknownIdException.class, call);
        assertEquals("unknown " + kind + " 'nope' in this catalogue", e.getMessage());
    }

    @Test
    void unknownPriorityNamesItsFramework() {
        var e = assertThrows(UnknownIdException.class, () -> C.measuresServing(KENT, CLIMATE));
        assertEquals("unknown priority 'climate' in framework 'kent'", e.getMessage());
    }

    @Test
    void nullLookupArgumentsAreTypedErrors() {
        assertThrows(InvalidValueException.class, () -> C.framework(null));
        assertThrows(InvalidValueException.class, () -> C.theme(null));
        assertThrows(InvalidValueException.class, () -> C.outcome(null));
        assertThrows(InvalidValueException.class, () -> C.measure(null));
        assertThrows(InvalidValueException.class, () -> C.priorityGroup(null));
        assertThrows(InvalidValueException.class, () -> C.measuresTagged(null));
        assertThrows(InvalidValueException.class, () -> C.measuresWithCode("national-toms", "NT1", null));
        assertThrows(InvalidValueException.class, () -> C.measuresWithCode(null, "NT1", Optional.empty()));
        assertThrows(InvalidValueException.class, () -> C.prioritiesServedBy(KENT, null));
        assertThrows(InvalidValueException.class, () -> C.requireFramework(KENT).priority(null));
    }

    // ---- hierarchy ---------------------------------------------------------------------------

    @Test
    void themeOfAndOutcomeOf() {
        assertEquals(LOCAL_JOBS, C.outcomeOf(CARE_LEAVER_HIRES).id());
        assertEquals(JOBS, C.themeOf(CARE_LEAVER_HIRES).id());
        assertEquals(SKILLS, C.outcomeOf(APPRENTICE_WEEKS).id());
        assertEquals(JOBS, C.themeOf(APPRENTICE_WEEKS).id());
        assertEquals(ENVIRONMENT, C.themeOf(CO2_SAVED).id());
        assertEquals(OTHER_THEME, C.themeOf(OTHER_MEASURE).id());
    }

    @Test
    void themesOf() {
        assertEquals(List.of(JOBS, ENVIRONMENT), C.themesOf(OPEN).stream().map(Theme::id).toList());
        assertEquals(List.of(OTHER_THEME), C.themesOf(OTHER).stream().map(Theme::id).toList());
        assertEquals(List.of(), C.themesOf(KENT));
    }

    @Test
    void outcomesOf() {
        assertEquals(List.of(LOCAL_JOBS, SKILLS), C.outcomesOf(JOBS).stream().map(Outcome::id).toList());
        assertEquals(List.of(CARBON), C.outcomesOf(ENVIRONMENT).stream().map(Outcome::id).toList());
    }

    @Test
    void measuresOfOutcome() {
        assertEquals(List.of(LOCAL_EMPLOYMENT, CARE_LEAVER_HIRES), ids(C.measuresOf(LOCAL_JOBS)));
        assertEquals(List.of(APPRENTICE_WEEKS), ids(C.measuresOf(SKILLS)));
    }

    @Test
    void measuresOfThemeAcrossOutcomesInDeclarationOrder() {
        // declaration order, not grouped by outcome: local-employment, apprentice-weeks, care-leaver-hires
        assertEquals(List.of(LOCAL_EMPLOYMENT, APPRENTICE_WEEKS, CARE_LEAVER_HIRES), ids(C.measuresOfTheme(JOBS)));
        assertEquals(List.of(CO2_SAVED), ids(C.measuresOfTheme(ENVIRONMENT)));
    }

    @Test
    void measuresTagged() {
        assertEquals(List.of(LOCAL_EMPLOYMENT, APPRENTICE_WEEKS, CARE_LEAVER_HIRES), ids(C.measuresTagged("employment")));
        assertEquals(List.of(LOCAL_EMPLOYMENT), ids(C.measuresTagged("local")));
        assertEquals(List.of(), C.measuresTagged("nothing"));
        assertEquals(List.of(), C.measuresTagged("Employment"));
    }

    @Test
    void measuresOfAMeasureOwningFrameworkAreThoseUnderItsThemes() {
        assertEquals(List.of(LOCAL_EMPLOYMENT, CO2_SAVED, APPRENTICE_WEEKS, CARE_LEAVER_HIRES),
                ids(C.measuresOfFramework(OPEN)));
        assertEquals(List.of(OTHER_MEASURE), ids(C.measuresOfFramework(OTHER)));
    }

    @Test
    void measuresOfAPriorityFrameworkAreThoseItsPrioritiesMapOntoEachOnce() {
        // priority order: local-employment-p, apprenticeships (apprentice-weeks, local-employment again),
        // green, good-employer (none), apprenticeships-young
        assertEquals(List.of(LOCAL_EMPLOYMENT, APPRENTICE_WEEKS, CO2_SAVED, CARE_LEAVER_HIRES),
                ids(C.measuresOfFramework(KENT)));
        assertEquals(List.of(CO2_SAVED, LOCAL_EMPLOYMENT), ids(C.measuresOfFramework(NHS)));
    }

    @Test
    void measuresServingIncludesChildAndGrandchildPriorities() {
        // own (local-employment), then child apprenticeships (apprentice-weeks, local-employment again),
        // then grandchild apprenticeships-young (care-leaver-hires)
        assertEquals(List.of(LOCAL_EMPLOYMENT, APPRENTICE_WEEKS, CARE_LEAVER_HIRES),
                ids(C.measuresServing(KENT, LOCAL_EMPLOYMENT_P)));
        assertEquals(List.of(APPRENTICE_WEEKS, LOCAL_EMPLOYMENT, CARE_LEAVER_HIRES),
                ids(C.measuresServing(KENT, APPRENTICESHIPS)));
        assertEquals(List.of(CARE_LEAVER_HIRES), ids(C.measuresServing(KENT, APPRENTICESHIPS_YOUNG)));
        assertEquals(List.of(), C.measuresServing(KENT, GOOD_EMPLOYER));
    }

    @Test
    void prioritiesServedBy() {
        assertEquals(List.of(LOCAL_EMPLOYMENT_P, APPRENTICESHIPS),
                C.prioritiesServedBy(KENT, LOCAL_EMPLOYMENT).stream().map(Priority::id).toList());
        assertEquals(List.of(CLIMATE), C.prioritiesServedBy(NHS, LOCAL_EMPLOYMENT).stream().map(Priority::id).toList());
        assertEquals(List.of(), C.prioritiesServedBy(OPEN, LOCAL_EMPLOYMENT));
        assertEquals(List.of(), C.prioritiesServedBy(KENT, OTHER_MEASURE));
    }

    // ---- cross-references --------------------------------------------------------------------

    @Test
    void measuresWithCodeInAnEditionTellsRenumberedCodesApart() {
        // NT1 is local employment in NT2022 but (in this catalogue) apprenticeship weeks in NT2019
        assertEquals(List.of(LOCAL_EMPLOYMENT), ids(C.measuresWithCode("national-toms", "NT1", Optional.of("NT2022"))));
        assertEquals(List.of(APPRENTICE_WEEKS), ids(C.measuresWithCode("national-toms", "NT1", Optional.of("NT2019"))));
        assertEquals(List.of(), C.measuresWithCode("national-toms", "NT1", Optional.of("NT2017")));
    }

    @Test
    void measuresWithCodeInAnyEdition() {
        assertEquals(List.of(LOCAL_EMPLOYMENT, APPRENTICE_WEEKS),
                ids(C.measuresWithCode("national-toms", "NT1", Optional.empty())));
        assertEquals(List.of(APPRENTICE_WEEKS), ids(C.measuresWithCode("lpp-toms", "NT4", Optional.empty())));
        // a reference without an edition matches only an any-edition query
        assertEquals(List.of(CARE_LEAVER_HIRES), ids(C.measuresWithCode("national-toms", "NT5", Optional.empty())));
        assertEquals(List.of(), C.measuresWithCode("national-toms", "NT5", Optional.of("NT2022")));
        assertEquals(List.of(), C.measuresWithCode("lpp-toms", "NT1", Optional.empty()));
    }

    // ---- order and immutability --------------------------------------------------------------

    @Test
    void iterationFollowsDeclarationOrder() {
        assertEquals(List.of(OPEN, KENT, NHS, OTHER), C.frameworks().stream().map(Framework::id).toList());
        assertEquals(List.of(JOBS, ENVIRONMENT, OTHER_THEME), C.themes().stream().map(Theme::id).toList());
        assertEquals(List.of(LOCAL_JOBS, SKILLS, CARBON, OTHER_OUTCOME), C.outcomes().stream().map(Outcome::id).toList());
        assertEquals(List.of(LOCAL_EMPLOYMENT, CO2_SAVED, APPRENTICE_WEEKS, CARE_LEAVER_HIRES, OTHER_MEASURE),
                ids(C.measures()));
        assertEquals(List.of(CARE_LEAVERS, VETERANS), C.priorityGroups().stream().map(PriorityGroup::id).toList());
        assertEquals(List.of(LOCAL_EMPLOYMENT_P, APPRENTICESHIPS, GREEN, GOOD_EMPLOYER, APPRENTICESHIPS_YOUNG),
                C.requireFramework(KENT).priorities().stream().map(Priority::id).toList());
    }

    static Stream<Named<Supplier<Collection<?>>>> returnedCollections() {
        return Stream.of(
                Named.of("frameworks", C::frameworks),
                Named.of("themes", C::themes),
                Named.of("outcomes", C::outcomes),
                Named.of("measures", C::measures),
                Named.of("priorityGroups", C::priorityGroups),
                Named.of("themesOf", () -> C.themesOf(OPEN)),
                Named.of("outcomesOf", () -> C.outcomesOf(JOBS)),
                Named.of("measuresOf", () -> C.measuresOf(LOCAL_JOBS)),
                Named.of("measuresOfTheme", () -> C.measuresOfTheme(JOBS)),
                Named.of("measuresTagged", () -> C.measuresTagged("employment")),
                Named.of("measuresOfFramework(measures)", () -> C.measuresOfFramework(OPEN)),
                Named.of("measuresOfFramework(priorities)", () -> C.measuresOfFramework(KENT)),
                Named.of("measuresServing", () -> C.measuresServing(KENT, LOCAL_EMPLOYMENT_P)),
                Named.of("prioritiesServedBy", () -> C.prioritiesServedBy(KENT, LOCAL_EMPLOYMENT)),
                Named.of("measuresWithCode", () -> C.measuresWithCode("national-toms", "NT1", Optional.empty())),
                Named.of("Framework.priorities", () -> C.requireFramework(KENT).priorities()),
                Named.of("Framework.priorityGroups", () -> C.requireFramework(KENT).priorityGroups()),
                Named.of("Priority.measures", () -> C.requireFramework(KENT).priorities().get(1).measures()),
                Named.of("PriorityGroup.measures", () -> C.requirePriorityGroup(CARE_LEAVERS).measures()),
                Named.of("FrameworkRules.mandatoryThemes", () -> C.requireFramework(KENT).rules().mandatoryThemes()));
    }

    @ParameterizedTest
    @MethodSource("returnedCollections")
    @SuppressWarnings("unchecked")
    void returnedCollectionsAreUnmodifiable(Supplier<Collection<?>> get) {
        Collection<Object> c = (Collection<Object>) get.get();
        assertTrue(!c.isEmpty(), "the fixture should make this collection non-empty");
        Object first = c.iterator().next();
        assertThrows(UnsupportedOperationException.class, () -> c.add(first));
        assertThrows(UnsupportedOperationException.class, () -> c.remove(first));
        assertThrows(UnsupportedOperationException.class, c::clear);
        assertEquals(c, get.get(), "the catalogue is unchanged");
    }

    // ---- equality and copies -----------------------------------------------------------------

    @Test
    void equalCataloguesFromTheSameParts() {
        assertEquals(C, Fixtures.catalogue());
        assertEquals(C.hashCode(), Fixtures.catalogue().hashCode());
        assertEquals(C, C.toBuilder().build());
        assertNotEquals(C, Catalogue.builder().build());
        assertNotEquals(C, "catalogue");
    }

    @Test
    void declarationOrderIsPartOfEquality() {
        Catalogue a = Catalogue.builder().framework(Framework.ofMeasures(OPEN, "O", "p", "1"))
                .framework(Framework.ofMeasures(OTHER, "T", "p", "1")).build();
        Catalogue b = Catalogue.builder().framework(Framework.ofMeasures(OTHER, "T", "p", "1"))
                .framework(Framework.ofMeasures(OPEN, "O", "p", "1")).build();
        assertNotEquals(a, b);
    }

    @Test
    void toBuilderExtendsWithoutChangingTheOriginal() {
        Measure extra = measure(MeasureId.of("extra"), CARBON, List.of("environment"));
        Catalogue bigger = C.toBuilder().measure(extra).build();
        assertEquals(6, bigger.measures().size());
        assertEquals(5, C.measures().size());
        assertEquals(List.of(CO2_SAVED, MeasureId.of("extra")), ids(bigger.measuresTagged("environment")));
    }

    @Test
    void addAllOverlaysTwoCatalogues() {
        Catalogue small = Catalogue.builder().framework(Framework.ofMeasures(FrameworkId.of("local"), "L", "p", "1"))
                .build();
        Catalogue merged = Catalogue.builder().addAll(C).addAll(small).build();
        assertEquals(5, merged.frameworks().size());
        var e = assertThrows(CatalogueValidationException.class, () -> Catalogue.builder().addAll(C).addAll(C).build());
        assertTrue(e.problems().contains("duplicate measure id 'co2-saved'"));
    }

    @Test
    void toStringCounts() {
        assertEquals("Catalogue[4 frameworks, 3 themes, 4 outcomes, 5 measures, 2 priority groups]", C.toString());
    }

    @Test
    void sectorsInUseAreSortedDistinctAndUnmodifiable() {
        assertEquals(List.of(), C.sectors()); // no fixture measure is limited to sectors
        Catalogue withSectors = Fixtures.builder()
                .measure(Measure.builder(MeasureId.of("falls-avoided")).outcome(SKILLS).name("Falls avoided")
                        .unit(Unit.COUNT).categories(ContractCategory.SERVICES).sectors("social-care", "health").build())
                .measure(Measure.builder(MeasureId.of("drug-treatment")).outcome(SKILLS).name("Drug treatment")
                        .unit(Unit.PEOPLE).categories(ContractCategory.SERVICES)
                        .sectors("health", "criminal-justice", "social-care").build())
                .build();
        assertEquals(List.of("criminal-justice", "health", "social-care"), withSectors.sectors());
        assertSame(withSectors.sectors(), withSectors.sectors());
        assertThrows(UnsupportedOperationException.class, () -> withSectors.sectors().add("care"));
        assertEquals(withSectors.sectors(), withSectors.toBuilder().build().sectors());
    }
}
