package io.github.svtoms.cli;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.ReadContext;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.core.monitoring.ContractPerformanceNotice;
import io.github.svtoms.core.monitoring.MonitoringRequest;
import io.github.svtoms.core.monitoring.NoticeSupplier;
import io.github.svtoms.ocds.OcdsWriter;
import io.github.svtoms.ocds.ReleaseHeader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code svtoms ocds kpis} and {@code svtoms ocds performance}: KPIs and performance ratings written as an OCDS
 * 1.1 release ({@link OcdsWriter}). The release is JSON whatever {@code --format} says. Not thread-safe; one
 * per run.
 */
final class OcdsWrite {
    private OcdsWrite() {
    }

    /** The identifiers every written release needs; picocli sets them. Mutable, one per run. */
    static final class ReleaseOptions {
        @Option(names = "--ocid", required = true, paramLabel = "OCID", description = "The contracting process's ocid.")
        String ocid;

        @Option(names = "--release-id", required = true, paramLabel = "ID", description = "The release's id (unique "
                + "within the ocid).")
        String releaseId;

        @Option(names = "--contract", required = true, paramLabel = "ID", description = "The contract's id "
                + "(contracts[].id).")
        String contract;

        @Option(names = "--award", required = true, paramLabel = "ID", description = "The id of the award the contract "
                + "is for (contracts[].awardID, required by OCDS 1.1).")
        String award;

        @Option(names = "--date", paramLabel = "DATE-TIME", description = "The release date, e.g. 2026-04-01T09:30:00Z "
                + "(default: now, to the second, UTC).")
        String date;

        ReleaseHeader header(CommandSpec spec) {
            OffsetDateTime when;
            if (date == null) {
                when = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            } else {
                try {
                    when = OffsetDateTime.parse(date);
                } catch (DateTimeParseException e) {
                    throw new ParameterException(spec.commandLine(), "invalid --date '" + Safe.terminal(date)
                            + "': give a date-time with its offset, e.g. 2026-04-01T09:30:00Z");
                }
            }
            return new ReleaseHeader(ocid, releaseId, when, contract, award);
        }
    }

    /** {@code svtoms ocds kpis KPI-REQUEST}. */
    @Command(name = "kpis", description = {"Write the KPIs selected for a contract as OCDS agreed metrics.",
            "The KPIs are selected from an svtoms-kpi-request/1 as 'svtoms select' does, and written in an OCDS 1.1",
            "release as contracts[].agreedMetrics[] (the OCDS metrics extension): one metric per KPI, one observation",
            "per level (minimum, target, stretch).",
            "The release's package should list the metrics extension in its 'extensions'."})
    static final class Kpis implements Callable<Integer> {
        private final Context context;
        @Spec
        CommandSpec spec;
        @Mixin
        ReleaseOptions release = new ReleaseOptions();
        @Parameters(paramLabel = "KPI-REQUEST", description = "An svtoms-kpi-request/1 file, or - for standard input.")
        String file;

        Kpis(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ReleaseHeader header = release.header(spec);
            Input input = context.read(file);
            ContractProfile profile = Formats.KPI_REQUEST.withContext(ReadContext.of(context.catalogue()))
                    .read(input.stream(), input.name());
            KpiSelection selection = new KpiSelector(context.catalogue()).select(profile);
            context.out.print(OcdsWriter.kpis(selection, header));
            context.out.flush();
            return Main.OK;
        }
    }

    /** {@code svtoms ocds performance MONITORING-FILE}. */
    @Command(name = "performance", description = {"Write the performance ratings of a monitoring file as an OCDS release.",
            "Each commitment of an svtoms-monitoring/1 is rated as 'svtoms monitor' does, and the ratings are written",
            "as a Contract Performance Notice in an OCDS 1.1 release:",
            "contracts[].implementation.metrics[].observations[] with the period assessed and the UK extension's",
            "measureClassification (met, slightlyBelow, below, significantlyBelow, other); the suppliers as parties.",
            "The release's package should list the metrics and UK extensions in its 'extensions'."})
    static final class Performance implements Callable<Integer> {
        private final Context context;
        @Spec
        CommandSpec spec;
        @Mixin
        ReleaseOptions release = new ReleaseOptions();
        @Option(names = "--supplier", required = true, paramLabel = "NAME=ID", description = "A supplier's name and "
                + "identifier (e.g. 'Example Services Ltd=GB-COH-00000000'); repeat for several.")
        List<String> suppliers = new ArrayList<>();
        @Parameters(paramLabel = "MONITORING-FILE", description = "An svtoms-monitoring/1 file, or - for standard input.")
        String file;

        Performance(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ReleaseHeader header = release.header(spec);
            List<NoticeSupplier> named = new ArrayList<>();
            for (String s : suppliers) {
                int eq = s.lastIndexOf('=');
                if (eq <= 0 || eq == s.length() - 1) {
                    throw new ParameterException(spec.commandLine(), "invalid --supplier '" + Safe.terminal(s)
                            + "': give NAME=ID");
                }
                named.add(new NoticeSupplier(s.substring(0, eq).strip(), s.substring(eq + 1).strip()));
            }
            Input input = context.read(file);
            MonitoringRequest request = Formats.MONITORING_REQUEST.withContext(ReadContext.of(context.catalogue()))
                    .read(input.stream(), input.name());
            ContractPerformanceNotice notice = ContractPerformanceNotice.of(request.rate(), context.catalogue(),
                    header.ocid(), header.contractId(), named);
            context.out.print(OcdsWriter.performance(notice, header));
            context.out.flush();
            return Main.OK;
        }
    }
}
