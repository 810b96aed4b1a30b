package io.github.svtoms.ocds.internal;

import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.ocds.Fact;
import io.github.svtoms.ocds.Reason;
import io.github.svtoms.ocds.ReasonKind;
import io.github.svtoms.ocds.Suitability;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The smaller pieces of a notice: the category, the buyer, the commencement date and the suitability.
 * Stateless and thread-safe.
 */
final class Parts {
    private Parts() {
    }

    /**
     * A category, or why not.
     *
     * @param category the category, if read
     * @param reasons why not
     */
    record Category(Optional<Fact<ContractCategory>> category, List<Reason> reasons) {
    }

    /**
     * The category: the lot's own {@code mainProcurementCategory} (eForms notices give one per lot), else
     * the tender's, else inferred from the CPV codes.
     */
    static Category category(Node tender, Optional<Node> lot, Cpv.Codes codes) {
        if (lot.isPresent() && !lot.get().get("mainProcurementCategory").isMissing()) {
            return parse(lot.get().get("mainProcurementCategory"), "");
        }
        Node main = tender.get("mainProcurementCategory");
        if (!main.isMissing()) {
            return parse(main, lot.isPresent() ? " (the notice's category; the lot gives none)" : "");
        }
        Optional<Fact<ContractCategory>> inferred = Cpv.category(codes, main.path());
        if (inferred.isPresent()) {
            return new Category(inferred, List.of());
        }
        return new Category(Optional.empty(), List.of(new Reason(ReasonKind.NO_CATEGORY, "and no CPV code", main.path())));
    }

    private static Category parse(Node n, String note) {
        Optional<String> t = n.json().isTextual() ? n.text() : Optional.empty();
        if (t.isPresent()) {
            String id = t.get().toLowerCase(Locale.ROOT);
            for (ContractCategory c : ContractCategory.values()) {
                if (c.id().equals(id)) {
                    return new Category(Optional.of(Fact.read(c, n.path() + note)), List.of());
                }
            }
        }
        return new Category(Optional.empty(), List.of(new Reason(ReasonKind.UNKNOWN_CATEGORY, n.describe(), n.path())));
    }

    /** The buyer party: the one whose id is {@code buyer.id}, else the first with the role {@code buyer}. */
    static Optional<Node> buyerParty(Node release) {
        Optional<String> id = release.at("buyer", "id").text();
        List<Node> parties = release.get("parties").elements();
        if (id.isPresent()) {
            for (Node p : parties) {
                if (p.get("id").text().equals(id)) {
                    return Optional.of(p);
                }
            }
        }
        for (Node p : parties) {
            if (p.get("roles").elements().stream().anyMatch(r -> r.text().filter("buyer"::equalsIgnoreCase).isPresent())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static Optional<String> buyerName(Node release, Optional<Node> party) {
        return party.flatMap(p -> p.get("name").text()).or(() -> release.at("buyer", "name").text());
    }

    static Fact<BuyerType> buyer(Node release) {
        Optional<Node> party = buyerParty(release);
        String path = party.map(Node::path).orElse(release.path() + ".buyer");
        List<BuyerTypes.Classification> classes = party.map(BuyerTypes::classifications).orElse(List.of());
        return BuyerTypes.classify(classes, buyerName(release, party), path);
    }

    /**
     * The date taken as the start of the procurement, always inferred: the tender period's start (when
     * tenders could first be submitted), else the tender notice's publication date, else the release date.
     */
    static Optional<Fact<LocalDate>> commencement(Node release, Node tender) {
        Node start = tender.at("tenderPeriod", "startDate");
        Optional<LocalDate> d = Dates.of(start).date();
        if (d.isPresent()) {
            return Optional.of(Fact.inferred(d.get(), start.path() + ", the start of the tender period, taken as the"
                    + " commencement of the procurement"));
        }
        Node published = tender.get("datePublished");
        d = Dates.of(published).date();
        if (d.isPresent()) {
            return Optional.of(Fact.inferred(d.get(), published.path() + ", the tender's publication date, taken as the"
                    + " commencement of the procurement (no tender period start)"));
        }
        Node date = release.get("date");
        return Dates.of(date).date().map(x -> Fact.inferred(x, date.path() + ", the release date, taken as the"
                + " commencement of the procurement (no tender period start or tender publication date)"));
    }

    /** The lot's {@code suitability}, else the tender's. */
    static Suitability suitability(Node tender, Optional<Node> lot) {
        if (lot.isPresent()) {
            Optional<Suitability> own = suitability(lot.get().get("suitability"));
            if (own.isPresent()) {
                return own.get();
            }
        }
        Node s = tender.get("suitability");
        return suitability(s).orElseGet(() -> Suitability.notStated(s.path()));
    }

    private static Optional<Suitability> suitability(Node s) {
        Optional<Boolean> sme = s.get("sme").bool();
        Optional<Boolean> vcse = s.get("vcse").bool();
        if (sme.isEmpty() && vcse.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Suitability(sme, vcse, s.path()));
    }
}
