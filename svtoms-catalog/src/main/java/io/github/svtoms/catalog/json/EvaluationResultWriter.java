package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.json.EvaluationDtos.BidResultDto;
import io.github.svtoms.catalog.json.EvaluationDtos.FindingDto;
import io.github.svtoms.catalog.json.EvaluationDtos.FrameworkCheckDto;
import io.github.svtoms.catalog.json.EvaluationDtos.ResultDocument;
import io.github.svtoms.catalog.json.EvaluationDtos.ScoreDto;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.evaluation.BidResult;
import io.github.svtoms.core.evaluation.CriterionScore;
import io.github.svtoms.core.evaluation.EvaluationRequest;
import io.github.svtoms.core.evaluation.EvaluationResult;
import io.github.svtoms.core.evaluation.FrameworkCheck;
import io.github.svtoms.core.law.ContractValue;

import java.util.Currency;

/**
 * Writes {@code svtoms-evaluation/1}, the report of an evaluated request: the framework (the edition chosen by
 * commencement date, and why, when the request gave a date), the framework check (when the request names a
 * framework and scores bids), the duty findings (the minimum weighting for the contract value), the winner and the
 * ranking with every criterion's points, derivation and exact inputs (when the request scores bids). Points and
 * totals are rounded to 2 decimal places with {@code HALF_EVEN}; inputs are exact (at most 20 fraction digits). A
 * report: there is no reader. Not exported.
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
        EvaluationRequest request = result.request();
        Currency currency = request.currency().or(() -> request.contractValue().map(ContractValue::currency))
                .orElseThrow(() -> new InvalidValueException("an evaluation result without bids or a contract value has"
                        + " no currency, which svtoms-evaluation/1 requires"));
        return JsonOut.write("svtoms-evaluation/1", new ResultDocument(currency.getCurrencyCode(),
                request.framework().map(f -> f.id().value()).orElse(null),
                request.edition().map(e -> LawValues.edition(e, true)).orElse(null),
                result.frameworkCheck().map(EvaluationResultWriter::check).orElse(null),
                JsonOut.nonEmpty(LawValues.duties(result.duties())),
                result.winner().map(w -> w.bid().value()).orElse(null),
                result.evaluation().map(e -> CatalogueWriter.each(e.ranking(), r -> bid(r, result))).orElse(null)));
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
