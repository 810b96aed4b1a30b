package io.github.svtoms.cli;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Figures;
import io.github.svtoms.proxies.valuation.RoundingAdjustment;
import io.github.svtoms.proxies.valuation.Subtotal;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.UnvaluedLine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import io.github.svtoms.proxies.valuation.ValuationSummary;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A streamed valuation for people: the settings, then one row per line as it is valued (fixed column widths,
 * so that nothing is held; a longer cell widens its own row only), then the totals, the themes, the unvalued
 * quantities per measure, the warnings, the skipped records and the proxies used. Text from the input is
 * escaped for the terminal ({@link Safe#terminal(String)}). Line figures are each rounded on their own; the
 * totals are the exact sums rounded. Mutable; one per run.
 */
final class TableSink implements LineSink {
    private static final int[] WIDTHS = {16, 28, 10, 10, 5, 19, 15, 15, 15};
    private static final boolean[] RIGHT = {false, false, true, false, true, false, true, true, true};

    private final PrintWriter out;
    private final ValuationRequest request;
    /** The first line of each measure valued: its proxy, for "Proxies used" (at most one per measure). */
    private final Map<MeasureId, LineValuation> proxies = new LinkedHashMap<>();
    /** How many rows were marked (left out). */
    private long leftOut;

    TableSink(PrintWriter out, ValuationRequest request, String source) {
        this.out = out;
        this.request = request;
        ValuationView view = new ValuationView(source, request, null);
        out.println("Social value of " + Safe.terminal(source));
        out.println();
        ValuationView.kv(out, "contract", view.contractText());
        ValuationView.kv(out, "prices", request.priceYear() + " prices, " + request.currency().getCurrencyCode());
        ValuationView.kv(out, "discounting", view.discountingText());
        ValuationView.kv(out, "proxy table", view.proxyTableText());
        out.println();
        out.println("Lines (figures of each line rounded on its own; the totals are the exact sums, rounded)");
        row("id", "measure", "quantity", "unit", "years", "value type", "gross", "net", "present value");
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < WIDTHS.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(WIDTHS[i]));
        }
        out.println(rule);
    }

    private void row(String... cells) {
        StringBuilder b = new StringBuilder(128);
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            String pad = " ".repeat(Math.max(0, WIDTHS[i] - c.length()));
            b.append(i == 0 ? "" : "  ").append(RIGHT[i] ? pad + c : c + pad);
        }
        out.println(b.toString().stripTrailing());
    }

    @Override
    public void valued(LineValuation v, CountedMarks.Mark mark, String formatted) {
        proxies.putIfAbsent(v.measure(), v);
        Figures f = v.reported();
        if (!mark.counted()) {
            leftOut++;
        }
        row(Safe.terminal(v.id()) + (mark.counted() ? "" : " (left out)"), v.measure().value(), Fmt.number(v.quantity()), v.unit().name(),
                Integer.toString(v.line().duration()), v.valueType().id(), Fmt.money(f.gross()), Fmt.money(f.net()),
                Fmt.money(f.presentValue()));
    }

    @Override
    public void unvalued(CommitmentLine line, UnvaluedLine u, String formatted) {
        row(Safe.terminal(line.id()), line.measure().value(), Fmt.number(line.quantity()), u.unit().name(),
                Integer.toString(line.duration()), "unvalued", "", "", "");
    }

    @Override
    public void finish(ValuationSummary s, BulkCounts counts, java.util.List<String> revisedMarks) {
        Figures t = s.totals();
        out.println();
        out.println("Lines: " + Fmt.number(BigDecimal.valueOf(counts.valued)) + " valued, "
                + Fmt.number(BigDecimal.valueOf(counts.unvalued)) + " unvalued"
                + (counts.skipped > 0 ? ", " + Fmt.number(BigDecimal.valueOf(counts.skipped)) + " skipped" : ""));
        out.println();
        out.println("Totals by value type (different kinds of value: read each on its own)");
        TextTable totals = new TextTable("value type", "gross", "net", "present value", "% of contract");
        s.totalsByValueType().forEach((type, f) -> totals.row(ValuationView.valueTypeText(type), Fmt.money(f.gross()),
                Fmt.money(f.net()), Fmt.money(f.presentValue()), Optional.ofNullable(
                        s.percentOfContractByValueType().get(type)).map(Fmt::percent).orElse("n/a")));
        if (!RoundingAdjustment.isZero(s.totalsRoundingAdjustment())) {
            Figures a = s.totalsRoundingAdjustment();
            totals.row(ValuationView.ROUNDING, Fmt.money(a.gross()), Fmt.money(a.net()), Fmt.money(a.presentValue()),
                    s.percentOfContractRoundingAdjustment().signum() == 0 ? ""
                            : Fmt.percent(s.percentOfContractRoundingAdjustment()));
        }
        totals.row(ValuationView.ALL_TYPES, Fmt.money(t.gross()), Fmt.money(t.net()), Fmt.money(t.presentValue()),
                s.percentOfContract().map(Fmt::percent).orElse("n/a (no contract value)"));
        out.print(totals.render());
        ValuationView.kv(out, "gross", "quantity × proxy, over every year");
        ValuationView.kv(out, "net", "after deadweight, displacement, attribution and drop-off");
        ValuationView.kv(out, "present value", "net, discounted to today");
        ValuationView.kv(out, "% of contract", request.contract().isPresent() ? "present value / contract value"
                : "no contract value given");
        out.println();
        out.println("By theme");
        TextTable themes = new TextTable("theme", "value type", "gross", "net", "present value", "share of PV");
        for (Map.Entry<ThemeId, Subtotal> e : s.byTheme().entrySet()) {
            String name = request.catalogue().theme(e.getKey()).map(x -> x.name()).orElse(e.getKey().value());
            Subtotal sub = e.getValue();
            sub.byValueType().forEach((type, f) -> themes.row(name, type.id(), Fmt.money(f.gross()), Fmt.money(f.net()),
                    Fmt.money(f.presentValue()), ValuationView.share(f.presentValue(), t.presentValue())));
            if (sub.byValueType().size() > 1) {
                Figures f = sub.reported();
                themes.row(name, ValuationView.ALL_TYPES, Fmt.money(f.gross()), Fmt.money(f.net()),
                        Fmt.money(f.presentValue()), ValuationView.share(f.presentValue(), t.presentValue()));
            }
        }
        out.print(themes.render());
        if (leftOut > 0 || !revisedMarks.isEmpty()) {
            out.println();
            out.println("  Lines marked (left out) are valued and shown but not added: they count what a line before them"
                    + " counts. A line is marked as the lines before it decide; a part's whole may come later:");
            if (revisedMarks.isEmpty()) {
                out.println("  every mark held to the end.");
            }
            revisedMarks.forEach(n -> out.println("  ! " + Safe.terminal(n)));
        }
        ValuationView.leftOut(out, s);
        if (!s.unvaluedQuantities().isEmpty()) {
            out.println();
            out.println("Unvalued (counted, not valued: no proxy)");
            TextTable u = new TextTable("measure", "quantity", "unit");
            s.unvaluedQuantities().forEach((m, q) -> u.row(m, Fmt.number(q),
                    request.catalogue().measure(m).map(x -> x.unit().name()).orElse("")));
            out.print(u.render());
        }
        if (!s.warnings().isEmpty()) {
            out.println();
            out.println("Warnings");
            s.warnings().forEach(w -> out.println("  ! " + w.message()));
        }
        if (counts.skipped > 0) {
            out.println();
            out.println("Skipped (--on-error skip): " + counts.skippedText());
        }
        if (!proxies.isEmpty()) {
            out.println();
            out.println("Proxies used (first line of each measure)");
            TextTable p = new TextTable("measure", "proxy", "price year", "in " + s.priceYear(), "publisher", "evidence");
            proxies.forEach((m, l) -> {
                ProxyValue v = l.proxy();
                Money rebased = l.proxyInPriceYear();
                p.row(m, Fmt.moneyExact(v.amount()), v.priceYear(), Fmt.proxy(rebased), Safe.terminal(v.provenance().publisher()),
                        v.provenance().evidence().name());
            });
            out.print(p.render());
        }
        out.flush();
    }
}
