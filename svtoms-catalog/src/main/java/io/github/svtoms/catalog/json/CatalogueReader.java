package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueDocument;
import io.github.svtoms.catalog.json.CatalogueDtos.CrossReferenceDto;
import io.github.svtoms.catalog.json.CatalogueDtos.FrameworkDto;
import io.github.svtoms.catalog.json.CatalogueDtos.MeasureDto;
import io.github.svtoms.catalog.json.CatalogueDtos.MoneyDto;
import io.github.svtoms.catalog.json.CatalogueDtos.OutcomeDto;
import io.github.svtoms.catalog.json.CatalogueDtos.OverlapFamilyDto;
import io.github.svtoms.catalog.json.CatalogueDtos.PartOfDto;
import io.github.svtoms.catalog.json.CatalogueDtos.PriorityDto;
import io.github.svtoms.catalog.json.CatalogueDtos.PriorityGroupDto;
import io.github.svtoms.catalog.json.CatalogueDtos.RulesDto;
import io.github.svtoms.catalog.json.CatalogueDtos.TargetDto;
import io.github.svtoms.catalog.json.CatalogueDtos.ThemeDto;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.CrossReference;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.FrameworkPeriod;
import io.github.svtoms.core.catalogue.FrameworkRules;
import io.github.svtoms.core.catalogue.FrameworkScope;
import io.github.svtoms.core.catalogue.FrameworkStatus;
import io.github.svtoms.core.catalogue.KpiMinimum;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.OverlapFamily;
import io.github.svtoms.core.catalogue.PartOf;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.PriorityGroup;
import io.github.svtoms.core.catalogue.PriorityGroupId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.RuleProvenance;
import io.github.svtoms.core.catalogue.TargetRule;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.catalogue.WeightingBand;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Validates a bound {@code svtoms-catalogue/1} document element by element and maps it to the core
 * types, recording every problem at its JSON path. References between elements are checked by
 * {@link CatalogueReferences}.
 *
 * <p>Mutable, confined to one read on one thread.
 */
final class CatalogueReader {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String PERCENT_RULE = "a percentage must be between 0 and 100";

    private final Fields f;

    CatalogueReader(Reading reading) {
        this.f = new Fields(reading);
    }

    /**
     * The mapped elements, positionally: element i of each list came from index i of the file, or is
     * {@code null} when it had a problem.
     */
    record Parts(List<Framework> frameworks, List<Theme> themes, List<Outcome> outcomes,
                 List<PriorityGroup> priorityGroups, List<Measure> measures, List<OverlapFamily> overlapFamilies,
                 List<PartOf> partOf) {
        CatalogueDocument toDocument() {
            return new CatalogueDocument(frameworks, themes, outcomes, priorityGroups, measures, overlapFamilies,
                    partOf);
        }
    }

    Parts map(CatalogueDtos.Document d) {
        return new Parts(
                each("$.frameworks", d.frameworks(), this::framework),
                each("$.themes", d.themes(), this::theme),
                each("$.outcomes", d.outcomes(), this::outcome),
                each("$.priorityGroups", d.priorityGroups(), this::group),
                each("$.measures", d.measures(), this::measure),
                each("$.overlapFamilies", d.overlapFamilies(), this::family),
                each("$.partOf", d.partOf(), this::partOf));
    }

    private OverlapFamily family(String p, OverlapFamilyDto d) {
        int before = f.reading().problemCount();
        String id = f.id(p + ".id", d.id(), "overlap family id");
        f.required(p + ".measures", d.measures());
        List<MeasureId> measures = ids(p + ".measures", d.measures(), MeasureId::of);
        String reason = f.text(p + ".reason", d.reason());
        return build(p, before, () -> new OverlapFamily(id, measures, reason));
    }

    private PartOf partOf(String p, PartOfDto d) {
        int before = f.reading().problemCount();
        MeasureId part = id(p + ".part", d.part(), MeasureId::of);
        MeasureId whole = id(p + ".whole", d.whole(), MeasureId::of);
        String reason = f.text(p + ".reason", d.reason());
        return build(p, before, () -> new PartOf(part, whole, reason));
    }

    /** A mapper of one element at a path. */
    private interface ElementMapper<D, T> {
        T map(String path, D dto);
    }

    private static <D, T> List<T> each(String path, List<D> dtos, ElementMapper<D, T> mapper) {
        List<D> list = Fields.list(dtos);
        List<T> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(mapper.map(path + "[" + i + "]", list.get(i)));
        }
        return out;
    }

    /** Builds the element when its fields were clean; a core rule it still breaks is a problem at its path. */
    private <T> T build(String path, int problemsBefore, Supplier<T> constructor) {
        if (f.reading().problemCount() != problemsBefore) {
            return null;
        }
        try {
            return constructor.get();
        } catch (SvtomsException e) {
            f.problem(path, e.getMessage());
            return null;
        }
    }

    /**
     * A required id, made by {@code of}, whose constructor checks the id rule: the check is made once, and
     * an absent or invalid id is reported by {@link Fields#id} in the reader's words.
     */
    private <T> T id(String path, String value, Function<String, T> of) {
        if (value != null) {
            try {
                return of.apply(value);
            } catch (InvalidValueException e) {
                // reported below
            }
        }
        f.id(path, value);
        return null;
    }

    private <T> List<T> ids(String path, List<String> values, Function<String, T> of) {
        List<String> list = Fields.list(values);
        List<T> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            T id = id(path + "[" + i + "]", list.get(i), of);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    private List<String> uniqueIds(String path, List<String> values, String what) {
        List<String> list = Fields.list(values);
        List<String> out = new ArrayList<>(list.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String id = f.id(path + "[" + i + "]", list.get(i));
            if (id != null && !seen.add(id)) {
                f.problem(path + "[" + i + "]", "duplicate " + what + " '" + id + "'");
            } else if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    private static String description(String value) {
        return value == null ? "" : value;
    }

    private Framework framework(String p, FrameworkDto d) {
        int before = f.reading().problemCount();
        FrameworkId id = id(p + ".id", d.id(), FrameworkId::of);
        FrameworkKind kind = f.oneOf(p + ".kind", d.kind(), FrameworkKind::fromId);
        String name = f.text(p + ".name", d.name());
        String publisher = f.text(p + ".publisher", d.publisher());
        String edition = f.text(p + ".edition", d.edition());
        String desc = f.optionalText(p + ".description", d.description());
        String url = f.optionalText(p + ".url", d.url());
        String licence = f.optionalText(p + ".licence", d.licence());
        FrameworkId family = d.family() == null ? null : id(p + ".family", d.family(), FrameworkId::of);
        FrameworkPeriod period = d.period() == null ? null : LawValues.period(f, p + ".period", d.period());
        FrameworkScope scope = d.scope() == null ? FrameworkScope.ANY : LawValues.scope(f, p + ".scope", d.scope());
        FrameworkStatus status = d.status() == null ? FrameworkStatus.ACTIVE
                : Values.constant(f, p + ".status", d.status(), FrameworkStatus.class, "framework status");
        List<RuleProvenance> provenance = each(p + ".provenance", d.provenance(), (q, x) -> LawValues.provenance(f, q, x));
        FrameworkRules rules = d.rules() == null ? FrameworkRules.NONE : rules(p + ".rules", d.rules());
        List<PriorityGroupId> groups = ids(p + ".priorityGroups", d.priorityGroups(), PriorityGroupId::of);
        if (kind == FrameworkKind.MEASURES && d.priorities() != null) {
            f.problem(p + ".priorities", "a framework of kind 'measures' has no priorities: only kind 'priorities' lists them");
        }
        List<Priority> priorities = each(p + ".priorities", d.priorities(), this::priority);
        return build(p, before, () -> new Framework(id, kind, name, publisher, edition, description(desc),
                Optional.ofNullable(url), Optional.ofNullable(licence), rules, groups, priorities,
                Optional.ofNullable(family), Optional.ofNullable(period), scope, status, provenance));
    }

    private FrameworkRules rules(String p, RulesDto d) {
        int before = f.reading().problemCount();
        BigDecimal min = percent(p + ".minimumSocialValueWeighting", d.minimumSocialValueWeighting());
        BigDecimal ambition = percent(p + ".ambitionSocialValueWeighting", d.ambitionSocialValueWeighting());
        List<ThemeId> themes = ids(p + ".mandatoryThemes", d.mandatoryThemes(), ThemeId::of);
        Integer outcomes = f.atLeast(p + ".minimumOutcomesPerTender", d.minimumOutcomesPerTender(), 0);
        BigDecimal specified = percent(p + ".specifiedShare", d.specifiedShare());
        Integer limit = f.atLeast(p + ".priorityGroupLimit", d.priorityGroupLimit(), 1);
        List<WeightingBand> bands = each(p + ".weightingBands", d.weightingBands(), (q, x) -> LawValues.band(f, q, x));
        BigDecimal guideline = percent(p + ".guidelineSocialValueWeighting", d.guidelineSocialValueWeighting());
        KpiMinimum kpis = d.minimumKpis() == null ? null : LawValues.kpiMinimum(f, p + ".minimumKpis", d.minimumKpis());
        FrameworkRules r = build(p, before, () -> new FrameworkRules(Optional.ofNullable(min), Optional.ofNullable(ambition),
                themes, outcomes == null ? 0 : outcomes, Optional.ofNullable(specified), Optional.ofNullable(limit),
                bands, Optional.ofNullable(kpis), Optional.ofNullable(guideline)));
        return r == null ? FrameworkRules.NONE : r;
    }

    private BigDecimal percent(String path, String value) {
        return value == null ? null : f.decimalIn(path, value, BigDecimal.ZERO, HUNDRED, PERCENT_RULE);
    }

    private Priority priority(String p, PriorityDto d) {
        int before = f.reading().problemCount();
        PriorityId id = id(p + ".id", d.id(), PriorityId::of);
        String name = f.text(p + ".name", d.name());
        String desc = f.optionalText(p + ".description", d.description());
        PriorityId parent = d.parent() == null ? null : id(p + ".parent", d.parent(), PriorityId::of);
        f.required(p + ".measures", d.measures());
        List<MeasureId> measures = ids(p + ".measures", d.measures(), MeasureId::of);
        return build(p, before, () -> new Priority(id, name, description(desc), Optional.ofNullable(parent), measures));
    }

    private Theme theme(String p, ThemeDto d) {
        int before = f.reading().problemCount();
        ThemeId id = id(p + ".id", d.id(), ThemeId::of);
        FrameworkId framework = id(p + ".framework", d.framework(), FrameworkId::of);
        String name = f.text(p + ".name", d.name());
        String desc = f.optionalText(p + ".description", d.description());
        return build(p, before, () -> new Theme(id, framework, name, description(desc)));
    }

    private Outcome outcome(String p, OutcomeDto d) {
        int before = f.reading().problemCount();
        OutcomeId id = id(p + ".id", d.id(), OutcomeId::of);
        ThemeId theme = id(p + ".theme", d.theme(), ThemeId::of);
        String name = f.text(p + ".name", d.name());
        String desc = f.optionalText(p + ".description", d.description());
        return build(p, before, () -> new Outcome(id, theme, name, description(desc)));
    }

    private PriorityGroup group(String p, PriorityGroupDto d) {
        int before = f.reading().problemCount();
        PriorityGroupId id = id(p + ".id", d.id(), PriorityGroupId::of);
        String name = f.text(p + ".name", d.name());
        String desc = f.optionalText(p + ".description", d.description());
        f.required(p + ".measures", d.measures());
        List<MeasureId> measures = ids(p + ".measures", d.measures(), MeasureId::of);
        return build(p, before, () -> new PriorityGroup(id, name, description(desc), measures));
    }

    private Measure measure(String p, MeasureDto d) {
        int before = f.reading().problemCount();
        MeasureId id = id(p + ".id", d.id(), MeasureId::of);
        OutcomeId outcome = id(p + ".outcome", d.outcome(), OutcomeId::of);
        String name = f.text(p + ".name", d.name());
        String desc = f.optionalText(p + ".description", d.description());
        Unit unit = f.oneOf(p + ".unit", d.unit(), Unit::of);
        List<String> tags = uniqueIds(p + ".tags", d.tags(), "tag");
        Set<ContractCategory> categories = categories(p + ".categories", d.categories());
        List<String> sectors = uniqueIds(p + ".sectors", d.sectors(), "sector");
        Money minimum = d.minimumContractValue() == null ? null
                : money(p + ".minimumContractValue", d.minimumContractValue(), false);
        TargetRule target = d.target() == null ? null : target(p + ".target", d.target());
        String group = f.optionalId(p + ".exclusiveGroup", d.exclusiveGroup());
        List<CrossReference> refs = each(p + ".crossReferences", d.crossReferences(), this::crossReference);
        return build(p, before, () -> new Measure(id, outcome, name, description(desc), unit,
                tags, categories, sectors, Optional.ofNullable(minimum), Optional.ofNullable(target),
                Boolean.TRUE.equals(d.firstYearOnly()), Optional.ofNullable(group), refs));
    }

    private Set<ContractCategory> categories(String p, List<String> values) {
        if (f.required(p, values) == null) {
            return Set.of();
        }
        if (values.isEmpty()) {
            f.problem(p, "a measure applies to at least one contract category: give one or more of goods, services, works");
        }
        Set<ContractCategory> out = EnumSet.noneOf(ContractCategory.class);
        for (int i = 0; i < values.size(); i++) {
            ContractCategory c = f.oneOf(p + "[" + i + "]", values.get(i), ContractCategory::fromId);
            if (c != null && !out.add(c)) {
                f.problem(p + "[" + i + "]", "duplicate contract category '" + values.get(i) + "'");
            }
        }
        return out;
    }

    private Money money(String p, MoneyDto d, boolean positive) {
        BigDecimal amount = f.decimal(p + ".amount", d.amount());
        var currency = f.currency(p + ".currency", d.currency());
        if (amount == null || currency == null) {
            return null;
        }
        if (positive ? amount.signum() <= 0 : amount.signum() < 0) {
            f.problem(p + ".amount", "invalid amount '" + d.amount() + "': must be " + (positive ? "greater than 0" : "at least 0"));
            return null;
        }
        return Money.of(amount, currency);
    }

    private TargetRule target(String p, TargetDto d) {
        int before = f.reading().problemCount();
        String rule = f.required(p + ".rule", d.rule());
        BigDecimal quantity = f.decimal(p + ".quantity", d.quantity());
        if (quantity != null && quantity.signum() <= 0) {
            f.problem(p + ".quantity", "invalid target quantity '" + d.quantity() + "': must be greater than 0");
        }
        if (rule == null) {
            return null;
        }
        boolean perValue = rule.equals("per-contract-value");
        if (!perValue && !rule.equals("per-contract-year") && !rule.equals("fixed")) {
            f.problem(p + ".rule", "unknown target rule '" + rule + "': expected per-contract-value, per-contract-year or fixed");
            return null;
        }
        Money per = null;
        if (perValue) {
            per = f.required(p + ".per", d.per()) == null ? null : money(p + ".per", d.per(), true);
        } else if (d.per() != null) {
            f.problem(p + ".per", "'per' belongs only to rule 'per-contract-value', not to '" + rule + "'");
        }
        Money step = per;
        return build(p, before, () -> switch (rule) {
            case "per-contract-value" -> new TargetRule.PerContractValue(quantity, step);
            case "per-contract-year" -> new TargetRule.PerContractYear(quantity);
            default -> new TargetRule.Fixed(quantity);
        });
    }

    private CrossReference crossReference(String p, CrossReferenceDto d) {
        int before = f.reading().problemCount();
        String scheme = f.id(p + ".scheme", d.scheme());
        String code = f.text(p + ".code", d.code());
        String edition = f.optionalText(p + ".edition", d.edition());
        return build(p, before, () -> new CrossReference(scheme, code, Optional.ofNullable(edition)));
    }
}
