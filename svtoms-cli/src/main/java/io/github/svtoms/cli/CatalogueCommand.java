package io.github.svtoms.cli;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code svtoms catalogue list|show|export|validate}. */
@Command(name = "catalogue", description = "List, show, export and validate the catalogue of measures.",
        subcommands = {CatalogueCommand.ListCommand.class, CatalogueShow.class, CatalogueCommand.Export.class,
                Validate.class})
final class CatalogueCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: list, show, export or validate");
    }

    /** {@code svtoms catalogue list [--framework ID]}. */
    @Command(name = "list", description = {"List the frameworks, themes and measures of the effective catalogue.",
            "With --framework, only that framework: its themes and measures, or its priorities and the measures serving them."})
    static final class ListCommand implements Callable<Integer> {
        private final Context context;
        @Spec
        CommandSpec spec;
        @Option(names = "--framework", paramLabel = "ID", description = "Only this framework, e.g. kent, nhs-2022, svtoms-open.")
        String framework;

        ListCommand(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Catalogue c = context.catalogue();
            ProxyTable proxies = context.proxies();
            List<Framework> frameworks = c.frameworks();
            List<Measure> measures = c.measures();
            List<Theme> themes = c.themes();
            List<Priority> priorities = List.of();
            Framework only = null;
            if (framework != null) {
                FrameworkId id;
                try {
                    id = FrameworkId.of(framework);
                } catch (RuntimeException e) {
                    throw new ParameterException(spec.commandLine(), "invalid framework id '" + framework + "'");
                }
                Framework fw = c.framework(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "no framework '" + framework + "' in the catalogue; known: " + frameworkIds(c)));
                only = fw;
                frameworks = List.of(fw);
                if (fw.kind() == FrameworkKind.MEASURES) {
                    themes = c.themesOf(fw.id());
                    measures = c.measuresOfFramework(fw.id());
                } else {
                    priorities = fw.priorities();
                    Set<Measure> served = new LinkedHashSet<>();
                    priorities.forEach(p -> served.addAll(c.measuresServing(fw.id(), p.id())));
                    measures = new ArrayList<>(served);
                    themes = measures.stream().map(m -> c.themeOf(m.id())).distinct().toList();
                }
            }
            switch (context.format()) {
                case JSON -> context.out.print(json(c, proxies, frameworks, themes, priorities, measures));
                case CSV -> {
                    Csv csv = new Csv("measure", "name", "unit", "theme", "outcome", "proxy", "proxy_price_year");
                    for (Measure m : measures) {
                        Optional<ProxyValue> p = proxies.proxyFor(m.id());
                        csv.row(m.id(), m.name(), m.unit().id(), c.themeOf(m.id()).id(), m.outcome(),
                                p.map(v -> v.amount().amount().toPlainString()).orElse(""),
                                p.map(v -> v.priceYear().toString()).orElse(""));
                    }
                    context.out.print(csv.render());
                }
                case TABLE -> table(c, proxies, frameworks, themes, priorities, measures, only);
            }
            return 0;
        }

        private void table(Catalogue c, ProxyTable proxies, List<Framework> frameworks, List<Theme> themes,
                           List<Priority> priorities, List<Measure> measures, Framework only) {
            var out = context.out;
            TextTable f = new TextTable("framework", "kind", "name", "publisher", "edition");
            frameworks.forEach(x -> f.row(x.id(), x.kind().name().toLowerCase(java.util.Locale.ROOT), x.name(),
                    x.publisher(), x.edition()));
            out.println("Frameworks");
            out.print(f.render());
            if (!priorities.isEmpty()) {
                TextTable p = new TextTable("priority", "name", "measures");
                priorities.forEach(x -> p.row(x.id(), x.name(), c.measuresServing(only.id(), x.id()).size()));
                out.println();
                out.println("Priorities of " + only.id());
                out.print(p.render());
            }
            TextTable t = new TextTable("theme", "name", "measures");
            List<Measure> listed = measures;
            themes.forEach(x -> t.row(x.id(), x.name(),
                    listed.stream().filter(m -> c.themeOf(m.id()).id().equals(x.id())).count()));
            out.println();
            out.println("Themes");
            out.print(t.render());
            TextTable m = new TextTable("measure", "name", "unit", "theme", "proxy");
            for (Measure x : measures) {
                m.row(x.id(), x.name(), x.unit().name(), c.themeOf(x.id()).id(),
                        proxies.proxyFor(x.id()).map(v -> Fmt.moneyExact(v.amount()) + " (" + v.priceYear() + ")")
                                .orElse("none"));
            }
            out.println();
            out.println("Measures (" + measures.size() + ")");
            out.print(m.render());
            out.println();
            out.println("Details of any entry: svtoms catalogue show ID");
        }

        private static String json(Catalogue c, ProxyTable proxies, List<Framework> frameworks, List<Theme> themes,
                                   List<Priority> priorities, List<Measure> measures) {
            ObjectNode root = Json.object();
            root.put("format", "svtoms-catalogue-list/1");
            ArrayNode fs = root.putArray("frameworks");
            frameworks.forEach(x -> fs.addObject().put("id", x.id().value()).put("kind", x.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("name", x.name()).put("publisher", x.publisher()).put("edition", x.edition()));
            if (!priorities.isEmpty()) {
                ArrayNode ps = root.putArray("priorities");
                priorities.forEach(x -> {
                    ObjectNode p = ps.addObject().put("id", x.id().value()).put("name", x.name());
                    ArrayNode ms = p.putArray("measures");
                    x.measures().forEach(id -> ms.add(id.value()));
                });
            }
            ArrayNode ts = root.putArray("themes");
            themes.forEach(x -> ts.addObject().put("id", x.id().value()).put("framework", x.framework().value())
                    .put("name", x.name()));
            ArrayNode ms = root.putArray("measures");
            for (Measure x : measures) {
                ObjectNode m = ms.addObject().put("id", x.id().value()).put("name", x.name()).put("unit", x.unit().id())
                        .put("theme", c.themeOf(x.id()).id().value()).put("outcome", x.outcome().value());
                proxies.proxyFor(x.id()).ifPresent(v -> m.putObject("proxy")
                        .put("amount", v.amount().amount().toPlainString())
                        .put("currency", v.amount().currency().getCurrencyCode())
                        .put("priceYear", v.priceYear().toString()));
            }
            return Json.write(root);
        }
    }

    static String frameworkIds(Catalogue c) {
        return String.join(", ", c.frameworks().stream().map(f -> f.id().value()).toList());
    }

    /** {@code svtoms catalogue export}. */
    @Command(name = "export", description = "Write the effective catalogue (the bundled one with any --catalogue overlays) as svtoms-catalogue/1.")
    static final class Export implements Callable<Integer> {
        private final Context context;

        Export(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.out.print(Formats.CATALOGUE.toJson(context.catalogue()));
            return 0;
        }
    }
}
