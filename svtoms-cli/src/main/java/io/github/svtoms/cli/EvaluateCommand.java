package io.github.svtoms.cli;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.ReadContext;
import io.github.svtoms.core.evaluation.BidResult;
import io.github.svtoms.core.evaluation.CriterionScore;
import io.github.svtoms.core.evaluation.EvaluationRequest;
import io.github.svtoms.core.evaluation.EvaluationResult;
import io.github.svtoms.core.evaluation.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code svtoms evaluate REQUEST}: scores and ranks bids from an {@code svtoms-evaluation-request/1}. */
@Command(name = "evaluate", description = {"Score and rank bids from an svtoms-evaluation-request/1.",
        "Price, quality and social value points with their derivations, and the scheme checked against the framework's rules.",
        "--format json writes svtoms-evaluation/1; csv writes one row per bid."})
final class EvaluateCommand implements Callable<Integer> {
    private final Context context;
    @Parameters(paramLabel = "REQUEST", description = "An svtoms-evaluation-request/1 file, or - for standard input.")
    String file;

    EvaluateCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Input input = context.read(file);
        EvaluationRequest request = Formats.EVALUATION_REQUEST.withContext(ReadContext.of(context.catalogue()))
                .read(input.stream(), input.name());
        EvaluationResult result = request.evaluate();
        List<BidResult> ranking = result.evaluation().ranking();
        List<String> criteria = ranking.isEmpty() ? List.of()
                : ranking.get(0).scores().stream().map(s -> s.criterion().toString()).toList();
        switch (context.format()) {
            case JSON -> context.out.print(Formats.EVALUATION_RESULT.toJson(result));
            case CSV -> {
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
                List<String> headers = new ArrayList<>(List.of("rank", "bid", "price", "total"));
                headers.addAll(criteria);
                TextTable t = new TextTable(headers.toArray(String[]::new));
                for (BidResult b : ranking) {
                    List<Object> row = new ArrayList<>(List.of(b.rank(), b.bid(), Fmt.money(b.price()), Fmt.number(b.total(), 2)));
                    b.scores().forEach(s -> row.add(Fmt.number(s.derivation().points(), 2)));
                    t.row(row.toArray());
                }
                out.print(t.render());
                out.println();
                out.println("Winner: " + result.winner().bid() + result.winner().aboveNextBy().map(r -> " (ahead on " + r + ")").orElse(""));
                result.frameworkCheck().ifPresent(fc -> {
                    out.println();
                    out.println("Scheme checked against " + fc.framework());
                    for (Finding f : fc.findings()) {
                        out.println("  " + (f.passed() ? "pass" : "FAIL") + "  " + f.ruleId() + ": " + f.detail());
                    }
                });
                out.println();
                out.println("How the winner scored");
                for (CriterionScore s : result.winner().scores()) {
                    out.println("  " + s.criterion() + ": " + s.derivation().text());
                }
            }
        }
        return 0;
    }
}
