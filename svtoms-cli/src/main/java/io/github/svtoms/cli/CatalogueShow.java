package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.CrossReference;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.FrameworkRules;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.TargetRule;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code svtoms catalogue show ID}: a framework, theme, priority or measure, with its proxies and their provenance. */
@Command(name = "show", description = {"Show a framework, theme, priority or measure, with the proxies of its measures and their provenance.",
        "A priority is FRAMEWORK:PRIORITY (e.g. kent:kent-local-employment) or a priority id that only one framework has."})
final class CatalogueShow implements Callable<Integer> {
    private final Context context;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "A framework, theme, outcome, measure or priority id.")
    String id;

    CatalogueShow(Context context) {
        this.context = context;
    }

    /** One thing the id names. */
    private record Match(String kind, Framework framework, Theme theme, Outcome outcome, Measure measure, Priority priority) {
    }

    @Override
    public Integer call() {
        Catalogue c = context.catalogue();
        ProxyTable proxies = context.proxies();
        List<Match> matches = resolve(c);
        if (matches.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no framework, theme, outcome, measure or priority '" + id
                    + "' in the catalogue (svtoms catalogue list shows the ids)");
        }
        if (context.format() == OutputFormat.JSON) {
            ObjectNode root = Json.object();
            root.put("format", "svtoms-catalogue-entry/1");
            ArrayNode entries = root.putArray("entries");
            matches.forEach(m -> entries.add(json(c, proxies, m)));
            context.out.print(Json.write(root));
            return 0;
        }
        if (context.format() == OutputFormat.CSV) {
            Csv csv = new Csv("measure", "name", "unit", "proxy", "currency", "price_year", "value_type", "source",
                    "publisher", "edition", "licence", "evidence", "url");
            for (Match m : matches) {
                for (Measure x : measuresOf(c, m)) {
                    var p = proxies.proxyFor(x.id());
                    csv.row(x.id(), x.name(), x.unit().id(), p.map(v -> v.amount().amount().toPlainString()).orElse(""),
                            p.map(v -> v.amount().currency().getCurrencyCode()).orElse(""),
                            p.map(v -> v.priceYear().toString()).orElse(""), p.map(v -> v.valueType().id()).orElse(""),
                            p.map(v -> v.provenance().source()).orElse(""), p.map(v -> v.provenance().publisher()).orElse(""),
                            p.map(v -> v.provenance().edition()).orElse(""), p.map(v -> v.provenance().licence()).orElse(""),
                            p.map(v -> v.provenance().evidence().name()).orElse(""),
                            p.flatMap(v -> v.provenance().url()).orElse(""));
                }
            }
            context.out.print(csv.render());
            return 0;
        }
        PrintWriter out = context.out;
        for (int i = 0; i < matches.size(); i++) {
            if (i > 0) {
                out.println();
            }
            text(out, c, proxies, matches.get(i));
        }
        return 0;
    }

    private List<Match> resolve(Catalogue c) {
        List<Match> found = new ArrayList<>();
        int colon = id.indexOf(':');
        if (colon > 0) {
            String f = id.substring(0, colon);
            String p = id.substring(colon + 1);
            if (FrameworkId.isValid(f) && PriorityId.isValid(p)) {
                c.framework(FrameworkId.of(f)).flatMap(fw -> fw.priority(PriorityId.of(p)).map(pr -> new Match("priority", fw, null, null, null, pr)))
                        .ifPresent(found::add);
            }
            return found;
        }
        if (!MeasureId.isValid(id)) {
            throw new ParameterException(spec.commandLine(), "invalid id '" + id + "': ids are lower-case letters, digits, '.' and '-'");
        }
        c.framework(FrameworkId.of(id)).ifPresent(f -> found.add(new Match("framework", f, null, null, null, null)));
        c.theme(ThemeId.of(id)).ifPresent(t -> found.add(new Match("theme", null, t, null, null, null)));
        c.outcome(io.github.svtoms.core.catalogue.OutcomeId.of(id)).ifPresent(o -> found.add(new Match("outcome", null, null, o, null, null)));
        c.measure(MeasureId.of(id)).ifPresent(m -> found.add(new Match("measure", null, null, null, m, null)));
        List<Match> priorities = new ArrayList<>();
        for (Framework f : c.frameworks()) {
            f.priority(PriorityId.of(id)).ifPresent(p -> priorities.add(new Match("priority", f, null, null, null, p)));
        }
        if (priorities.size() > 1 && found.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "priority '" + id + "' is in several frameworks: name one as "
                    + String.join(" or ", priorities.stream().map(m -> m.framework().id() + ":" + id).toList()));
        }
        if (priorities.size() == 1) {
            found.addAll(priorities);
        }
        return found;
    }

    private static List<Measure> measuresOf(Catalogue c, Match m) {
        return switch (m.kind()) {
            case "framework" -> m.framework().kind() == FrameworkKind.MEASURES ? c.measuresOfFramework(m.framework().id())
                    : m.framework().priorities().stream().flatMap(p -> c.measuresServing(m.framework().id(), p.id()).stream())
                    .distinct().toList();
            case "theme" -> c.measuresOfTheme(m.theme().id());
            case "outcome" -> c.measuresOf(m.outcome().id());
            case "measure" -> List.of(m.measure());
            default -> c.measuresServing(m.framework().id(), m.priority().id());
        };
    }

    private void text(PrintWriter out, Catalogue c, ProxyTable proxies, Match m) {
        switch (m.kind()) {
            case "framework" -> {
                Framework f = m.framework();
                out.println("Framework " + f.id() + ": " + f.name());
                field(out, "kind", f.kind().name().toLowerCase(Locale.ROOT));
                field(out, "publisher", f.publisher());
                field(out, "edition", f.edition());
                field(out, "description", f.description());
                f.url().ifPresent(u -> field(out, "url", u));
                f.licence().ifPresent(l -> field(out, "licence", l));
                rules(out, f.rules());
                if (f.kind() == FrameworkKind.MEASURES) {
                    TextTable t = new TextTable("theme", "name", "measures");
                    c.themesOf(f.id()).forEach(x -> t.row(x.id(), x.name(), c.measuresOfTheme(x.id()).size()));
                    out.println();
                    out.print(t.render());
                } else {
                    TextTable t = new TextTable("priority", "name", "measures");
                    f.priorities().forEach(p -> t.row(p.id(), p.name(), String.join(", ",
                            c.measuresServing(f.id(), p.id()).stream().map(x -> x.id().value()).toList())));
                    out.println();
                    out.print(t.render());
                }
            }
            case "theme" -> {
                Theme t = m.theme();
                out.println("Theme " + t.id() + ": " + t.name() + " (framework " + t.framework() + ")");
                field(out, "description", t.description());
                out.println();
                proxyTable(out, proxies, c.measuresOfTheme(t.id()));
            }
            case "outcome" -> {
                Outcome o = m.outcome();
                out.println("Outcome " + o.id() + ": " + o.name() + " (theme " + o.theme() + ")");
                field(out, "description", o.description());
                out.println();
                proxyTable(out, proxies, c.measuresOf(o.id()));
            }
            case "priority" -> {
                Priority p = m.priority();
                out.println("Priority " + m.framework().id() + ":" + p.id() + ": " + p.name() + " (" + m.framework().name() + ")");
                field(out, "description", p.description());
                p.parent().ifPresent(x -> field(out, "parent", x.value()));
                out.println();
                List<Measure> ms = c.measuresServing(m.framework().id(), p.id());
                proxyTable(out, proxies, ms);
                ms.forEach(x -> proxies.proxyFor(x.id()).ifPresent(v -> provenance(out, x.id().value(), v)));
            }
            default -> measure(out, c, proxies, m.measure());
        }
    }

    private static void measure(PrintWriter out, Catalogue c, ProxyTable proxies, Measure x) {
        out.println("Measure " + x.id() + ": " + x.name());
        field(out, "description", x.description());
        field(out, "unit", x.unit().name() + " (" + x.unit().id() + ")");
        Outcome o = c.outcomeOf(x.id());
        Theme t = c.themeOf(x.id());
        field(out, "outcome", o.id() + " (" + o.name() + ")");
        field(out, "theme", t.id() + " (" + t.name() + ")");
        field(out, "applies to", String.join(", ", x.orderedCategories().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList())
                + (x.sectors().isEmpty() ? "" : "; sectors " + String.join(", ", x.sectors())));
        x.minimumContractValue().ifPresent(v -> field(out, "minimum contract", Fmt.money(v)));
        x.targetRule().ifPresent(r -> field(out, "target rule", target(r)));
        if (x.firstYearOnly()) {
            field(out, "counting", "first year only");
        }
        x.exclusiveGroup().ifPresent(g -> field(out, "exclusive group", g + " (members must not count the same thing twice)"));
        if (!x.tags().isEmpty()) {
            field(out, "tags", String.join(", ", x.tags()));
        }
        if (!x.crossReferences().isEmpty()) {
            field(out, "cross-references", String.join(", ", x.crossReferences().stream().map(CrossReference::toString).toList()));
        }
        List<String> serves = new ArrayList<>();
        for (Framework f : c.frameworks()) {
            c.prioritiesServedBy(f.id(), x.id()).forEach(p -> serves.add(f.id() + ":" + p.id()));
        }
        if (!serves.isEmpty()) {
            field(out, "serves", String.join(", ", serves));
        }
        proxies.proxyFor(x.id()).ifPresentOrElse(v -> provenance(out, null, v),
                () -> field(out, "proxy", "none in the effective proxy table: commitments are counted, not valued"));
    }

    static String target(TargetRule r) {
        if (r instanceof TargetRule.PerContractValue p) {
            return Fmt.number(p.quantity()) + " per " + Fmt.money(p.per()) + " of contract value";
        }
        if (r instanceof TargetRule.PerContractYear p) {
            return Fmt.number(p.quantity()) + " per contract year";
        }
        return Fmt.number(((TargetRule.Fixed) r).quantity()) + " for any contract";
    }

    private static void rules(PrintWriter out, FrameworkRules r) {
        r.minimumSocialValueWeighting().ifPresent(w -> field(out, "min. SV weighting", Fmt.number(w) + "%"));
        r.ambitionSocialValueWeighting().ifPresent(w -> field(out, "SV weighting ambition", Fmt.number(w) + "%"));
        r.guidelineSocialValueWeighting().ifPresent(w -> field(out, "SV weighting guideline",
                Fmt.number(w) + "% (advice, not a minimum)"));
        if (!r.mandatoryThemes().isEmpty()) {
            field(out, "mandatory themes", String.join(", ", r.mandatoryThemes().stream().map(ThemeId::value).toList()));
        }
        if (r.minimumOutcomesPerTender() > 0) {
            field(out, "min. outcomes/tender", String.valueOf(r.minimumOutcomesPerTender()));
        }
        r.specifiedShare().ifPresent(s -> field(out, "specified share", Fmt.number(s) + "% of the SV score"));
        r.priorityGroupLimit().ifPresent(n -> field(out, "priority groups", n + " per supplier"));
    }

    private static void proxyTable(PrintWriter out, ProxyTable proxies, List<Measure> measures) {
        TextTable t = new TextTable("measure", "unit", "proxy", "price year", "publisher");
        for (Measure x : measures) {
            var p = proxies.proxyFor(x.id());
            t.row(x.id(), x.unit().name(), p.map(v -> Fmt.moneyExact(v.amount())).orElse("none"),
                    p.map(v -> v.priceYear().toString()).orElse(""), p.map(v -> v.provenance().publisher()).orElse(""));
        }
        out.print(t.render());
    }

    private static void provenance(PrintWriter out, String measure, ProxyValue v) {
        Provenance p = v.provenance();
        out.println();
        out.println("Proxy" + (measure == null ? "" : " for " + measure) + ": " + Fmt.moneyExact(v.amount()) + " per unit, "
                + v.priceYear() + " prices, " + v.valueType().id() + " value");
        field(out, "source", p.source());
        field(out, "publisher", p.publisher());
        field(out, "edition", p.edition());
        p.url().ifPresent(u -> field(out, "url", u));
        field(out, "licence", p.licence());
        field(out, "evidence grade", p.evidence().name() + " (" + p.evidence().meaning() + ")");
        p.reference().ifPresent(r -> field(out, "reference", r));
        p.readIn().ifPresent(r -> field(out, "read in", r));
        v.defaultDeadweight().ifPresent(d -> field(out, "default deadweight", Fmt.fractionAsPercent(d)));
        v.notes().ifPresent(n -> field(out, "notes", n));
    }

    private static void field(PrintWriter out, String label, String value) {
        if (!value.isBlank()) {
            out.println(String.format("  %-22s %s", label + ":", value));
        }
    }

    private static ObjectNode json(Catalogue c, ProxyTable proxies, Match m) {
        ObjectNode n = Json.object();
        n.put("kind", m.kind());
        switch (m.kind()) {
            case "framework" -> n.put("id", m.framework().id().value()).put("name", m.framework().name());
            case "theme" -> n.put("id", m.theme().id().value()).put("name", m.theme().name());
            case "outcome" -> n.put("id", m.outcome().id().value()).put("name", m.outcome().name());
            case "measure" -> n.put("id", m.measure().id().value()).put("name", m.measure().name());
            default -> n.put("id", m.framework().id() + ":" + m.priority().id()).put("name", m.priority().name());
        }
        ArrayNode ms = n.putArray("measures");
        for (Measure x : measuresOf(c, m)) {
            ObjectNode o = ms.addObject().put("id", x.id().value()).put("name", x.name()).put("unit", x.unit().id());
            proxies.proxyFor(x.id()).ifPresent(v -> {
                ObjectNode p = o.putObject("proxy").put("amount", v.amount().amount().toPlainString())
                        .put("currency", v.amount().currency().getCurrencyCode()).put("priceYear", v.priceYear().toString())
                        .put("valueType", v.valueType().id());
                Provenance pr = v.provenance();
                ObjectNode pv = p.putObject("provenance").put("source", pr.source()).put("publisher", pr.publisher())
                        .put("edition", pr.edition());
                pr.url().ifPresent(u -> pv.put("url", u));
                pv.put("licence", pr.licence()).put("evidence", pr.evidence().name());
                pr.reference().ifPresent(r -> pv.put("reference", r));
                pr.readIn().ifPresent(r -> pv.put("readIn", r));
            });
        }
        return n;
    }
}
