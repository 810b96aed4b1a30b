package io.github.svtoms.cli;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.ReadContext;
import io.github.svtoms.core.monitoring.CommitmentStatus;
import io.github.svtoms.core.monitoring.KpiRating;
import io.github.svtoms.core.monitoring.MonitoringReport;
import io.github.svtoms.core.monitoring.MonitoringRequest;
import io.github.svtoms.core.monitoring.MonitoringResult;
import io.github.svtoms.core.monitoring.PerformanceAssessment;
import io.github.svtoms.core.monitoring.RagStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code svtoms monitor FILE}: pledged versus delivered, with RAG status, from an {@code svtoms-monitoring/1} file. */
@Command(name = "monitor", description = {"Check delivery against commitments from an svtoms-monitoring/1 file.",
        "The pro-rata expectation by the as-of date, delivered so far, red/amber/green status and the weakest verification;",
        "then each KPI rated with the statutory words of a Contract Performance Notice (s.71: Good, Approaching target,",
        "Requires improvement, Inadequate, Other) and its OCDS UK code, the period assessed and the next assessment due.",
        "--format json writes svtoms-monitoring-status/1; csv writes one row per commitment."})
final class MonitorCommand implements Callable<Integer> {
    private final Context context;
    @Parameters(paramLabel = "FILE", description = "An svtoms-monitoring/1 file, or - for standard input.")
    String file;

    MonitorCommand(Context context) {
        this.context = context;
    }

    static MonitoringReport assess(Context context, Input input) {
        MonitoringRequest request = Formats.MONITORING_REQUEST.withContext(ReadContext.of(context.catalogue()))
                .read(input.stream(), input.name());
        return request.report(context.catalogue());
    }

    private static String opt(Optional<BigDecimal> v) {
        return v.map(Fmt::number).orElse("");
    }

    /** The badge colour of a RAG status: from the status itself, never from text. */
    private static Html.Colour colour(RagStatus r) {
        return switch (r) {
            case RED -> Html.Colour.RED;
            case AMBER -> Html.Colour.AMBER;
            case GREEN -> Html.Colour.GREEN;
        };
    }

    private static String rag(RagStatus r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Integer call() {
        Input input = context.read(file);
        MonitoringReport report = assess(context, input);
        MonitoringResult r = report.status();
        switch (context.format()) {
            case JSON -> context.out.print(Formats.MONITORING_STATUS.toJson(report));
            case CSV -> {
                Csv csv = new Csv("measure", "target", "minimum", "stretch", "expected", "delivered", "percent_of_expected",
                        "rag", "verification", "reports", "rating", "ocds_rating", "next_assessment_due");
                for (int i = 0; i < r.statuses().size(); i++) {
                    CommitmentStatus s = r.statuses().get(i);
                    KpiRating k = report.rating(i);
                    csv.row(s.commitment().measure(), s.commitment().target().toPlainString(),
                            s.commitment().minimum().map(BigDecimal::toPlainString).orElse(""),
                            s.commitment().stretch().map(BigDecimal::toPlainString).orElse(""),
                            Fmt.number(s.expected(), 2).replace(",", ""), s.delivered().toPlainString(),
                            s.displayPercentOfExpected(), rag(s.rag()),
                            s.lowestVerification().map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse(""), s.reportsCounted(),
                            k.rating().id(), k.ocdsRating(), k.nextAssessmentDue().map(Object::toString).orElse(""));
                }
                context.out.print(csv.render());
            }
            case TABLE -> {
                var out = context.out;
                out.println("Delivery against commitments, " + ValueCommand.shortName(input.name()));
                out.println();
                ValuationView.kv(out, "as of", r.asOf().toString());
                ValuationView.kv(out, "overall", r.overall().name());
                out.println();
                TextTable t = new TextTable("measure", "target", "expected", "delivered", "% expected", "RAG", "verification");
                for (CommitmentStatus s : r.statuses()) {
                    t.row(s.commitment().measure(), Fmt.number(s.commitment().target()), Fmt.number(s.expected(), 1),
                            Fmt.number(s.delivered()), s.displayPercentOfExpected(), s.rag().name(),
                            s.lowestVerification().map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("none"));
                }
                out.print(t.render());
                out.println();
                out.println("How each status was reached");
                r.statuses().forEach(s -> out.println("  " + s.commitment().measure() + ": " + s.derivation()));
                ratings(out, report);
            }
        }
        return 0;
    }

    /** The statutory ratings (s.71), the period assessed, the next assessment and the notice's content. */
    private static void ratings(PrintWriter out, MonitoringReport report) {
        PerformanceAssessment a = report.ratings();
        out.println();
        out.println("Contract Performance Notice ratings (Procurement Act 2023 s.71)");
        ValuationView.kv(out, "period assessed", a.period().toString());
        ValuationView.kv(out, "next assessment", a.nextAssessmentDue().map(Object::toString)
                .orElse("none: the contract has ended"));
        ValuationView.kv(out, "thresholds", a.thresholds().describe());
        report.notice().ifPresent(n -> {
            ValuationView.kv(out, "procurement", Safe.terminal(n.procurementId()));
            ValuationView.kv(out, "contract", Safe.terminal(n.contractId()));
            n.suppliers().forEach(s -> ValuationView.kv(out, "supplier", Safe.terminal(s.name() + " (" + s.identifier() + ")")));
        });
        out.println();
        TextTable t = new TextTable("measure", "rating", "OCDS", "% expected", "RAG", "next due");
        for (KpiRating k : a.ratings()) {
            t.row(k.measure(), k.rating().words(), k.ocdsRating(), k.percentOfExpected().map(p -> Fmt.number(p, 2))
                    .orElse("n/a"), k.rag().name(), k.nextAssessmentDue().map(Object::toString).orElse("none"));
        }
        out.print(t.render());
        LawView.duties(out, "Duties", List.of(a.interval()));
    }

    /** The monitoring section of the HTML report. */
    static void html(Html h, MonitoringResult r, String source) {
        h.heading("Delivery against commitments (" + source + ")");
        h.facts(List.of(new String[] {"As of", r.asOf().toString()}, new String[] {"Overall", r.overall().name()}));
        List<List<?>> rows = new ArrayList<>();
        for (CommitmentStatus s : r.statuses()) {
            rows.add(List.of(new Html.Badge(colour(s.rag()), s.rag().name()), s.commitment().measure().value(),
                    Fmt.number(s.commitment().target()), opt(s.commitment().minimum()), Fmt.number(s.expected(), 1),
                    Fmt.number(s.delivered()), s.displayPercentOfExpected().equals("n/a") ? "n/a" : s.displayPercentOfExpected() + "%",
                    s.lowestVerification().map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("none")));
        }
        h.table(List.of("Status", "Measure", "Target", "Minimum", "Expected by now", "Delivered", "% of expected",
                "Weakest verification"), rows);
        List<String> how = new ArrayList<>();
        r.statuses().forEach(s -> how.add(s.commitment().measure() + ": " + s.derivation()));
        h.details("How each status was reached", how);
        List<String> stories = new ArrayList<>();
        r.statuses().forEach(s -> s.publishableStories().forEach(st -> stories.add(s.commitment().measure() + " — " + st.title() + ": " + st.narrative())));
        if (!stories.isEmpty()) {
            h.heading("Stories from delivery");
            h.list("stories", stories);
        }
    }
}
