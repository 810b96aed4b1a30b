package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.json.EvaluationDtos.BidDto;
import io.github.svtoms.catalog.json.EvaluationDtos.MarksDto;
import io.github.svtoms.core.evaluation.Bid;
import io.github.svtoms.core.evaluation.BidId;
import io.github.svtoms.core.evaluation.Criterion;
import io.github.svtoms.core.evaluation.CriterionId;
import io.github.svtoms.core.evaluation.CriterionKind;
import io.github.svtoms.core.evaluation.SocialValueMarks;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the bids of a scored {@code svtoms-evaluation-request/1} (every criterion weighted): each bid's price, its
 * marks for the marked criteria and its committed proxy value, every problem recorded at its path. Stateless.
 */
final class EvaluationBids {
    private EvaluationBids() {
    }

    /**
     * Reads the bids into {@code out} and their names into {@code names}.
     *
     * @param criteria the scheme's criteria by id
     * @param currency the document's currency, or null when it had a problem
     */
    static void read(Fields f, List<BidDto> dtos, Map<String, Criterion> criteria, Currency currency,
                             List<Bid> out, Map<BidId, String> names) {
        if (f.required("$.bids", dtos) != null && dtos.isEmpty()) {
            f.problem("$.bids", "an evaluation request needs at least one bid");
        }
        List<BidDto> list = Fields.list(dtos);
        Values.unique(f, list.stream().map(BidDto::id).toList(), "$.bids", "id", "bid id");
        for (int i = 0; i < list.size(); i++) {
            String p = "$.bids[" + i + "]";
            BidDto b = list.get(i);
            int before = f.reading().problemCount();
            String id = f.id(p + ".id", b.id());
            String name = f.optionalText(p + ".name", b.name());
            BigDecimal price = f.statedMoney(p + ".price", Values.positive(f, p + ".price", b.price()), currency, true);
            BigDecimal proxy = b.committedProxyValue() == null ? null
                    : Values.nonNegative(f, p + ".committedProxyValue", b.committedProxyValue());
            Map<CriterionId, BigDecimal> quality = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : entries(b.quality())) {
                String mp = p + ".quality." + e.getKey();
                if (marked(f, mp, e.getKey(), criteria, CriterionKind.QUALITY, "quality")) {
                    BigDecimal mark = Values.percent(f, mp, e.getValue(), "a mark");
                    if (mark != null) {
                        quality.put(CriterionId.of(e.getKey()), mark);
                    }
                }
            }
            Map<CriterionId, SocialValueMarks> social = new LinkedHashMap<>();
            for (Map.Entry<String, MarksDto> e : entries(b.socialValue())) {
                String mp = p + ".socialValue." + e.getKey();
                if (marked(f, mp, e.getKey(), criteria, CriterionKind.SOCIAL_VALUE, "social value")) {
                    SocialValueMarks marks = marks(f, mp, e.getValue());
                    if (marks != null) {
                        social.put(CriterionId.of(e.getKey()), marks);
                    }
                }
            }
            missing(f, p, id, b, criteria);
            if (currency == null || id == null) {
                continue;
            }
            Bid bid = Values.build(f, p, before, () -> new Bid(BidId.of(id), Money.of(price, currency), quality, social,
                    Optional.ofNullable(proxy).map(v -> Money.of(v, currency))));
            if (bid != null) {
                out.add(bid);
                if (name != null) {
                    names.put(bid.id(), name);
                }
            }
        }
    }

    private static <V> List<Map.Entry<String, V>> entries(Map<String, V> map) {
        return map == null ? List.of() : List.copyOf(map.entrySet());
    }

    /** Whether a marked criterion id is a marked criterion of the expected kind; otherwise records why not. */
    private static boolean marked(Fields f, String path, String key, Map<String, Criterion> criteria, CriterionKind kind,
                                  String what) {
        if (f.id(path, key, "criterion id") == null) {
            return false;
        }
        Criterion c = criteria.get(key);
        if (c == null) {
            f.problem(path, "unknown criterion '" + key + "': the scheme's criteria are " + String.join(", ",
                    criteria.keySet()));
            return false;
        }
        if (c.kind() != kind || !c.isMarked()) {
            f.problem(path, "criterion '" + key + "' is a " + Values.id(c.kind()) + " criterion"
                    + (c.kind() == CriterionKind.SOCIAL_VALUE && !c.isMarked() ? " scored from proxy value" : "") + ": " + what + " marks are for marked " + what
                    + " criteria");
            return false;
        }
        return true;
    }

    private static SocialValueMarks marks(Fields f, String p, MarksDto d) {
        if (d.mark() != null) {
            BigDecimal m = Values.percent(f, p, d.mark(), "a mark");
            return m == null ? null : SocialValueMarks.of(m);
        }
        int before = f.reading().problemCount();
        BigDecimal specified = Values.percent(f, p + ".specified", d.split().specified(), "a mark");
        BigDecimal open = Values.percent(f, p + ".open", d.split().open(), "a mark");
        return Values.build(f, p, before, () -> new SocialValueMarks(specified, open));
    }

    /** Every marked criterion needs a mark, every proxy-scored one a committed proxy value. */
    private static void missing(Fields f, String p, String id, BidDto b, Map<String, Criterion> criteria) {
        for (Criterion c : criteria.values()) {
            String key = c.id().value();
            if (c.kind() == CriterionKind.QUALITY && (b.quality() == null || !b.quality().containsKey(key))) {
                f.problem(b.quality() == null ? p : p + ".quality", "bid '" + id + "' has no mark for quality criterion '"
                        + key + "': every bid is scored on every criterion");
            } else if (c.kind() == CriterionKind.SOCIAL_VALUE && c.isMarked()
                    && (b.socialValue() == null || !b.socialValue().containsKey(key))) {
                f.problem(b.socialValue() == null ? p : p + ".socialValue", "bid '" + id + "' has no mark for social "
                        + "value criterion '" + key + "': every bid is scored on every criterion");
            } else if (c.kind() == CriterionKind.SOCIAL_VALUE && !c.isMarked() && b.committedProxyValue() == null) {
                f.problem(p, "bid '" + id + "' has no committedProxyValue, which criterion '" + key
                        + "' scores: every bid is scored on every criterion");
            }
        }
    }
}
