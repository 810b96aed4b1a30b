package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.ocds.ContractFacts;
import io.github.svtoms.ocds.ContractPeriod;
import io.github.svtoms.ocds.ContractReading;
import io.github.svtoms.ocds.CriteriaReading;
import io.github.svtoms.ocds.Fact;
import io.github.svtoms.ocds.Notice;
import io.github.svtoms.ocds.OcdsDocument;
import io.github.svtoms.ocds.Reason;
import io.github.svtoms.ocds.ReasonKind;
import io.github.svtoms.ocds.ScanSummary;
import io.github.svtoms.ocds.WeightingCheck;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The output of {@code svtoms ocds scan}, built one document at a time (the documents themselves are not
 * kept): a table row, a CSV row or a JSON object per notice and lot, and the documents' problems; then
 * written with the summary. Not thread-safe; one per run.
 */
final class ScanReport {
    private static final String[] CSV_HEADERS = {"source", "path", "ocid", "release_id", "lot", "title", "usable",
        "category", "net_value", "gross_value", "currency", "period_start", "period_end", "duration_days",
        "duration_months", "years", "buyer", "sectors", "cpv_codes", "commencement", "sme", "vcse", "inferred",
        "reasons", "criteria_weighting", "criteria", "social_value", "social_value_weight", "s52_kpi_duty", "s52_kpi_duty_detail", "minimum_weighting_edition",
        "minimum_weighting", "minimum_weighting_detail"};

    private final OutputFormat format;
    private final String scanned;
    private final TextTable table;
    private final Csv csv = new Csv(CSV_HEADERS);
    private final ArrayNode notices = Json.array();
    private final List<Problem> problems = new ArrayList<>();

    /** A document problem and the file it is in. */
    private record Problem(String source, Reason reason) {
    }

    private final Optional<Function<ContractReading, WeightingCheck>> weighting;

    ScanReport(OutputFormat format, String scanned) {
        this(format, scanned, Optional.empty());
    }

    /**
     * A report that also checks each reading's social value weighting.
     *
     * @param format the output format
     * @param scanned what was scanned, as given
     * @param weighting the minimum weighting check, when {@code --framework} was given
     */
    ScanReport(OutputFormat format, String scanned, Optional<Function<ContractReading, WeightingCheck>> weighting) {
        this.format = format;
        this.scanned = scanned;
        this.weighting = weighting;
        this.table = weighting.isPresent()
                ? new TextTable("notice", "lot", "category", "value", "gross", "period", "years", "buyer", "sectors",
                "commencement", "SME", "VCSE", "criteria", "social value", "SV weight", "s.52 KPIs", "SV minimum", "profile")
                : new TextTable("notice", "lot", "category", "value", "gross", "period", "years", "buyer", "sectors",
                "commencement", "SME", "VCSE", "criteria", "social value", "SV weight", "s.52 KPIs", "profile");
    }

    /** The minimum weighting check of a reading as a cell: the edition and the verdict, e.g. {@code uk-svm-2020 not-met}. */
    private String weightingCell(ContractReading r) {
        WeightingCheck w = weighting.orElseThrow().apply(r);
        return w.edition().map(e -> e.value() + " ").orElse("") + w.verdict().id();
    }

    /**
     * Adds one document's notices and problems.
     *
     * @param d the document
     * @param source how to name its file in the output
     */
    void add(OcdsDocument d, String source) {
        for (Reason r : d.problems()) {
            problems.add(new Problem(source, r));
        }
        for (Notice n : d.notices()) {
            switch (format) {
                case TABLE -> n.readings().forEach(r -> tableRow(n, r, source));
                case CSV -> n.readings().forEach(r -> csvRow(n, r, source));
                case JSON -> notices.add(OcdsJson.notice(n, source, weighting));
            }
        }
    }

    private void tableRow(Notice n, ContractReading r, String source) {
        ContractFacts f = r.profile().facts();
        List<Object> cells = new ArrayList<>(List.of(n.path().equals("$") ? source : source + " " + n.path(), r.lotId().orElse(""),
                OcdsView.marked(f.category(), c -> c.id()), OcdsView.marked(f.netValue(), OcdsView::money),
                OcdsView.marked(f.grossValue(), OcdsView::money), OcdsView.marked(f.period(), OcdsView::period),
                OcdsView.marked(f.years(), String::valueOf), OcdsView.marked(Optional.of(f.buyer()), b -> b.id()),
                OcdsView.marked(Optional.of(f.sectors()).filter(s -> !s.value().isEmpty()), OcdsView::sectors),
                OcdsView.marked(f.commencement(), String::valueOf), OcdsView.flag(f.suitability().sme()),
                OcdsView.flag(f.suitability().vcse()), criteriaCell(r.criteria()), OcdsView.presence(r.socialValue()),
                OcdsView.socialValueWeight(r.socialValue()), r.kpiDuty().status().id()));
        if (weighting.isPresent()) {
            cells.add(weightingCell(r));
        }
        cells.add(OcdsView.answer(r));
        table.row(cells.toArray());
    }

    private static String criteriaCell(CriteriaReading c) {
        String w = OcdsView.weighting(c);
        if (c.reasons().isEmpty()) {
            return w;
        }
        return w + " (" + String.join("; ", c.reasons().stream()
                .map(r -> r.detail().isEmpty() ? r.kind().description() : r.detail()).toList()) + ")";
    }

    private void csvRow(Notice n, ContractReading r, String source) {
        ContractFacts f = r.profile().facts();
        Optional<ContractPeriod> p = f.period().map(Fact::value);
        Optional<WeightingCheck> w = weighting.map(check -> check.apply(r));
        csv.row(source, n.path(), n.ocid().orElse(""), n.releaseId().orElse(""), r.lotId().orElse(""),
                r.title().orElse(""), r.profile().isUsable(), f.category().map(c -> c.value().id()).orElse(""),
                amount(f.netValue()), amount(f.grossValue()),
                f.value().map(v -> v.value().currency().getCurrencyCode()).orElse(""),
                p.flatMap(ContractPeriod::start).map(String::valueOf).orElse(""),
                p.flatMap(ContractPeriod::end).map(String::valueOf).orElse(""),
                p.flatMap(ContractPeriod::durationInDays).map(String::valueOf).orElse(""),
                p.flatMap(ContractPeriod::durationInMonths).map(String::valueOf).orElse(""),
                f.years().map(y -> String.valueOf(y.value())).orElse(""), f.buyer().value().id(),
                OcdsView.sectors(f.sectors().value()), String.join(" ", f.cpvCodes()),
                f.commencement().map(c -> c.value().toString()).orElse(""), OcdsView.flag(f.suitability().sme()),
                OcdsView.flag(f.suitability().vcse()), String.join(" ", OcdsView.inferred(f)),
                String.join("; ", OcdsView.reasons(r).stream().map(Reason::message).toList()),
                OcdsView.id(r.criteria().weighting()), OcdsView.criteria(r.criteria()),
                OcdsView.id(r.socialValue().presence()),
                r.socialValue().weight().map(Json::decimal).orElse(""), r.kpiDuty().status().id(), r.kpiDuty().detail(),
                w.flatMap(WeightingCheck::edition).map(e -> e.value()).orElse(""), w.map(x -> x.verdict().id()).orElse(""),
                w.map(WeightingCheck::detail).orElse(""));
    }

    private static String amount(Optional<Fact<Money>> m) {
        return m.map(v -> v.value().amount().toPlainString()).orElse("");
    }

    /** The problems as lines for standard error: {@code FILE: $.path: what is wrong}. */
    List<String> problemLines() {
        return problems.stream().map(p -> Safe.terminal(p.source() + ": " + p.reason().path() + ": "
                + OcdsView.phrase(p.reason()))).toList();
    }

    /**
     * Writes the report in its format.
     *
     * @param out standard output
     * @param summary the counts over everything added
     */
    void write(PrintWriter out, ScanSummary summary) {
        switch (format) {
            case JSON -> {
                ObjectNode root = Json.object();
                root.put("format", OcdsJson.FORMAT);
                root.put("scanned", scanned);
                root.set("notices", notices);
                ArrayNode p = root.putArray("problems");
                problems.forEach(x -> p.add(OcdsJson.problem(x.source(), x.reason())));
                root.set("summary", OcdsJson.summary(summary));
                out.print(Json.write(root));
            }
            case CSV -> out.print(csv.render());
            case TABLE -> {
                out.println("OCDS notices in " + Safe.terminal(scanned));
                out.println();
                if (!table.isEmpty()) {
                    out.print(table.render());
                    out.println("* inferred, not read as such from the notice (a weight: written as text, a range's middle or points);"
                            + " --format json says how");
                    out.println();
                }
                if (!problems.isEmpty()) {
                    TextTable t = new TextTable("file", "at", "problem");
                    problems.forEach(x -> t.row(x.source(), x.reason().path(), OcdsView.phrase(x.reason())));
                    out.println("Files that could not be read (" + problems.size() + ")");
                    out.print(t.render());
                    out.println();
                }
                out.print(summaryTable(summary));
            }
        }
    }

    /**
     * The summary counts as a table: readings, usable profiles, each reason and how often, the criteria and
     * the social value criteria, for whole notices and for lots.
     *
     * @param s the summary
     * @return the text, ending with a newline
     */
    static String summaryTable(ScanSummary s) {
        StringBuilder b = new StringBuilder("Summary: ").append(s.documents()).append(" file")
                .append(s.documents() == 1 ? "" : "s").append(" read, ").append(s.documentsWithProblems())
                .append(" with problems\n");
        s.documentProblems().forEach((k, v) -> b.append("  ").append(v).append(" × ").append(k.description()).append('\n'));
        ScanSummary.Counts n = s.notices();
        ScanSummary.Counts l = s.lots();
        TextTable t = new TextTable("", "notices", "lots");
        t.row("readings", n.readings(), l.readings());
        t.row("usable contract profiles", n.usable(), l.usable());
        t.row("without a usable profile", n.unusable(), l.unusable());
        Set<ReasonKind> kinds = EnumSet.noneOf(ReasonKind.class);
        kinds.addAll(n.reasons().keySet());
        kinds.addAll(l.reasons().keySet());
        reasons(t, kinds, n, l, false);
        t.row("award criteria published", n.withCriteria(), l.withCriteria());
        t.row("  evaluation scheme built (percentages adding up to 100)", n.withScheme(), l.withScheme());
        t.row("  cannot be checked (ranked or described)", n.cannotBeChecked(), l.cannotBeChecked());
        t.row("  weights incomplete", n.incompleteWeights(), l.incompleteWeights());
        t.row("  different in each lot", n.variesByLot(), l.variesByLot());
        reasons(t, kinds, n, l, true);
        t.row("social value criterion found", n.socialValueFound(), l.socialValueFound());
        t.row("  with a percentage", n.socialValueWeighted(), l.socialValueWeighted());
        t.row("s.52 KPI duty (more than £5m including VAT): applies", n.kpiDuty().applies(), l.kpiDuty().applies());
        t.row("  does not apply", n.kpiDuty().doesNotApply(), l.kpiDuty().doesNotApply());
        t.row("  cannot be checked (no value, or net only and £5m or less)", n.kpiDuty().cannotBeChecked(),
                l.kpiDuty().cannotBeChecked());
        t.row("minimum social value weighting met", n.minimumWeighting().met(), l.minimumWeighting().met());
        t.row("  not met", n.minimumWeighting().notMet(), l.minimumWeighting().notMet());
        t.row("  not applicable (not checked, no edition or no minimum)", n.minimumWeighting().notApplicable(),
                l.minimumWeighting().notApplicable());
        t.row("  cannot be checked (no criteria, or not percentages)", n.minimumWeighting().cannotBeChecked(),
                l.minimumWeighting().cannotBeChecked());
        return b.append(t.render()).toString();
    }

    /** The rows of the reasons about the profile, or about the criteria, each with how often it came up. */
    private static void reasons(TextTable t, Set<ReasonKind> kinds, ScanSummary.Counts n, ScanSummary.Counts l,
                                boolean criteria) {
        for (ReasonKind k : kinds) {
            if ((k.area() == ReasonKind.Area.CRITERIA) == criteria) {
                t.row((criteria ? "    " : "  ") + k.description(), n.reasons().getOrDefault(k, 0), l.reasons().getOrDefault(k, 0));
            }
        }
    }
}
