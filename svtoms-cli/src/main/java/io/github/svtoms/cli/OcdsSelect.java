package io.github.svtoms.cli;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.EditionResolution;
import io.github.svtoms.core.catalogue.EditionResolver;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.NoEditionInForceException;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelectionReport;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.ocds.ContractFacts;
import io.github.svtoms.ocds.ContractReading;
import io.github.svtoms.ocds.Notice;
import io.github.svtoms.ocds.OcdsDocument;
import io.github.svtoms.ocds.OcdsReader;
import io.github.svtoms.ocds.Provenance;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code svtoms select --ocds FILE [--notice ID] [--lot ID] --framework ID}: KPI selection for a contract
 * profile read from an OCDS notice. The profile is shown with every fact read or inferred; a notice that
 * gives no usable profile is invalid input (exit code {@value Main#INVALID_INPUT}) with its reasons. Not
 * thread-safe; one per run.
 */
final class OcdsSelect {
    private final Context context;
    private final CommandLine commandLine;

    /** The options of {@code select} that read a notice. Picocli sets them while parsing; mutable, one per run. */
    static final class Options {
        @Option(names = "--ocds", paramLabel = "FILE", description = "Read the contract from an OCDS notice (release, "
                + "record or package) instead of a request, or - for standard input.")
        String file;

        @Option(names = "--lot", paramLabel = "ID", description = "With --ocds: select for this lot of the notice "
                + "(by default the notice as a whole).")
        String lot;

        @Option(names = "--notice", paramLabel = "ID", description = "With --ocds: the notice (its ocid or release id) "
                + "when the file holds several.")
        String notice;

        @Option(names = "--framework", paramLabel = "ID", description = "With --ocds (required): the framework to "
                + "select from, e.g. kent, nhs-2022, svtoms-open, or a family of dated editions such as uk-svm (the edition "
                + "in force on the notice's commencement date is chosen); a notice names none.")
        String framework;

        boolean used() {
            return file != null || lot != null || notice != null || framework != null;
        }
    }

    OcdsSelect(Context context, CommandLine commandLine) {
        this.context = context;
        this.commandLine = commandLine;
    }

    /**
     * Runs the selection.
     *
     * @param o the options
     * @param request the REQUEST argument, if one was given (an error with {@code --ocds})
     * @return the exit code
     */
    int run(Options o, String request) {
        if (o.file == null) {
            throw usage(request == null ? "missing REQUEST (an svtoms-kpi-request/1) or --ocds FILE"
                    : "--framework, --lot and --notice go with --ocds FILE (a request names its own framework)");
        }
        if (request != null) {
            throw usage("give either REQUEST or --ocds FILE, not both");
        }
        if (o.framework == null) {
            throw usage("--ocds needs --framework ID (a notice names no framework); known: " + frameworks(context.catalogue()));
        }
        FrameworkId framework = framework(o.framework);
        OcdsReader reader = OcdsReader.builder().framework(framework).build();
        OcdsDocument d = read(reader, o.file);
        String name = ValueCommand.shortName(d.source());
        if (!d.isClean() || d.notices().isEmpty()) {
            context.out.flush();
            d.problems().forEach(p -> context.err.println(Safe.terminal(d.source() + ": " + p.path() + ": " + OcdsView.phrase(p))));
            if (d.isClean()) {
                context.err.println(Safe.terminal(d.source() + ": $: no OCDS notice in the file"));
            }
            return Main.INVALID_INPUT;
        }
        Notice n = notice(d, o.notice);
        ContractReading reading = o.lot == null ? n.whole() : lot(n, o.lot);
        String source = name + reading.lotId().map(l -> " lot " + l).orElse("");
        if (!reading.profile().isUsable()) {
            context.out.flush();
            context.err.println(Safe.terminal("svtoms: no usable contract profile in " + source + ":"));
            reading.profile().reasons().forEach(r -> context.err.println(Safe.terminal(d.source() + ": " + r.path() + ": "
                    + OcdsView.phrase(r))));
            List<String> usable = n.lots().stream().filter(l -> l.profile().isUsable()).map(l -> l.lotId().orElseThrow()).toList();
            if (!reading.isLot() && !usable.isEmpty()) {
                context.err.println(Safe.terminal("svtoms: lots with a usable profile: " + String.join(", ", usable)
                        + " (select for one with --lot ID)"));
            }
            return Main.INVALID_INPUT;
        }
        ContractProfile profile = reading.profile().profile().orElseThrow();
        KpiSelectionReport report;
        try {
            report = new KpiSelector(context.catalogue()).report(profile);
        } catch (NoEditionInForceException | InvalidValueException e) {
            // a family needs a commencement date, and an edition must be in force on it
            context.out.flush();
            context.err.println(Safe.terminal("svtoms: " + source + ": " + e.getMessage()
                    + profile.commencement().map(c -> " (commencement " + c + ", inferred from the notice)").orElse("")));
            return Main.INVALID_INPUT;
        }
        KpiView v = new KpiView(Safe.terminal(source), report, context.catalogue());
        switch (context.format()) {
            case JSON -> {
                context.out.print(Formats.KPI_SELECTION.toJson(v.report));
                notes(reading.profile().facts(), source);
                editionNote(report, source);
            }
            case CSV -> {
                context.out.print(v.csv());
                notes(reading.profile().facts(), source);
                editionNote(report, source);
            }
            case TABLE -> {
                profileBlock(context.out, n, reading, source);
                v.table(context.out);
            }
        }
        return Main.OK;
    }

    /** Whether the edition chosen is dated (a family's edition, or a framework with a period): then it is shown. */
    private static boolean dated(EditionResolution e) {
        return e.edition().flatMap(Framework::period).isPresent();
    }

    /** In json and csv modes, the edition chosen and why go to standard error. */
    private void editionNote(KpiSelectionReport report, String source) {
        report.edition().filter(OcdsSelect::dated).ifPresent(e -> {
            context.out.flush();
            context.err.println(Safe.terminal("svtoms: " + source + ": framework edition " + e.require().id() + ": "
                    + e.reason()));
        });
    }

    private OcdsDocument read(OcdsReader reader, String file) {
        if ("-".equals(file)) {
            return reader.read(context.stdin(), "<stdin>");
        }
        try {
            return reader.read(Path.of(file));
        } catch (InvalidPathException e) {
            throw usage("invalid path '" + file + "': " + e.getReason());
        }
    }

    private FrameworkId framework(String id) {
        Catalogue c = context.catalogue();
        FrameworkId fw;
        try {
            fw = FrameworkId.of(id);
        } catch (RuntimeException e) {
            throw usage("invalid framework id '" + id + "'");
        }
        if (c.framework(fw).isEmpty() && !EditionResolver.isFamily(c, fw)) {
            throw usage("no framework '" + id + "' in the catalogue; known: " + frameworks(c));
        }
        return fw;
    }

    private static String frameworks(Catalogue c) {
        return c.frameworks().stream().map(f -> f.id().value()).collect(Collectors.joining(", "));
    }

    private Notice notice(OcdsDocument d, String id) {
        List<Notice> all = d.notices();
        if (id == null) {
            if (all.size() == 1) {
                return all.get(0);
            }
            throw usage(d.source() + " holds " + all.size() + " notices; choose one with --notice ID: " + ids(all));
        }
        List<Notice> matching = all.stream().filter(n -> n.ocid().filter(id::equals).isPresent()
                || n.releaseId().filter(id::equals).isPresent()).toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        throw usage(matching.isEmpty() ? "no notice '" + id + "' in " + d.source() + "; it holds: " + ids(all)
                : matching.size() + " notices match '" + id + "' in " + d.source() + "; give a release id: " + ids(matching));
    }

    private static String ids(List<Notice> notices) {
        return notices.stream().map(n -> n.ocid().orElse("(no ocid)") + n.releaseId().map(r -> " (release " + r + ")")
                .orElse("")).collect(Collectors.joining(", "));
    }

    private ContractReading lot(Notice n, String id) {
        return n.lots().stream().filter(l -> l.lotId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> usage(n.lots().isEmpty() ? "the notice has no lots; leave out --lot"
                        : "the notice has no lot '" + id + "'; its lots: "
                        + n.lots().stream().map(l -> l.lotId().orElseThrow()).collect(Collectors.joining(", "))));
    }

    private ParameterException usage(String message) {
        return new ParameterException(commandLine, Safe.terminal(message));
    }

    /** In json and csv modes, the inferred facts go to standard error, one line each. */
    private void notes(ContractFacts f, String source) {
        context.out.flush();
        for (String[] line : OcdsView.factLines(f)) {
            if (line[2].startsWith("inferred: ")) {
                context.err.println(Safe.terminal("svtoms: " + source + ": " + line[0] + " " + line[1] + " " + line[2]));
            }
        }
    }

    /** The profile used, fact by fact, with the inferred ones named, before the KPI table. */
    static void profileBlock(PrintWriter out, Notice n, ContractReading r, String source) {
        out.println(Safe.terminal("Contract profile read from " + source));
        out.println();
        n.ocid().ifPresent(x -> ValuationView.kv(out, "notice", Safe.terminal(x + n.releaseId().map(id -> " (release " + id + ")")
                .orElse(""))));
        n.buyerName().ifPresent(x -> ValuationView.kv(out, "buyer name", Safe.terminal(x)));
        r.title().ifPresent(x -> ValuationView.kv(out, "title", Safe.terminal(x)));
        out.println();
        TextTable t = new TextTable("fact", "value", "read or inferred");
        OcdsView.factLines(r.profile().facts()).forEach(l -> t.row((Object[]) l));
        out.print(t.render());
        List<String> inferred = OcdsView.inferred(r.profile().facts());
        out.println(inferred.isEmpty() ? "Every fact was read from the notice."
                : "Inferred, not read as such from the notice: " + String.join(", ", inferred) + ".");
        out.println(Safe.terminal("Award criteria: " + OcdsView.weighting(r.criteria())
                + (r.criteria().criteria().isEmpty() ? "" : " (" + OcdsView.criteria(r.criteria()) + ")")
                + "; social value criterion: " + OcdsView.presence(r.socialValue())
                + r.socialValue().weight().map(w -> ", " + OcdsView.percent(w)).orElse("")));
        if (r.criteria().criteria().stream().anyMatch(c -> c.weight().filter(w -> w.percent().isPresent()
                && w.provenance() == Provenance.INFERRED).isPresent())) {
            out.println("  * weight inferred: written as text in the description, a range's middle, or points");
        }
        out.println();
    }
}
