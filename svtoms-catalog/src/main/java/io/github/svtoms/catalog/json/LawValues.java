package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.json.LawDtos.BandDto;
import io.github.svtoms.catalog.json.LawDtos.DutyDto;
import io.github.svtoms.catalog.json.LawDtos.KpiMinimumDto;
import io.github.svtoms.catalog.json.LawDtos.PeriodDto;
import io.github.svtoms.catalog.json.LawDtos.ProvenanceDto;
import io.github.svtoms.catalog.json.LawDtos.ScopeDto;
import io.github.svtoms.catalog.json.LawDtos.ThresholdDto;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.EditionResolution;
import io.github.svtoms.core.catalogue.EditionResolver;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkPeriod;
import io.github.svtoms.core.catalogue.FrameworkScope;
import io.github.svtoms.core.catalogue.KpiMinimum;
import io.github.svtoms.core.catalogue.RuleProvenance;
import io.github.svtoms.core.catalogue.WeightingBand;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.law.DutyLevel;
import io.github.svtoms.core.law.EvidenceGrade;
import io.github.svtoms.core.law.Threshold;
import io.github.svtoms.core.law.VatBasis;
import io.github.svtoms.core.law.Verdict;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the members of {@link LawDtos}: each reader records every problem at its JSON path and
 * returns {@code null} when the element had one; each writer gives the canonical DTO (optional members
 * {@code null}, so omitted).
 *
 * <p>Stateless.
 */
final class LawValues {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LawValues() {
    }

    static ThresholdDto threshold(Threshold t) {
        return new ThresholdDto(JsonOut.decimal(t.amount().amount()), t.amount().currency().getCurrencyCode(),
                t.basis() == VatBasis.GROSS, t.comparison().id());
    }

    static Threshold threshold(Fields f, String p, ThresholdDto d) {
        if (f.required(p, d) == null) {
            return null;
        }
        int before = f.reading().problemCount();
        BigDecimal amount = Values.nonNegative(f, p + ".amount", d.amount());
        Currency currency = f.currency(p + ".currency", d.currency());
        Boolean gross = f.required(p + ".valueIncludesVat", d.valueIncludesVat());
        Threshold.Comparison comparison = Values.constant(f, p + ".comparison", d.comparison(), Threshold.Comparison.class,
                "threshold comparison");
        return Values.build(f, p, before, () -> new Threshold(Money.of(amount, currency), VatBasis.of(gross), comparison));
    }

    static PeriodDto period(FrameworkPeriod p) {
        return new PeriodDto(p.from().toString(), p.to().map(LocalDate::toString).orElse(null));
    }

    static FrameworkPeriod period(Fields f, String p, PeriodDto d) {
        int before = f.reading().problemCount();
        LocalDate from = Values.date(f, p + ".from", d.from());
        LocalDate to = d.to() == null ? null : Values.date(f, p + ".to", d.to());
        return Values.build(f, p, before, () -> new FrameworkPeriod(from, Optional.ofNullable(to)));
    }

    /** @return the scope, or {@code null} (omitted) when it restricts nothing */
    static ScopeDto scope(FrameworkScope s) {
        if (s.isUnrestricted()) {
            return null;
        }
        return new ScopeDto(JsonOut.nonEmpty(s.buyerTypes()), s.valueFloor().map(LawValues::threshold).orElse(null),
                JsonOut.nonEmpty(s.exclusions()));
    }

    static FrameworkScope scope(Fields f, String p, ScopeDto d) {
        int before = f.reading().problemCount();
        List<String> buyers = new ArrayList<>();
        List<String> list = Fields.list(d.buyerTypes());
        for (int i = 0; i < list.size(); i++) {
            BuyerType b = Values.constant(f, p + ".buyerTypes[" + i + "]", list.get(i), BuyerType.class, "buyer type");
            if (b != null) {
                if (buyers.contains(b.id())) {
                    f.problem(p + ".buyerTypes[" + i + "]", "duplicate buyer type '" + b.id() + "'");
                }
                buyers.add(b.id());
            }
        }
        Threshold floor = d.valueFloor() == null ? null : threshold(f, p + ".valueFloor", d.valueFloor());
        List<String> exclusions = new ArrayList<>();
        List<String> ex = Fields.list(d.exclusions());
        for (int i = 0; i < ex.size(); i++) {
            exclusions.add(f.text(p + ".exclusions[" + i + "]", ex.get(i)));
        }
        if (buyers.isEmpty() && floor == null && exclusions.isEmpty() && f.reading().problemCount() == before) {
            f.problem(p, "an empty scope restricts nothing: omit 'scope', or give buyerTypes, a valueFloor or exclusions");
        }
        return Values.build(f, p, before, () -> new FrameworkScope(buyers, Optional.ofNullable(floor), exclusions));
    }

    static ProvenanceDto provenance(RuleProvenance r) {
        return new ProvenanceDto(r.fact(), r.source(), r.grade().id(), r.note().orElse(null));
    }

    static RuleProvenance provenance(Fields f, String p, ProvenanceDto d) {
        int before = f.reading().problemCount();
        String fact = f.text(p + ".fact", d.fact());
        String source = f.text(p + ".source", d.source());
        EvidenceGrade grade = Values.constant(f, p + ".grade", d.grade(), EvidenceGrade.class, "evidence grade");
        String note = f.optionalText(p + ".note", d.note());
        return Values.build(f, p, before, () -> new RuleProvenance(fact, source, grade, Optional.ofNullable(note)));
    }

    static BandDto band(WeightingBand b) {
        return new BandDto(threshold(b.from()), JsonOut.decimal(b.minimum()));
    }

    static WeightingBand band(Fields f, String p, BandDto d) {
        int before = f.reading().problemCount();
        Threshold from = threshold(f, p + ".from", d.from());
        BigDecimal minimum = f.decimalIn(p + ".minimum", d.minimum(), BigDecimal.ZERO, HUNDRED,
                "a percentage must be between 0 and 100");
        return Values.build(f, p, before, () -> new WeightingBand(from, minimum));
    }

    static KpiMinimumDto kpiMinimum(KpiMinimum m) {
        return new KpiMinimumDto(m.count(), threshold(m.from()));
    }

    static KpiMinimum kpiMinimum(Fields f, String p, KpiMinimumDto d) {
        int before = f.reading().problemCount();
        Integer count = f.atLeast(p + ".count", f.required(p + ".count", d.count()), 1);
        Threshold from = threshold(f, p + ".from", d.from());
        return Values.build(f, p, before, () -> new KpiMinimum(count, from));
    }

    static DutyDto duty(DutyFinding d) {
        return new DutyDto(d.rule(), d.verdict().id(), d.level().id(), d.detail(), d.evidence().map(EvidenceGrade::id)
                .orElse(null), d.source());
    }

    static List<DutyDto> duties(List<DutyFinding> findings) {
        return findings.stream().map(LawValues::duty).toList();
    }

    static DutyFinding duty(Fields f, String p, DutyDto d) {
        int before = f.reading().problemCount();
        String rule = f.text(p + ".rule", d.rule());
        Verdict verdict = Values.constant(f, p + ".verdict", d.verdict(), Verdict.class, "verdict");
        DutyLevel level = Values.constant(f, p + ".level", d.level(), DutyLevel.class, "duty level");
        String detail = f.text(p + ".detail", d.detail());
        EvidenceGrade evidence = d.evidence() == null ? null
                : Values.constant(f, p + ".evidence", d.evidence(), EvidenceGrade.class, "evidence grade");
        String source = f.text(p + ".source", d.source());
        return Values.build(f, p, before, () -> new DutyFinding(rule, verdict, level, detail, Optional.ofNullable(evidence),
                source));
    }

    /**
     * A contract value with its VAT basis: {@code valueIncludesVat} absent leaves the basis unstated; the figure on
     * the other basis ({@code valueOtherBasis}, in the same currency) needs the flag.
     *
     * @param value the value as given, already read (null when it had a problem)
     * @return the value, or null with a problem
     */
    static ContractValue contractValue(Fields f, String p, Money value, Boolean includesVat, String otherBasis) {
        int before = f.reading().problemCount();
        BigDecimal other = otherBasis == null ? null : Values.nonNegative(f, p + ".valueOtherBasis", otherBasis);
        if (otherBasis != null && includesVat == null) {
            f.problem(p + ".valueOtherBasis", "a value on the other VAT basis needs 'valueIncludesVat', which says which"
                    + " basis 'value' is on");
        }
        if (value == null) {
            return null;
        }
        return Values.build(f, p, before, () -> new ContractValue(value, Optional.ofNullable(includesVat).map(VatBasis::of),
                Optional.ofNullable(other).map(o -> Money.of(o, value.currency()))));
    }

    /** @return the other-basis figure of a contract value as written, or {@code null} */
    static String otherBasis(ContractValue v) {
        return v.otherBasis().map(m -> JsonOut.decimal(m.amount())).orElse(null);
    }

    /**
     * The framework a request names, chosen by commencement date when it gives one: a family id ({@code uk-svm})
     * needs the date; a date with a framework checks that the framework applies on it.
     *
     * @param frameworkPath the path of the framework member
     * @param framework the id read (null when absent or invalid)
     * @param commencementPath the path of the commencement member
     * @param commencement the date read (null when absent or invalid)
     * @return the framework and, with a date, the resolution; null when absent or with a problem
     */
    static Chosen choose(Fields f, Catalogue catalogue, String frameworkPath, String framework, String commencementPath,
                         LocalDate commencement) {
        if (framework == null) {
            if (commencement != null) {
                f.problem(commencementPath, "a commencement date chooses the edition of the framework in force on it:"
                        + " give 'framework' too");
            }
            return null;
        }
        FrameworkId id = FrameworkId.of(framework);
        boolean family = catalogue.framework(id).isEmpty() && EditionResolver.isFamily(catalogue, id);
        if (catalogue.framework(id).isEmpty() && !family) {
            List<String> families = catalogue.frameworks().stream().flatMap(x -> x.family().stream())
                    .map(FrameworkId::value).distinct().toList();
            f.problem(frameworkPath, "unknown framework '" + framework + "': not in the catalogue, which has the frameworks "
                    + String.join(", ", catalogue.frameworks().stream().map(x -> x.id().value()).toList())
                    + (families.isEmpty() ? "" : " and the " + (families.size() == 1 ? "family " : "families ")
                    + String.join(", ", families)));
            return null;
        }
        if (commencement == null) {
            if (family) {
                f.problem(frameworkPath, "framework '" + framework + "' is a family of dated editions ("
                        + String.join(", ", EditionResolver.editionsOf(catalogue, id).stream().map(x -> x.id().value())
                        .toList()) + "): give 'commencement', the date the procurement commenced, to choose the"
                        + " edition in force");
                return null;
            }
            return new Chosen(catalogue.framework(id).orElseThrow(), Optional.empty());
        }
        EditionResolution r = EditionResolver.resolve(catalogue, id, commencement);
        if (r.edition().isEmpty()) {
            f.problem(commencementPath, r.reason());
            return null;
        }
        return new Chosen(r.edition().get(), Optional.of(r));
    }

    /** @return how the edition was chosen, {@code commencement} written only when {@code withDate} */
    static LawDtos.EditionDto edition(EditionResolution r, boolean withDate) {
        return new LawDtos.EditionDto(r.requested().value(), withDate ? r.commencement().toString() : null, r.reason(),
                JsonOut.nonEmpty(r.alsoInForce().stream().map(FrameworkId::value).toList()));
    }

    /** A framework chosen for a request, with how it was chosen by date when it was. */
    record Chosen(Framework framework, Optional<EditionResolution> edition) {
    }

    static List<DutyFinding> duties(Fields f, String p, List<DutyDto> dtos) {
        List<DutyFinding> out = new ArrayList<>();
        List<DutyDto> list = Fields.list(dtos);
        for (int i = 0; i < list.size(); i++) {
            DutyFinding d = duty(f, p + "[" + i + "]", list.get(i));
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }
}
