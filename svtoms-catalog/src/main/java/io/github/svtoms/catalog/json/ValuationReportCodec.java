package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.ValuationReport;
import io.github.svtoms.catalog.ValuationReport.AppliedDiscounting;
import io.github.svtoms.catalog.ValuationReport.Breakdown;
import io.github.svtoms.catalog.ValuationReport.Line;
import io.github.svtoms.catalog.ValuationReport.ProxyUsed;
import io.github.svtoms.catalog.ValuationReport.Step;
import io.github.svtoms.catalog.ValuationReport.Unvalued;
import io.github.svtoms.catalog.ValuationReport.Warning;
import io.github.svtoms.catalog.ValuationReport.Year;
import io.github.svtoms.catalog.json.ProxyDtos.ProvenanceDto;
import io.github.svtoms.catalog.json.ValuationDtos.DiscountingDto;
import io.github.svtoms.catalog.json.ValuationDtos.FiguresDto;
import io.github.svtoms.catalog.json.ValuationDtos.LineDto;
import io.github.svtoms.catalog.json.ValuationDtos.ProxyUsedDto;
import io.github.svtoms.catalog.json.ValuationDtos.ReportDocument;
import io.github.svtoms.catalog.json.ValuationDtos.StepDto;
import io.github.svtoms.catalog.json.ValuationDtos.UnvaluedDto;
import io.github.svtoms.catalog.json.ValuationDtos.WarningDto;
import io.github.svtoms.catalog.json.ValuationDtos.YearDto;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.YearIndexing;
import io.github.svtoms.proxies.derivation.StepKind;
import io.github.svtoms.proxies.valuation.Figures;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Internal codec of {@code svtoms-valuation/1}: canonical writing of a {@link ValuationReport} and strict
 * reading back. Not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class ValuationReportCodec {
    private ValuationReportCodec() {
    }

    /**
     * Writes a report in the canonical form.
     *
     * @param r the report
     * @return the JSON text, ending with a newline
     * @throws InvalidValueException when a reported money figure is not at the currency's minor unit
     */
    public static String write(ValuationReport r) {
        Currency c = r.currency();
        JsonText w = new JsonText().beginObject().member("format", ValuationReport.FORMAT)
                .member("currency", c.getCurrencyCode()).member("priceYear", r.priceYear().toString());
        AppliedDiscounting d = r.discounting();
        w.name("discounting").beginObject();
        d.constantRate().ifPresentOrElse(rate -> w.member("constantRate", rate), () -> w.member("schedule", d.schedule()));
        w.member("firstYear", d.firstYear().id()).endObject();
        w.name("totals").beginObject();
        figures(w, r.totals(), c);
        w.endObject();
        r.percentOfContract().ifPresent(p -> w.member("percentOfContract", p));
        w.name("lines").beginArray();
        for (Line l : r.lines()) {
            w.beginObject().member("id", l.id()).member("measure", l.measure().value()).member("theme", l.theme())
                    .member("quantity", l.quantity()).member("unit", l.unit().id());
            figures(w, l.figures(), c);
            ProxyUsed p = l.proxy();
            Provenance v = p.provenance();
            w.name("proxy").beginObject().member("amount", p.amount().amount())
                    .member("priceYear", p.priceYear().toString()).member("valueType", p.valueType().id())
                    .member("source", v.source()).member("publisher", v.publisher()).member("edition", v.edition());
            v.url().ifPresent(u -> w.member("url", u));
            w.member("licence", v.licence()).member("evidence", v.evidence().id());
            v.reference().ifPresent(x -> w.member("reference", x));
            w.endObject().name("years").beginArray();
            for (Year y : l.years()) {
                w.beginObject().name("contractYear").integer(y.contractYear()).member("value", money(y.value(), c))
                        .member("discountFactor", y.discountFactor()).member("presentValue", money(y.presentValue(), c))
                        .endObject();
            }
            w.endArray().name("derivation").beginArray();
            for (Step s : l.derivation()) {
                w.beginObject().member("kind", kindId(s.kind())).member("text", s.text()).name("inputs").beginObject();
                s.inputs().forEach(w::member);
                w.endObject().member("result", s.result()).endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
        breakdown(w, "byMeasure", "measure", r.byMeasure(), c);
        breakdown(w, "byOutcome", "outcome", r.byOutcome(), c);
        breakdown(w, "byTheme", "theme", r.byTheme(), c);
        w.name("unvalued").beginArray();
        for (Unvalued u : r.unvalued()) {
            w.beginObject().member("line", u.line()).member("measure", u.measure().value()).member("quantity", u.quantity())
                    .member("unit", u.unit().id()).member("reason", u.reason()).endObject();
        }
        w.endArray().name("warnings").beginArray();
        for (Warning x : r.warnings()) {
            w.beginObject().member("kind", x.kind())
                    .stringArray("measures", x.measures().stream().map(MeasureId::value).toList())
                    .member("message", x.message()).endObject();
        }
        return w.endArray().endObject().finish();
    }

    private static void breakdown(JsonText w, String name, String key, List<Breakdown> entries, Currency c) {
        w.name(name).beginArray();
        for (Breakdown b : entries) {
            w.beginObject().member(key, b.id());
            figures(w, b.figures(), c);
            w.endObject();
        }
        w.endArray();
    }

    private static void figures(JsonText w, Figures f, Currency c) {
        w.member("gross", money(f.gross(), c)).member("net", money(f.net(), c))
                .member("presentValue", money(f.presentValue(), c));
    }

    private static BigDecimal money(Money m, Currency c) {
        if (!m.currency().equals(c) || m.amount().scale() != minor(c)) {
            throw new InvalidValueException("reported figure " + m + " is not in " + c.getCurrencyCode() + " at "
                    + minor(c) + " decimal places: a valuation report holds rounded figures only");
        }
        return m.amount();
    }

    private static int minor(Currency c) {
        return Math.max(0, c.getDefaultFractionDigits());
    }

    static String kindId(StepKind k) {
        return k.id();
    }

    private static StepKind kind(String id) {
        return FileIds.parse(StepKind.class, id, "derivation step kind");
    }

    /**
     * Reads a report back.
     *
     * @param in the bytes, not closed here
     * @param file the file name for messages
     * @return the report
     * @throws CatalogueFormatException listing every problem
     */
    public static ValuationReport read(InputStream in, String file) {
        Reading reading = new Reading(file);
        ReportDocument d = reading.bind(in, "valuation", ReportDocument.class, ReportDocument.EMPTY);
        Fields f = new Fields(reading);
        Currency c = f.currency("$.currency", d.currency());
        PriceYear priceYear = Provenances.priceYear(f, "$.priceYear", d.priceYear());
        AppliedDiscounting discounting = discounting(f, d.discounting());
        Figures totals = figures(f, "$.totals", f.required("$.totals", d.totals()), c);
        BigDecimal percent = f.optionalDecimal("$.percentOfContract", d.percentOfContract());
        List<Line> lines = list(f, "$.lines", d.lines(), (p, l) -> line(f, p, l, c));
        List<Breakdown> byMeasure = list(f, "$.byMeasure", d.byMeasure(),
                (p, b) -> breakdown(f, p, "measure", b.measure(), new FiguresDto(b.gross(), b.net(), b.presentValue()), c));
        List<Breakdown> byOutcome = list(f, "$.byOutcome", d.byOutcome(),
                (p, b) -> breakdown(f, p, "outcome", b.outcome(), new FiguresDto(b.gross(), b.net(), b.presentValue()), c));
        List<Breakdown> byTheme = list(f, "$.byTheme", d.byTheme(),
                (p, b) -> breakdown(f, p, "theme", b.theme(), new FiguresDto(b.gross(), b.net(), b.presentValue()), c));
        List<Unvalued> unvalued = list(f, "$.unvalued", d.unvalued(), (p, u) -> unvalued(f, p, u));
        List<Warning> warnings = list(f, "$.warnings", d.warnings(), (p, x) -> warning(f, p, x));
        reading.throwIfProblems();
        try {
            return new ValuationReport(c, priceYear, discounting, totals, Optional.ofNullable(percent), lines, byMeasure,
                    byOutcome, byTheme, unvalued, warnings);
        } catch (SvtomsException e) {
            reading.problem("$", e.getMessage());
            reading.throwIfProblems();
            throw e;
        }
    }

    /** A required array whose elements map to values; null elements (after a problem) are dropped. */
    private static <D, T> List<T> list(Fields f, String path, List<D> values, ElementReader<D, T> reader) {
        f.required(path, values);
        List<T> out = new ArrayList<>();
        List<D> list = Fields.list(values);
        for (int i = 0; i < list.size(); i++) {
            T v = reader.read(path + "[" + i + "]", list.get(i));
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** Maps one array element at a path. */
    private interface ElementReader<D, T> {
        T read(String path, D value);
    }

    private static AppliedDiscounting discounting(Fields f, DiscountingDto d) {
        if (f.required("$.discounting", d) == null) {
            return null;
        }
        YearIndexing firstYear = f.oneOf("$.discounting.firstYear", d.firstYear(), YearIndexing::fromId);
        if (d.schedule() != null && d.constantRate() != null) {
            f.problem("$.discounting.constantRate", "give either 'schedule' or 'constantRate', not both");
            return null;
        }
        if (d.constantRate() != null) {
            BigDecimal rate = f.decimal("$.discounting.constantRate", d.constantRate());
            return rate == null || firstYear == null ? null
                    : new AppliedDiscounting(AppliedDiscounting.CONSTANT, Optional.of(rate), firstYear);
        }
        String schedule = f.id("$.discounting.schedule", d.schedule());
        if (AppliedDiscounting.CONSTANT.equals(schedule)) {
            f.problem("$.discounting.schedule", "schedule 'constant' is written as 'constantRate'");
            return null;
        }
        return schedule == null || firstYear == null ? null : new AppliedDiscounting(schedule, Optional.empty(), firstYear);
    }

    private static Money money(Fields f, String path, String value, Currency c) {
        BigDecimal v = f.decimal(path, value);
        if (v == null || c == null) {
            return null;
        }
        if (v.scale() != minor(c)) {
            f.problem(path, "invalid amount '" + value + "': a reported " + c.getCurrencyCode() + " figure has exactly "
                    + minor(c) + " decimal places");
            return null;
        }
        return Money.of(v, c);
    }

    private static Figures figures(Fields f, String p, FiguresDto d, Currency c) {
        if (d == null) {
            return null;
        }
        Money gross = money(f, p + ".gross", d.gross(), c);
        Money net = money(f, p + ".net", d.net(), c);
        Money pv = money(f, p + ".presentValue", d.presentValue(), c);
        return gross == null || net == null || pv == null ? null : new Figures(gross, net, pv);
    }

    private static Breakdown breakdown(Fields f, String p, String key, String id, FiguresDto d, Currency c) {
        String checked = f.id(p + "." + key, id);
        Figures figures = figures(f, p, d, c);
        return checked == null || figures == null ? null : new Breakdown(checked, figures);
    }

    private static Unit unit(Fields f, String path, String value) {
        return f.oneOf(path, value, Unit::of);
    }

    private static MeasureId measure(Fields f, String path, String value) {
        String id = f.id(path, value);
        return id == null ? null : MeasureId.of(id);
    }

    private static Line line(Fields f, String p, LineDto l, Currency c) {
        int before = f.reading().problemCount();
        String id = f.text(p + ".id", l.id());
        MeasureId measure = measure(f, p + ".measure", l.measure());
        String theme = f.id(p + ".theme", l.theme());
        BigDecimal quantity = f.decimal(p + ".quantity", l.quantity());
        Unit unit = unit(f, p + ".unit", l.unit());
        Figures figures = figures(f, p, new FiguresDto(l.gross(), l.net(), l.presentValue()), c);
        ProxyUsed proxy = proxy(f, p + ".proxy", f.required(p + ".proxy", l.proxy()), c);
        List<Year> years = list(f, p + ".years", l.years(), (q, y) -> year(f, q, y, c));
        List<Step> steps = list(f, p + ".derivation", l.derivation(), (q, s) -> step(f, q, s));
        if (f.reading().problemCount() != before) {
            return null;
        }
        return new Line(id, measure, theme, quantity, unit, figures, proxy, years, steps);
    }

    private static ProxyUsed proxy(Fields f, String p, ProxyUsedDto d, Currency c) {
        if (d == null) {
            return null;
        }
        BigDecimal amount = f.decimal(p + ".amount", d.amount());
        PriceYear year = Provenances.priceYear(f, p + ".priceYear", d.priceYear());
        ValueType type = f.oneOf(p + ".valueType", d.valueType(), ValueType::fromId);
        Provenance provenance = Provenances.read(f, p, new ProvenanceDto(d.source(), d.publisher(), d.edition(), d.url(),
                d.licence(), d.evidence(), d.reference()));
        return amount == null || year == null || type == null || provenance == null || c == null ? null
                : new ProxyUsed(Money.of(amount, c), year, type, provenance);
    }

    private static Year year(Fields f, String p, YearDto y, Currency c) {
        Integer contractYear = f.atLeast(p + ".contractYear", f.required(p + ".contractYear", y.contractYear()), 1);
        Money value = money(f, p + ".value", y.value(), c);
        BigDecimal factor = f.decimal(p + ".discountFactor", y.discountFactor());
        if (factor != null && factor.scale() != ValuationReport.DISCOUNT_FACTOR_SCALE) {
            f.problem(p + ".discountFactor", "invalid discount factor '" + y.discountFactor() + "': written with exactly "
                    + ValuationReport.DISCOUNT_FACTOR_SCALE + " decimal places");
            factor = null;
        }
        Money pv = money(f, p + ".presentValue", y.presentValue(), c);
        return contractYear == null || value == null || factor == null || pv == null ? null
                : new Year(contractYear, value, factor, pv);
    }

    private static Step step(Fields f, String p, StepDto s) {
        StepKind kind = f.oneOf(p + ".kind", s.kind(), ValuationReportCodec::kind);
        String text = f.text(p + ".text", s.text());
        Map<String, String> inputs = new LinkedHashMap<>();
        if (f.required(p + ".inputs", s.inputs()) != null) {
            s.inputs().forEach((k, v) -> inputs.put(k, f.text(p + ".inputs." + k, v)));
        }
        BigDecimal result = f.decimal(p + ".result", s.result());
        return kind == null || text == null || result == null || inputs.containsValue(null) ? null
                : new Step(kind, text, inputs, result);
    }

    private static Unvalued unvalued(Fields f, String p, UnvaluedDto u) {
        String line = f.text(p + ".line", u.line());
        MeasureId measure = measure(f, p + ".measure", u.measure());
        BigDecimal quantity = f.decimal(p + ".quantity", u.quantity());
        Unit unit = unit(f, p + ".unit", u.unit());
        String reason = f.text(p + ".reason", u.reason());
        return line == null || measure == null || quantity == null || unit == null || reason == null ? null
                : new Unvalued(line, measure, quantity, unit, reason);
    }

    private static Warning warning(Fields f, String p, WarningDto x) {
        String kind = f.id(p + ".kind", x.kind());
        List<MeasureId> measures = list(f, p + ".measures", x.measures(), (q, m) -> measure(f, q, m));
        String message = f.text(p + ".message", x.message());
        return kind == null || message == null || measures.size() != Fields.list(x.measures()).size() ? null
                : new Warning(kind, measures, message);
    }
}
