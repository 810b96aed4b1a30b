package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.ocds.AwardCriterion;
import io.github.svtoms.ocds.ContractFacts;
import io.github.svtoms.ocds.ContractPeriod;
import io.github.svtoms.ocds.ContractReading;
import io.github.svtoms.ocds.CriteriaReading;
import io.github.svtoms.ocds.Fact;
import io.github.svtoms.ocds.Notice;
import io.github.svtoms.ocds.Reason;
import io.github.svtoms.ocds.ReasonKind;
import io.github.svtoms.ocds.ScanSummary;
import io.github.svtoms.ocds.SocialValueCheck;
import io.github.svtoms.ocds.Suitability;
import io.github.svtoms.ocds.Weight;

import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code svtoms ocds scan --format json} ({@value #FORMAT}): each notice with its readings
 * (whole notice, then each lot), the documents' problems, and the summary counts. Absent facts are left
 * out; decimals are strings with their scale; enum values are lowercase with hyphens. Stateless.
 */
final class OcdsJson {
    /** The format tag of the scan listing. */
    static final String FORMAT = "svtoms-ocds-scan/1";

    private OcdsJson() {
    }

    /** One notice: where it is, its identifiers and its readings. */
    static ObjectNode notice(Notice n, String source,
                             java.util.Optional<java.util.function.Function<ContractReading, io.github.svtoms.ocds.WeightingCheck>> weighting) {
        ObjectNode o = Json.object();
        o.put("source", source);
        o.put("path", n.path());
        n.ocid().ifPresent(v -> o.put("ocid", v));
        n.releaseId().ifPresent(v -> o.put("releaseId", v));
        ArrayNode tags = o.putArray("tags");
        n.tags().forEach(tags::add);
        n.date().ifPresent(d -> o.put("date", d.toString()));
        n.buyerName().ifPresent(v -> o.put("buyerName", v));
        ArrayNode readings = o.putArray("readings");
        n.readings().forEach(r -> {
            ObjectNode one = reading(r);
            weighting.ifPresent(f -> {
                io.github.svtoms.ocds.WeightingCheck w = f.apply(r);
                ObjectNode m = one.putObject("minimumWeighting");
                w.edition().ifPresent(e -> m.put("edition", e.value()));
                m.put("verdict", w.verdict().id());
                m.put("detail", w.detail());
            });
            readings.add(one);
        });
        return o;
    }

    /** One reading: the lot (absent for the whole notice), the answer, the facts, the criteria, the check. */
    static ObjectNode reading(ContractReading r) {
        ObjectNode o = Json.object();
        r.lotId().ifPresent(v -> o.put("lot", v));
        r.title().ifPresent(v -> o.put("title", v));
        o.put("path", r.path());
        o.put("usable", r.profile().isUsable());
        o.set("reasons", reasons(r.profile().reasons()));
        o.set("facts", facts(r.profile().facts()));
        ArrayNode inferred = o.putArray("inferred");
        OcdsView.inferred(r.profile().facts()).forEach(inferred::add);
        o.set("criteria", criteria(r.criteria()));
        o.set("socialValue", socialValue(r.socialValue()));
        o.set("kpiDuty", kpiDuty(r.kpiDuty()));
        return o;
    }

    /** The s.52 KPI duty as far as the notice tells: {@code status} (a {@code KpiDuty.Status} id) and {@code detail}. */
    static ObjectNode kpiDuty(io.github.svtoms.ocds.KpiDutyCheck d) {
        ObjectNode o = Json.object();
        o.put("status", d.status().id());
        o.put("detail", d.detail());
        return o;
    }

    static ArrayNode reasons(List<Reason> reasons) {
        ArrayNode a = Json.array();
        for (Reason x : reasons) {
            ObjectNode o = a.addObject();
            o.put("kind", OcdsView.id(x.kind()));
            o.put("description", x.kind().description());
            if (!x.detail().isEmpty()) {
                o.put("detail", x.detail());
            }
            o.put("at", x.path());
        }
        return a;
    }

    private static ObjectNode facts(ContractFacts f) {
        ObjectNode o = Json.object();
        f.category().ifPresent(c -> o.set("category", fact(c, c.value().id())));
        f.netValue().ifPresent(v -> o.set("netValue", money(v)));
        f.grossValue().ifPresent(v -> o.set("grossValue", money(v)));
        f.valueBasis().ifPresent(b -> o.put("valueBasis", OcdsView.id(b)));
        f.period().ifPresent(p -> o.set("period", period(p)));
        f.years().ifPresent(y -> {
            ObjectNode n = Json.object();
            n.put("value", y.value());
            o.set("years", provenance(n, y));
        });
        o.set("buyer", fact(f.buyer(), f.buyer().value().id()));
        ObjectNode sectors = Json.object();
        ArrayNode tags = sectors.putArray("value");
        f.sectors().value().forEach(tags::add);
        o.set("sectors", provenance(sectors, f.sectors()));
        ArrayNode cpv = o.putArray("cpvCodes");
        f.cpvCodes().forEach(cpv::add);
        f.commencement().ifPresent(c -> o.set("commencement", fact(c, c.value().toString())));
        Suitability s = f.suitability();
        ObjectNode suit = o.putObject("suitability");
        s.sme().ifPresent(b -> suit.put("sme", b));
        s.vcse().ifPresent(b -> suit.put("vcse", b));
        suit.put("source", s.source());
        return o;
    }

    private static ObjectNode fact(Fact<?> f, String value) {
        ObjectNode o = Json.object();
        o.put("value", value);
        return provenance(o, f);
    }

    private static ObjectNode provenance(ObjectNode o, Fact<?> f) {
        o.put("provenance", OcdsView.id(f.provenance()));
        o.put("how", f.how());
        return o;
    }

    private static ObjectNode money(Fact<Money> m) {
        ObjectNode o = Json.object();
        o.put("amount", Json.decimal(m.value().amount()));
        o.put("currency", m.value().currency().getCurrencyCode());
        return provenance(o, m);
    }

    private static ObjectNode period(Fact<ContractPeriod> f) {
        ContractPeriod p = f.value();
        ObjectNode o = Json.object();
        p.start().ifPresent(d -> o.put("start", d.toString()));
        p.end().ifPresent(d -> o.put("end", d.toString()));
        p.durationInDays().ifPresent(d -> o.put("durationInDays", d));
        p.durationInMonths().ifPresent(m -> o.put("durationInMonths", m));
        return provenance(o, f);
    }

    private static ObjectNode criteria(CriteriaReading c) {
        ObjectNode o = Json.object();
        o.put("weighting", OcdsView.id(c.weighting()));
        o.put("source", c.source());
        o.put("provenance", OcdsView.id(c.provenance()));
        ArrayNode list = o.putArray("criteria");
        c.criteria().forEach(x -> list.add(criterion(x)));
        o.put("scheme", c.scheme().isPresent());
        o.set("reasons", reasons(c.reasons()));
        return o;
    }

    private static ObjectNode criterion(AwardCriterion c) {
        ObjectNode o = Json.object();
        o.put("position", c.position());
        o.put("name", c.name());
        c.ocdsType().ifPresent(t -> o.put("type", t));
        o.put("kind", c.kind().id());
        c.description().ifPresent(d -> o.put("description", d));
        c.weight().ifPresent(w -> o.set("weight", weight(w)));
        c.socialValueTerm().ifPresent(t -> o.put("socialValueTerm", t));
        o.put("at", c.path());
        return o;
    }

    private static ObjectNode weight(Weight w) {
        ObjectNode o = Json.object();
        o.put("kind", w.kind().ocdsCode());
        o.put("number", Json.decimal(w.number()));
        w.percent().ifPresent(p -> o.put("percent", Json.decimal(p)));
        o.put("provenance", OcdsView.id(w.provenance()));
        o.put("how", w.how());
        return o;
    }

    private static ObjectNode socialValue(SocialValueCheck sv) {
        ObjectNode o = Json.object();
        o.put("presence", OcdsView.id(sv.presence()));
        ArrayNode names = o.putArray("criteria");
        sv.criteria().forEach(c -> names.add(c.name()));
        sv.weight().ifPresent(w -> o.put("weight", Json.decimal(w)));
        return o;
    }

    /** A document problem, with the file it is in. */
    static ObjectNode problem(String source, Reason r) {
        ObjectNode o = Json.object();
        o.put("source", source);
        o.setAll((ObjectNode) reasons(List.of(r)).get(0));
        return o;
    }

    /** The summary counts, named as in {@link ScanSummary}. */
    static ObjectNode summary(ScanSummary s) {
        ObjectNode o = Json.object();
        o.put("documents", s.documents());
        o.put("documentsWithProblems", s.documentsWithProblems());
        o.set("documentProblems", kinds(s.documentProblems()));
        o.set("notices", counts(s.notices()));
        o.set("lots", counts(s.lots()));
        return o;
    }

    private static ObjectNode counts(ScanSummary.Counts c) {
        ObjectNode o = Json.object();
        o.put("readings", c.readings());
        o.put("usable", c.usable());
        o.put("unusable", c.unusable());
        o.set("reasons", kinds(c.reasons()));
        o.put("withCriteria", c.withCriteria());
        o.put("withScheme", c.withScheme());
        o.put("cannotBeChecked", c.cannotBeChecked());
        o.put("incompleteWeights", c.incompleteWeights());
        o.put("variesByLot", c.variesByLot());
        o.put("socialValueFound", c.socialValueFound());
        o.put("socialValueWeighted", c.socialValueWeighted());
        ObjectNode duty = o.putObject("kpiDuty");
        duty.put("applies", c.kpiDuty().applies());
        duty.put("doesNotApply", c.kpiDuty().doesNotApply());
        duty.put("cannotBeChecked", c.kpiDuty().cannotBeChecked());
        ObjectNode weighting = o.putObject("minimumWeighting");
        weighting.put("met", c.minimumWeighting().met());
        weighting.put("notMet", c.minimumWeighting().notMet());
        weighting.put("notApplicable", c.minimumWeighting().notApplicable());
        weighting.put("cannotBeChecked", c.minimumWeighting().cannotBeChecked());
        return o;
    }

    private static ObjectNode kinds(Map<ReasonKind, Integer> counts) {
        ObjectNode o = Json.object();
        counts.forEach((k, v) -> o.put(OcdsView.id(k), v));
        return o;
    }
}
