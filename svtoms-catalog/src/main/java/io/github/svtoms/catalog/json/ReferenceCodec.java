package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.json.ProxyDtos.BandDto;
import io.github.svtoms.catalog.json.ProxyDtos.EstimatesDto;
import io.github.svtoms.catalog.json.ProxyDtos.IndexDto;
import io.github.svtoms.catalog.json.ProxyDtos.ReferenceDocument;
import io.github.svtoms.catalog.json.ProxyDtos.ScheduleDto;
import io.github.svtoms.catalog.json.ProxyDtos.ValueSeriesDto;
import io.github.svtoms.catalog.json.ProxyDtos.WageDto;
import io.github.svtoms.catalog.json.ProxyDtos.WellbyDto;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.DiscountBand;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ReferenceData;
import io.github.svtoms.proxies.ValueSeries;
import io.github.svtoms.proxies.WageSeries;
import io.github.svtoms.proxies.WellbyValue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Internal codec of {@code svtoms-reference/1}: discount schedules, price indices, the WELLBY value, wage
 * series and value series (low, central and high values by calendar year). Not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReferenceCodec {
    private ReferenceCodec() {
    }

    /**
     * Reads reference data.
     *
     * @param in the bytes, not closed here
     * @param file the file name for messages
     * @return the reference data
     * @throws CatalogueFormatException listing every problem
     */
    public static ReferenceData read(InputStream in, String file) {
        Reading reading = new Reading(file);
        ReferenceDocument d = reading.bind(in, "reference", ReferenceDocument.class, ReferenceDocument.EMPTY);
        Fields f = new Fields(reading);
        List<DiscountSchedule> schedules = new ArrayList<>();
        List<ScheduleDto> sl = Fields.list(d.discountSchedules());
        for (int i = 0; i < sl.size(); i++) {
            add(schedules, schedule(f, "$.discountSchedules[" + i + "]", sl.get(i)));
        }
        List<PriceIndex> indices = new ArrayList<>();
        List<IndexDto> il = Fields.list(d.priceIndices());
        for (int i = 0; i < il.size(); i++) {
            add(indices, index(f, "$.priceIndices[" + i + "]", il.get(i)));
        }
        WellbyValue wellby = d.wellby() == null ? null : wellby(f, "$.wellby", d.wellby());
        List<WageSeries> wages = new ArrayList<>();
        List<WageDto> wl = Fields.list(d.wageSeries());
        for (int i = 0; i < wl.size(); i++) {
            add(wages, wage(f, "$.wageSeries[" + i + "]", wl.get(i)));
        }
        List<ValueSeries> series = new ArrayList<>();
        List<ValueSeriesDto> vl = Fields.list(d.valueSeries());
        for (int i = 0; i < vl.size(); i++) {
            add(series, valueSeries(f, "$.valueSeries[" + i + "]", vl.get(i)));
        }
        unique(f, "$.discountSchedules", sl.stream().map(ScheduleDto::id).toList(), "discount schedule");
        unique(f, "$.priceIndices", il.stream().map(IndexDto::id).toList(), "price index");
        unique(f, "$.wageSeries", wl.stream().map(WageDto::id).toList(), "wage series");
        unique(f, "$.valueSeries", vl.stream().map(ValueSeriesDto::id).toList(), "value series");
        reading.throwIfProblems();
        return new ReferenceData(schedules, indices, Optional.ofNullable(wellby), wages, series);
    }

    private static <T> void add(List<T> list, T value) {
        if (value != null) {
            list.add(value);
        }
    }

    private static void unique(Fields f, String path, List<String> ids, String kind) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Integer at = id == null ? null : first.putIfAbsent(id, i);
            if (at != null) {
                f.problem(path + "[" + i + "].id", "duplicate " + kind + " id '" + id + "' (first at " + path + "[" + at + "])");
            }
        }
    }

    private static <T> T build(Fields f, String p, int before, Supplier<T> constructor) {
        if (f.reading().problemCount() != before) {
            return null;
        }
        try {
            return constructor.get();
        } catch (SvtomsException e) {
            f.problem(p, e.getMessage());
            return null;
        }
    }

    private static DiscountSchedule schedule(Fields f, String p, ScheduleDto d) {
        int before = f.reading().problemCount();
        String id = f.id(p + ".id", d.id());
        String name = f.text(p + ".name", d.name());
        Provenance provenance = d.provenance() == null ? null : Provenances.read(f, p + ".provenance", d.provenance());
        f.required(p + ".bands", d.bands());
        List<DiscountBand> bands = new ArrayList<>();
        List<BandDto> bl = Fields.list(d.bands());
        for (int j = 0; j < bl.size(); j++) {
            String bp = p + ".bands[" + j + "]";
            BandDto b = bl.get(j);
            int bandBefore = f.reading().problemCount();
            Integer from = f.atLeast(bp + ".from", f.required(bp + ".from", b.from()), 1);
            Integer to = f.atLeast(bp + ".to", b.to(), 1);
            BigDecimal rate = f.decimalIn(bp + ".rate", b.rate(), BigDecimal.ZERO, BigDecimal.ONE,
                    "a discount rate is a fraction in [0, 1)");
            DiscountBand band = build(f, bp, bandBefore, () -> new DiscountBand(from, Optional.ofNullable(to), rate));
            add(bands, band);
        }
        return build(f, p, before, () -> DiscountSchedule.of(id, name, bands, Optional.ofNullable(provenance)));
    }

    private static PriceIndex index(Fields f, String p, IndexDto d) {
        int before = f.reading().problemCount();
        String id = f.id(p + ".id", d.id());
        String name = f.text(p + ".name", d.name());
        String vintage = f.text(p + ".vintage", d.vintage());
        String release = f.optionalText(p + ".release", d.release());
        String base = f.optionalText(p + ".base", d.base());
        Provenance provenance = d.provenance() == null ? null : Provenances.read(f, p + ".provenance", d.provenance());
        Map<PriceYear, BigDecimal> values = Provenances.values(f, p + ".values", d.values());
        return build(f, p, before, () -> Provenances.priceIndex(id, name, vintage, release, base, provenance, values));
    }

    private static WellbyValue wellby(Fields f, String p, WellbyDto d) {
        int before = f.reading().problemCount();
        BigDecimal amount = f.decimal(p + ".amount", d.amount());
        BigDecimal low = f.decimal(p + ".low", d.low());
        BigDecimal high = f.decimal(p + ".high", d.high());
        Currency currency = f.currency(p + ".currency", d.currency());
        PriceYear year = Provenances.priceYear(f, p + ".priceYear", d.priceYear());
        Provenance provenance = Provenances.read(f, p + ".provenance", d.provenance());
        return build(f, p, before, () -> new WellbyValue(Money.of(amount, currency), Money.of(low, currency),
                Money.of(high, currency), year, provenance));
    }

    private static WageSeries wage(Fields f, String p, WageDto d) {
        int before = f.reading().problemCount();
        String id = f.id(p + ".id", d.id());
        String name = f.text(p + ".name", d.name());
        Currency currency = f.currency(p + ".currency", d.currency());
        String per = f.text(p + ".per", d.per());
        Provenance provenance = Provenances.read(f, p + ".provenance", d.provenance());
        Map<PriceYear, BigDecimal> values = Provenances.values(f, p + ".values", d.values());
        return build(f, p, before, () -> new WageSeries(id, name, currency, per, provenance, values));
    }

    /**
     * A value series: low, central and high by calendar year, each year a four-digit calendar year, the years
     * contiguous and low ≤ central ≤ high (the rules of {@link ValueSeries}, reported at the year they break).
     */
    private static ValueSeries valueSeries(Fields f, String p, ValueSeriesDto d) {
        int before = f.reading().problemCount();
        String id = f.id(p + ".id", d.id());
        String name = f.text(p + ".name", d.name());
        Currency currency = f.currency(p + ".currency", d.currency());
        String per = f.text(p + ".per", d.per());
        PriceYear year = Provenances.priceYear(f, p + ".priceYear", d.priceYear());
        Provenance provenance = Provenances.read(f, p + ".provenance", d.provenance());
        Map<Integer, BigDecimal> low = new LinkedHashMap<>();
        Map<Integer, BigDecimal> central = new LinkedHashMap<>();
        Map<Integer, BigDecimal> high = new LinkedHashMap<>();
        if (f.required(p + ".values", d.values()) != null) {
            if (d.values().isEmpty()) {
                f.problem(p + ".values", "a value series needs at least one year");
            }
            Integer previous = null;
            for (Map.Entry<String, EstimatesDto> e : d.values().entrySet()) {
                String yp = p + ".values." + e.getKey();
                Integer y = calendarYear(f, yp, e.getKey());
                if (y != null && previous != null && y != previous + 1) {
                    f.problem(yp, "year " + e.getKey() + " follows " + previous + ": the years of a value series are"
                            + " contiguous and in increasing order");
                }
                if (y != null) {
                    previous = y;
                }
                EstimatesDto v = e.getValue();
                BigDecimal lo = estimate(f, yp + ".low", v.low());
                BigDecimal mid = estimate(f, yp + ".central", v.central());
                BigDecimal hi = estimate(f, yp + ".high", v.high());
                if (lo != null && mid != null && lo.compareTo(mid) > 0) {
                    f.problem(yp + ".low", "low '" + v.low() + "' is above central '" + v.central() + "' for " + e.getKey()
                            + ": low ≤ central ≤ high");
                }
                if (hi != null && mid != null && hi.compareTo(mid) < 0) {
                    f.problem(yp + ".high", "high '" + v.high() + "' is below central '" + v.central() + "' for "
                            + e.getKey() + ": low ≤ central ≤ high");
                }
                if (y != null && lo != null && mid != null && hi != null) {
                    low.put(y, lo);
                    central.put(y, mid);
                    high.put(y, hi);
                }
            }
        }
        return build(f, p, before, () -> new ValueSeries(id, name, currency, per, year, provenance, central, low, high));
    }

    /** A calendar year key: four digits, 1..9999. */
    private static Integer calendarYear(Fields f, String p, String key) {
        if (!key.matches("[0-9]{4}") || "0000".equals(key)) {
            f.problem(p, "invalid year '" + key + "': a value series is keyed by calendar year, four digits such as \"2030\"");
            return null;
        }
        return Integer.valueOf(key);
    }

    private static BigDecimal estimate(Fields f, String p, String value) {
        BigDecimal v = f.decimal(p, value);
        if (v != null && v.signum() < 0) {
            f.problem(p, "invalid value '" + value + "': a value series value must not be negative");
            return null;
        }
        return v;
    }

    /**
     * Writes reference data in the canonical form.
     *
     * @param data the reference data
     * @return the JSON text, ending with a newline
     */
    public static String write(ReferenceData data) {
        return JsonOut.write("svtoms-reference/1", new ReferenceDocument(
                CatalogueWriter.each(data.discountSchedules(), s -> new ScheduleDto(s.id(), s.name(),
                        s.provenance().map(Provenances::dto).orElse(null), CatalogueWriter.each(s.bands(),
                        b -> new BandDto(b.from(), b.to().orElse(null), JsonOut.decimal(b.rate()))))),
                CatalogueWriter.each(data.priceIndices(), ReferenceCodec::index),
                data.wellby().map(v -> new WellbyDto(JsonOut.decimal(v.amount().amount()), JsonOut.decimal(v.low().amount()),
                        JsonOut.decimal(v.high().amount()), v.amount().currency().getCurrencyCode(), v.priceYear().toString(),
                        Provenances.dto(v.provenance()))).orElse(null),
                CatalogueWriter.each(data.wageSeries(), s -> new WageDto(s.id(), s.name(), s.currency().getCurrencyCode(),
                        s.per(), Provenances.dto(s.provenance()), Provenances.series(s.values()))),
                CatalogueWriter.each(data.valueSeries(), ReferenceCodec::valueSeries)));
    }

    private static ValueSeriesDto valueSeries(ValueSeries s) {
        Map<String, EstimatesDto> values = new LinkedHashMap<>();
        s.central().forEach((y, c) -> values.put(String.format(java.util.Locale.ROOT, "%04d", y),
                new EstimatesDto(JsonOut.decimal(s.low().get(y)), JsonOut.decimal(c), JsonOut.decimal(s.high().get(y)))));
        return new ValueSeriesDto(s.id(), s.name(), s.currency().getCurrencyCode(), s.per(), s.priceYear().toString(),
                Provenances.dto(s.provenance()), values);
    }

    /** @return a price index as written, in a reference file or inline in a valuation request */
    static IndexDto index(PriceIndex i) {
        return new IndexDto(i.id(), i.name(), i.vintage(), i.release().orElse(null), i.base().orElse(null),
                i.provenance().map(Provenances::dto).orElse(null), Provenances.series(i.values()));
    }
}
