package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.svtoms.core.bettervalue.BetterValueChecklist;
import io.github.svtoms.core.bettervalue.ChecklistAnswers;
import io.github.svtoms.core.bettervalue.ChecklistQuestion;
import io.github.svtoms.core.bettervalue.ChecklistResult;
import io.github.svtoms.core.bettervalue.ChecklistStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code svtoms checklist}: the GGI better value checklist (seed 003). The answers are given as options named
 * after the questions' file ids ({@code --good-service no}); the command prints the path the answers take
 * through the four questions and the recommended action, or — when a question on the path is not answered — the
 * path so far and the question to answer next (still exit code 0: an unanswered question is not an error).
 * Advice only, never a rule. One instance per run; picocli sets the fields.
 */
@Command(name = "checklist", sortOptions = false, description = {
        "Run the GGI better value checklist and print the recommended action with the path taken.",
        "Four yes/no questions (seed 003): only those on the path taken need an answer; without enough answers "
                + "the command names the next question to answer. The action is advice, not a rule.", ""},
        footer = {"", "Example:  svtoms checklist --known-whether-provided yes --good-service no --capacity-to-improve yes"})
final class ChecklistCommand implements Callable<Integer> {
    /** The JSON listing this command writes with {@code --format json}. */
    static final String FORMAT = "svtoms-checklist-result/1";

    private final Context context;

    @Option(names = "--known-whether-provided", paramLabel = "yes|no", converter = YesNo.class,
            description = "1. Do we know whether the service is currently provided?")
    Answer knownWhetherProvided;

    @Option(names = "--good-service", paramLabel = "yes|no", converter = YesNo.class,
            description = "2. Are we, or our suppliers, providing a demonstrably and objectively good service?")
    Answer goodService;

    @Option(names = "--capacity-to-improve", paramLabel = "yes|no", converter = YesNo.class,
            description = "3. Can we, or our suppliers, demonstrate and evidence the appetite / capacity to improve "
                    + "the quality of the service?")
    Answer capacityToImprove;

    @Option(names = "--improves-alone", paramLabel = "yes|no", converter = YesNo.class,
            description = "4. Is there evidence that we, or the supplier, improve alone?")
    Answer improvesAlone;

    ChecklistCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ChecklistAnswers answers = ChecklistAnswers.NONE;
        answers = with(answers, ChecklistQuestion.KNOWN_WHETHER_PROVIDED, knownWhetherProvided);
        answers = with(answers, ChecklistQuestion.GOOD_SERVICE, goodService);
        answers = with(answers, ChecklistQuestion.CAPACITY_TO_IMPROVE, capacityToImprove);
        answers = with(answers, ChecklistQuestion.IMPROVES_ALONE, improvesAlone);
        ChecklistResult result = BetterValueChecklist.run(answers);
        switch (context.format()) {
            case JSON -> context.out.print(Json.write(json(answers, result)));
            case CSV -> {
                Csv csv = new Csv("step", "question", "text", "answer", "leads_to");
                int i = 1;
                for (ChecklistStep s : result.path()) {
                    csv.row(i++, s.question().id(), s.question().text(), yesNo(s.answer()), s.leadsTo());
                }
                result.nextQuestion().ifPresent(q -> csv.row("next", q.id(), q.text(), "", ""));
                context.out.print(csv.render());
            }
            case TABLE -> table(result);
        }
        return Main.OK;
    }

    private static ChecklistAnswers with(ChecklistAnswers answers, ChecklistQuestion q, Answer answer) {
        return answer == null ? answers : answers.with(q, answer == Answer.YES);
    }

    private void table(ChecklistResult result) {
        var out = context.out;
        out.println("GGI better value checklist (seed 003) — advice, not a rule");
        out.println();
        for (ChecklistStep s : result.path()) {
            out.println("  " + s.question().number() + ". " + s.question().text());
            out.println("     " + yesNo(s.answer()) + " → " + s.leadsTo());
        }
        out.println();
        result.action().ifPresent(a -> out.println("Recommended action: " + a.words()));
        result.nextQuestion().ifPresent(q -> {
            out.println("Next question: " + q.number() + ". " + q.text());
            out.println("  answer it with --" + q.id() + " yes|no");
        });
    }

    private static ObjectNode json(ChecklistAnswers answers, ChecklistResult result) {
        ObjectNode root = Json.object();
        root.put("format", FORMAT);
        root.put("source", BetterValueChecklist.SOURCE);
        root.put("level", "advice");
        ObjectNode given = root.putObject("answers");
        for (ChecklistQuestion q : ChecklistQuestion.values()) {
            answers.answer(q).ifPresent(a -> given.put(q.id(), a));
        }
        ArrayNode path = root.putArray("path");
        for (ChecklistStep s : result.path()) {
            ObjectNode step = path.addObject();
            step.put("question", s.question().id());
            step.put("number", s.question().number());
            step.put("text", s.question().text());
            step.put("answer", s.answer());
            step.put("leadsTo", s.leadsTo());
        }
        result.action().ifPresent(a -> {
            ObjectNode action = root.putObject("action");
            action.put("id", a.id());
            action.put("words", a.words());
        });
        result.nextQuestion().ifPresent(q -> {
            ObjectNode next = root.putObject("nextQuestion");
            next.put("id", q.id());
            next.put("number", q.number());
            next.put("text", q.text());
        });
        return root;
    }

    private static String yesNo(boolean answer) {
        return answer ? "yes" : "no";
    }

    /** An answer on the command line (not a {@code Boolean}, which picocli would treat as a flag). */
    enum Answer {
        /** Yes. */
        YES,
        /** No. */
        NO
    }

    /** Reads {@code yes} or {@code no} (any case); anything else is a usage error. Stateless. */
    static final class YesNo implements ITypeConverter<Answer> {
        @Override
        public Answer convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "yes" -> Answer.YES;
                case "no" -> Answer.NO;
                default -> throw new TypeConversionException("expected yes or no, found '" + value + "'");
            };
        }
    }
}
