package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.json.EvaluationDtos.BidResultDto;
import io.github.svtoms.catalog.json.EvaluationDtos.FindingDto;
import io.github.svtoms.catalog.json.EvaluationDtos.FrameworkCheckDto;
import io.github.svtoms.catalog.json.EvaluationDtos.ResultDocument;
import io.github.svtoms.catalog.json.EvaluationDtos.ScoreDto;
import io.github.svtoms.core.evaluation.BidResult;
import io.github.svtoms.core.evaluation.CriterionScore;
import io.github.svtoms.core.evaluation.EvaluationResult;
import io.github.svtoms.core.evaluation.FrameworkCheck;

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
        return JsonOut.write("svtoms-evaluation/1", new ResultDocument(result.request().currency().getCurrencyCode(),
                result.frameworkCheck().map(EvaluationResultWriter::check).orElse(null), result.winner().bid().value(),
                CatalogueWriter.each(result.evaluation().ranking(), r -> bid(r, result))));
    }

    private static FrameworkCheckDto check(FrameworkCheck check) {
        return new FrameworkCheckDto(check.framework().value(), check.passed(), CatalogueWriter.each(check.findings(),
                f -> new FindingDto(f.ruleId(), f.passed(), Values.id(f.severity()), f.detail())));
    }

    private static BidResultDto bid(BidResult r, EvaluationResult result) {
        return new BidResultDto(r.rank(), r.bid().value(), result.request().bidNames().get(r.bid()),
                JsonOut.decimal(r.price().amount()), JsonOut.decimal(Values.twoPlaces(r.total())),
                JsonOut.decimal(Values.twoPlaces(r.qualityAndSocialValue())), r.aboveNextBy().map(Values::id).orElse(null),
                r.totalDerivation(), CatalogueWriter.each(r.scores(), EvaluationResultWriter::score));
    }

    private static ScoreDto score(CriterionScore s) {
        return new ScoreDto(s.criterion().value(), Values.id(s.kind()), JsonOut.decimal(s.weight()),
                JsonOut.decimal(Values.twoPlaces(s.points())), s.derivation().text(), Values.inputs(s.derivation().inputs()));
    }
}
