package io.github.svtoms.catalog.json;

import java.util.List;
import java.util.Map;

/**
 * The package-private DTO records of {@code svtoms-proxies/1} and {@code svtoms-reference/1}, exactly as
 * the files hold them; absent members are {@code null}. Maps keep file order (Jackson reads objects into
 * a {@code LinkedHashMap}).
 *
 * <p>Immutable records, never exposed.
 */
final class ProxyDtos {
    private ProxyDtos() {
    }

    record ProxiesDocument(String id, String name, String edition, String currency, List<EntryDto> entries) {
        static final ProxiesDocument EMPTY = new ProxiesDocument(null, null, null, null, null);
    }

    record EntryDto(String measure, String amount, String priceYear, String valueType, String defaultDeadweight,
                    ProvenanceDto provenance, String notes, YearlyDto yearly, RangeDto range) {
    }

    /** A yearly basis: either {@code series} and {@code factor}, or {@code livingWageGap}. */
    record YearlyDto(String series, String factor, WageGapDto livingWageGap) {
    }

    record WageGapDto(String living, String livingLondon, String floor) {
    }

    record RangeDto(String low, String high) {
    }

    record ProvenanceDto(String source, String publisher, String edition, String url, String licence, String evidence,
                         String reference, String readIn) {
    }

    record ReferenceDocument(List<ScheduleDto> discountSchedules, List<IndexDto> priceIndices, WellbyDto wellby,
                             List<WageDto> wageSeries, List<ValueSeriesDto> valueSeries) {
        static final ReferenceDocument EMPTY = new ReferenceDocument(null, null, null, null, null);
    }

    record ScheduleDto(String id, String name, ProvenanceDto provenance, List<BandDto> bands) {
    }

    record BandDto(Integer from, Integer to, String rate) {
    }

    record IndexDto(String id, String name, String vintage, String release, String base, ProvenanceDto provenance,
                    Map<String, String> values) {
    }

    record WellbyDto(String amount, String low, String high, String currency, String priceYear,
                     ProvenanceDto provenance) {
    }

    record WageDto(String id, String name, String currency, String per, ProvenanceDto provenance,
                   Map<String, String> values) {
    }

    record ValueSeriesDto(String id, String name, String currency, String per, String priceYear, ProvenanceDto provenance,
                          Map<String, EstimatesDto> values) {
    }

    /** The low, central and high value of one year of a value series. */
    record EstimatesDto(String low, String central, String high) {
    }
}
