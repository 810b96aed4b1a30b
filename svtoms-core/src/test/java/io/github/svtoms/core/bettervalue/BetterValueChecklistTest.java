package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.svtoms.core.bettervalue.ChecklistQuestion.CAPACITY_TO_IMPROVE;
import static io.github.svtoms.core.bettervalue.ChecklistQuestion.GOOD_SERVICE;
import static io.github.svtoms.core.bettervalue.ChecklistQuestion.IMPROVES_ALONE;
import static io.github.svtoms.core.bettervalue.ChecklistQuestion.KNOWN_WHETHER_PROVIDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every path through the GGI better value checklist (seed 003). */
class BetterValueChecklistTest {
    static ChecklistResult run(Object... qa) {
        ChecklistAnswers a = ChecklistAnswers.NONE;
        for (int i = 0; i < qa.length; i += 2) {
            a = a.with((ChecklistQuestion) qa[i], (Boolean) qa[i + 1]);
        }
        return BetterValueChecklist.run(a);
    }

    static List<ChecklistQuestion> questions(ChecklistResult r) {
        return r.path().stream().map(ChecklistStep::question).toList();
    }

    @Test
    void notKnowingWhetherTheServiceIsProvidedLeadsToResearch() {
        ChecklistResult r = run(KNOWN_WHETHER_PROVIDED, false);
        assertEquals(Optional.of(ChecklistAction.CONDUCT_RESEARCH), r.action());
        assertEquals(List.of(new ChecklistStep(KNOWN_WHETHER_PROVIDED, false,
                "Conduct research to ascertain whether the service is currently provided")), r.path());
    }

    @Test
    void aGoodServiceThatImprovesAloneContinues() {
        ChecklistResult r = run(KNOWN_WHETHER_PROVIDED, true, GOOD_SERVICE, true, IMPROVES_ALONE, true);
        assertEquals(Optional.of(ChecklistAction.CONTINUE_CURRENT_PROVISION), r.action());
        assertEquals(List.of(KNOWN_WHETHER_PROVIDED, GOOD_SERVICE, IMPROVES_ALONE), questions(r));
        assertEquals("It is provided", r.path().get(0).leadsTo());
        assertEquals("Retain service provision", r.path().get(1).leadsTo());
        assertEquals("1. Do we know whether the service is currently provided? yes → It is provided\n"
                + "2. Are we, or our suppliers, providing a demonstrably and objectively good service? yes → Retain service provision\n"
                + "4. Is there evidence that we, or the supplier, improve alone? yes → Continue with current service provision\n"
                + "advice: Continue with current service provision", r.describe());
    }

    @Test
    void aGoodServiceThatCannotImproveAloneSeeksAPartner() {
        ChecklistResult r = run(KNOWN_WHETHER_PROVIDED, true, GOOD_SERVICE, true, IMPROVES_ALONE, false);
        assertEquals(Optional.of(ChecklistAction.SEEK_PARTNERSHIP_OR_ALTERNATIVE), r.action());
        assertEquals(List.of(KNOWN_WHETHER_PROVIDED, GOOD_SERVICE, IMPROVES_ALONE), questions(r));
    }

    @Test
    void aServiceThatIsNotGoodButCanImproveIncorporatesQualityImprovement() {
        ChecklistResult r = run(KNOWN_WHETHER_PROVIDED, true, GOOD_SERVICE, false, CAPACITY_TO_IMPROVE, true);
        assertEquals(Optional.of(ChecklistAction.INCORPORATE_QUALITY_IMPROVEMENT), r.action());
        assertEquals(List.of(KNOWN_WHETHER_PROVIDED, GOOD_SERVICE, CAPACITY_TO_IMPROVE), questions(r));
        assertEquals("Review service provision", r.path().get(1).leadsTo());
    }

    @Test
    void aServiceThatIsNotGoodAndCannotImproveIsReviewedToChangeSupplier() {
        ChecklistResult r = run(KNOWN_WHETHER_PROVIDED, true, GOOD_SERVICE, false, CAPACITY_TO_IMPROVE, false);
        assertEquals(Optional.of(ChecklistAction.REVIEW_TO_CHANGE_SUPPLIER), r.action());
        assertEquals("Review service provision with a view to changing the current supplier",
                r.path().get(2).leadsTo());
    }

    @Test
    void answersOffThePathAreIgnoredAndMissingOnesAreAskedFor() {
        // question 3 is off the path of a good service
        assertEquals(Optional.of(ChecklistAction.CONTINUE_CURRENT_PROVISION),
                run(KNOWN_WHETHER_PROVIDED, true, GOOD_SERVICE, true, IMPROVES_ALONE, true, CAPACITY_TO_IMPROVE, false).action());
        ChecklistResult start = BetterValueChecklist.run(ChecklistAnswers.NONE);
        assertEquals(Optional.of(KNOWN_WHETHER_PROVIDED), start.nextQuestion());
        assertEquals(List.of(), start.path());
        assertFalse(start.complete());
        assertEquals("next: 1. Do we know whether the service is currently provided?", start.describe());
        assertEquals(Optional.of(GOOD_SERVICE), run(KNOWN_WHETHER_PROVIDED, true).nextQuestion());
        assertEquals(Optional.of(IMPROVES_ALONE), run(KNOWN_WHETHER_PROVIDED, true, GOOD_SERVICE, true).nextQuestion());
        ChecklistResult pending = run(KNOWN_WHETHER_PROVIDED, true, GOOD_SERVICE, false, IMPROVES_ALONE, true);
        assertEquals(Optional.of(CAPACITY_TO_IMPROVE), pending.nextQuestion());
        assertEquals(List.of(KNOWN_WHETHER_PROVIDED, GOOD_SERVICE), questions(pending));
        assertTrue(run(KNOWN_WHETHER_PROVIDED, false).complete());
    }

    @Test
    void everyActionIsReachedByExactlyOnePath() {
        int paths = 0;
        java.util.Set<ChecklistAction> reached = java.util.EnumSet.noneOf(ChecklistAction.class);
        for (int mask = 0; mask < 16; mask++) {
            ChecklistAnswers a = ChecklistAnswers.NONE;
            for (ChecklistQuestion q : ChecklistQuestion.values()) {
                a = a.with(q, (mask & (1 << q.ordinal())) != 0);
            }
            ChecklistResult r = BetterValueChecklist.run(a);
            assertTrue(r.complete());
            reached.add(r.action().orElseThrow());
            paths++;
        }
        assertEquals(16, paths);
        assertEquals(java.util.EnumSet.allOf(ChecklistAction.class), reached);
    }

    @Test
    void idsAndValidation() {
        for (ChecklistQuestion q : ChecklistQuestion.values()) {
            assertEquals(q, ChecklistQuestion.fromId(q.id()));
            assertEquals(q.ordinal() + 1, q.number());
        }
        for (ChecklistAction a : ChecklistAction.values()) {
            assertEquals(a, ChecklistAction.fromId(a.id()));
        }
        assertThrows(InvalidValueException.class, () -> ChecklistQuestion.fromId("q1"));
        assertThrows(InvalidValueException.class, () -> ChecklistAction.fromId("continue"));
        assertThrows(InvalidValueException.class, () -> new ChecklistResult(List.of(), Optional.empty(), Optional.empty()));
        assertThrows(InvalidValueException.class, () -> new ChecklistResult(List.of(),
                Optional.of(ChecklistAction.CONDUCT_RESEARCH), Optional.of(GOOD_SERVICE)));
        assertEquals(Optional.of(true), new ChecklistAnswers(Map.of(GOOD_SERVICE, true)).answer(GOOD_SERVICE));
    }
}
