package io.github.svtoms.ocds.internal;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.evaluation.Criterion;
import io.github.svtoms.core.evaluation.CriterionId;
import io.github.svtoms.core.evaluation.CriterionKind;
import io.github.svtoms.core.evaluation.EvaluationScheme;
import io.github.svtoms.ocds.AwardCriterion;
import io.github.svtoms.ocds.CriteriaReading;
import io.github.svtoms.ocds.Provenance;
import io.github.svtoms.ocds.Reason;
import io.github.svtoms.ocds.ReasonKind;
import io.github.svtoms.ocds.SocialValueTerms;
import io.github.svtoms.ocds.Weight;
import io.github.svtoms.ocds.WeightKind;
import io.github.svtoms.ocds.Weighting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a list of award criteria into a {@link CriteriaReading}: what a number without a unit means is
 * decided for the whole set (points when one of them is above 100; decimal shares when all are at most 1
 * and they add up to 1; otherwise percentages); each weight gets its percentage ({@link Percentages});
 * and when every criterion has one and they add up to exactly 100, with at most one price criterion, the
 * {@link EvaluationScheme} is built. A list of one criterion without a weight weighs it 100 %; a list
 * ranked by order, or of several criteria without any weight, cannot be checked. Stateless and
 * thread-safe.
 */
final class CriteriaSet {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CriteriaSet() {
    }

    static CriteriaReading interpret(List<Node> items, String source, Provenance provenance, SocialValueTerms terms) {
        List<Reason> reasons = new ArrayList<>();
        List<Criteria.Found> found = new ArrayList<>();
        for (Node item : items) {
            if (!item.isObject()) {
                reasons.add(new Reason(ReasonKind.WEIGHT_UNREADABLE, "the criterion is " + item.describe()
                        + ", not an object", item.path()));
                continue;
            }
            found.add(Criteria.read(item, found.size() + 1, terms, reasons));
        }
        if (found.isEmpty()) {
            return reasons.isEmpty() ? CriteriaReading.none(source, List.of())
                    : CriteriaReading.none(source, reasons);
        }
        List<AwardCriterion> plain = found.stream().map(Criteria.Found::criterion).toList();
        if (!reasons.isEmpty()) {
            return incomplete(plain, reasons, source, provenance);
        }
        long weighted = found.stream().filter(f -> f.weight().isPresent()).count();
        if (weighted == 0) {
            if (found.size() == 1) {
                AwardCriterion only = plain.get(0).withWeight(new Weight(WeightKind.PERCENTAGE_EXACT, HUNDRED,
                        Optional.of(HUNDRED), Provenance.INFERRED, "the only criterion, so 100 %"));
                return scheme(List.of(only), source, provenance);
            }
            return new CriteriaReading(Weighting.CANNOT_BE_CHECKED, plain, Optional.empty(), List.of(), source,
                    provenance);
        }
        Set<RawWeight.Family> families = EnumSet.noneOf(RawWeight.Family.class);
        found.forEach(f -> f.weight().ifPresent(w -> families.add(w.family())));
        Set<RawWeight.Family> explicit = EnumSet.copyOf(families);
        explicit.remove(RawWeight.Family.PLAIN);
        if (explicit.size() > 1 || (explicit.contains(RawWeight.Family.ORDER) && families.contains(RawWeight.Family.PLAIN))) {
            reasons.add(new Reason(ReasonKind.MIXED_WEIGHT_KINDS, "weights of kinds " + families, items.get(0).path()));
            return incomplete(plain, reasons, source, provenance);
        }
        Percentages.As as = explicit.isEmpty() ? plainAs(found) : switch (explicit.iterator().next()) {
            case POINTS -> Percentages.As.POINTS;
            case ORDER -> Percentages.As.ORDER;
            default -> Percentages.As.PERCENT;
        };
        List<AwardCriterion> withWeights = new ArrayList<>();
        for (Criteria.Found f : found) {
            Optional<Weight> w = f.weight().flatMap(r -> Percentages.weight(r, as, reasons, f.criterion().path()));
            withWeights.add(w.map(f.criterion()::withWeight).orElse(f.criterion()));
        }
        if (!reasons.isEmpty()) {
            return incomplete(withWeights, reasons, source, provenance);
        }
        missing(withWeights, reasons);
        if (!reasons.isEmpty()) {
            return incomplete(withWeights, reasons, source, provenance);
        }
        if (as == Percentages.As.ORDER) {
            return new CriteriaReading(Weighting.CANNOT_BE_CHECKED, withWeights, Optional.empty(), List.of(), source,
                    provenance);
        }
        List<AwardCriterion> withPercent = as == Percentages.As.POINTS
                ? Percentages.fromPoints(withWeights, reasons, items.get(0).path()) : withWeights;
        if (!reasons.isEmpty()) {
            return incomplete(withPercent, reasons, source, provenance);
        }
        return scheme(withPercent, source, provenance);
    }

    /**
     * What numbers without a unit mean when no criterion gives a unit: points when one is above 100,
     * decimal shares when there are several, each at most 1, adding up to 1; percentages otherwise.
     */
    private static Percentages.As plainAs(List<Criteria.Found> found) {
        List<BigDecimal> numbers = found.stream().flatMap(f -> f.weight().stream()).map(RawWeight::number).toList();
        if (numbers.stream().anyMatch(n -> n.compareTo(HUNDRED) > 0)) {
            return Percentages.As.POINTS;
        }
        BigDecimal sum = numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (numbers.size() > 1 && sum.compareTo(BigDecimal.ONE) == 0) {
            return Percentages.As.DECIMAL;
        }
        return Percentages.As.PERCENT;
    }

    private static void missing(List<AwardCriterion> criteria, List<Reason> reasons) {
        for (AwardCriterion c : criteria) {
            if (c.weight().isEmpty()) {
                reasons.add(new Reason(ReasonKind.WEIGHT_MISSING, "'" + Texts.shorten(c.name(), 60) + "'", c.path()));
            }
        }
    }

    private static CriteriaReading incomplete(List<AwardCriterion> criteria, List<Reason> reasons, String source,
                                              Provenance provenance) {
        return new CriteriaReading(Weighting.INCOMPLETE, criteria, Optional.empty(), reasons, source, provenance);
    }

    /** Checks the percentages add up to 100 with at most one price criterion, and builds the scheme. */
    private static CriteriaReading scheme(List<AwardCriterion> criteria, String source, Provenance provenance) {
        List<Reason> reasons = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        List<String> prices = new ArrayList<>();
        for (AwardCriterion c : criteria) {
            BigDecimal p = c.weight().flatMap(Weight::percent).orElseThrow();
            sum = sum.add(p);
            if (c.kind() == CriterionKind.PRICE && p.signum() > 0) {
                prices.add("'" + Texts.shorten(c.name(), 40) + "'");
            }
        }
        String at = criteria.get(0).path();
        if (sum.compareTo(HUNDRED) != 0) {
            reasons.add(new Reason(ReasonKind.WEIGHTS_NOT_100, "they add up to " + sum.stripTrailingZeros().toPlainString()
                    + " %", at));
        }
        if (prices.size() > 1) {
            reasons.add(new Reason(ReasonKind.SEVERAL_PRICE_CRITERIA, String.join(", ", prices), at));
        }
        if (!reasons.isEmpty()) {
            return incomplete(criteria, reasons, source, provenance);
        }
        List<Criterion> out = new ArrayList<>();
        for (AwardCriterion c : criteria) {
            BigDecimal p = c.weight().flatMap(Weight::percent).orElseThrow();
            if (p.signum() == 0) {
                continue;
            }
            CriterionId id = CriterionId.of("criterion-" + c.position());
            out.add(switch (c.kind()) {
                case PRICE -> Criterion.price(id, c.name(), p);
                case QUALITY -> Criterion.quality(id, c.name(), p);
                case SOCIAL_VALUE -> Criterion.socialValue(id, c.name(), p);
            });
        }
        try {
            return new CriteriaReading(Weighting.PERCENTAGES, criteria, Optional.of(EvaluationScheme.of(out)), List.of(),
                    source, provenance);
        } catch (InvalidValueException e) {
            // not expected after the checks above; reported rather than thrown
            return incomplete(criteria, List.of(new Reason(ReasonKind.INTERNAL_ERROR, e.getMessage(), at)), source,
                    provenance);
        }
    }
}
