package io.github.svtoms.cli;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Format;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.Overlaid;
import io.github.svtoms.catalog.OverlayReport;
import io.github.svtoms.catalog.Overlays;
import io.github.svtoms.catalog.Problem;
import io.github.svtoms.catalog.ReadContext;
import io.github.svtoms.catalog.ValuationReport;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ReferenceData;
import io.github.svtoms.proxies.calc.Lm3Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code svtoms catalogue validate FILE}: checks any svtoms file, recognised by its {@code "format"} tag. */
@Command(name = "validate", description = {"Check a catalogue, proxy table, reference file, LM3 file, request or "
        + "valuation or KPI selection, recognised by its \"format\" tag.",
        "Prints a one-line summary; problems go to stderr as FILE:LINE:COLUMN: JSON-PATH: what is wrong (exit code 3)."})
final class Validate implements Callable<Integer> {
    private final Context context;
    @Parameters(paramLabel = "FILE", description = "The file to check, or - for standard input.")
    String file;

    Validate(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Input input = context.read(file);
        Format<?> format = Formats.detect(input.stream(), input.name());
        context.out.println(input.name() + ": valid " + format.tag() + " (" + summary(format, input) + ")");
        return 0;
    }

    /** Reads the file with its format and, for requests, runs it through its engine, so that semantic errors show too. */
    private String summary(Format<?> format, Input input) {
        if (format == Formats.CATALOGUE) {
            Catalogue base = context.catalogue();
            Overlaid<Catalogue> o = Overlays.catalogue(base, input.stream(), input.name());
            OverlayReport r = o.report();
            Catalogue c = o.value();
            return (c.frameworks().size() - base.frameworks().size()) + " new framework(s), "
                    + (c.measures().size() - base.measures().size()) + " new measure(s)"
                    + (r.replaced().isEmpty() ? "" : "; as an overlay it replaces " + String.join(", ",
                    r.replaced().stream().map(OverlayReport.Entry::toString).toList()));
        }
        if (format == Formats.PROXY_TABLE) {
            ProxyTable t = Formats.PROXY_TABLE.read(input.stream(), input.name());
            List<String> unknown = t.entries().keySet().stream()
                    .filter(m -> context.catalogue().measure(m).isEmpty()).map(m -> m.value()).toList();
            return t.size() + " proxy entr" + (t.size() == 1 ? "y" : "ies") + " in " + t.currency().getCurrencyCode()
                    + (unknown.isEmpty() ? "" : "; not in the catalogue (never used): " + String.join(", ", unknown));
        }
        if (format == Formats.REFERENCE_DATA) {
            ReferenceData d = Formats.REFERENCE_DATA.read(input.stream(), input.name());
            return d.discountSchedules().size() + " discount schedule(s), " + d.priceIndices().size() + " price index(es)";
        }
        if (format == Formats.LM3) {
            Lm3Study s = Formats.LM3.read(input.stream(), input.name());
            return "LM3 " + s.lm3().multiplier().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        }
        if (format == Formats.VALUATION_REQUEST) {
            ValuationView v = ValueCommand.value(context, input);
            return v.request.lines().size() + " commitment line(s); values to "
                    + Fmt.money(v.valuation.totals().presentValue()) + " present value";
        }
        if (format == Formats.VALUATION_REPORT) {
            ValuationReport r = Formats.VALUATION_REPORT.read(input.stream(), input.name());
            return r.lines().size() + " valued line(s), present value " + Fmt.money(r.totals().presentValue());
        }
        if (format == Formats.KPI_REQUEST) {
            KpiView k = SelectCommand.select(context, input);
            return "selects " + k.selection.kpis().size() + " KPI(s) from " + k.selection.framework();
        }
        if (format == Formats.KPI_SELECTION) {
            KpiSelection s = Formats.KPI_SELECTION.withContext(ReadContext.of(context.catalogue()))
                    .read(input.stream(), input.name()).selection();
            return s.kpis().size() + " KPI(s) from " + s.framework();
        }
        if (format == Formats.EVALUATION_REQUEST) {
            var r = Formats.EVALUATION_REQUEST.withContext(ReadContext.of(context.catalogue()))
                    .read(input.stream(), input.name()).evaluate();
            return r.winner().map(w -> r.evaluation().orElseThrow().ranking().size() + " bid(s); winner " + w.bid())
                    .orElse(r.request().criteria().criteria().size() + " criteria checked, no bids scored (importance"
                            + " ranked or described)");
        }
        if (format == Formats.MONITORING_REQUEST) {
            var r = MonitorCommand.assess(context, input).status();
            return r.statuses().size() + " commitment(s), overall " + r.overall();
        }
        if (format == Formats.PORTFOLIO_REQUEST) {
            var r = Formats.PORTFOLIO_REQUEST.read(input.stream(), input.name());
            return r.portfolio().contracts().size() + " contract(s)";
        }
        throw new CatalogueFormatException(List.of(new Problem(input.name(), 1, 1, "$.format", "\"" + format.tag()
                + "\" is a report svtoms writes but does not read back; validate checks "
                + String.join(", ", Formats.all().stream().filter(Format::canRead).map(Format::tag).toList()))));
    }
}
