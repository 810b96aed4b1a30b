package io.github.svtoms.cli;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.ReadContext;
import io.github.svtoms.catalog.ValuationReport;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code svtoms value REQUEST}: values an {@code svtoms-valuation-request/1} with the effective catalogue and proxies. */
@Command(name = "value", description = {"Value the commitments of an svtoms-valuation-request/1 with financial proxies.",
        "Gross, net of deadweight, displacement, attribution and drop-off, and present value, with a derivation for every figure.",
        "--format json writes svtoms-valuation/1; csv writes one row per line."})
final class ValueCommand implements Callable<Integer> {
    private final Context context;
    @Parameters(paramLabel = "REQUEST", description = "An svtoms-valuation-request/1 file, or - for standard input.")
    String file;

    ValueCommand(Context context) {
        this.context = context;
    }

    /** Reads and values a request file. */
    static ValuationView value(Context context, Input input) {
        ValuationRequest request = Formats.VALUATION_REQUEST.withContext(ReadContext.of(context.catalogue(), context.proxies()))
                .read(input.stream(), input.name());
        Valuation valuation = ValuationEngine.value(request);
        return new ValuationView(shortName(input.name()), request, valuation);
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
        ValuationView v = value(context, context.read(file));
        switch (context.format()) {
            case JSON -> context.out.print(Formats.VALUATION_REPORT.toJson(ValuationReport.of(v.request, v.valuation)));
            case CSV -> context.out.print(v.csv());
            case TABLE -> v.table(context.out);
        }
        return 0;
    }
}
