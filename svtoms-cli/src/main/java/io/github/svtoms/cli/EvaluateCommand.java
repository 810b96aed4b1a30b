package io.github.svtoms.cli;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.ReadContext;
import io.github.svtoms.core.evaluation.BidResult;
import io.github.svtoms.core.evaluation.CriterionScore;
import io.github.svtoms.core.evaluation.EvaluationRequest;
import io.github.svtoms.core.evaluation.EvaluationResult;
import io.github.svtoms.core.evaluation.Finding;
import io.github.svtoms.core.evaluation.Importance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code svtoms evaluate REQUEST}: scores and ranks bids from an {@code svtoms-evaluation-request/1}. */
@Command(name = "evaluate", description = {"Score and rank bids from an svtoms-evaluation-request/1.",
        "Price, quality and social value points with their derivations, and the scheme checked against the framework's rules.",
        "With a commencement date, a framework family (uk-svm) resolves to the edition in force on it; the minimum",
        "social value weighting follows that edition and the contract value. Criteria ranked or described (s.23)",
        "are checked, not scored: the weighting check then says 'cannot be checked'.",
        "--format json writes svtoms-evaluation/1; csv writes one row per bid."})
final class EvaluateCommand implements Callable<Integer> {
    private final Context context;
    @Parameters(paramLabel = "REQUEST", description = "An svtoms-evaluation-request/1 file, or - for standard input.")
    String file;

    EvaluateCommand(Context context) {
        this.context = context;
    }

    /** The importance in words: {@code 20%}, {@code rank 2}, or the description. */
    static String importance(Importance i) {
        if (i instanceof Importance.Percentage p) {
            return Fmt.number(p.percent()) + "%";
        }
        return i instanceof Importance.Rank r ? "rank " + r.position() : ((Importance.Description) i).text();
    }

    @Override
    public Integer call() {
        Input input = context.read(file);
        EvaluationRequest request = Formats.EVALUATION_REQUEST.withContext(ReadContext.of(context.catalogue()))
                .read(input.stream(), input.name());
        EvaluationResult result = request.evaluate();
        List<BidResult> ranking = result.evaluation().map(e -> e.ranking()).orElse(List.of());
        List<String> criteria = ranking.isEmpty() ? List.of()
                : ranking.get(0).scores().stream().map(s -> s.criterion().toString()).toList();
        switch (context.format()) {
            case JSON -> context.out.print(Formats.EVALUATION_RESULT.toJson(result));
            case CSV -> {
                if (ranking.isEmpty()) {
                    Csv csv = new Csv("criterion", "kind", "importance");
                    request.criteria().criteria().forEach(x -> csv.row(x.id(), x.kind().id(), importance(x.importance())));
                    context.out.print(csv.render());
                    break;
                }
                List<String> headers = new ArrayList<>(List.of("rank", "bid", "price", "total", "quality_and_social_value"));
                criteria.forEach(c -> headers.add("points_" + c));
                Csv csv = new Csv(headers.toArray(String[]::new));
                for (BidResult b : ranking) {
                    List<Object> row = new ArrayList<>(List.of(b.rank(), b.bid(), b.price().amount().toPlainString(),
                            b.total().toPlainString(), b.qualityAndSocialValue().toPlainString()));
                    b.scores().forEach(s -> row.add(s.derivation().points().toPlainString()));
                    csv.row(row.toArray());
                }
                context.out.print(csv.render());
            }
            case TABLE -> {
                var out = context.out;
                out.println("Tender evaluation, " + ValueCommand.shortName(input.name()));
                out.println();
                request.framework().ifPresent(f -> ValuationView.kv(out, "framework",
                        Safe.terminal(f.name() + " (" + f.id() + ")")));
                LawView.edition(out, request.edition());
                request.contractValue().ifPresent(v -> ValuationView.kv(out, "contract", v.describe()));
                if (request.framework().isPresent() || request.contractValue().isPresent()) {
                    out.println();
                }
                if (ranking.isEmpty()) {
                    out.println("Bids not scored: the criteria give their importance as a ranking or a description"
                            + " (s.23), and svtoms scores bids only against percentage weights.");
                    TextTable c = new TextTable("criterion", "kind", "importance");
                    request.criteria().criteria().forEach(x -> c.row(x.id(), x.kind().id(), importance(x.importance())));
                    out.print(c.render());
                } else {
                    List<String> headers = new ArrayList<>(List.of("rank", "bid", "price", "total"));
                    headers.addAll(criteria);
                    TextTable t = new TextTable(headers.toArray(String[]::new));
                    for (BidResult b : ranking) {
                        List<Object> row = new ArrayList<>(List.of(b.rank(), b.bid(), Fmt.money(b.price()), Fmt.number(b.total(), 2)));
                        b.scores().forEach(s -> row.add(Fmt.number(s.derivation().points(), 2)));
                        t.row(row.toArray());
                    }
                    out.print(t.render());
                    BidResult winner = result.winner().orElseThrow();
                    out.println();
                    out.println("Winner: " + winner.bid() + winner.aboveNextBy().map(r -> " (ahead on " + r + ")").orElse(""));
                }
                result.frameworkCheck().ifPresent(fc -> {
                    out.println();
                    out.println("Scheme checked against " + fc.framework());
                    for (Finding f : fc.findings()) {
                        if (result.duties().stream().anyMatch(d -> d.rule().equals(f.ruleId()))) {
                            // the duty finding below checks the same rule with the edition's value bands
                            out.println("  see Duties  " + f.ruleId());
                            continue;
                        }
                        out.println("  " + (f.passed() ? "pass" : "FAIL") + "  " + f.ruleId() + ": " + Safe.terminal(f.detail()));
                    }
                });
                LawView.duties(out, "Duties", result.duties());
                result.winner().ifPresent(w -> {
                    out.println();
                    out.println("How the winner scored");
                    for (CriterionScore s : w.scores()) {
                        out.println("  " + s.criterion() + ": " + Safe.terminal(s.derivation().text()));
                    }
                });
            }
        }
        return 0;
    }
}
