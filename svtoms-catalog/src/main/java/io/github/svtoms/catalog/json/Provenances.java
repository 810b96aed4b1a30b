package io.github.svtoms.catalog.json;

import io.github.svtoms.catalog.json.ProxyDtos.ProvenanceDto;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.proxies.EvidenceGrade;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reading and writing of the parts shared by the proxy and reference formats: provenance, price years
 * and year-keyed value series. Stateless.
 */
final class Provenances {
    private Provenances() {
    }

    static Provenance read(Fields f, String p, ProvenanceDto d) {
        if (f.required(p, d) == null) {
            return null;
        }
        int before = f.reading().problemCount();
        String source = f.text(p + ".source", d.source());
        String publisher = f.text(p + ".publisher", d.publisher());
        String edition = f.text(p + ".edition", d.edition());
        String url = f.optionalText(p + ".url", d.url());
        String licence = f.text(p + ".licence", d.licence());
        EvidenceGrade evidence = f.oneOf(p + ".evidence", d.evidence(), EvidenceGrade::fromId);
        String reference = f.optionalText(p + ".reference", d.reference());
        String readIn = f.optionalText(p + ".readIn", d.readIn());
        if (f.reading().problemCount() != before) {
            return null;
        }
        try {
            return new Provenance(source, publisher, edition, Optional.ofNullable(url), licence, evidence,
                    Optional.ofNullable(reference), Optional.ofNullable(readIn));
        } catch (SvtomsException e) {
            f.problem(p, e.getMessage());
            return null;
        }
    }

    /** @return the provenance as written */
    static ProvenanceDto dto(Provenance p) {
        return new ProvenanceDto(p.source(), p.publisher(), p.edition(), p.url().orElse(null), p.licence(),
                p.evidence().id(), p.reference().orElse(null), p.readIn().orElse(null));
    }

    static PriceYear priceYear(Fields f, String p, String value) {
        String text = f.priceYear(p, value);
        if (text == null) {
            return null;
        }
        try {
            return PriceYear.parse(text);
        } catch (SvtomsException e) {
            f.problem(p, e.getMessage());
            return null;
        }
    }

    /** A year-keyed series of positive decimals, in file order; null when it had a problem. */
    static Map<PriceYear, BigDecimal> values(Fields f, String p, Map<String, String> values) {
        if (f.required(p, values) == null) {
            return null;
        }
        if (values.isEmpty()) {
            f.problem(p, "a series needs at least one value");
        }
        int before = f.reading().problemCount();
        Map<PriceYear, BigDecimal> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String path = p + "." + e.getKey();
            PriceYear year = priceYear(f, path, e.getKey());
            BigDecimal v = f.decimal(path, e.getValue());
            if (v != null && v.signum() <= 0) {
                f.problem(path, "invalid value '" + e.getValue() + "' for " + e.getKey() + ": must be greater than 0");
            } else if (year != null && v != null && out.put(year, v) != null) {
                f.problem(path, "duplicate price year '" + e.getKey() + "'");
            }
        }
        return f.reading().problemCount() == before ? out : null;
    }

    /** @return a year-keyed series as written: year text to decimal text, in the series' order */
    static Map<String, String> series(Map<PriceYear, BigDecimal> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((y, v) -> out.put(y.toString(), JsonOut.decimal(v)));
        return out;
    }

    /**
     * Builds a price index from decoded parts (the optional ones may be null); the same for a reference file
     * and for an index given inline in a valuation request.
     */
    static PriceIndex priceIndex(String id, String name, String vintage, @javax.annotation.Nullable String release,
                                 @javax.annotation.Nullable String base, @javax.annotation.Nullable Provenance provenance,
                                 Map<PriceYear, BigDecimal> values) {
        PriceIndex.Builder b = PriceIndex.builder(id, name, vintage);
        if (release != null) {
            b.release(release);
        }
        if (base != null) {
            b.base(base);
        }
        if (provenance != null) {
            b.provenance(provenance);
        }
        values.forEach(b::put);
        return b.build();
    }
}
