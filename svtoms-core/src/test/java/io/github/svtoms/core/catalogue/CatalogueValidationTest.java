package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.SvtomsException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.github.svtoms.core.catalogue.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueValidationTest {
    private static final MeasureId GHOST = MeasureId.of("ghost");
    private static final FrameworkId BAD = FrameworkId.of("bad");

    private static List<String> problems(Catalogue.Builder b) {
        var e = assertThrows(CatalogueValidationException.class, b::build);
        assertTrue(e instanceof SvtomsException);
        return e.problems();
    }

    /** Exactly one problem, containing every given fragment. */
    private static void assertOneProblem(Catalogue.Builder b, String... fragments) {
        List<String> problems = problems(b);
        assertEquals(1, problems.size(), () -> "problems: " + problems);
        for (String f : fragments) {
            assertTrue(problems.get(0).contains(f), () -> "'" + f + "' not in: " + problems.get(0));
        }
    }

    private static Framework priorities(FrameworkId id, Priority... priorities) {
        return Framework.ofPriorities(id, "Bad", "Someone", "1", FrameworkRules.NONE, List.of(priorities));
    }

    private static Priority child(String id, String parent) {
        return new Priority(PriorityId.of(id), id, "", Optional.of(PriorityId.of(parent)), List.of());
    }

    @Test
    void theFixtureIsValid() {
        Catalogue c = Fixtures.catalogue();
        assertEquals(4, c.frameworks().size());
        assertEquals(5, c.measures().size());
    }

    @Test
    void anEmptyCatalogueIsValid() {
        Catalogue c = Catalogue.builder().build();
        assertTrue(c.measures().isEmpty());
        assertEquals("Catalogue[0 frameworks, 0 themes, 0 outcomes, 0 measures, 0 priority groups]", c.toString());
    }

    // ---- duplicate ids -----------------------------------------------------------------------

    @Test
    void duplicateFrameworkId() {
        assertOneProblem(builder().framework(Framework.ofMeasures(OPEN, "Again", "x", "2")),
                "duplicate framework id 'open'");
    }

    @Test
    void duplicateThemeId() {
        assertOneProblem(builder().theme(new Theme(JOBS, OPEN, "Jobs again", "")), "duplicate theme id 'jobs'");
    }

    @Test
    void duplicateOutcomeId() {
        assertOneProblem(builder().outcome(new Outcome(SKILLS, JOBS, "Skills again", "")),
                "duplicate outcome id 'skills'");
    }

    @Test
    void duplicateMeasureId() {
        assertOneProblem(builder().measure(measure(CO2_SAVED, CARBON, List.of())), "duplicate measure id 'co2-saved'");
    }

    @Test
    void duplicatePriorityGroupId() {
        assertOneProblem(builder().priorityGroup(new PriorityGroup(VETERANS, "Veterans again", "", List.of())),
                "duplicate priority group id 'veterans'");
    }

    @Test
    void anIdUsedThreeTimesIsReportedOnce() {
        assertOneProblem(builder().measure(measure(CO2_SAVED, CARBON, List.of()))
                .measure(measure(CO2_SAVED, CARBON, List.of("x"))), "duplicate measure id 'co2-saved'");
    }

    @Test
    void theSameTextMayBeIdsOfDifferentKinds() {
        // "jobs" as a theme id and as a measure id do not clash
        Catalogue c = builder().measure(measure(MeasureId.of("jobs"), LOCAL_JOBS, List.of())).build();
        assertTrue(c.measure(MeasureId.of("jobs")).isPresent());
    }

    // ---- dangling references -----------------------------------------------------------------

    @Test
    void themeOfUnknownFramework() {
        assertOneProblem(builder().theme(new Theme(ThemeId.of("t"), FrameworkId.of("nowhere"), "T", "")),
                "theme 't' belongs to unknown framework 'nowhere'");
    }

    @Test
    void themeOwnedByAPriorityFramework() {
        assertOneProblem(builder().theme(new Theme(ThemeId.of("t"), KENT, "T", "")),
                "theme 't' belongs to framework 'kent'", "priority framework", "only measure-owning frameworks own themes");
    }

    @Test
    void outcomeOfUnknownTheme() {
        assertOneProblem(builder().outcome(new Outcome(OutcomeId.of("o"), ThemeId.of("nowhere"), "O", "")),
                "outcome 'o' belongs to unknown theme 'nowhere'");
    }

    @Test
    void measureOfUnknownOutcome() {
        assertOneProblem(builder().measure(measure(MeasureId.of("m"), OutcomeId.of("nowhere"), List.of())),
                "measure 'm' serves unknown outcome 'nowhere'");
    }

    @Test
    void priorityOfUnknownMeasure() {
        assertOneProblem(builder().framework(priorities(BAD, Priority.of(PriorityId.of("p"), "P", "", List.of(GHOST)))),
                "framework 'bad' priority 'p' points at unknown measure 'ghost'");
    }

    @Test
    void priorityWithUnknownParent() {
        assertOneProblem(builder().framework(priorities(BAD, child("p", "nowhere"))),
                "framework 'bad' priority 'p' has unknown parent 'nowhere'");
    }

    @Test
    void priorityParentInAnotherFrameworkIsUnknown() {
        // kent has local-employment-p, but parents must be in the same framework
        assertOneProblem(builder().framework(priorities(BAD, child("p", "local-employment-p"))),
                "framework 'bad' priority 'p' has unknown parent 'local-employment-p'");
    }

    @Test
    void priorityThatIsItsOwnParent() {
        assertOneProblem(builder().framework(priorities(BAD, child("p", "p"))),
                "framework 'bad' priority 'p' is its own ancestor");
    }

    @Test
    void priorityParentCycle() {
        List<String> problems = problems(builder().framework(priorities(BAD,
                child("a", "b"), child("b", "c"), child("c", "a"))));
        assertEquals(List.of("framework 'bad' priority 'a' is its own ancestor",
                "framework 'bad' priority 'b' is its own ancestor",
                "framework 'bad' priority 'c' is its own ancestor"), problems);
    }

    @Test
    void aPriorityBelowACycleIsNotCalledItsOwnAncestor() {
        // d's ancestors are a, b, a, ... : the cycle is a <-> b; d is not on it
        List<String> problems = problems(builder().framework(priorities(BAD,
                child("a", "b"), child("b", "a"), child("d", "a"))));
        assertEquals(List.of("framework 'bad' priority 'a' is its own ancestor",
                "framework 'bad' priority 'b' is its own ancestor"), problems);
    }

    @Test
    void duplicatePriorityInOneFramework() {
        Priority p = Priority.of(PriorityId.of("p"), "P", "", List.of());
        assertOneProblem(builder().framework(priorities(BAD, p, p)), "duplicate framework 'bad' priority id 'p'");
    }

    @Test
    void thePriorityIdMayRepeatAcrossFrameworks() {
        // kent has "green"; another framework may have its own "green"
        Catalogue c = builder().framework(priorities(BAD, Priority.of(GREEN, "Green", "", List.of(CO2_SAVED)))).build();
        assertEquals(List.of(c.requireMeasure(CO2_SAVED)), c.measuresServing(BAD, GREEN));
    }

    @Test
    void measureFrameworkWithPriorities() {
        Framework f = new Framework(BAD, FrameworkKind.MEASURES, "Bad", "x", "1", "", Optional.empty(),
                Optional.empty(), FrameworkRules.NONE, List.of(), List.of(Priority.of(PriorityId.of("p"), "P", "",
                List.of())));
        assertOneProblem(builder().framework(f), "framework 'bad' owns measures but lists priorities");
    }

    @Test
    void unknownMandatoryTheme() {
        Framework f = Framework.ofPriorities(BAD, "Bad", "x", "1",
                FrameworkRules.NONE.withMandatoryThemes(List.of(ThemeId.of("nowhere"))), List.of());
        assertOneProblem(builder().framework(f), "framework 'bad' makes unknown theme 'nowhere' mandatory");
    }

    @Test
    void unknownFrameworkPriorityGroup() {
        Framework f = new Framework(BAD, FrameworkKind.PRIORITIES, "Bad", "x", "1", "", Optional.empty(),
                Optional.empty(), FrameworkRules.NONE, List.of(PriorityGroupId.of("nowhere")), List.of());
        assertOneProblem(builder().framework(f), "framework 'bad' uses unknown priority group 'nowhere'");
    }

    @Test
    void priorityGroupOfUnknownMeasure() {
        assertOneProblem(builder().priorityGroup(new PriorityGroup(PriorityGroupId.of("g"), "G", "", List.of(GHOST))),
                "priority group 'g' points at unknown measure 'ghost'");
    }

    // ---- every problem at once ---------------------------------------------------------------

    @Test
    void buildReportsEveryProblemAtOnce() {
        var e = assertThrows(CatalogueValidationException.class, () -> builder()
                .theme(new Theme(JOBS, OPEN, "Jobs again", ""))
                .measure(measure(MeasureId.of("m"), OutcomeId.of("nowhere"), List.of()))
                .priorityGroup(new PriorityGroup(PriorityGroupId.of("g"), "G", "", List.of(GHOST)))
                .build());
        assertEquals(3, e.problems().size(), () -> "problems: " + e.problems());
        assertTrue(e.problems().contains("duplicate theme id 'jobs'"));
        assertTrue(e.problems().contains("measure 'm' serves unknown outcome 'nowhere'"));
        assertTrue(e.problems().contains("priority group 'g' points at unknown measure 'ghost'"));
        assertTrue(e.getMessage().startsWith("invalid catalogue (3 problems):"), e.getMessage());
        for (String p : e.problems()) {
            assertTrue(e.getMessage().contains("\n  - " + p), e.getMessage());
        }
    }

    @Test
    void oneProblemIsSingular() {
        var e = assertThrows(CatalogueValidationException.class,
                () -> builder().measure(measure(CO2_SAVED, CARBON, List.of())).build());
        assertTrue(e.getMessage().startsWith("invalid catalogue (1 problem):"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> e.problems().add("x"));
    }

    @Test
    void builderRejectsNullParts() {
        Catalogue.Builder b = Catalogue.builder();
        assertThrows(InvalidValueException.class, () -> b.framework(null));
        assertThrows(InvalidValueException.class, () -> b.theme(null));
        assertThrows(InvalidValueException.class, () -> b.outcome(null));
        assertThrows(InvalidValueException.class, () -> b.measure(null));
        assertThrows(InvalidValueException.class, () -> b.priorityGroup(null));
        assertThrows(InvalidValueException.class, () -> b.addAll(null));
    }

    @Test
    void partsRejectMissingOrBlankValues() {
        var e1 = assertThrows(InvalidValueException.class, () -> new Theme(JOBS, OPEN, " ", ""));
        assertEquals("theme name must not be blank", e1.getMessage());
        var e2 = assertThrows(InvalidValueException.class, () -> new Outcome(SKILLS, null, "S", ""));
        assertEquals("outcome theme must not be null", e2.getMessage());
        var e3 = assertThrows(InvalidValueException.class, () -> Priority.of(GREEN, "", "", List.of()));
        assertEquals("priority name must not be blank", e3.getMessage());
        var e4 = assertThrows(InvalidValueException.class, () -> new PriorityGroup(VETERANS, "V", null, List.of()));
        assertEquals("priority group description must not be null", e4.getMessage());
        var e5 = assertThrows(InvalidValueException.class, () -> Framework.ofMeasures(OPEN, "O", "", "1"));
        assertEquals("framework publisher must not be blank", e5.getMessage());
        var e6 = assertThrows(InvalidValueException.class, () -> Framework.ofMeasures(OPEN, "O", "p", " "));
        assertEquals("framework edition must not be blank", e6.getMessage());
    }

    // ---- extending a valid catalogue: toBuilder() checks only what is added ------------------

    /** Additions breaking each rule, and valid ones. */
    private static List<java.util.function.UnaryOperator<Catalogue.Builder>> additions() {
        return List.of(
                b -> b.framework(Framework.ofMeasures(OPEN, "Again", "x", "2")),
                b -> b.theme(new Theme(JOBS, OPEN, "Jobs again", "")),
                b -> b.outcome(new Outcome(SKILLS, JOBS, "Skills again", "")),
                b -> b.measure(measure(CO2_SAVED, CARBON, List.of())).measure(measure(CO2_SAVED, CARBON, List.of())),
                b -> b.priorityGroup(new PriorityGroup(VETERANS, "Veterans again", "", List.of())),
                b -> b.theme(new Theme(ThemeId.of("t"), FrameworkId.of("nowhere"), "T", "")),
                b -> b.theme(new Theme(ThemeId.of("t"), KENT, "T", "")),
                b -> b.outcome(new Outcome(OutcomeId.of("o"), ThemeId.of("nowhere"), "O", "")),
                b -> b.measure(measure(MeasureId.of("m"), OutcomeId.of("nowhere"), List.of())),
                b -> b.framework(priorities(BAD, Priority.of(PriorityId.of("p"), "P", "", List.of(GHOST)))),
                b -> b.framework(priorities(BAD, child("p", "nowhere"))),
                b -> b.framework(priorities(BAD, child("p", "p"))),
                b -> b.framework(priorities(BAD, child("a", "b"), child("b", "a"))),
                b -> b.priorityGroup(new PriorityGroup(PriorityGroupId.of("g"), "G", "", List.of(GHOST))),
                b -> b.framework(Framework.ofPriorities(BAD, "Bad", "x", "1",
                        FrameworkRules.NONE.withMandatoryThemes(List.of(ThemeId.of("nowhere"))), List.of())),
                // several problems at once, in the order checking everything lists them
                b -> b.measure(measure(MeasureId.of("m"), OutcomeId.of("nowhere"), List.of()))
                        .theme(new Theme(ThemeId.of("t"), FrameworkId.of("nowhere"), "T", ""))
                        .framework(Framework.ofMeasures(OPEN, "Again", "x", "2")),
                // valid: a new framework over existing measures, a new theme, outcome and measure
                b -> b.framework(priorities(BAD, Priority.of(PriorityId.of("p"), "P", "", List.of(CO2_SAVED))))
                        .theme(new Theme(ThemeId.of("t"), OPEN, "T", ""))
                        .outcome(new Outcome(OutcomeId.of("o"), ThemeId.of("t"), "O", ""))
                        .measure(measure(MeasureId.of("m"), OutcomeId.of("o"), List.of())));
    }

    @Test
    void extendingAValidCatalogueFindsWhatCheckingEverythingFinds() {
        Catalogue base = Fixtures.catalogue();
        int invalid = 0;
        for (var add : additions()) {
            Catalogue.Builder everything = add.apply(Catalogue.builder().addAll(base));
            Catalogue.Builder added = add.apply(base.toBuilder());
            List<String> expected;
            try {
                Catalogue c = everything.build();
                assertEquals(c, added.build());
                continue;
            } catch (CatalogueValidationException e) {
                expected = e.problems();
            }
            assertEquals(expected, problems(added));
            invalid++;
        }
        assertEquals(16, invalid, "every addition but the last breaks a rule");
    }
}
