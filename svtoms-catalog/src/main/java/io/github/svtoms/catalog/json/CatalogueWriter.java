package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueDocument;
import io.github.svtoms.catalog.json.CatalogueDtos.CrossReferenceDto;
import io.github.svtoms.catalog.json.CatalogueDtos.Document;
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
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.CrossReference;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.FrameworkRules;
import io.github.svtoms.core.catalogue.FrameworkStatus;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.PriorityGroup;
import io.github.svtoms.core.catalogue.TargetRule;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.money.Money;

import java.util.List;
import java.util.function.Function;

import static io.github.svtoms.catalog.json.JsonOut.decimal;
import static io.github.svtoms.catalog.json.JsonOut.ifTrue;
import static io.github.svtoms.catalog.json.JsonOut.nonEmpty;
import static io.github.svtoms.catalog.json.JsonOut.text;

/**
 * Writes {@code svtoms-catalogue/1} in the canonical form through {@link CatalogueDtos}: members in the
 * order of formats.md, optional members (and empty optional arrays, empty descriptions,
 * {@code firstYearOnly: false}, {@code minimumOutcomesPerTender: 0}) omitted, decimals as strings with
 * their exact scale.
 *
 * <p>Stateless and thread-safe.
 */
final class CatalogueWriter {
    static final String FORMAT = "svtoms-catalogue/1";

    private CatalogueWriter() {
    }

    static String write(CatalogueDocument d) {
        return JsonOut.write(FORMAT, new Document(each(d.frameworks(), CatalogueWriter::framework),
                each(d.themes(), CatalogueWriter::theme), each(d.outcomes(), CatalogueWriter::outcome),
                each(d.priorityGroups(), CatalogueWriter::group), each(d.measures(), CatalogueWriter::measure),
                each(d.overlapFamilies(), x -> new OverlapFamilyDto(x.id(), ids(x.measures()), x.reason())),
                each(d.partOf(), x -> new PartOfDto(x.part().value(), x.whole().value(), x.reason()))));
    }

    /** @return the elements mapped, or {@code null} (omitted) when there are none */
    static <T, D> List<D> each(List<T> values, Function<T, D> dto) {
        return nonEmpty(values.stream().map(dto).toList());
    }

    /** @return the ids' texts, in order */
    static List<String> ids(List<?> ids) {
        return ids.stream().map(Object::toString).toList();
    }

    private static FrameworkDto framework(Framework f) {
        return new FrameworkDto(f.id().value(), f.kind().id(), f.name(), f.publisher(), f.edition(), text(f.description()),
                f.url().orElse(null), f.licence().orElse(null), f.family().map(Object::toString).orElse(null),
                f.period().map(LawValues::period).orElse(null), LawValues.scope(f.scope()),
                f.status() == FrameworkStatus.ACTIVE ? null : f.status().id(),
                each(f.provenance(), LawValues::provenance),
                f.rules().equals(FrameworkRules.NONE) ? null : rules(f.rules()), nonEmpty(ids(f.priorityGroups())),
                f.kind() == FrameworkKind.PRIORITIES ? f.priorities().stream().map(CatalogueWriter::priority).toList() : null);
    }

    private static RulesDto rules(FrameworkRules r) {
        return new RulesDto(decimal(r.minimumSocialValueWeighting()), decimal(r.ambitionSocialValueWeighting()),
                nonEmpty(ids(r.mandatoryThemes())),
                r.minimumOutcomesPerTender() == 0 ? null : r.minimumOutcomesPerTender(), decimal(r.specifiedShare()),
                r.priorityGroupLimit().orElse(null), each(r.weightingBands(), LawValues::band),
                r.minimumKpis().map(LawValues::kpiMinimum).orElse(null), decimal(r.guidelineSocialValueWeighting()));
    }

    private static PriorityDto priority(Priority p) {
        return new PriorityDto(p.id().value(), p.name(), text(p.description()), p.parent().map(Object::toString).orElse(null),
                ids(p.measures()));
    }

    private static ThemeDto theme(Theme t) {
        return new ThemeDto(t.id().value(), t.framework().value(), t.name(), text(t.description()));
    }

    private static OutcomeDto outcome(Outcome o) {
        return new OutcomeDto(o.id().value(), o.theme().value(), o.name(), text(o.description()));
    }

    private static PriorityGroupDto group(PriorityGroup g) {
        return new PriorityGroupDto(g.id().value(), g.name(), text(g.description()), ids(g.measures()));
    }

    private static MeasureDto measure(Measure m) {
        return new MeasureDto(m.id().value(), m.outcome().value(), m.name(), text(m.description()), m.unit().id(),
                nonEmpty(m.tags()), m.orderedCategories().stream().map(ContractCategory::id).toList(), nonEmpty(m.sectors()),
                m.minimumContractValue().map(CatalogueWriter::money).orElse(null),
                m.targetRule().map(CatalogueWriter::target).orElse(null), ifTrue(m.firstYearOnly()),
                m.exclusiveGroup().orElse(null), each(m.crossReferences(), CatalogueWriter::crossReference));
    }

    static MoneyDto money(Money m) {
        return new MoneyDto(decimal(m.amount()), m.currency().getCurrencyCode());
    }

    private static TargetDto target(TargetRule t) {
        if (t instanceof TargetRule.PerContractValue v) {
            return new TargetDto("per-contract-value", decimal(v.quantity()), money(v.per()));
        }
        return new TargetDto(t instanceof TargetRule.PerContractYear ? "per-contract-year" : "fixed",
                decimal(t.quantity()), null);
    }

    private static CrossReferenceDto crossReference(CrossReference r) {
        return new CrossReferenceDto(r.scheme(), r.code(), r.edition().orElse(null));
    }
}
