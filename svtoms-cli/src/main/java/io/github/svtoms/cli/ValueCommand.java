package io.github.svtoms.cli;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.InputFiles;
import io.github.svtoms.catalog.ReadContext;
import io.github.svtoms.catalog.ValuationReport;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code svtoms value REQUEST [--lines FILE]}: values an {@code svtoms-valuation-request/1} with the effective
 * catalogue and proxies; with {@code --lines} (or {@code --format jsonl}) the lines are streamed
 * ({@link BulkValuation}).
 */
@Command(name = "value", description = {"Value the commitments of an svtoms-valuation-request/1 with financial proxies.",
        "Gross, net of deadweight, displacement, attribution and drop-off, and present value, with a derivation for every figure.",
        "--format json writes svtoms-valuation/1; csv writes one row per line; jsonl one JSON object per line.",
        "--lines FILE values a large portfolio streamed from CSV or JSON Lines, with REQUEST giving the settings."})
final class ValueCommand implements Callable<Integer> {
    private final Context context;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "REQUEST", description = "An svtoms-valuation-request/1 file, or - for standard input. "
            + "With --lines it gives the settings (currency, price year, discounting, contract, proxy table); its own "
            + "commitments, if any, are valued first.")
    String file;

    /** The layout of a bulk file. */
    enum LinesFormat {
        /** The columns of --format csv. */
        CSV,
        /** One commitment object per line, as in the request's commitments. */
        JSONL
    }

    /** What a bad record in a bulk file does. */
    enum OnError {
        /** Stop with its problems (exit code 3). */
        STOP,
        /** Report it, count it, skip it and go on. */
        SKIP
    }

    @Option(names = "--lines", paramLabel = "FILE", description = "Commitment lines to value in constant memory: CSV (.csv, "
            + "the columns of --format csv) or JSON Lines (.jsonl, one commitment object per line); - reads standard "
            + "input. No size limit: the limits are per record.")
    String lines;

    @Option(names = "--lines-format", paramLabel = "csv|jsonl", description = "The layout of --lines FILE (default: from "
            + "its extension; needed for -).")
    LinesFormat linesFormat;

    @Option(names = "--on-error", paramLabel = "stop|skip", description = "A bad record in --lines FILE: stop (default) "
            + "with its line number and exit code 3, or skip it, report it and go on (the skipped records are counted "
            + "at the end).")
    OnError onError;

    ValueCommand(Context context) {
        this.context = context;
    }

    /** Reads and values a request file. */
    static ValuationView value(Context context, Input input) {
        ValuationRequest request = read(context, input);
        Valuation valuation = ValuationEngine.value(request);
        return new ValuationView(shortName(input.name()), request, valuation);
    }

    private static ValuationRequest read(Context context, Input input) {
        return Formats.VALUATION_REQUEST.withContext(ReadContext.of(context.valuationCatalogue(), context.proxies()))
                .read(input.stream(), input.name());
    }

    static String shortName(String name) {
        if (name.startsWith("<")) {
            return name;
        }
        Path p = Path.of(name).getFileName();
        return p == null ? name : p.toString();
    }

    @Override
    public Integer call() {
        if (lines == null && (linesFormat != null || onError != null)) {
            throw new ParameterException(spec.commandLine(), "--lines-format and --on-error go with --lines FILE");
        }
        if (lines == null && context.options.format != OutputFormat.JSONL) {
            ValuationView v = value(context, context.read(file));
            switch (context.format()) {
                // written as it goes: memory holds the valuation, never the text (a line's years and derivation
                // make the report tens of times the request)
                case JSON -> Formats.VALUATION_REPORT.write(ValuationReport.of(v.request, v.valuation), context.out);
                case CSV -> context.out.print(v.csv());
                default -> v.table(context.out);
            }
            return 0;
        }
        LinesFormat layout = lines == null ? null : layout();
        if ("-".equals(lines) && "-".equals(file)) {
            throw new ParameterException(spec.commandLine(), "REQUEST and --lines cannot both be standard input (-)");
        }
        Input input = context.read(file);
        ValuationRequest request = read(context, input);
        // the request's own lines are all-or-nothing, as without --lines
        Valuation whole = request.lines().isEmpty() ? null : ValuationEngine.value(request);
        String source = shortName(input.name()) + (lines == null ? "" : " with " + shortName("-".equals(lines) ? "<stdin>" : lines));
        LineSource in = lines == null ? null : open(layout, request);
        LineSink sink = switch (context.options.format) {
            case CSV -> new CsvSink(context.out, request);
            case JSON -> new ReportSink(context.out, request);
            case JSONL -> new JsonlSink(context.out, request);
            default -> new TableSink(context.out, request, source);
        };
        // without a bulk file the request's lines are all there is: their marks are those of the whole valuation
        return new BulkValuation(context, request, sink, onError == OnError.SKIP, lines == null ? whole : null).run(in);
    }

    /** The layout of the bulk file: as given, or from its extension. */
    private LinesFormat layout() {
        if (linesFormat != null) {
            return linesFormat;
        }
        String name = lines.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return LinesFormat.CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return LinesFormat.JSONL;
        }
        throw new ParameterException(spec.commandLine(), "cannot tell the layout of --lines " + lines + " from its name "
                + "(.csv or .jsonl): give --lines-format csv or jsonl");
    }

    private LineSource open(LinesFormat layout, ValuationRequest request) {
        String name = "-".equals(lines) ? "<stdin>" : lines;
        // a regular file only, no cap on the whole file (read in constant memory; each record is capped)
        InputStream in = "-".equals(lines) ? context.stdin() : InputFiles.open(Input.path(lines), name, Long.MAX_VALUE);
        return layout == LinesFormat.CSV ? csv(in, name, request) : new JsonlLines(in, name, request);
    }

    private static LineSource csv(InputStream in, String name, ValuationRequest request) {
        try {
            return new CsvLines(in, name, request);
        } catch (LineSource.Unreadable e) {
            closeQuietly(in);
            throw e.problems();
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the header could not be read: that is the problem reported
        }
    }

}
