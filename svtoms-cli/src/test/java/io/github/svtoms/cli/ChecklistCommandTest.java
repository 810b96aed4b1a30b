package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code svtoms checklist}: every path of the GGI better value checklist (seed 003) through the command line,
 * in process. The expected actions follow the tree as {@code BetterValueChecklist} documents it.
 */
class ChecklistCommandTest {
    private static List<String> actionAndQuestions(Run r) {
        JsonNode root = r.json();
        List<String> out = new ArrayList<>();
        root.get("path").forEach(s -> out.add(s.get("question").asText() + "=" + (s.get("answer").asBoolean() ? "yes" : "no")));
        out.add(root.has("action") ? root.get("action").get("id").asText() : "next:" + root.get("nextQuestion").get("id").asText());
        return out;
    }

    @Test
    void everyPathEndsInItsAction() {
        assertEquals(List.of("known-whether-provided=no", "conduct-research"),
                actionAndQuestions(Run.of("checklist", "--known-whether-provided", "no", "--format", "json")));
        assertEquals(List.of("known-whether-provided=yes", "good-service=yes", "improves-alone=yes",
                        "continue-current-provision"),
                actionAndQuestions(Run.of("checklist", "--known-whether-provided", "yes", "--good-service", "yes",
                        "--improves-alone", "yes", "--format", "json")));
        assertEquals(List.of("known-whether-provided=yes", "good-service=yes", "improves-alone=no",
                        "seek-partnership-or-alternative"),
                actionAndQuestions(Run.of("checklist", "--known-whether-provided", "yes", "--good-service", "yes",
                        "--improves-alone", "no", "--format", "json")));
        assertEquals(List.of("known-whether-provided=yes", "good-service=no", "capacity-to-improve=yes",
                        "incorporate-quality-improvement"),
                actionAndQuestions(Run.of("checklist", "--known-whether-provided", "yes", "--good-service", "no",
                        "--capacity-to-improve", "yes", "--format", "json")));
        assertEquals(List.of("known-whether-provided=yes", "good-service=no", "capacity-to-improve=no",
                        "review-to-change-supplier"),
                actionAndQuestions(Run.of("checklist", "--known-whether-provided", "yes", "--good-service", "no",
                        "--capacity-to-improve", "no", "--format", "json")));
    }

    @Test
    void answersOffThePathAreIgnored() {
        // question 3 is asked only after "no" to question 2
        Run r = Run.of("checklist", "--known-whether-provided", "yes", "--good-service", "yes", "--improves-alone", "yes",
                "--capacity-to-improve", "no", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals("continue-current-provision", r.json().get("action").get("id").asText());
        assertEquals(3, r.json().get("path").size());
    }

    @Test
    void theTableShowsThePathAndTheActionInTheSeedsWords() {
        Run r = Run.of("checklist", "--known-whether-provided", "YES", "--good-service", "no", "--capacity-to-improve", "no");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(String.join("\n",
                "GGI better value checklist (seed 003) — advice, not a rule",
                "",
                "  1. Do we know whether the service is currently provided?",
                "     yes → It is provided",
                "  2. Are we, or our suppliers, providing a demonstrably and objectively good service?",
                "     no → Review service provision",
                "  3. Can we, or our suppliers, demonstrate and evidence the appetite / capacity to improve the quality of the service?",
                "     no → Review service provision with a view to changing the current supplier",
                "",
                "Recommended action: Review service provision with a view to changing the current supplier",
                ""), r.out());
    }

    @Test
    void withoutEnoughAnswersItNamesTheNextQuestion() {
        Run none = Run.of("checklist");
        assertEquals(0, none.code(), none.err());
        assertTrue(none.out().contains("Next question: 1. Do we know whether the service is currently provided?\n"
                + "  answer it with --known-whether-provided yes|no\n"), none.out());
        assertFalse(none.out().contains("Recommended action"), none.out());

        Run half = Run.of("checklist", "--known-whether-provided", "yes", "--good-service", "yes", "--format", "json");
        assertEquals(List.of("known-whether-provided=yes", "good-service=yes", "next:improves-alone"), actionAndQuestions(half));
        assertFalse(half.json().has("action"));
        assertEquals("svtoms-checklist-result/1", half.json().get("format").asText());
        assertEquals("advice", half.json().get("level").asText());
        assertEquals("{\"known-whether-provided\":true,\"good-service\":true}", half.json().get("answers").toString());
    }

    @Test
    void csvHasOneRowPerStep() {
        Run r = Run.of("checklist", "--known-whether-provided", "no", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("step,question,text,answer,leads_to\n"
                + "1,known-whether-provided,Do we know whether the service is currently provided?,no,"
                + "Conduct research to ascertain whether the service is currently provided\n", r.out());
    }

    @Test
    void anAnswerOtherThanYesOrNoIsAUsageError() {
        Run r = Run.of("checklist", "--good-service", "maybe");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("expected yes or no, found 'maybe'"), r.err());
        assertTrue(r.err().contains("Run 'svtoms checklist --help' for usage."), r.err());
    }
}
