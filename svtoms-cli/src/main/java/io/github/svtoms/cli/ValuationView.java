package io.github.svtoms.cli;

import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.YearIndexing;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Figures;
import io.github.svtoms.proxies.valuation.RoundingAdjustment;
import io.github.svtoms.proxies.valuation.ValuationSummary;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.Subtotal;
import io.github.svtoms.proxies.valuation.UnvaluedLine;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import io.github.svtoms.proxies.valuation.ValuationWarning;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a valuation for people (text summary and tables) and as CSV (one row per line). Also holds the
 * pieces the HTML report shares: descriptions of the settings, the themes with a value, the proxies used.
 * Immutable once built.
 */
final class ValuationView {
    final String source;
    final ValuationRequest request;
    final Valuation valuation;

    ValuationView(String source, ValuationRequest request, Valuation valuation) {
        this.source = source;
        this.request = request;
        this.valuation = valuation;
    }

    /** The report's title: the request's {@code report.title}, else "Social value of" the file's name (raw text). */
    String title() {
        return request.details().title().orElse("Social value of " + source);
    }

    /** The request's buyer, supplier, contract and date, those it gives, as label and raw text. */
    java.util.List<String[]> detailFacts() {
        java.util.List<String[]> facts = new java.util.ArrayList<>();
        var d = request.details();
        d.buyer().ifPresent(x -> facts.add(new String[] {"Buyer", x}));
        d.supplier().ifPresent(x -> facts.add(new String[] {"Supplier", x}));
        d.contract().ifPresent(x -> facts.add(new String[] {"Contract name", x}));
        d.date().ifPresent(x -> facts.add(new String[] {"Date", x.toString()}));
        return facts;
    }

    String contractText() {
        return request.contract().map(c -> Fmt.money(c.value()) + " over " + c.years() + " year" + (c.years() == 1 ? "" : "s"))
                .orElse("not given");
    }

    String pricesText() {
        return valuation.priceYear() + " prices, " + valuation.currency().getCurrencyCode();
    }

    String discountingText() {
        DiscountSchedule s = request.discounting().schedule();
        String first = request.discounting().firstYear() == YearIndexing.FIRST_YEAR_UNDISCOUNTED
                ? "first year undiscounted (Green Book convention)" : "first year discounted (SROI convention)";
        if (s.bands().isEmpty() || s.bands().stream().allMatch(b -> b.rate().signum() == 0)) {
            return "none";
        }
        String health = request.discounting().health().filter(h -> !h.isUndiscounted())
                .map(h -> "; health and wellbeing values: " + scheduleText(h)).orElse("");
        return scheduleText(s) + health + "; " + first;
    }

    private static String scheduleText(DiscountSchedule s) {
        var b = s.bands().get(0);
        String rate = Fmt.fractionAsPercent(b.rate()) + (s.bands().size() == 1 ? " a year" : b.to().map(t -> " a year for years 1–" + t)
                .orElse(" a year"));
        return s.name() + ", " + rate;
    }

    /** The line id as shown: marked when the line is left out of the totals or its figures are partly projected. */
    String lineLabel(LineValuation l, String leftOut) {
        return l.id() + (valuation.counted(l.id()) ? "" : " (" + leftOut + ")") + (l.projected() ? " (projected)" : "")
                + (l.discountKind() == io.github.svtoms.proxies.valuation.DiscountKind.HEALTH ? " (health rate)" : "");
    }

    /** What the range rows mean. */
    static final String RANGE_NOTE = "the counted lines at the low and high estimates their sources give (WELLBY "
            + "£10,000–£16,000; DESNZ low and high carbon values); lines without a range count at their central figure";

    /** The proxy in the valuation's prices as shown: by year for a proxy that follows the years. */
    static String proxyInPriceYearText(LineValuation l) {
        if (!l.yearly()) {
            return Fmt.proxy(l.proxyInPriceYear());
        }
        var ys = l.years();
        return "by year: " + String.join(", ", ys.stream().map(y -> Fmt.proxy(y.proxy().rounded())
                + (y.projected() ? " (projected)" : "")).toList());
    }

    String proxyTableText() {
        return request.proxyTable().map(t -> t.name() + " (" + t.id() + ", edition " + t.edition() + ", sha256 "
                + io.github.svtoms.catalog.ProxyTableDigest.of(t).sha256().substring(0, 12) + "…)").orElse("none");
    }

    /** The label of a stated rounding adjustment. */
    static final String ROUNDING = "rounding adjustment";

    /**
     * The measures a streamed valuation left out of its totals, for the text table.
     *
     * @param out where to write
     * @param s the summary
     */
    static void leftOut(PrintWriter out, ValuationSummary s) {
        if (s.leftOut().isEmpty()) {
            return;
        }
        out.println();
        out.println("Counted once (valued, left out of the totals)");
        TextTable d = new TextTable("measure", "lines", "counted under", "present value", "reason");
        s.leftOut().values().forEach(x -> d.row(x.measure(), Fmt.number(BigDecimal.valueOf(x.lines())), x.countedUnder(),
                Fmt.money(x.figures().reported().presentValue()), x.reason()));
        out.print(d.render());
    }

    /** The label of a sum over every value type: never one unlabelled figure. */
    static final String ALL_TYPES = "all value types together";

    /**
     * A value type with what it measures, for the headline.
     *
     * @param type the value type
     * @return e.g. {@code fiscal (public budgets)}
     */
    static String valueTypeText(ValueType type) {
        return type.id() + switch (type) {
            case FISCAL -> " (public budgets)";
            case ECONOMIC -> " (wages, output, carbon)";
            case FISCAL_AND_ECONOMIC -> " (budget saving and economic value combined)";
            case FISCAL_ECONOMIC_AND_SOCIAL -> " (budget saving, economic value and social cost combined)";
            case SOCIAL_WELLBEING -> " (wellbeing of the people affected)";
        };
    }

    String percentText() {
        return valuation.percentOfContract().map(Fmt::percent).orElse("n/a (no contract value)");
    }

    /** Themes with a non-zero reported present value, in catalogue order. */
    Map<ThemeId, Subtotal> themesWithValue() {
        Map<ThemeId, Subtotal> m = new LinkedHashMap<>();
        valuation.byTheme().forEach((id, s) -> {
            if (s.reported().presentValue().signum() != 0) {
                m.put(id, s);
            }
        });
        return m;
    }

    String themeName(ThemeId id) {
        return request.catalogue().theme(id).map(t -> t.name()).orElse(id.value());
    }

    String measureName(MeasureId id) {
        return request.catalogue().measure(id).map(Measure::name).orElse(id.value());
    }

    /** Each distinct proxy used, keyed by measure, in line order. */
    Map<MeasureId, LineValuation> proxiesUsed() {
        Map<MeasureId, LineValuation> m = new LinkedHashMap<>();
        valuation.lines().forEach(l -> m.putIfAbsent(l.measure(), l));
        return m;
    }

    static String share(Money part, Money whole) {
        if (whole.signum() == 0) {
            return "";
        }
        return Fmt.number(part.amount().multiply(BigDecimal.valueOf(100)).divide(whole.amount(), MathContext.DECIMAL128), 1) + "%";
    }

    void table(PrintWriter out) {
        Figures t = valuation.totals();
        out.println(Safe.terminal(title()));
        if (request.details().title().isPresent()) {
            kv(out, "file", Safe.terminal(source));
        }
        detailFacts().forEach(f -> kv(out, f[0].toLowerCase(java.util.Locale.ROOT), Safe.terminal(f[1])));
        out.println();
        kv(out, "contract", contractText());
        kv(out, "prices", pricesText());
        kv(out, "discounting", discountingText());
        kv(out, "proxy table", proxyTableText());
        out.println();
        out.println("Totals by value type (different kinds of value: read each on its own)");
        TextTable totals = new TextTable("value type", "gross", "net", "present value", "% of contract");
        valuation.totalsByValueType().forEach((type, f) -> totals.row(valueTypeText(type), Fmt.money(f.gross()),
                Fmt.money(f.net()), Fmt.money(f.presentValue()), Optional.ofNullable(
                        valuation.percentOfContractByValueType().get(type)).map(Fmt::percent).orElse("n/a")));
        if (!RoundingAdjustment.isZero(valuation.summary().totalsRoundingAdjustment())) {
            Figures a = valuation.summary().totalsRoundingAdjustment();
            totals.row(ROUNDING, Fmt.money(a.gross()), Fmt.money(a.net()), Fmt.money(a.presentValue()),
                    valuation.summary().percentOfContractRoundingAdjustment().signum() == 0 ? ""
                            : Fmt.percent(valuation.summary().percentOfContractRoundingAdjustment()));
        }
        totals.row(ALL_TYPES, Fmt.money(t.gross()), Fmt.money(t.net()), Fmt.money(t.presentValue()), percentText());
        out.print(totals.render());
        valuation.summary().presentValueRange().ifPresent(range -> {
            out.println();
            out.println("Present value range (low / central / high)");
            TextTable r = new TextTable("value type", "low", "central", "high");
            valuation.summary().presentValueRangeByValueType().forEach((type, x) -> r.row(valueTypeText(type),
                    Fmt.money(x.low()), Fmt.money(x.central()), Fmt.money(x.high())));
            r.row(ALL_TYPES, Fmt.money(range.low()), Fmt.money(range.central()), Fmt.money(range.high()));
            out.print(r.render());
            kv(out, "range", RANGE_NOTE);
            out.println();
        });
        kv(out, "gross", "quantity × proxy, over every year");
        kv(out, "net", "after deadweight, displacement, attribution and drop-off");
        kv(out, "present value", "net, discounted to today");
        kv(out, "% of contract", request.contract().isPresent() ? "present value / contract value" : "no contract value given");
        out.println();
        out.println("Lines");
        TextTable lines = new TextTable("id", "measure", "quantity", "unit", "years", "value type", "gross", "net",
                "present value");
        for (LineValuation l : valuation.lines()) {
            lines.row(lineLabel(l, "left out"), l.measure(), Fmt.number(l.quantity()), l.unit().name(),
                    l.line().duration(), l.valueType().id(), Fmt.money(l.reported().gross()), Fmt.money(l.reported().net()),
                    Fmt.money(l.reported().presentValue()));
        }
        Figures la = valuation.linesRoundingAdjustment().all();
        if (!RoundingAdjustment.isZero(la)) {
            lines.row(ROUNDING, "", "", "", "", "", Fmt.money(la.gross()), Fmt.money(la.net()), Fmt.money(la.presentValue()));
        }
        lines.row("total", "", "", "", "", ALL_TYPES, Fmt.money(t.gross()), Fmt.money(t.net()), Fmt.money(t.presentValue()));
        out.print(lines.render());
        if (!valuation.doubleCounted().isEmpty()) {
            out.println("  Lines marked (left out) are valued and shown but not added: they count what another line counts.");
            out.println();
            out.println("Counted once (valued, left out of the totals)");
            TextTable d = new TextTable("line", "counted under", "reason");
            valuation.doubleCounted().forEach(x -> d.row(x.line(), x.countedUnder(), x.reason()));
            out.print(d.render());
        }
        out.println();
        out.println("By theme");
        TextTable themes = new TextTable("theme", "value type", "gross", "net", "present value", "share of PV");
        valuation.byTheme().forEach((id, s) -> {
            s.byValueType().forEach((type, f) -> themes.row(themeName(id), type.id(), Fmt.money(f.gross()),
                    Fmt.money(f.net()), Fmt.money(f.presentValue()), share(f.presentValue(), t.presentValue())));
            if (s.byValueType().size() > 1) {
                themes.row(themeName(id), ALL_TYPES, Fmt.money(s.reported().gross()), Fmt.money(s.reported().net()),
                        Fmt.money(s.reported().presentValue()), share(s.reported().presentValue(), t.presentValue()));
            }
        });
        out.print(themes.render());
        if (!valuation.unvalued().isEmpty()) {
            out.println();
            out.println("Unvalued (counted, not valued: no proxy)");
            TextTable u = new TextTable("id", "measure", "quantity", "unit", "reason");
            valuation.unvalued().forEach(x -> u.row(x.lineId(), x.measure(), Fmt.number(x.quantity()), x.unit().name(), x.reason()));
            out.print(u.render());
        }
        if (!valuation.warnings().isEmpty()) {
            out.println();
            out.println("Warnings");
            valuation.warnings().forEach(w -> out.println("  ! " + w.message()));
        }
        out.println();
        out.println("Proxies used");
        TextTable p = new TextTable("measure", "proxy", "price year", "in " + valuation.priceYear(), "publisher", "evidence");
        proxiesUsed().forEach((m, l) -> {
            ProxyValue v = l.proxy();
            p.row(m, Fmt.moneyExact(v.amount()), v.priceYear(), proxyInPriceYearText(l), v.provenance().publisher(),
                    v.provenance().evidence().name());
        });
        out.print(p.render());
        out.println("  Evidence " + ValuationPage.evidenceLegend() + ".");
        out.println("  Full provenance: svtoms catalogue show MEASURE; derivations: --format json or svtoms report.");
    }

    String csv() {
        Csv csv = new Csv(LineRows.COLUMNS.toArray(new String[0]));
        LineRows rows = new LineRows(request);
        CountedMarks marks = CountedMarks.of(valuation);
        for (LineValuation l : valuation.lines()) {
            csv.row((Object[]) LineRows.marked(rows.valued(l), marks.mark(l)));
        }
        Map<String, CommitmentLine> byId = new HashMap<>();
        request.lines().forEach(l -> byId.put(l.id(), l));
        for (UnvaluedLine u : valuation.unvalued()) {
            csv.row((Object[]) rows.unvalued(byId.get(u.lineId()), u));
        }
        return csv.render();
    }

    List<String> warningTexts() {
        List<String> w = new ArrayList<>();
        valuation.warnings().stream().map(ValuationWarning::message).forEach(w::add);
        return w;
    }

    static void kv(PrintWriter out, String key, String value) {
        out.println(String.format("  %-15s %s", key, value));
    }
}
