package io.github.svtoms.ocds.internal;

import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.ocds.ContractFacts;
import io.github.svtoms.ocds.ContractReading;
import io.github.svtoms.ocds.CpvSectorTable;
import io.github.svtoms.ocds.CriteriaReading;
import io.github.svtoms.ocds.Fact;
import io.github.svtoms.ocds.Notice;
import io.github.svtoms.ocds.ProfileReading;
import io.github.svtoms.ocds.Reason;
import io.github.svtoms.ocds.ReasonKind;
import io.github.svtoms.ocds.SocialValueCheck;
import io.github.svtoms.ocds.SocialValueTerms;
import io.github.svtoms.ocds.Suitability;
import io.github.svtoms.ocds.Weighting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads one OCDS release into a {@link Notice}: the reading of the whole notice and of each lot.
 * Immutable and thread-safe.
 */
final class NoticeReader {
    private final FrameworkId framework;
    private final CpvSectorTable table;
    private final SocialValueTerms terms;

    NoticeReader(FrameworkId framework, CpvSectorTable table, SocialValueTerms terms) {
        this.framework = framework;
        this.table = table;
        this.terms = terms;
    }

    /** What is shared by the whole notice and its lots. */
    private record Shared(Node release, Node tender, List<Node> awards, List<Node> lots, List<String> lotIds,
                          Fact<BuyerType> buyer, Optional<Fact<LocalDate>> commencement, Cpv.Codes codes,
                          Values.Read noticeValue, Periods.Read tenderPeriod) {
    }

    Notice read(Node release, String source) {
        Node tender = release.get("tender");
        List<Node> awards = release.get("awards").elements().stream().filter(Node::isObject).toList();
        List<Node> lots = tender.get("lots").elements().stream().filter(Node::isObject).toList();
        List<String> lotIds = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) {
            lotIds.add(lots.get(i).get("id").text().orElse("[" + i + "]"));
        }
        List<Node> wholeAwards = Choices.awardsOfWhole(awards, lotIds);
        Values.Read noticeValue = Choices.first(List.of(
                () -> Choices.fromAwards(wholeAwards, a -> Values.read(a.get("value")).withNote("the award's value"),
                        r -> r.net().or(r::gross).map(Fact::value).orElse(null), Values.Read::failed,
                        ReasonKind.AWARD_VALUES_DIFFER),
                () -> Optional.of(Values.read(tender.get("value")))),
                Values.Read::failed, new Reason(ReasonKind.NO_VALUE, "", tender.get("value").path()));
        Periods.Read tenderPeriod = Choices.first(List.of(
                () -> Choices.fromAwards(wholeAwards, a -> Periods.read(a.get("contractPeriod")).withNote("the award's", false),
                        r -> r.period().map(Fact::value).orElse(null), Periods.Read::failed,
                        ReasonKind.AWARD_PERIODS_DIFFER),
                () -> Optional.of(Periods.read(tender.get("contractPeriod")))),
                Periods.Read::failed, new Reason(ReasonKind.NO_PERIOD, "", tender.get("contractPeriod").path()));
        Shared s = new Shared(release, tender, awards, lots, lotIds, Parts.buyer(release),
                Parts.commencement(release, tender), Cpv.ofTender(tender), noticeValue, tenderPeriod);

        List<ContractReading> lotReadings = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) {
            Node lot = lots.get(i);
            String id = lotIds.get(i);
            CriteriaReading criteria = CriteriaSources.forLot(tender, lot, id, terms);
            lotReadings.add(reading(s, Optional.of(lot), Optional.of(id), lot.get("title").text(), lot.path(),
                    lotValue(s, lot, id), lotPeriod(s, lot, id), Cpv.ofLot(tender, id, s.codes()), criteria,
                    SocialValueCheck.of(criteria)));
        }
        CriteriaReading criteria = CriteriaSources.forNotice(tender, lots, lotIds, terms);
        SocialValueCheck socialValue = criteria.weighting() == Weighting.VARIES_BY_LOT
                ? SocialValueCheck.acrossLots(lotReadings.stream().map(ContractReading::socialValue).toList())
                : SocialValueCheck.of(criteria);
        ContractReading whole = reading(s, Optional.empty(), Optional.empty(),
                tender.get("title").text().or(() -> release.get("title").text()), release.path(), noticeValue,
                noticePeriod(s), s.codes(), criteria, socialValue);
        List<String> tags = new ArrayList<>();
        Node tag = release.get("tag");
        tag.text().ifPresent(tags::add);
        tag.elements().forEach(t -> t.text().ifPresent(tags::add));
        return new Notice(source, release.path(), release.get("ocid").text(), release.get("id").text(), tags,
                Dates.of(release.get("date")).date(), Parts.buyerName(release, Parts.buyerParty(release)), whole,
                lotReadings);
    }

    /** The whole notice's period: the awards' or the tender's, else its only lot's, else its lots' if all the same. */
    private static Periods.Read noticePeriod(Shared s) {
        if (s.tenderPeriod().usable() || s.lots().isEmpty()) {
            return s.tenderPeriod();
        }
        if (s.lots().size() == 1) {
            Periods.Read own = ownPeriod(s, s.lots().get(0), s.lotIds().get(0));
            return own.usable() ? own.withNote("the notice's only lot", false) : s.tenderPeriod();
        }
        List<Periods.Read> each = new ArrayList<>();
        for (int i = 0; i < s.lots().size(); i++) {
            each.add(ownPeriod(s, s.lots().get(i), s.lotIds().get(i)));
        }
        if (each.stream().allMatch(Periods.Read::usable)
                && each.stream().map(r -> r.period().orElseThrow().value()).distinct().count() == 1) {
            return each.get(0).withNote("the same in all " + each.size() + " lots", true);
        }
        if (each.stream().anyMatch(Periods.Read::usable)) {
            return Periods.Read.failed(List.of(new Reason(ReasonKind.PERIODS_DIFFER_BETWEEN_LOTS,
                    each.stream().filter(Periods.Read::usable).count() + " of " + each.size()
                            + " lots have a period, not all the same: see each lot", s.tender().path() + ".lots")), true);
        }
        return s.tenderPeriod();
    }

    /** A lot's own period: its contractPeriod, else its awards'. */
    private static Periods.Read ownPeriod(Shared s, Node lot, String id) {
        return Choices.first(List.of(
                () -> Optional.of(Periods.read(lot.get("contractPeriod"))),
                () -> Choices.fromAwards(Choices.awardsOf(s.awards(), id),
                        a -> Periods.read(a.get("contractPeriod")).withNote("the lot's award", false),
                        r -> r.period().map(Fact::value).orElse(null), Periods.Read::failed,
                        ReasonKind.AWARD_PERIODS_DIFFER)),
                Periods.Read::failed, new Reason(ReasonKind.NO_PERIOD, "", lot.path() + ".contractPeriod"));
    }

    private static Periods.Read lotPeriod(Shared s, Node lot, String id) {
        boolean only = s.lots().size() == 1;
        List<Supplier<Optional<Periods.Read>>> places = List.of(
                () -> Optional.of(ownPeriod(s, lot, id)),
                () -> Optional.of(only ? s.tenderPeriod().withNote("the notice's, for its only lot", false)
                        : s.tenderPeriod().withNote("the notice's period; the lot gives none", true)));
        return Choices.first(places, Periods.Read::failed,
                new Reason(ReasonKind.NO_PERIOD, "", lot.path() + ".contractPeriod"));
    }

    private static Values.Read lotValue(Shared s, Node lot, String id) {
        boolean only = s.lots().size() == 1;
        List<Supplier<Optional<Values.Read>>> places = List.of(
                () -> Optional.of(Values.read(lot.get("value"))),
                () -> Choices.fromAwards(Choices.awardsOf(s.awards(), id),
                        a -> Values.read(a.get("value")).withNote("the lot's award"),
                        r -> r.net().or(r::gross).map(Fact::value).orElse(null), Values.Read::failed,
                        ReasonKind.AWARD_VALUES_DIFFER),
                () -> only ? Optional.of(s.noticeValue().withNote("the notice's, for its only lot")) : Optional.empty());
        Reason none = only ? new Reason(ReasonKind.NO_VALUE, "", lot.path() + ".value")
                : new Reason(ReasonKind.NO_LOT_VALUE, s.lots().size() + " lots", lot.path() + ".value");
        return Choices.first(places, Values.Read::failed, none);
    }

    private ContractReading reading(Shared s, Optional<Node> lot, Optional<String> lotId, Optional<String> title,
                                    String path, Values.Read value, Periods.Read period, Cpv.Codes codes,
                                    CriteriaReading criteria, SocialValueCheck socialValue) {
        Parts.Category category = Parts.category(s.tender(), lot, codes);
        Suitability suitability = Parts.suitability(s.tender(), lot);
        ContractFacts facts = new ContractFacts(category.category(), value.net(), value.gross(), period.period(),
                period.years(), Cpv.sectors(codes, table), codes.codes(), s.buyer(), s.commencement(), suitability);
        List<Reason> reasons = new ArrayList<>(category.reasons());
        if (!value.usable()) {
            reasons.addAll(value.reasons());
        }
        if (!period.usable()) {
            reasons.addAll(period.reasons());
        }
        Optional<ContractProfile> profile = Optional.empty();
        if (reasons.isEmpty()) {
            try {
                profile = Optional.of(ContractProfile.builder().framework(framework)
                        .contractValue(facts.contractValue().orElseThrow())
                        .commencement(facts.commencement().map(Fact::value).orElse(null)).years(facts.years().orElseThrow().value())
                        .category(facts.category().orElseThrow().value()).sectors(facts.sectors().value())
                        .buyer(facts.buyer().value()).build());
            } catch (SvtomsException | java.util.NoSuchElementException e) {
                reasons.add(new Reason(ReasonKind.INTERNAL_ERROR, String.valueOf(e.getMessage()), path));
            }
        }
        return new ContractReading(lotId, title, path, new ProfileReading(facts, profile, reasons), criteria,
                socialValue);
    }
}
