package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.json.ProxyDtos.EntryDto;
import io.github.svtoms.catalog.json.ProxyDtos.ProxiesDocument;
import io.github.svtoms.catalog.json.ProxyDtos.RangeDto;
import io.github.svtoms.catalog.json.ProxyDtos.WageGapDto;
import io.github.svtoms.catalog.json.ProxyDtos.YearlyDto;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.YearlyBasis;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Internal codec of {@code svtoms-proxies/1}: strict reading into a {@link ProxyTable}, canonical writing.
 * Not exported.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProxyCodec {
    private ProxyCodec() {
    }

    /**
     * Reads a proxy table.
     *
     * @param in the bytes, not closed here
     * @param file the file name for messages
     * @return the table
     * @throws CatalogueFormatException listing every problem
     */
    public static ProxyTable read(InputStream in, String file) {
        Reading reading = new Reading(file);
        ProxiesDocument d = reading.bind(in, "proxies", ProxiesDocument.class, ProxiesDocument.EMPTY);
        Fields f = new Fields(reading);
        String id = f.id("$.id", d.id());
        String name = f.text("$.name", d.name());
        String edition = f.text("$.edition", d.edition());
        Currency currency = f.currency("$.currency", d.currency());
        f.required("$.entries", d.entries());
        List<Map.Entry<MeasureId, ProxyValue>> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<EntryDto> list = Fields.list(d.entries());
        for (int i = 0; i < list.size(); i++) {
            String p = "$.entries[" + i + "]";
            EntryDto e = list.get(i);
            String measure = f.id(p + ".measure", e.measure());
            if (measure != null) {
                Integer first = seen.putIfAbsent(measure, i);
                if (first != null) {
                    f.problem(p + ".measure", "duplicate entry for measure '" + measure + "' (first at $.entries[" + first
                            + "]): one entry per measure");
                }
            }
            ProxyValue value = entry(f, p, e, currency);
            if (measure != null && value != null) {
                entries.add(Map.entry(MeasureId.of(measure), value));
            }
        }
        reading.throwIfProblems();
        try {
            ProxyTable.Builder b = ProxyTable.builder(id, name, edition, currency);
            entries.forEach(e -> b.put(e.getKey(), e.getValue()));
            return b.build();
        } catch (SvtomsException e) {
            reading.problem("$", e.getMessage());
            reading.throwIfProblems();
            throw e;
        }
    }

    private static ProxyValue entry(Fields f, String p, EntryDto e, Currency currency) {
        int before = f.reading().problemCount();
        BigDecimal amount = f.decimal(p + ".amount", e.amount());
        if (amount != null && amount.signum() < 0) {
            f.problem(p + ".amount", "invalid amount '" + e.amount() + "': a proxy value must not be negative");
        }
        PriceYear year = Provenances.priceYear(f, p + ".priceYear", e.priceYear());
        ValueType type = f.oneOf(p + ".valueType", e.valueType(), ValueType::fromId);
        BigDecimal deadweight = e.defaultDeadweight() == null ? null
                : f.decimalIn(p + ".defaultDeadweight", e.defaultDeadweight(), BigDecimal.ZERO, BigDecimal.ONE,
                "a deadweight is a fraction between 0 and 1");
        Provenance provenance = Provenances.read(f, p + ".provenance", e.provenance());
        String notes = f.optionalText(p + ".notes", e.notes());
        YearlyBasis yearly = e.yearly() == null ? null : yearly(f, p + ".yearly", e.yearly());
        BigDecimal low = e.range() == null ? null : rangeEnd(f, p + ".range.low", e.range().low());
        BigDecimal high = e.range() == null ? null : rangeEnd(f, p + ".range.high", e.range().high());
        if (f.reading().problemCount() != before || currency == null) {
            return null;
        }
        try {
            return new ProxyValue(Money.of(amount, currency), year, type, Optional.ofNullable(deadweight), provenance,
                    Optional.ofNullable(notes), Optional.ofNullable(yearly), e.range() == null ? Optional.empty()
                    : Optional.of(new ProxyValue.Range(Money.of(low, currency), Money.of(high, currency))));
        } catch (SvtomsException x) {
            f.problem(e.range() != null && x.getMessage().startsWith("proxy range") ? p + ".range" : p, x.getMessage());
            return null;
        }
    }

    private static BigDecimal rangeEnd(Fields f, String p, String value) {
        BigDecimal v = f.decimal(p, value);
        if (v != null && v.signum() < 0) {
            f.problem(p, "invalid amount '" + value + "': the end of a proxy's range must not be negative");
            return null;
        }
        return v;
    }

    /**
     * A yearly basis: {@code {"series": id, "factor": decimal}} or {@code {"livingWageGap": {"living": id,
     * "livingLondon": id, "floor": id}}}, exactly one of the two. The series are looked up when a request is valued
     * (against its reference data), not here.
     */
    static YearlyBasis yearly(Fields f, String p, YearlyDto d) {
        int before = f.reading().problemCount();
        boolean series = d.series() != null || d.factor() != null;
        if (series && d.livingWageGap() != null) {
            f.problem(p + ".livingWageGap", "give either 'series' and 'factor' or 'livingWageGap', not both");
            return null;
        }
        if (!series && d.livingWageGap() == null) {
            f.problem(p, "a yearly basis needs either 'series' and 'factor' or 'livingWageGap'");
            return null;
        }
        if (series) {
            String id = f.id(p + ".series", d.series(), "value series id");
            BigDecimal factor = f.decimal(p + ".factor", d.factor());
            if (factor != null && factor.signum() <= 0) {
                f.problem(p + ".factor", "invalid factor '" + d.factor() + "': units of the series per unit of the measure"
                        + " must be greater than 0");
            }
            return f.reading().problemCount() != before ? null : new YearlyBasis.Series(id, factor);
        }
        WageGapDto g = d.livingWageGap();
        String living = f.id(p + ".livingWageGap.living", g.living(), "wage series id");
        String london = f.id(p + ".livingWageGap.livingLondon", g.livingLondon(), "wage series id");
        String floor = f.id(p + ".livingWageGap.floor", g.floor(), "wage series id");
        return f.reading().problemCount() != before ? null : new YearlyBasis.WageGap(living, london, floor);
    }

    /** @return the yearly basis as written */
    static YearlyDto yearly(YearlyBasis b) {
        if (b instanceof YearlyBasis.Series s) {
            return new YearlyDto(s.series(), JsonOut.decimal(s.factor()), null);
        }
        YearlyBasis.WageGap g = (YearlyBasis.WageGap) b;
        return new YearlyDto(null, null, new WageGapDto(g.living(), g.livingLondon(), g.floor()));
    }

    /**
     * Writes a proxy table in the canonical form.
     *
     * @param table the table
     * @return the JSON text, ending with a newline
     */
    public static String write(ProxyTable table) {
        List<EntryDto> entries = new ArrayList<>();
        table.entries().forEach((measure, v) -> entries.add(new EntryDto(measure.value(), JsonOut.decimal(v.amount().amount()),
                v.priceYear().toString(), v.valueType().id(), JsonOut.decimal(v.defaultDeadweight()),
                Provenances.dto(v.provenance()), v.notes().orElse(null), v.yearly().map(ProxyCodec::yearly).orElse(null),
                v.range().map(r -> new RangeDto(JsonOut.decimal(r.low().amount()), JsonOut.decimal(r.high().amount())))
                        .orElse(null))));
        return JsonOut.write("svtoms-proxies/1", new ProxiesDocument(table.id(), table.name(), table.edition(),
                table.currency().getCurrencyCode(), entries));
    }
}
