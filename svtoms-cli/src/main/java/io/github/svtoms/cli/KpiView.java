package io.github.svtoms.cli;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.Kpi;
import io.github.svtoms.core.kpi.KpiDuty;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.KpiSelectionReport;
import io.github.svtoms.core.kpi.RuleCheck;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a KPI selection with its duties (the edition chosen by commencement date, the s.52 KPI duty and the duty
 * findings) as text, CSV and HTML report sections. Immutable once built.
 */
final class KpiView {
    final String source;
    final KpiSelectionReport report;
    final KpiSelection selection;
    final Catalogue catalogue;

    KpiView(String source, KpiSelectionReport report, Catalogue catalogue) {
        this.source = source;
        this.report = report;
        this.selection = report.selection();
        this.catalogue = catalogue;
    }

    String contractText() {
        ContractProfile p = selection.profile();
        return Fmt.money(p.value()) + " over " + p.years() + " year" + (p.years() == 1 ? "" : "s") + ", "
                + p.category().name().toLowerCase(Locale.ROOT)
                + (p.sectors().isEmpty() ? "" : " (" + String.join(", ", p.sectors()) + ")") + ", buyer "
                + p.buyer().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String frameworkText() {
        return catalogue.framework(selection.framework()).map(f -> f.name() + " (" + f.id() + ")")
                .orElse(selection.framework().value());
    }

    static String level(Optional<BigDecimal> v) {
        return v.map(Fmt::number).orElse("");
    }

    String measureName(Kpi k) {
        return catalogue.measure(k.measure()).map(m -> m.name()).orElse(k.measure().value());
    }

    static String priorities(Kpi k) {
        return String.join(", ", k.priorities().stream().map(PriorityId::value).toList());
    }

    String priorityNames(Kpi k) {
        if (k.priorities().isEmpty()) {
            return "(framework or buyer rule)";
        }
        var f = catalogue.framework(selection.framework());
        return String.join(", ", k.priorities().stream().map(p -> f.flatMap(x -> x.priority(p)).map(x -> x.name())
                .orElse(p.value())).toList());
    }

    void table(PrintWriter out) {
        out.println("KPIs for " + source);
        out.println();
        ValuationView.kv(out, "framework", frameworkText());
        LawView.edition(out, report.edition());
        ValuationView.kv(out, "contract", contractText());
        if (selection.profile().valueBasis().isPresent()) {
            ValuationView.kv(out, "value", selection.profile().contractValue().describe());
        }
        out.println();
        out.println("Selected KPIs (" + selection.kpis().size() + ")");
        TextTable t = new TextTable("#", "measure", "unit", "minimum", "target", "stretch", "priorities");
        int i = 1;
        for (Kpi k : selection.kpis()) {
            t.row(i++, k.measure(), k.unit().name(), level(k.minimum()), level(k.target()), level(k.stretch()), priorities(k));
        }
        out.print(t.render());
        out.println();
        out.println("Why each was chosen");
        for (Kpi k : selection.kpis()) {
            out.println("  " + k.measure() + ": " + String.join("; ", k.reasons()));
        }
        if (!selection.excluded().isEmpty()) {
            out.println();
            out.println("Not selected (" + selection.excluded().size() + ")");
            TextTable x = new TextTable("measure", "reason");
            selection.excluded().forEach(e -> x.row(e.measure(), e.reason()));
            out.print(x.render());
        }
        out.println();
        out.println("Checks");
        for (RuleCheck c : selection.checks()) {
            out.println("  " + (c.passed() ? "pass" : "FAIL") + "  " + c.rule() + ": " + Safe.terminal(c.detail()));
        }
        KpiDuty duty = report.kpiDuty();
        out.println();
        out.println("Procurement Act 2023 s.52 KPI duty: " + duty.status().id()
                + (duty.applies() ? " (at least " + duty.minimum() + " KPIs)" : ""));
        out.println("  " + Safe.terminal(duty.reason()));
        if (!duty.mostMaterial().isEmpty()) {
            out.println("  most material: " + String.join(", ", duty.mostMaterial().stream().map(MeasureId::value).toList()));
        }
        out.println("  " + Safe.terminal(duty.mostMaterialReason()));
        LawView.duties(out, "Other duties", report.duties().stream().filter(d -> !d.rule().equals(KpiDuty.RULE)).toList());
    }

    String csv() {
        Csv csv = new Csv("rank", "measure", "theme", "unit", "minimum", "target", "stretch", "priorities", "reasons");
        int i = 1;
        for (Kpi k : selection.kpis()) {
            csv.row(i++, k.measure(), k.theme(), k.unit().id(), k.minimum().map(BigDecimal::toPlainString).orElse(""),
                    k.target().map(BigDecimal::toPlainString).orElse(""), k.stretch().map(BigDecimal::toPlainString).orElse(""),
                    priorities(k), String.join("; ", k.reasons()));
        }
        return csv.render();
    }

    void html(Html h) {
        h.subtitle("KPI selection from " + source + " · " + frameworkText() + " · " + contractText());
        h.cards(List.of(new String[] {"KPIs selected", String.valueOf(selection.kpis().size()), "minimum, target and stretch levels"},
                new String[] {"Checks passed", (selection.checks().size() - selection.failedChecks().size()) + " of "
                        + selection.checks().size(), selection.failedChecks().isEmpty() ? "all rules met" : "see the failed checks"},
                new String[] {"Candidates not selected", String.valueOf(selection.excluded().size()), "each with its reason"}));
        h.heading("KPIs selected for the contract");
        h.facts(List.of(new String[] {"Framework", frameworkText()}, new String[] {"Contract", contractText()},
                new String[] {"Request", source}));
        List<List<?>> rows = new ArrayList<>();
        for (Kpi k : selection.kpis()) {
            rows.add(List.of(measureName(k), k.unit().name(), level(k.minimum()), level(k.target()), level(k.stretch()),
                    priorityNames(k)));
        }
        h.table(List.of("KPI", "Unit", "Minimum", "Target", "Stretch", "Priorities served"), rows);
        List<String> why = new ArrayList<>();
        selection.kpis().forEach(k -> why.add(k.measure() + ": " + String.join("; ", k.reasons())));
        h.details("Why each KPI was chosen", why);
        h.heading("Selection checks");
        List<List<?>> checks = new ArrayList<>();
        selection.checks().forEach(c -> checks.add(List.of(c.passed() ? new Html.Badge(Html.Colour.GREEN, "pass") : new Html.Badge(Html.Colour.RED, "fail"), c.rule(), c.detail())));
        h.table(List.of("Result", "Rule", "Detail"), checks);
        if (!selection.excluded().isEmpty()) {
            List<String> x = new ArrayList<>();
            selection.excluded().forEach(e -> x.add(e.measure() + ": " + e.reason()));
            h.details("Candidates not selected (" + x.size() + ")", x);
        }
    }
}
