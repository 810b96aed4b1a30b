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
import io.github.svtoms.catalog.json.ValuationDtos.DoubleCountedDto;
import io.github.svtoms.catalog.json.ValuationDtos.YearsAdjustmentDto;
import io.github.svtoms.catalog.json.ValuationDtos.AdjustmentDto;
import io.github.svtoms.catalog.json.ValuationDtos.FiguresDto;
import io.github.svtoms.catalog.json.ValuationDtos.LineDto;
import io.github.svtoms.catalog.json.ValuationDtos.MeasureShareDto;
import io.github.svtoms.catalog.json.ValuationDtos.OutcomeShareDto;
import io.github.svtoms.catalog.json.ValuationDtos.ProxyUsedDto;
import io.github.svtoms.catalog.json.ValuationDtos.RangeDto;
import io.github.svtoms.catalog.json.ValuationDtos.ReportDocument;
import io.github.svtoms.catalog.json.ValuationDtos.StepDto;
import io.github.svtoms.catalog.json.ValuationDtos.ThemeShareDto;
import io.github.svtoms.catalog.json.ValuationDtos.TotalsDto;
import io.github.svtoms.catalog.json.ValuationDtos.TypeTotalsDto;
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
import io.github.svtoms.proxies.valuation.DiscountKind;
import io.github.svtoms.proxies.valuation.Figures;
import io.github.svtoms.proxies.valuation.RoundingAdjustment;
import io.github.svtoms.proxies.valuation.PresentValueRange;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

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
        return JsonOut.write(ValuationReport.FORMAT, document(r));
    }

    /**
     * Writes a report in the canonical form as it goes: each line's member (with its years and derivation, the
     * bulk of the text) is made when it is written, so the text is never held whole.
     *
     * @param r the report
     * @param out where to write; flushed, not closed
     * @throws IOException when writing fails
     * @throws InvalidValueException when a reported money figure is not at the currency's minor unit
     */
    public static void write(ValuationReport r, java.io.Writer out) throws java.io.IOException {
        JsonOut.write(ValuationReport.FORMAT, document(r), out);
    }

    private static ReportDocument document(ValuationReport r) {
        Currency c = r.currency();
        AppliedDiscounting d = r.discounting();
        return new ReportDocument(c.getCurrencyCode(), r.priceYear().toString(),
                new DiscountingDto(d.constantRate().isPresent() ? null : d.schedule(), JsonOut.decimal(d.constantRate()),
                        d.firstYear().id(), d.healthSchedule().orElse(null)),
                tableUsed(r.proxyTableUsed()),
                totals(r, c), JsonOut.decimal(r.percentOfContract()), percentAdjustment(r),
                JsonOut.lazy(r.lines(), l -> line(l, c)),
                breakdown(r.byMeasure(), c, (b, f) -> new MeasureShareDto(b.id(), f.gross(), f.net(), f.presentValue(),
                        byType(b.byValueType(), c), adjustment(b.roundingAdjustment(), c))),
                breakdown(r.byOutcome(), c, (b, f) -> new OutcomeShareDto(b.id(), f.gross(), f.net(), f.presentValue(),
                        byType(b.byValueType(), c), adjustment(b.roundingAdjustment(), c),
                        b.partsRoundingAdjustment().map(a -> adjustmentDto(a, c)).orElse(null))),
                breakdown(r.byTheme(), c, (b, f) -> new ThemeShareDto(b.id(), f.gross(), f.net(), f.presentValue(),
                        byType(b.byValueType(), c), adjustment(b.roundingAdjustment(), c),
                        b.partsRoundingAdjustment().map(a -> adjustmentDto(a, c)).orElse(null))),
                roundingAdjustments(r, c),
                r.unvalued().stream().map(u -> new UnvaluedDto(u.line(), u.measure().value(), JsonOut.decimal(u.quantity()),
                        u.unit().id(), u.reason())).toList(),
                doubleCounted(r.doubleCounted()),
                r.warnings().stream().map(x -> new WarningDto(x.kind(),
                        x.measures().stream().map(MeasureId::value).toList(), x.message())).toList());
    }

    /** The percentage's rounding adjustment, omitted when zero. */
    static String percentAdjustment(ValuationReport r) {
        return r.percentOfContractRoundingAdjustment().signum() == 0 ? null
                : r.percentOfContractRoundingAdjustment().toPlainString();
    }

    /** A rounding adjustment, omitted (null) when zero. */
    static FiguresDto adjustment(Figures f, Currency c) {
        return f.gross().amount().signum() == 0 && f.net().amount().signum() == 0
                && f.presentValue().amount().signum() == 0 ? null : figures(f, c);
    }

    /**
     * The lists' rounding adjustments, omitted when there is none: each in all, with its non-zero parts per value
     * type under {@code byValueType} (omitted when every part is zero).
     */
    static Map<String, AdjustmentDto> roundingAdjustments(ValuationReport r, Currency c) {
        Map<String, AdjustmentDto> out = new LinkedHashMap<>();
        r.roundingAdjustments().forEach((k, v) -> out.put(k, adjustmentDto(v, c)));
        return out.isEmpty() ? null : out;
    }

    /** A stated rounding adjustment: in all, with its non-zero parts per value type (omitted when all are zero). */
    static AdjustmentDto adjustmentDto(RoundingAdjustment v, Currency c) {
        FiguresDto all = figures(v.all(), c);
        Map<String, FiguresDto> parts = byType(v.byValueType(), c);
        return new AdjustmentDto(all.gross(), all.net(), all.presentValue(), parts.isEmpty() ? null : parts);
    }

    /** A list's rounding adjustment read: its figures in all and its parts per value type (null after a problem). */
    private static RoundingAdjustment roundingAdjustment(Fields f, String p, AdjustmentDto v, Currency c) {
        Figures all = figures(f, p, new FiguresDto(v.gross(), v.net(), v.presentValue()), c);
        Map<ValueType, Figures> parts = new EnumMap<>(ValueType.class);
        boolean complete = byType(f, p, v.byValueType(), c, parts);
        return all == null || !complete ? null : new RoundingAdjustment(all, parts);
    }

    static List<DoubleCountedDto> doubleCounted(List<ValuationReport.DoubleCounted> list) {
        return list.stream().map(d -> new DoubleCountedDto(d.line(), d.measure().value(), d.countedUnder(), d.reason()))
                .toList();
    }

    /** The totals with their split by value type id (omitted when no line is valued). */
    static TotalsDto totals(ValuationReport r, Currency c) {
        FiguresDto t = figures(r.totals(), c);
        Map<String, TypeTotalsDto> byType = new LinkedHashMap<>();
        r.totalsByValueType().forEach((type, f) -> {
            FiguresDto d = figures(f, c);
            byType.put(type.id(), new TypeTotalsDto(d.gross(), d.net(), d.presentValue(),
                    JsonOut.decimal(Optional.ofNullable(r.percentOfContractByValueType().get(type))),
                    range(Optional.ofNullable(r.presentValueRangeByValueType().get(type)), c)));
        });
        return new TotalsDto(t.gross(), t.net(), t.presentValue(), byType.isEmpty() ? null : byType,
                adjustment(r.totalsRoundingAdjustment(), c), range(r.presentValueRange(), c));
    }

    /** A present value range as written (rounded figures), omitted when absent. */
    static RangeDto range(Optional<PresentValueRange> r, Currency c) {
        return r.map(v -> new RangeDto(money(v.low(), c), money(v.central(), c), money(v.high(), c))).orElse(null);
    }

    static Map<String, FiguresDto> byType(Map<ValueType, Figures> split, Currency c) {
        Map<String, FiguresDto> out = new LinkedHashMap<>();
        split.forEach((type, f) -> out.put(type.id(), figures(f, c)));
        return out;
    }

    static LineDto line(Line l, Currency c) {
        FiguresDto f = figures(l.figures(), c);
        ProxyUsed p = l.proxy();
        ProvenanceDto v = Provenances.dto(p.provenance());
        Figures ya = l.yearsRoundingAdjustment();
        YearsAdjustmentDto years = ya.net().amount().signum() == 0 && ya.presentValue().amount().signum() == 0 ? null
                : new YearsAdjustmentDto(money(ya.net(), c), money(ya.presentValue(), c));
        return new LineDto(l.id(), l.measure().value(), l.theme(), JsonOut.decimal(l.quantity()), l.unit().id(), f.gross(),
                f.net(), f.presentValue(), range(l.presentValueRange(), c), l.countedSeparately().orElse(null),
                l.discountSchedule().orElse(null), l.discountKind().map(DiscountKind::id).orElse(null),
                JsonOut.ifTrue(l.projected()), new ProxyUsedDto(JsonOut.decimal(p.amount().amount()), p.priceYear().toString(),
                p.valueType().id(), v.source(), v.publisher(), v.edition(), v.url(), v.licence(), v.evidence(), v.reference(),
                v.readIn()),
                l.years().stream().map(y -> new YearDto(y.contractYear(), money(y.value(), c),
                        JsonOut.decimal(y.discountFactor()), money(y.presentValue(), c), JsonOut.decimal(y.rate()),
                        y.proxy().map(m -> JsonOut.decimal(m.amount())).orElse(null),
                        y.from().map(java.time.LocalDate::toString).orElse(null),
                        y.to().map(java.time.LocalDate::toString).orElse(null), JsonOut.ifTrue(y.projected()))).toList(),
                years,
                l.derivation().stream().map(s -> new StepDto(kindId(s.kind()), s.text(), s.inputs(),
                        JsonOut.decimal(s.result()))).toList());
    }

    /**
     * Reads figures per value type id at {@code p.byValueType} into {@code into}; false when an entry has a problem
     * (reported at its path). Nothing to read (null) is complete.
     */
    private static boolean byType(Fields f, String p, Map<String, FiguresDto> byValueType, Currency c,
                                  Map<ValueType, Figures> into) {
        boolean complete = true;
        if (byValueType != null) {
            for (Map.Entry<String, FiguresDto> e : byValueType.entrySet()) {
                String q = p + ".byValueType['" + e.getKey() + "']";
                ValueType type = f.oneOf(q, e.getKey(), ValueType::fromId);
                Figures typed = e.getValue() == null ? null : figures(f, q, e.getValue(), c);
                if (type == null || typed == null) {
                    complete = false;
                } else {
                    into.put(type, typed);
                }
            }
        }
        return complete;
    }

    /** The proxy table used, as written; null when the valuation used none. */
    static ValuationDtos.ProxyTableUsedDto tableUsed(Optional<io.github.svtoms.catalog.ProxyTableDigest> used) {
        return used.map(t -> new ValuationDtos.ProxyTableUsedDto(t.id(), t.edition(), t.sha256())).orElse(null);
    }

    /** The proxy table used, read (empty when absent; null after a problem). */
    private static Optional<io.github.svtoms.catalog.ProxyTableDigest> tableUsed(Fields f, ValuationDtos.ProxyTableUsedDto d) {
        if (d == null) {
            return Optional.empty();
        }
        io.github.svtoms.catalog.ProxyTableDigest used = readTableUsed(f, d);
        return used == null ? null : Optional.of(used);
    }

    /** A {@code proxyTableUsed} member read (id, edition, sha256 at {@code $.proxyTableUsed}); null after a problem. */
    static io.github.svtoms.catalog.ProxyTableDigest readTableUsed(Fields f, ValuationDtos.ProxyTableUsedDto d) {
        String id = f.id("$.proxyTableUsed.id", d.id());
        String edition = f.text("$.proxyTableUsed.edition", d.edition());
        String sha = f.sha256("$.proxyTableUsed.sha256", d.sha256());
        return id == null || edition == null || sha == null ? null
                : new io.github.svtoms.catalog.ProxyTableDigest(id, edition, sha);
    }

    static <D> List<D> breakdown(List<Breakdown> entries, Currency c, BiFunction<Breakdown, FiguresDto, D> dto) {
        return entries.stream().map(b -> dto.apply(b, figures(b.figures(), c))).toList();
    }

    private static FiguresDto figures(Figures f, Currency c) {
        return new FiguresDto(money(f.gross(), c), money(f.net(), c), money(f.presentValue(), c));
    }

    private static String money(Money m, Currency c) {
        if (!m.currency().equals(c) || m.amount().scale() != minor(c)) {
            throw new InvalidValueException("reported figure " + m + " is not in " + c.getCurrencyCode() + " at "
                    + minor(c) + " decimal places: a valuation report holds rounded figures only");
        }
        return JsonOut.decimal(m.amount());
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
        if (c == null) {
            // every figure is money in this currency: without it no line, year or breakdown can be built (they
            // would be half-built objects); the currency's problem (and those found so far) is the answer
            reading.throwIfProblems();
        }
        PriceYear priceYear = Provenances.priceYear(f, "$.priceYear", d.priceYear());
        AppliedDiscounting discounting = discounting(f, d.discounting());
        TotalsDto td = f.required("$.totals", d.totals());
        Figures totals = td == null ? null : figures(f, "$.totals", new FiguresDto(td.gross(), td.net(), td.presentValue()), c);
        BigDecimal percent = f.optionalComputedDecimal("$.percentOfContract", d.percentOfContract());
        BigDecimal percentAdjustment = d.percentOfContractRoundingAdjustment() == null ? BigDecimal.ZERO.setScale(2)
                : f.decimal("$.percentOfContractRoundingAdjustment", d.percentOfContractRoundingAdjustment());
        Figures totalsAdjustment = td == null ? null : optionalFigures(f, "$.totals.roundingAdjustment",
                td.roundingAdjustment(), c);
        Map<ValueType, Figures> totalsByType = new LinkedHashMap<>();
        Map<ValueType, BigDecimal> percentByType = new LinkedHashMap<>();
        Map<ValueType, PresentValueRange> rangeByType = new LinkedHashMap<>();
        PresentValueRange totalsRange = td == null || td.presentValueRange() == null ? null
                : range(f, "$.totals.presentValueRange", td.presentValueRange(), c);
        if (td != null && td.byValueType() != null) {
            td.byValueType().forEach((id, x) -> {
                String p = "$.totals.byValueType['" + id + "']";
                ValueType type = f.oneOf(p, id, ValueType::fromId);
                Figures figures = x == null ? null : figures(f, p, new FiguresDto(x.gross(), x.net(), x.presentValue()), c);
                BigDecimal share = x == null ? null : f.optionalComputedDecimal(p + ".percentOfContract", x.percentOfContract());
                PresentValueRange typeRange = x == null || x.presentValueRange() == null ? null
                        : range(f, p + ".presentValueRange", x.presentValueRange(), c);
                if (type != null && typeRange != null) {
                    rangeByType.put(type, typeRange);
                }
                if (type != null && figures != null) {
                    totalsByType.put(type, figures);
                    if (share != null) {
                        percentByType.put(type, share);
                    }
                }
            });
        }
        List<Line> lines = list(f, "$.lines", d.lines(), (p, l) -> line(f, p, l, c));
        List<Breakdown> byMeasure = list(f, "$.byMeasure", d.byMeasure(),
                (p, b) -> breakdown(f, p, "measure", b.measure(), new FiguresDto(b.gross(), b.net(), b.presentValue()),
                        b.byValueType(), b.roundingAdjustment(), c));
        List<Breakdown> byOutcome = list(f, "$.byOutcome", d.byOutcome(),
                (p, b) -> parts(f, p, breakdown(f, p, "outcome", b.outcome(), new FiguresDto(b.gross(), b.net(),
                        b.presentValue()), b.byValueType(), b.roundingAdjustment(), c), b.partsRoundingAdjustment(), c));
        List<Breakdown> byTheme = list(f, "$.byTheme", d.byTheme(),
                (p, b) -> parts(f, p, breakdown(f, p, "theme", b.theme(), new FiguresDto(b.gross(), b.net(),
                        b.presentValue()), b.byValueType(), b.roundingAdjustment(), c), b.partsRoundingAdjustment(), c));
        Map<String, RoundingAdjustment> adjustments = new LinkedHashMap<>();
        if (d.roundingAdjustments() != null) {
            d.roundingAdjustments().forEach((k, v) -> {
                String p = "$.roundingAdjustments['" + k + "']";
                if (!List.of(ValuationReport.LINES, ValuationReport.BY_MEASURE, ValuationReport.BY_OUTCOME,
                        ValuationReport.BY_THEME).contains(k)) {
                    f.problem(p, "unknown rounding adjustment '" + k + "': one of lines, byMeasure, byOutcome, byTheme");
                } else {
                    RoundingAdjustment a = v == null ? null : roundingAdjustment(f, p, v, c);
                    if (a != null) {
                        adjustments.put(k, a);
                    }
                }
            });
        }
        List<ValuationReport.DoubleCounted> doubleCounted = d.doubleCounted() == null ? List.of()
                : list(f, "$.doubleCounted", d.doubleCounted(), (p, x) -> doubleCounted(f, p, x));
        List<Unvalued> unvalued = list(f, "$.unvalued", d.unvalued(), (p, u) -> unvalued(f, p, u));
        List<Warning> warnings = list(f, "$.warnings", d.warnings(), (p, x) -> warning(f, p, x));
        Optional<io.github.svtoms.catalog.ProxyTableDigest> tableUsed = tableUsed(f, d.proxyTableUsed());
        reading.throwIfProblems();
        try {
            return new ValuationReport(c, priceYear, discounting, totals, totalsByType, Optional.ofNullable(percent),
                    percentByType, lines, byMeasure,
                    byOutcome, byTheme, unvalued, warnings, totalsAdjustment, percentAdjustment, adjustments,
                    doubleCounted, Optional.ofNullable(totalsRange), rangeByType, tableUsed);
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
        Optional<String> health = d.healthSchedule() == null ? Optional.empty()
                : Optional.ofNullable(f.id("$.discounting.healthSchedule", d.healthSchedule()));
        if (d.schedule() != null && d.constantRate() != null) {
            f.problem("$.discounting.constantRate", "give either 'schedule' or 'constantRate', not both");
            return null;
        }
        if (d.constantRate() != null) {
            BigDecimal rate = f.computedDecimal("$.discounting.constantRate", d.constantRate());
            return rate == null || firstYear == null ? null
                    : new AppliedDiscounting(AppliedDiscounting.CONSTANT, Optional.of(rate), firstYear, health);
        }
        String schedule = f.id("$.discounting.schedule", d.schedule());
        if (AppliedDiscounting.CONSTANT.equals(schedule)) {
            f.problem("$.discounting.schedule", "schedule 'constant' is written as 'constantRate'");
            return null;
        }
        return schedule == null || firstYear == null ? null
                : new AppliedDiscounting(schedule, Optional.empty(), firstYear, health);
    }

    private static Money money(Fields f, String path, String value, Currency c) {
        BigDecimal v = f.computedDecimal(path, value);
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

    /** A present value range: three reported figures, low ≤ central ≤ high. */
    private static PresentValueRange range(Fields f, String p, RangeDto d, Currency c) {
        Money low = money(f, p + ".low", d.low(), c);
        Money central = money(f, p + ".central", d.central(), c);
        Money high = money(f, p + ".high", d.high(), c);
        if (low == null || central == null || high == null) {
            return null;
        }
        if (low.amount().compareTo(central.amount()) > 0 || central.amount().compareTo(high.amount()) > 0) {
            f.problem(p, "present value range low " + d.low() + ", central " + d.central() + ", high " + d.high()
                    + ": low ≤ central ≤ high must hold");
            return null;
        }
        return new PresentValueRange(low, central, high);
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

    /** Optional figures at a path: zero when absent. */
    private static Figures optionalFigures(Fields f, String p, FiguresDto d, Currency c) {
        if (c == null) {
            return null;
        }
        if (d == null) {
            return Figures.zero(c);
        }
        return figures(f, p, d, c);
    }

    private static ValuationReport.DoubleCounted doubleCounted(Fields f, String p, DoubleCountedDto x) {
        String line = f.text(p + ".line", x.line());
        MeasureId measure = measure(f, p + ".measure", x.measure());
        String under = f.text(p + ".countedUnder", x.countedUnder());
        String reason = f.text(p + ".reason", x.reason());
        return line == null || measure == null || under == null || reason == null ? null
                : new ValuationReport.DoubleCounted(line, measure, under, reason);
    }

    /** The entry with its parts' rounding adjustment read, when it has one (null after a problem). */
    private static Breakdown parts(Fields f, String p, Breakdown b, AdjustmentDto parts, Currency c) {
        if (parts == null || b == null) {
            return b;
        }
        RoundingAdjustment a = c == null ? null : roundingAdjustment(f, p + ".partsRoundingAdjustment", parts, c);
        return a == null ? null : new Breakdown(b.id(), b.figures(), b.byValueType(), b.roundingAdjustment(), Optional.of(a));
    }

    private static Breakdown breakdown(Fields f, String p, String key, String id, FiguresDto d,
                                       Map<String, FiguresDto> byValueType, FiguresDto adjustment, Currency c) {
        String checked = f.id(p + "." + key, id);
        Figures figures = figures(f, p, d, c);
        Figures roundingAdjustment = optionalFigures(f, p + ".roundingAdjustment", adjustment, c);
        Map<ValueType, Figures> split = new LinkedHashMap<>();
        boolean complete = f.required(p + ".byValueType", byValueType) != null;
        complete &= byType(f, p, byValueType, c, split);
        if (checked == null || figures == null || roundingAdjustment == null || !complete) {
            return null;
        }
        try {
            return new Breakdown(checked, figures, split, roundingAdjustment);
        } catch (SvtomsException e) {
            f.problem(p + ".byValueType", e.getMessage());
            return null;
        }
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
        String id = f.identifier(p + ".id", l.id());
        MeasureId measure = measure(f, p + ".measure", l.measure());
        String theme = f.id(p + ".theme", l.theme());
        BigDecimal quantity = f.computedDecimal(p + ".quantity", l.quantity());
        Unit unit = unit(f, p + ".unit", l.unit());
        Figures figures = figures(f, p, new FiguresDto(l.gross(), l.net(), l.presentValue()), c);
        ProxyUsed proxy = proxy(f, p + ".proxy", f.required(p + ".proxy", l.proxy()), c);
        List<Year> years = list(f, p + ".years", l.years(), (q, y) -> year(f, q, y, c));
        List<Step> steps = list(f, p + ".derivation", l.derivation(), (q, s) -> step(f, q, s));
        String separately = l.countedSeparately() == null ? null : f.text(p + ".countedSeparately", l.countedSeparately());
        YearsAdjustmentDto ya = l.yearsRoundingAdjustment();
        Money yv = ya == null ? (c == null ? null : Money.zero(c)) : money(f, p + ".yearsRoundingAdjustment.value", ya.value(), c);
        Money ypv = ya == null ? yv : money(f, p + ".yearsRoundingAdjustment.presentValue", ya.presentValue(), c);
        String schedule = l.discountSchedule() == null ? null : f.id(p + ".discountSchedule", l.discountSchedule());
        DiscountKind kind = l.discountKind() == null ? null : f.oneOf(p + ".discountKind", l.discountKind(),
                v -> FileIds.parse(DiscountKind.class, v, "discount kind"));
        onlyTrue(f, p + ".projected", l.projected());
        PresentValueRange range = l.presentValueRange() == null ? null
                : range(f, p + ".presentValueRange", l.presentValueRange(), c);
        if (f.reading().problemCount() != before || c == null) {
            return null;
        }
        return new Line(id, measure, theme, quantity, unit, figures, proxy, years, steps, Optional.ofNullable(separately),
                new Figures(Money.zero(c), yv, ypv), Optional.ofNullable(schedule), Optional.ofNullable(kind),
                Boolean.TRUE.equals(l.projected()), Optional.ofNullable(range));
    }

    /** A flag written only when true: {@code false} is not the canonical form. */
    private static void onlyTrue(Fields f, String p, Boolean value) {
        if (Boolean.FALSE.equals(value)) {
            f.problem(p, "'" + Fields.last(p) + "' is written only when true: omit it instead of false");
        }
    }

    private static ProxyUsed proxy(Fields f, String p, ProxyUsedDto d, Currency c) {
        if (d == null) {
            return null;
        }
        BigDecimal amount = f.computedDecimal(p + ".amount", d.amount());
        PriceYear year = Provenances.priceYear(f, p + ".priceYear", d.priceYear());
        ValueType type = f.oneOf(p + ".valueType", d.valueType(), ValueType::fromId);
        Provenance provenance = Provenances.read(f, p, new ProvenanceDto(d.source(), d.publisher(), d.edition(), d.url(),
                d.licence(), d.evidence(), d.reference(), d.readIn()));
        return amount == null || year == null || type == null || provenance == null || c == null ? null
                : new ProxyUsed(Money.of(amount, c), year, type, provenance);
    }

    private static Year year(Fields f, String p, YearDto y, Currency c) {
        Integer contractYear = f.atLeast(p + ".contractYear", f.required(p + ".contractYear", y.contractYear()), 1);
        Money value = money(f, p + ".value", y.value(), c);
        BigDecimal factor = f.computedDecimal(p + ".discountFactor", y.discountFactor());
        if (factor != null && factor.scale() != ValuationReport.DISCOUNT_FACTOR_SCALE) {
            f.problem(p + ".discountFactor", "invalid discount factor '" + y.discountFactor() + "': written with exactly "
                    + ValuationReport.DISCOUNT_FACTOR_SCALE + " decimal places");
            factor = null;
        }
        Money pv = money(f, p + ".presentValue", y.presentValue(), c);
        int before = f.reading().problemCount();
        BigDecimal rate = f.optionalComputedDecimal(p + ".rate", y.rate());
        BigDecimal proxy = f.optionalComputedDecimal(p + ".proxy", y.proxy());
        java.time.LocalDate from = y.from() == null ? null : Values.date(f, p + ".from", y.from());
        java.time.LocalDate to = y.to() == null ? null : Values.date(f, p + ".to", y.to());
        if (from != null && to != null && to.isBefore(from)) {
            f.problem(p + ".to", "year ends " + y.to() + " before it starts " + y.from());
        }
        onlyTrue(f, p + ".projected", y.projected());
        return contractYear == null || value == null || factor == null || pv == null || c == null
                || f.reading().problemCount() != before ? null
                : new Year(contractYear, value, factor, pv, Optional.ofNullable(rate),
                Optional.ofNullable(proxy).map(x -> Money.of(x, c)), Optional.ofNullable(from), Optional.ofNullable(to),
                Boolean.TRUE.equals(y.projected()));
    }

    private static Step step(Fields f, String p, StepDto s) {
        StepKind kind = f.oneOf(p + ".kind", s.kind(), ValuationReportCodec::kind);
        String text = f.text(p + ".text", s.text());
        Map<String, String> inputs = new LinkedHashMap<>();
        if (f.required(p + ".inputs", s.inputs()) != null) {
            s.inputs().forEach((k, v) -> inputs.put(k, f.text(p + ".inputs." + k, v)));
        }
        BigDecimal result = f.computedDecimal(p + ".result", s.result());
        return kind == null || text == null || result == null || inputs.containsValue(null) ? null
                : new Step(kind, text, inputs, result);
    }

    private static Unvalued unvalued(Fields f, String p, UnvaluedDto u) {
        String line = f.text(p + ".line", u.line());
        MeasureId measure = measure(f, p + ".measure", u.measure());
        BigDecimal quantity = f.computedDecimal(p + ".quantity", u.quantity());
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
