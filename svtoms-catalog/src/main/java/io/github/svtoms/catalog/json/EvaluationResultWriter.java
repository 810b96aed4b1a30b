package io.github.svtoms.catalog.json;

import io.github.svtoms.core.evaluation.EvaluationResult;
import io.github.svtoms.core.evaluation.BidResult;
import io.github.svtoms.core.evaluation.CriterionScore;


/**
 * Writes {@code svtoms-evaluation/1}, the report of an evaluated request: the framework check (when the
 * request names a framework), the winner and the ranking with every criterion's points, derivation and
 * exact inputs. Points and totals are rounded to 2 decimal places with {@code HALF_EVEN}; inputs are
 * exact (at most 20 fraction digits). A report: there is no reader. Not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class EvaluationResultWriter {
    private EvaluationResultWriter() {
    }

    /**
     * Writes an evaluation result in the canonical form.
     *
     * @param result the result
     * @return the JSON text, ending with a newline
     */
    public static String write(EvaluationResult result) {
        JsonText w = new JsonText().beginObject().member("format", "svtoms-evaluation/1")
                .member("currency", result.request().currency().getCurrencyCode());
        result.frameworkCheck().ifPresent(check -> {
            w.name("frameworkCheck").beginObject().member("framework", check.framework().value())
                    .name("passed").bool(check.passed());
            CatalogueWriter.array(w, "findings", check.findings(), (x, f) -> x.member("rule", f.ruleId())
                    .name("passed").bool(f.passed()).member("severity", Values.id(f.severity()))
                    .member("detail", f.detail()));
            w.endObject();
        });
        w.member("winner", result.winner().bid().value());
        CatalogueWriter.array(w, "ranking", result.evaluation().ranking(), (x, r) -> bid(x, r, result));
        return w.endObject().finish();
    }

    private static void bid(JsonText x, BidResult r, EvaluationResult result) {
        x.name("rank").integer(r.rank()).member("bid", r.bid().value());
        String name = result.request().bidNames().get(r.bid());
        if (name != null) {
            x.member("name", name);
        }
        x.member("price", r.price().amount()).member("total", Values.twoPlaces(r.total()))
                .member("qualityAndSocialValue", Values.twoPlaces(r.qualityAndSocialValue()));
        r.aboveNextBy().ifPresent(by -> x.member("aboveNextBy", Values.id(by)));
        x.member("derivation", r.totalDerivation());
        CatalogueWriter.array(x, "criteria", r.scores(), EvaluationResultWriter::score);
    }

    private static void score(JsonText x, CriterionScore s) {
        x.member("criterion", s.criterion().value()).member("kind", Values.id(s.kind()))
                .member("weight", s.weight()).member("points", Values.twoPlaces(s.points()))
                .member("derivation", s.derivation().text());
        Values.inputs(x, s.derivation().inputs());
    }
}
