package io.github.svtoms.cli;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.portfolio.Metric;
import io.github.svtoms.core.portfolio.OrganisationPractices;
import io.github.svtoms.core.portfolio.PortfolioReport;
import io.github.svtoms.core.portfolio.PortfolioRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.util.concurrent.Callable;

/** {@code svtoms portfolio FILE}: the organisation's anchor metrics from an {@code svtoms-portfolio/1} file. */
@Command(name = "portfolio", description = {"Compute portfolio metrics from an svtoms-portfolio/1 file.",
        "Value-weighted social value weighting, share of suppliers paying the Real Living Wage, local/SME/VCSE shares",
        "of addressable spend, proxy value committed and delivered, each against its target; with 'practices' in the",
        "file, the Health Equity Collaborative's anchor metrics 3 and 4 (supplier guidance, supplier development).",
        "--format json writes svtoms-portfolio-metrics/1; csv writes one row per metric."})
final class PortfolioCommand implements Callable<Integer> {
    private final Context context;
    @Parameters(paramLabel = "FILE", description = "An svtoms-portfolio/1 file, or - for standard input.")
    String file;

    PortfolioCommand(Context context) {
        this.context = context;
    }

    private static String display(Metric m, PortfolioReport report) {
        return m.value().map(v -> switch (m.id().unit()) {
            case MONEY -> Fmt.money(io.github.svtoms.core.money.Money.of(v, report.currency()));
            case PERCENT -> Fmt.number(v, 2) + "%";
            case RATIO -> Fmt.number(v, 2);
            case COUNT -> Fmt.number(v, 0);
        }).orElse("n/a");
    }

    private static String answer(java.util.Optional<Boolean> a) {
        return a.map(b -> b ? "yes, in place" : "no").orElse("not answered");
    }

    @Override
    public Integer call() {
        Input input = context.read(file);
        PortfolioRequest request = Formats.PORTFOLIO_REQUEST.read(input.stream(), input.name());
        PortfolioReport report = request.metrics();
        switch (context.format()) {
            case JSON -> context.out.print(Formats.PORTFOLIO_METRICS.toJson(report));
            case CSV -> {
                Csv csv = new Csv("metric", "unit", "value", "target", "target_met", "contracts");
                for (Metric m : report.metrics()) {
                    csv.row(m.id().metricName(), m.id().unit().name().toLowerCase(java.util.Locale.ROOT), m.value().map(BigDecimal::toPlainString).orElse(""),
                            m.target().map(BigDecimal::toPlainString).orElse(""),
                            m.targetMet().map(String::valueOf).orElse(""), m.contracts().size());
                }
                context.out.print(csv.render());
            }
            case TABLE -> {
                var out = context.out;
                out.println("Portfolio metrics, " + ValueCommand.shortName(input.name()) + " (" + report.currency().getCurrencyCode() + ")");
                out.println();
                TextTable t = new TextTable("metric", "value", "target", "met", "contracts");
                for (Metric m : report.metrics()) {
                    t.row(m.id().metricName(), display(m, report), m.target().map(x -> Fmt.number(x) + (m.id().unit() == io.github.svtoms.core.portfolio.MetricUnit.PERCENT ? "%" : "")).orElse(""),
                            m.targetMet().map(b -> b ? "yes" : "NO").orElse(""), m.contracts().size());
                }
                out.print(t.render());
                if (!request.practices().equals(OrganisationPractices.UNKNOWN)) {
                    out.println();
                    out.println("Health Equity Collaborative anchor metrics 3 and 4");
                    ValuationView.kv(out, "supplier guidance", answer(request.practices().supplierGuidance()));
                    ValuationView.kv(out, "supplier development", answer(request.practices().supplierDevelopment()));
                }
                out.println();
                out.println("How each was computed");
                report.metrics().forEach(m -> out.println("  " + m.id().metricName() + ": " + m.derivation()));
            }
        }
        return 0;
    }
}
