package io.github.svtoms.ocds.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.svtoms.ocds.AwardCriterion;
import io.github.svtoms.ocds.CriteriaReading;
import io.github.svtoms.ocds.Provenance;
import io.github.svtoms.ocds.Reason;
import io.github.svtoms.ocds.ReasonKind;
import io.github.svtoms.ocds.SocialValueTerms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a notice's or a lot's award criteria are. A lot: its {@code awardCriteria.criteria[]}; else the
 * {@code tender.awardCriteriaBreakdown[]} entry whose {@code relatedLots} name it, or one without
 * {@code relatedLots}; else the notice's {@code tender.awardCriteria} code. The whole notice: a
 * breakdown entry for every lot; else its only lot's criteria; else the lots' criteria when every lot has
 * the same (inferred); else the {@code tender.awardCriteria} code ({@code priceOnly}, {@code lowestCost},
 * {@code costOnly}, {@code qualityOnly}: one criterion weighing 100 %, inferred). Stateless and
 * thread-safe.
 */
final class CriteriaSources {
    private static final Map<String, String[]> CODES = Map.of(
            "priceonly", new String[] {"price", "price only"},
            "lowestcost", new String[] {"price", "lowest cost"},
            "costonly", new String[] {"cost", "cost only"},
            "qualityonly", new String[] {"quality", "quality only"});

    private CriteriaSources() {
    }

    /** Criteria found: the list and where. */
    private record Raw(List<Node> items, String source, Provenance provenance) {
    }

    static CriteriaReading forLot(Node tender, Node lot, String lotId, SocialValueTerms terms) {
        Optional<Raw> raw = ofLot(tender, lot, lotId).or(() -> fromCode(tender));
        return raw.map(r -> CriteriaSet.interpret(r.items(), r.source(), r.provenance(), terms))
                .orElseGet(() -> CriteriaReading.none(lot.path() + ".awardCriteria", List.of()));
    }

    static CriteriaReading forNotice(Node tender, List<Node> lots, List<String> lotIds, SocialValueTerms terms) {
        Optional<Raw> raw = breakdownForAll(tender, lotIds);
        if (raw.isEmpty() && lots.size() == 1) {
            raw = ofLot(tender, lots.get(0), lotIds.get(0))
                    .map(r -> new Raw(r.items(), r.source() + " (the notice's only lot)", r.provenance()));
        }
        if (raw.isEmpty() && lots.size() > 1) {
            List<CriteriaReading> each = new ArrayList<>();
            for (int i = 0; i < lots.size(); i++) {
                ofLot(tender, lots.get(i), lotIds.get(i))
                        .ifPresent(r -> each.add(CriteriaSet.interpret(r.items(), r.source(), r.provenance(), terms)));
            }
            if (each.size() == lots.size() && each.stream().map(CriteriaSources::meaning).distinct().count() == 1) {
                CriteriaReading first = each.get(0);
                return new CriteriaReading(first.weighting(), first.criteria(), first.scheme(), first.reasons(),
                        "the same in all " + lots.size() + " lots, read at " + first.source(), Provenance.INFERRED);
            } else if (!each.isEmpty()) {
                return CriteriaReading.variesByLot(tender.path() + ".lots[].awardCriteria", new Reason(
                        ReasonKind.CRITERIA_DIFFER_BETWEEN_LOTS, each.size() + " of " + lots.size()
                        + " lots have criteria, not all the same: see each lot", tender.path() + ".lots"));
            }
        }
        return raw.or(() -> fromCode(tender))
                .map(r -> CriteriaSet.interpret(r.items(), r.source(), r.provenance(), terms))
                .orElseGet(() -> CriteriaReading.none(tender.path() + ".lots[].awardCriteria and "
                        + tender.path() + ".awardCriteriaBreakdown", List.of()));
    }

    /**
     * What a lot's criteria mean, to compare lots: per criterion its kind, its name without case or
     * repeated spaces, and its weight's kind and percentage (or number); wording of the weight aside
     * ({@code "0"} and {@code "0%"} are the same).
     */
    private static List<String> meaning(CriteriaReading r) {
        List<String> out = new ArrayList<>();
        out.add(r.weighting().name());
        for (AwardCriterion c : r.criteria()) {
            out.add(c.kind() + "|" + BuyerTypes.norm(c.name()) + "|" + c.weight().map(w -> w.kind() + "|"
                    + w.percent().orElse(w.number()).stripTrailingZeros().toPlainString()).orElse("-"));
        }
        return out;
    }

    private static Optional<Raw> ofLot(Node tender, Node lot, String lotId) {
        Node ac = lot.get("awardCriteria");
        Node list = ac.isArray() ? ac : ac.get("criteria");
        if (!list.elements().isEmpty()) {
            return Optional.of(new Raw(list.elements(), list.path(), Provenance.READ));
        }
        Optional<Raw> related = Optional.empty();
        Optional<Raw> general = Optional.empty();
        for (Node entry : tender.get("awardCriteriaBreakdown").elements()) {
            Node criteria = entryCriteria(entry);
            if (criteria.elements().isEmpty()) {
                continue;
            }
            List<String> lots = relatedLots(entry);
            if (lots.contains(lotId) && related.isEmpty()) {
                related = Optional.of(new Raw(criteria.elements(), criteria.path(), Provenance.READ));
            } else if (lots.isEmpty() && general.isEmpty()) {
                general = Optional.of(new Raw(criteria.elements(), criteria.path(), Provenance.READ));
            }
        }
        return related.isPresent() ? related : general;
    }

    /** A breakdown entry without related lots, or the only one, naming every lot. */
    private static Optional<Raw> breakdownForAll(Node tender, List<String> lotIds) {
        List<Node> entries = tender.get("awardCriteriaBreakdown").elements();
        for (Node entry : entries) {
            Node criteria = entryCriteria(entry);
            List<String> lots = relatedLots(entry);
            if (!criteria.elements().isEmpty() && (lots.isEmpty() || (entries.size() == 1 && lots.containsAll(lotIds)))) {
                return Optional.of(new Raw(criteria.elements(), criteria.path(), Provenance.READ));
            }
        }
        Node ac = tender.get("awardCriteria");
        if (ac.isObject() && !ac.get("criteria").elements().isEmpty()) {
            return Optional.of(new Raw(ac.get("criteria").elements(), ac.get("criteria").path(), Provenance.READ));
        }
        return Optional.empty();
    }

    private static Node entryCriteria(Node entry) {
        Node a = entry.get("awardCriteria");
        if (a.isArray()) {
            return a;
        }
        return a.isObject() ? a.get("criteria") : entry.get("criteria");
    }

    private static List<String> relatedLots(Node entry) {
        List<String> out = new ArrayList<>();
        entry.get("relatedLots").elements().forEach(n -> n.text().ifPresent(out::add));
        return out;
    }

    /** One criterion weighing 100 % from the OCDS 1.1 {@code tender.awardCriteria} code, if it names one. */
    private static Optional<Raw> fromCode(Node tender) {
        Node code = tender.get("awardCriteria");
        Optional<String> text = code.json().isTextual() ? code.text() : Optional.empty();
        String[] c = text.map(t -> CODES.get(t.toLowerCase(Locale.ROOT))).orElse(null);
        if (c == null) {
            return Optional.empty();
        }
        ObjectNode synthetic = JsonNodeFactory.instance.objectNode().put("type", c[0]).put("name", c[1]);
        return Optional.of(new Raw(List.of(new Node(synthetic, code.path())), code.path() + " '" + text.get()
                + "': one criterion", Provenance.INFERRED));
    }
}
