package io.github.svtoms.ocds.internal;

import io.github.svtoms.core.evaluation.CriterionKind;
import io.github.svtoms.ocds.AwardCriterion;
import io.github.svtoms.ocds.Reason;
import io.github.svtoms.ocds.ReasonKind;
import io.github.svtoms.ocds.SocialValueTerms;
import io.github.svtoms.ocds.WeightKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one award criterion object: {@code type}, {@code name}, {@code description} and the weight from
 * {@code numbers[]} (the first element with a {@code weight} code or a {@code number}) or, failing that,
 * written as text in the description ({@link WeightText}). Stateless and thread-safe.
 */
final class Criteria {
    private Criteria() {
    }

    /**
     * A criterion before its weight is resolved against the others.
     *
     * @param criterion the criterion, without a weight
     * @param weight its weight as found
     */
    record Found(AwardCriterion criterion, Optional<RawWeight> weight) {
    }

    /** Reads a criterion; adds a reason when its weight cannot be read. */
    static Found read(Node c, int position, SocialValueTerms terms, List<Reason> reasons) {
        Optional<String> type = c.get("type").text();
        Optional<String> name = c.get("name").text();
        Optional<String> description = c.get("description").text();
        WeightText.Parse text = description.map(WeightText::parse).orElse(new WeightText.Parse(Optional.empty(), false));
        boolean descriptionIsWeight = text.text().isPresent() || text.unreadable();
        String shownName = name.or(() -> description.filter(d -> !descriptionIsWeight).map(d -> Texts.shorten(d, 120)))
                .or(() -> type).orElse("criterion " + position);
        String t = type.map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        CriterionKind kind = t.equals("price") || t.equals("cost") ? CriterionKind.PRICE : CriterionKind.QUALITY;
        Optional<String> term = Optional.empty();
        if (kind == CriterionKind.QUALITY) {
            term = name.flatMap(terms::match).or(() -> description.flatMap(terms::match));
            if (term.isPresent()) {
                kind = CriterionKind.SOCIAL_VALUE;
            }
        }
        AwardCriterion criterion = new AwardCriterion(position, shownName, type, kind, description, Optional.empty(),
                term, c.path());
        int before = reasons.size();
        Optional<RawWeight> weight = fromNumbers(c, reasons);
        if (weight.isEmpty() && reasons.size() == before && description.isPresent()) {
            weight = fromText(text, description.get(), c.get("description").path(), reasons);
        }
        return new Found(criterion, weight);
    }

    private static Optional<RawWeight> fromNumbers(Node c, List<Reason> reasons) {
        for (Node n : c.get("numbers").elements()) {
            Node codeNode = n.get("weight");
            Node numberNode = n.get("number");
            if (codeNode.isMissing() && numberNode.isMissing()) {
                continue;
            }
            Optional<BigDecimal> number = numberNode.decimal().filter(Criteria::inRange);
            if (number.isEmpty()) {
                reasons.add(new Reason(ReasonKind.WEIGHT_UNREADABLE, "number " + numberNode.describe(), numberNode.path()));
                return Optional.empty();
            }
            if (codeNode.isMissing()) {
                return Optional.of(new RawWeight(Optional.empty(), false, number.get(), true,
                        numberNode.path() + " " + number.get().toPlainString() + " without a weight code"));
            }
            Optional<WeightKind> kind = codeNode.text().flatMap(WeightKind::fromOcdsCode);
            if (kind.isEmpty()) {
                reasons.add(new Reason(ReasonKind.WEIGHT_UNREADABLE, "weight code " + codeNode.describe()
                        + " is not an OCDS number weight", codeNode.path()));
                return Optional.empty();
            }
            return Optional.of(new RawWeight(kind, false, number.get(), true,
                    numberNode.path() + " " + number.get().toPlainString() + " " + kind.get().ocdsCode()));
        }
        return Optional.empty();
    }

    private static Optional<RawWeight> fromText(WeightText.Parse parse, String description, String path,
                                                List<Reason> reasons) {
        if (parse.unreadable()) {
            reasons.add(new Reason(ReasonKind.WEIGHT_UNREADABLE, "description '" + Texts.shorten(description, 60) + "'",
                    path));
            return Optional.empty();
        }
        if (parse.text().isEmpty()) {
            return Optional.empty();
        }
        WeightText.Text t = parse.text().get();
        boolean range = t.range().isPresent();
        String how = "written in " + path + " as '" + Texts.shorten(description, 40) + "'"
                + t.range().map(r -> ", the middle of the range " + r).orElse("");
        Optional<WeightKind> kind = switch (t.unit()) {
            case PERCENT -> Optional.of(range ? WeightKind.PERCENTAGE_RANGE_MIDDLE : WeightKind.PERCENTAGE_EXACT);
            case POINTS -> Optional.of(range ? WeightKind.POINTS_RANGE_MIDDLE : WeightKind.POINTS_EXACT);
            case PLAIN -> Optional.empty();
        };
        return Optional.of(new RawWeight(kind, range, t.number(), false, how));
    }

    private static boolean inRange(BigDecimal d) {
        return d.abs().compareTo(BigDecimal.valueOf(10_000_000)) < 0 && d.scale() <= 10;
    }
}
