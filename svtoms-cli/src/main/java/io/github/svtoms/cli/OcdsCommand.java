package io.github.svtoms.cli;

import io.github.svtoms.core.catalogue.EditionResolver;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.ocds.OcdsDocument;
import io.github.svtoms.ocds.OcdsReader;
import io.github.svtoms.ocds.ScanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code svtoms ocds scan}: OCDS notices (UK public procurement) as svtoms reads them. */
@Command(name = "ocds", description = {"Read OCDS notices as svtoms does, to see what they give.",
        "UK notices (Find a Tender, Contracts Finder, Public Contracts Scotland, Sell2Wales) are published as OCDS 1.1;",
        "'svtoms select --ocds FILE' selects KPIs straight from one of them;",
        "'svtoms ocds kpis' and 'svtoms ocds performance' write KPIs and ratings as OCDS releases."},
        subcommands = {OcdsCommand.Scan.class, OcdsWrite.Kpis.class, OcdsWrite.Performance.class})
final class OcdsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: scan, kpis or performance");
    }

    /** {@code svtoms ocds scan FILE|DIR}. */
    @Command(name = "scan", description = {"Read many OCDS notices and say, for each notice and lot, what svtoms can use.",
            "Each gets its contract profile (category, value net and gross of VAT, period and years, buyer type,",
            "sectors, commencement, SME / VCSE suitability; inferred facts marked *) or the reasons it cannot be used,",
            "and its award criteria with the social value check: is there a social value criterion, its weight,",
            "and can the weighting be checked; the s.52 KPI duty; with --framework, the social value weighting",
            "against the minimum of the edition in force. The summary counts follow.",
            "A directory is read with every .json and .jsonl file below it.",
            "--format json writes svtoms-ocds-scan/1 (every fact with how it was read or inferred);",
            "csv writes one row per notice or lot, with the summary on standard error.",
            "Exit code 3 when a file cannot be read as OCDS (the rest is still reported); a notice without a usable",
            "profile is an answer, not an error."})
    static final class Scan implements Callable<Integer> {
        private final Context context;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE|DIR", description = "An OCDS file (release, record, package, JSON Lines), a directory "
                + "of them, or - for standard input.")
        String path;
        @picocli.CommandLine.Option(names = "--framework", paramLabel = "ID", description = "Check each notice's social "
                + "value weighting against the minimum of this framework, or of the edition of a family (e.g. uk-svm) "
                + "in force on the notice's commencement date (by default not checked).")
        String framework;

        Scan(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            OcdsReader reader = OcdsReader.standard();
            java.util.Optional<FrameworkId> checked = java.util.Optional.empty();
            if (framework != null) {
                FrameworkId fw;
                try {
                    fw = FrameworkId.of(framework);
                } catch (RuntimeException e) {
                    throw new ParameterException(spec.commandLine(), "invalid framework id '" + Safe.terminal(framework) + "'");
                }
                var c = context.catalogue();
                if (c.framework(fw).isEmpty() && !EditionResolver.isFamily(c, fw)) {
                    throw new ParameterException(spec.commandLine(), "no framework '" + Safe.terminal(framework)
                            + "' in the catalogue");
                }
                reader = OcdsReader.builder().framework(fw).catalogue(c).build();
                checked = java.util.Optional.of(fw);
            }
            ScanReport report = new ScanReport(context.format(), path, checked.map(f -> (java.util.function.Function<
                    io.github.svtoms.ocds.ContractReading, io.github.svtoms.ocds.WeightingCheck>) r ->
                    io.github.svtoms.ocds.WeightingCheck.of(r, context.catalogue(), f)));
            ScanSummary summary;
            if ("-".equals(path)) {
                OcdsDocument d = reader.read(context.stdin(), "<stdin>");
                report.add(d, d.source());
                summary = reader.summary(d);
            } else {
                Path root;
                try {
                    root = Path.of(path);
                } catch (InvalidPathException e) {
                    throw new ParameterException(spec.commandLine(), "invalid path '" + Safe.terminal(path) + "': "
                            + e.getReason());
                }
                boolean directory = Files.isDirectory(root);
                summary = reader.scan(root, d -> report.add(d, directory ? shown(root, d.source()) : path));
            }
            report.write(context.out, summary);
            context.out.flush();
            if (context.format() == OutputFormat.CSV) {
                context.err.print(ScanReport.summaryTable(summary));
                report.problemLines().forEach(context.err::println);
            }
            if (summary.documentsWithProblems() > 0) {
                context.err.println("svtoms: " + summary.documentsWithProblems() + " of " + summary.documents()
                        + " file" + (summary.documents() == 1 ? "" : "s") + " could not be read as OCDS (see the problems)");
                return Main.INVALID_INPUT;
            }
            return Main.OK;
        }

        /** A file found under the scanned directory, named relative to it. */
        private static String shown(Path root, String source) {
            try {
                return root.relativize(Path.of(source)).toString();
            } catch (IllegalArgumentException e) {
                return source;
            }
        }
    }
}
