package io.github.svtoms.cli;

import io.github.svtoms.catalog.Evaluations;
import io.github.svtoms.catalog.KpiSelections;
import io.github.svtoms.catalog.Monitoring;
import io.github.svtoms.catalog.Portfolios;
import io.github.svtoms.catalog.ValuationReport;
import io.github.svtoms.catalog.ValuationReports;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The request formats {@code validate} knows besides the catalogue module's three and LM3: each reads the
 * file strictly and, for requests, runs it through its engine so that semantic errors show too. Stateless.
 */
final class RequestFormats {
    private RequestFormats() {
    }

    static List<String> known() {
        List<String> k = new ArrayList<>(List.of("svtoms-catalogue/1", "svtoms-proxies/1", "svtoms-reference/1", Lm3File.FORMAT,
                "svtoms-valuation-request/1", "svtoms-valuation/1", ContractProfile.FORMAT, KpiSelection.FORMAT,
                "svtoms-evaluation-request/1", "svtoms-monitoring/1", "svtoms-portfolio/1"));
        return k;
    }

    /** A summary of a valid request, or empty when the tag is not a request format. */
    static Optional<String> validate(Context context, Input input, String tag) {
        return Optional.ofNullable(switch (tag) {
            case "svtoms-valuation-request/1" -> {
                ValuationView v = ValueCommand.value(context, input);
                yield v.request.lines().size() + " commitment line(s); values to " + Fmt.money(v.valuation.totals().presentValue())
                        + " present value";
            }
            case ValuationReport.FORMAT -> {
                ValuationReport r = ValuationReports.read(input.stream(), input.name());
                yield r.lines().size() + " valued line(s), present value " + Fmt.money(r.totals().presentValue());
            }
            case ContractProfile.FORMAT -> {
                KpiView k = SelectCommand.select(context, input);
                yield "selects " + k.selection.kpis().size() + " KPI(s) from " + k.selection.framework();
            }
            case KpiSelection.FORMAT -> {
                KpiSelection s = KpiSelections.read(input.stream(), input.name());
                yield s.kpis().size() + " KPI(s) from " + s.framework();
            }
            case "svtoms-evaluation-request/1" -> {
                var r = Evaluations.read(input.stream(), input.name(), context.catalogue()).evaluate();
                yield r.evaluation().ranking().size() + " bid(s); winner " + r.winner().bid();
            }
            case "svtoms-monitoring/1" -> {
                var r = Monitoring.read(input.stream(), input.name(), context.catalogue()).assess();
                yield r.statuses().size() + " commitment(s), overall " + r.overall();
            }
            case "svtoms-portfolio/1" -> {
                var r = Portfolios.read(input.stream(), input.name());
                yield r.portfolio().contracts().size() + " contract(s)";
            }
            default -> null;
        });
    }
}
