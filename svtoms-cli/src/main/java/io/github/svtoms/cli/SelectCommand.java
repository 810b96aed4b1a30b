package io.github.svtoms.cli;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.ReadContext;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/**
 * {@code svtoms select REQUEST}: KPI selection for an {@code svtoms-kpi-request/1}; with {@code --ocds FILE}, for a
 * contract read from an OCDS notice ({@link OcdsSelect}).
 */
@Command(name = "select", description = {"Select KPIs for a contract from an svtoms-kpi-request/1 or an OCDS notice.",
        "The KPIs are relevant, proportionate and within the buyer's priorities, with minimum, target and stretch",
        "levels (whole-contract figures) and a reason for every choice.",
        "No financial proxy is used: values never steer which outcomes are sought.",
        "With a commencement date, a framework family (uk-svm) resolves to the edition in force on it; the table",
        "and the JSON name the edition chosen and why, the Procurement Act 2023 s.52 KPI duty and the duty findings.",
        "--format json writes svtoms-kpi-selection/1; csv writes one row per KPI.",
        "With --ocds FILE --framework ID the contract is read from an OCDS notice (or one of its lots, --lot ID):",
        "the table shows the profile used first, inferred facts named (on standard error with json and csv);",
        "a notice that gives no usable profile exits with 3 and its reasons."})
final class SelectCommand implements Callable<Integer> {
    private final Context context;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "REQUEST", arity = "0..1", description = "An svtoms-kpi-request/1 file, or - for standard input.")
    String file;
    @Mixin
    final OcdsSelect.Options ocds = new OcdsSelect.Options();

    SelectCommand(Context context) {
        this.context = context;
    }

    static KpiView select(Context context, Input input) {
        ContractProfile profile = Formats.KPI_REQUEST.withContext(ReadContext.of(context.catalogue()))
                .read(input.stream(), input.name());
        return new KpiView(ValueCommand.shortName(input.name()), new KpiSelector(context.catalogue()).report(profile),
                context.catalogue());
    }

    @Override
    public Integer call() {
        if (file == null || ocds.used()) {
            return new OcdsSelect(context, spec.commandLine()).run(ocds, file);
        }
        KpiView v = select(context, context.read(file));
        switch (context.format()) {
            case JSON -> context.out.print(Formats.KPI_SELECTION.toJson(v.report));
            case CSV -> context.out.print(v.csv());
            case TABLE -> v.table(context.out);
        }
        return 0;
    }
}
