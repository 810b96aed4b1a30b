package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueDocument;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.CrossReference;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.FrameworkRules;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.PriorityGroup;
import io.github.svtoms.core.catalogue.TargetRule;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.money.Money;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes {@code svtoms-catalogue/1} in the canonical form: members in the order of formats.md,
 * optional members (and empty optional arrays, empty descriptions, {@code firstYearOnly: false},
 * {@code minimumOutcomesPerTender: 0}) omitted, decimals as strings with their exact scale.
 *
 * <p>Stateless and thread-safe.
 */
final class CatalogueWriter {
    private CatalogueWriter() {
    }

    static String write(CatalogueDocument d) {
        JsonText w = new JsonText().beginObject().member("format", "svtoms-catalogue/1");
        array(w, "frameworks", d.frameworks(), CatalogueWriter::framework);
        array(w, "themes", d.themes(), CatalogueWriter::theme);
        array(w, "outcomes", d.outcomes(), CatalogueWriter::outcome);
        array(w, "priorityGroups", d.priorityGroups(), CatalogueWriter::group);
        array(w, "measures", d.measures(), CatalogueWriter::measure);
        return w.endObject().finish();
    }

    static <T> void array(JsonText w, String name, List<T> values, BiConsumer<JsonText, T> element) {
        if (values.isEmpty()) {
            return;
        }
        w.name(name).beginArray();
        for (T v : values) {
            w.beginObject();
            element.accept(w, v);
            w.endObject();
        }
        w.endArray();
    }

    static void optional(JsonText w, String name, String value) {
        if (!value.isEmpty()) {
            w.member(name, value);
        }
    }

    private static void framework(JsonText w, Framework f) {
        w.member("id", f.id().value()).member("kind", f.kind().id()).member("name", f.name())
                .member("publisher", f.publisher()).member("edition", f.edition());
        optional(w, "description", f.description());
        f.url().ifPresent(u -> w.member("url", u));
        f.licence().ifPresent(l -> w.member("licence", l));
        if (!f.rules().equals(FrameworkRules.NONE)) {
            w.name("rules").beginObject();
            rules(w, f.rules());
            w.endObject();
        }
        if (!f.priorityGroups().isEmpty()) {
            w.stringArray("priorityGroups", f.priorityGroups().stream().map(Object::toString).toList());
        }
        if (f.kind() == FrameworkKind.PRIORITIES) {
            w.name("priorities").beginArray();
            for (Priority p : f.priorities()) {
                w.beginObject();
                priority(w, p);
                w.endObject();
            }
            w.endArray();
        }
    }

    private static void rules(JsonText w, FrameworkRules r) {
        r.minimumSocialValueWeighting().ifPresent(v -> w.member("minimumSocialValueWeighting", v));
        r.ambitionSocialValueWeighting().ifPresent(v -> w.member("ambitionSocialValueWeighting", v));
        if (!r.mandatoryThemes().isEmpty()) {
            w.stringArray("mandatoryThemes", r.mandatoryThemes().stream().map(Object::toString).toList());
        }
        if (r.minimumOutcomesPerTender() != 0) {
            w.name("minimumOutcomesPerTender").integer(r.minimumOutcomesPerTender());
        }
        r.specifiedShare().ifPresent(v -> w.member("specifiedShare", v));
        r.priorityGroupLimit().ifPresent(v -> w.name("priorityGroupLimit").integer(v));
    }

    private static void priority(JsonText w, Priority p) {
        w.member("id", p.id().value()).member("name", p.name());
        optional(w, "description", p.description());
        p.parent().ifPresent(x -> w.member("parent", x.value()));
        w.stringArray("measures", p.measures().stream().map(Object::toString).toList());
    }

    private static void theme(JsonText w, Theme t) {
        w.member("id", t.id().value()).member("framework", t.framework().value()).member("name", t.name());
        optional(w, "description", t.description());
    }

    private static void outcome(JsonText w, Outcome o) {
        w.member("id", o.id().value()).member("theme", o.theme().value()).member("name", o.name());
        optional(w, "description", o.description());
    }

    private static void group(JsonText w, PriorityGroup g) {
        w.member("id", g.id().value()).member("name", g.name());
        optional(w, "description", g.description());
        w.stringArray("measures", g.measures().stream().map(Object::toString).toList());
    }

    private static void measure(JsonText w, Measure m) {
        w.member("id", m.id().value()).member("outcome", m.outcome().value()).member("name", m.name());
        optional(w, "description", m.description());
        w.member("unit", m.unit().id());
        if (!m.tags().isEmpty()) {
            w.stringArray("tags", m.tags());
        }
        w.stringArray("categories", m.orderedCategories().stream().map(ContractCategory::id).toList());
        if (!m.sectors().isEmpty()) {
            w.stringArray("sectors", m.sectors());
        }
        m.minimumContractValue().ifPresent(v -> money(w.name("minimumContractValue"), v));
        m.targetRule().ifPresent(t -> target(w, t));
        if (m.firstYearOnly()) {
            w.name("firstYearOnly").bool(true);
        }
        m.exclusiveGroup().ifPresent(g -> w.member("exclusiveGroup", g));
        array(w, "crossReferences", m.crossReferences(), CatalogueWriter::crossReference);
    }

    static void money(JsonText w, Money m) {
        w.beginObject().member("amount", m.amount()).member("currency", m.currency().getCurrencyCode()).endObject();
    }

    private static void target(JsonText w, TargetRule t) {
        w.name("target").beginObject();
        if (t instanceof TargetRule.PerContractValue v) {
            w.member("rule", "per-contract-value").member("quantity", v.quantity());
            money(w.name("per"), v.per());
        } else if (t instanceof TargetRule.PerContractYear) {
            w.member("rule", "per-contract-year").member("quantity", t.quantity());
        } else {
            w.member("rule", "fixed").member("quantity", t.quantity());
        }
        w.endObject();
    }

    private static void crossReference(JsonText w, CrossReference r) {
        w.member("scheme", r.scheme()).member("code", r.code());
        r.edition().ifPresent(e -> w.member("edition", e));
    }
}
