package io.github.svtoms.cli;

import io.github.svtoms.catalog.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code svtoms report REQUEST --out report.html}: a self-contained HTML page. */
@Command(name = "report", description = {"Write a self-contained HTML report (inline CSS and SVG, no external assets).",
        "For a valuation request: the totals, gross vs net vs present value, a chart by theme, the lines, the provenance",
        "of every proxy, warnings and unvalued measures; for a KPI request: the KPIs and checks; with --monitoring:",
        "the delivery status with RAG colours."})
final class ReportCommand implements Callable<Integer> {
    private final Context context;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "REQUEST", description = "An svtoms-valuation-request/1 or svtoms-kpi-request/1 file, or - for standard input.")
    String file;
    @Option(names = "--monitoring", paramLabel = "FILE", description = "An svtoms-monitoring/1 file: adds the delivery status with RAG colours.")
    String monitoring;
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "Where to write the HTML page (- for standard output); written to a temporary file "
            + "beside it and moved into place, so a failure leaves the previous file unchanged.")
    String out;

    ReportCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (context.format() != OutputFormat.TABLE) {
            throw new ParameterException(spec.commandLine(), "report writes HTML; --format " + context.format().name()
                    .toLowerCase(java.util.Locale.ROOT) + " does not apply (use value or select for JSON and CSV)");
        }
        Input input = context.read(file);
        Html h;
        if (Formats.detect(input.stream(), input.name()) == Formats.KPI_REQUEST) {
            KpiView k = SelectCommand.select(context, input);
            h = new Html("Social value KPIs — " + k.source);
            k.html(h);
        } else {
            ValuationView v = ValueCommand.value(context, input);
            h = new Html(v.request.details().title().orElse("Social value report — " + v.source));
            ValuationPage.write(h, v);
        }
        if (monitoring != null) {
            Input m = context.read(monitoring);
            MonitorCommand.html(h, MonitorCommand.assess(context, m).status(), ValueCommand.shortName(m.name()));
        }
        String page = h.render();
        if ("-".equals(out)) {
            context.out.print(page);
        } else {
            OutFile.write(out, page); // whole or not at all: a failure leaves the previous file unchanged
            context.err.println("svtoms: wrote " + out);
        }
        return 0;
    }
}
