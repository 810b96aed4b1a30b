package io.github.svtoms.cli;

import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.EvidenceGrade;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.valuation.Figures;
import io.github.svtoms.proxies.valuation.RoundingAdjustment;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.Subtotal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes the valuation sections of the HTML report. Stateless. */
final class ValuationPage {
    private ValuationPage() {
    }

    static void write(Html h, ValuationView v) {
        Figures t = v.valuation.totals();
        h.subtitle((v.request.details().title().isPresent() ? v.title() : "Valuation of " + v.source) + " · "
                + v.pricesText() + " · contract " + v.contractText());
        List<String[]> cards = new ArrayList<>();
        v.valuation.totalsByValueType().forEach((type, f) -> cards.add(new String[] {"Present value: " + type.id(),
                Fmt.money(f.presentValue()), ValuationView.valueTypeText(type).substring(type.id().length()).trim()
                + Optional.ofNullable(v.valuation.percentOfContractByValueType().get(type))
                        .map(p -> "; " + Fmt.percent(p) + " of contract value").orElse("")}));
        cards.add(new String[] {"Present value, " + ValuationView.ALL_TYPES, Fmt.money(t.presentValue()),
                "different kinds of value added up"
                + v.valuation.percentOfContract().map(p -> "; " + Fmt.percent(p) + " of contract value").orElse("")});
        h.cards(cards);
        h.paragraph("A fiscal saving (a public budget spends less), an economic value (wages, output, carbon) and a "
                + "wellbeing value answer different questions: each is shown on its own, and their sum is labelled as "
                + "such. A pound of wellbeing is not a pound of budget saved.");
        List<List<?>> typeRows = new ArrayList<>();
        v.valuation.totalsByValueType().forEach((type, f) -> typeRows.add(List.of(ValuationView.valueTypeText(type),
                Fmt.money(f.gross()), Fmt.money(f.net()), Fmt.money(f.presentValue()),
                Optional.ofNullable(v.valuation.percentOfContractByValueType().get(type)).map(Fmt::percent).orElse("n/a"))));
        Figures ta = v.valuation.summary().totalsRoundingAdjustment();
        if (!RoundingAdjustment.isZero(ta)) {
            BigDecimal pa = v.valuation.summary().percentOfContractRoundingAdjustment();
            typeRows.add(List.of(ValuationView.ROUNDING + " (each type rounded on its own)", Fmt.money(ta.gross()),
                    Fmt.money(ta.net()), Fmt.money(ta.presentValue()), pa.signum() == 0 ? "" : Fmt.percent(pa)));
        }
        typeRows.add(List.of(ValuationView.ALL_TYPES, Fmt.money(t.gross()), Fmt.money(t.net()), Fmt.money(t.presentValue()),
                v.valuation.percentOfContract().map(Fmt::percent).orElse("n/a")));
        h.table(List.of("Value type", "Gross value", "Net value", "Present value", "PV / contract value"), typeRows);
        v.valuation.summary().presentValueRange().ifPresent(range -> {
            List<List<?>> rangeRows = new ArrayList<>();
            v.valuation.summary().presentValueRangeByValueType().forEach((type, x) -> rangeRows.add(List.of(
                    ValuationView.valueTypeText(type), Fmt.money(x.low()), Fmt.money(x.central()), Fmt.money(x.high()))));
            rangeRows.add(List.of(ValuationView.ALL_TYPES, Fmt.money(range.low()), Fmt.money(range.central()),
                    Fmt.money(range.high())));
            h.paragraph("Present value range: " + ValuationView.RANGE_NOTE + ".");
            h.table(List.of("Value type", "Low", "Central", "High"), rangeRows);
        });
        h.figureChart("Gross, net and present value, " + v.pricesText(), List.of(
                new Html.Bar("Gross", t.gross().amount(), Fmt.money(t.gross())),
                new Html.Bar("Net", t.net().amount(), Fmt.money(t.net())),
                new Html.Bar("Present value", t.presentValue().amount(), Fmt.money(t.presentValue()))));
        h.paragraph("Gross is quantity × proxy over every year. Net removes what would have happened anyway (deadweight), "
                + "what is merely moved from elsewhere (displacement) and what others contributed (attribution), and lets "
                + "outcomes fade (drop-off): net is " + ValuationView.share(t.net(), t.gross()) + " of gross. Present value "
                + "discounts future years to today: " + ValuationView.share(t.presentValue(), t.net()) + " of net.");
        List<String[]> facts = new ArrayList<>(v.detailFacts());
        facts.addAll(List.of(new String[] {"Contract", v.contractText()}, new String[] {"Prices", v.pricesText()},
                new String[] {"Discounting", v.discountingText()}, new String[] {"Proxy table", v.proxyTableText()}));
        h.facts(facts);

        Map<ThemeId, Subtotal> themes = v.themesWithValue();
        h.heading("Present value by theme");
        List<Html.Bar> bars = new ArrayList<>();
        themes.forEach((id, s) -> bars.add(new Html.Bar(v.themeName(id), s.reported().presentValue().amount(),
                Fmt.money(s.reported().presentValue()) + "  (" + ValuationView.share(s.reported().presentValue(), t.presentValue()) + ")")));
        h.barChart("Present value by theme, " + v.pricesText(), bars);
        List<List<?>> themeRows = new ArrayList<>();
        v.valuation.byTheme().forEach((id, s) -> {
            s.byValueType().forEach((type, f) -> themeRows.add(List.of(v.themeName(id), type.id(), Fmt.money(f.gross()),
                    Fmt.money(f.net()), Fmt.money(f.presentValue()), ValuationView.share(f.presentValue(), t.presentValue()))));
            if (s.byValueType().size() > 1) {
                themeRows.add(List.of(v.themeName(id), ValuationView.ALL_TYPES, Fmt.money(s.reported().gross()),
                        Fmt.money(s.reported().net()), Fmt.money(s.reported().presentValue()),
                        ValuationView.share(s.reported().presentValue(), t.presentValue())));
            }
        });
        themeRows.add(Html.total("Total", ValuationView.ALL_TYPES, Fmt.money(t.gross()), Fmt.money(t.net()),
                Fmt.money(t.presentValue()), "100.0%"));
        h.table(List.of("Theme", "Value type", "Gross", "Net", "Present value", "Share of PV"), themeRows);

        h.heading("Commitment lines");
        List<List<?>> rows = new ArrayList<>();
        for (LineValuation l : v.valuation.lines()) {
            rows.add(List.of(v.lineLabel(l, "left out: counted once"),
                    v.measureName(l.measure()), Fmt.number(l.quantity()) + " " + l.unit().name(),
                    years(l), l.valueType().id(), Fmt.money(l.reported().gross()), Fmt.money(l.reported().net()),
                    Fmt.money(l.reported().presentValue())));
        }
        Figures la = v.valuation.linesRoundingAdjustment().all();
        if (!RoundingAdjustment.isZero(la)) {
            rows.add(List.of(ValuationView.ROUNDING + " (each line rounded on its own)", "", "", "", "",
                    Fmt.money(la.gross()), Fmt.money(la.net()), Fmt.money(la.presentValue())));
        }
        rows.add(Html.total("Total of the counted lines", "", "", "", ValuationView.ALL_TYPES, Fmt.money(t.gross()),
                Fmt.money(t.net()), Fmt.money(t.presentValue())));
        h.table(List.of("Line", "Measure", "Quantity per year", "Years", "Value type", "Gross", "Net", "Present value"), rows);
        if (!v.valuation.doubleCounted().isEmpty()) {
            h.heading("Counted once: lines valued but left out of the totals");
            h.paragraph("These lines count what another line already counts — the same outcome in another unit, or a "
                    + "part of a whole that is also claimed. Their value is shown above but not added to any total. A line "
                    + "that counts something different says so with its evidence (countedSeparately) and is added.");
            List<List<String>> d = new ArrayList<>();
            v.valuation.doubleCounted().forEach(x -> d.add(List.of(x.line(), v.measureName(x.measure()), x.countedUnder(),
                    x.reason())));
            h.table(List.of("Line", "Measure", "Counted under line", "Why"), d);
        }
        List<String> derivations = new ArrayList<>();
        for (LineValuation l : v.valuation.lines()) {
            l.derivation().sentences().forEach(s -> derivations.add(l.id() + ": " + s));
        }
        h.details("How each figure was derived", derivations);

        if (!v.valuation.unvalued().isEmpty()) {
            h.heading("Counted but not valued");
            List<List<?>> u = new ArrayList<>();
            v.valuation.unvalued().forEach(x -> u.add(List.of(x.lineId(), v.measureName(x.measure()),
                    Fmt.number(x.quantity()) + " " + x.unit().name(), x.reason())));
            h.table(List.of("Line", "Measure", "Quantity per year", "Why no value"), u);
        }
        if (!v.valuation.warnings().isEmpty()) {
            h.heading("Warnings");
            h.list("warnings", v.warningTexts());
        }

        h.heading("Financial proxies used and their provenance");
        List<List<?>> p = new ArrayList<>();
        v.proxiesUsed().forEach((m, l) -> {
            ProxyValue x = l.proxy();
            Provenance pr = x.provenance();
            p.add(List.of(v.measureName(m), Fmt.moneyExact(x.amount()) + " per " + singular(l.unit().name()),
                    x.priceYear().toString(), ValuationView.proxyInPriceYearText(l), x.valueType().id(),
                    pr.publisher() + ", " + pr.source() + " (" + pr.edition() + ")" + pr.reference().map(r -> ", " + r).orElse("")
                            + pr.readIn().map(r -> "; read in " + r).orElse(""),
                    pr.licence(), pr.evidence().name()));
        });
        h.table(List.of("Measure", "Proxy", "Price year", "In " + v.valuation.priceYear() + " prices", "Value type",
                "Source", "Licence", "Evidence"), p);
        List<String> urls = new ArrayList<>();
        v.proxiesUsed().forEach((m, l) -> l.proxy().provenance().url().ifPresent(u -> {
            String s = l.proxy().provenance().source() + ": " + u;
            if (!urls.contains(s)) {
                urls.add(s);
            }
        }));
        if (!urls.isEmpty()) {
            h.details("Where the sources are published", urls);
        }
        h.note("Financial proxies evidence the value of outcomes; they are not a reason to choose one outcome over "
                + "another. Evidence grade " + evidenceLegend() + ".");
    }

    /** The evidence grades in the words of {@link EvidenceGrade}'s documentation: "V: read in a primary …". */
    static String evidenceLegend() {
        return String.join("; ", java.util.Arrays.stream(EvidenceGrade.values())
                .map(g -> g.id() + ": " + g.meaning()).toList());
    }

    private static String years(LineValuation l) {
        int from = l.line().startYear();
        int to = from + l.line().duration() - 1;
        return from == to ? String.valueOf(from) : from + "–" + to;
    }

    private static String singular(String unit) {
        return switch (unit) {
            case "people" -> "person";
            case "FTE-years" -> "FTE-year";
            case "hours" -> "hour";
            case "weeks" -> "week";
            case "GBP" -> "£1";
            case "miles" -> "mile";
            case "tonnes" -> "tonne";
            case "WELLBYs" -> "WELLBY";
            default -> unit;
        };
    }

}
