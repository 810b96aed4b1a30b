package io.github.svtoms.cli;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.Overlaid;
import io.github.svtoms.catalog.OverlayReport;
import io.github.svtoms.catalog.Overlays;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.proxies.ProxyTable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.io.InputStream;
import java.io.PrintWriter;

/**
 * One run of the command: its streams, the global options and the effective catalogue and proxy table
 * (the bundled ones with the user's overlays laid over them, loaded on first use). Not thread-safe; one
 * per run.
 */
final class Context {
    final PrintWriter out;
    final PrintWriter err;
    final InputStream in;
    final GlobalOptions options = new GlobalOptions();
    /** Whether standard error is a terminal (progress may be shown there); false in-process. */
    boolean terminal;
    /** The command tree of this run, for usage errors found outside a command. */
    CommandLine commandLine;
    private Catalogue catalogue;
    private ProxyTable proxies;
    private boolean stdinTaken;

    Context(PrintWriter out, PrintWriter err, InputStream in) {
        this.out = out;
        this.err = err;
        this.in = in;
    }

    /**
     * The output format of a command that writes table, json or csv.
     *
     * @throws ParameterException for {@code --format jsonl}, which only {@code svtoms value} writes
     */
    OutputFormat format() {
        if (options.format == OutputFormat.JSONL) {
            throw new ParameterException(commandLine, "--format jsonl is for 'svtoms value' only (one JSON object per "
                    + "commitment line): use table, json or csv");
        }
        return options.format;
    }

    /**
     * Reads an input file, or standard input for {@code -} ({@link #stdin()}).
     *
     * @throws io.github.svtoms.catalog.CatalogueFormatException when the file cannot be read (with the reason)
     * @throws ParameterException when standard input was already read
     */
    Input read(String argument) {
        return Input.read(argument, "-".equals(argument) ? stdin() : in);
    }

    /**
     * Standard input, which can be read once: a second input given as {@code -} is a usage error, never an
     * empty file.
     *
     * @throws ParameterException when it was already taken
     */
    InputStream stdin() {
        if (stdinTaken) {
            throw new ParameterException(commandLine, "standard input (-) is given for two inputs: it can be read only "
                    + "once; save one of them to a file and give its path");
        }
        stdinTaken = true;
        return in;
    }

    /** The default catalogue with every {@code --catalogue} overlay applied, each replacement reported on stderr. */
    Catalogue catalogue() {
        if (catalogue == null) {
            Catalogue c = Bundled.catalogue();
            for (String file : options.catalogues) {
                Input input = read(file);
                Overlaid<Catalogue> o = Overlays.catalogue(c, input.stream(), input.name());
                report(input.name(), o.report());
                c = o.value();
            }
            catalogue = c;
        }
        return catalogue;
    }

    /**
     * The catalogue a valuation reads with: the bundled open catalogue alone when no {@code --catalogue} overlay is
     * given (the priority frameworks play no part in a valuation, and are not read), else {@link #catalogue()}.
     */
    Catalogue valuationCatalogue() {
        return catalogue == null && options.catalogues.isEmpty() ? Bundled.openCatalogue() : catalogue();
    }

    /** The default proxy table with every {@code --proxies} overlay applied, each replacement reported on stderr. */
    ProxyTable proxies() {
        if (proxies == null) {
            ProxyTable t = Bundled.proxyTable();
            for (String file : options.proxies) {
                Input input = read(file);
                Overlaid<ProxyTable> o = Overlays.proxyTable(t, Formats.PROXY_TABLE.read(input.stream(), input.name()));
                report(input.name(), o.report());
                t = o.value();
            }
            proxies = t;
        }
        return proxies;
    }

    private void report(String file, OverlayReport report) {
        report.replaced().forEach(e -> err.println("svtoms: " + Safe.terminal(file) + " overrides " + kind(e.kind()) + " '"
                + Safe.terminal(e.id()) + "'"));
        if (!report.added().isEmpty()) {
            err.println("svtoms: " + Safe.terminal(file) + " adds " + report.added().size() + " entr"
                    + (report.added().size() == 1 ? "y" : "ies"));
        }
    }

    private static String kind(OverlayReport.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
