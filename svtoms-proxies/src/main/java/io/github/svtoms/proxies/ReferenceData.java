package io.github.svtoms.proxies;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The reference series a valuation may draw on: discount schedules, price indices, the WELLBY value and
 * wage series, each found by id.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param discountSchedules the schedules, ids unique
 * @param priceIndices the indices, ids unique
 * @param wellby the WELLBY value, if any
 * @param wageSeries the wage series, ids unique
 * @param valueSeries the value series (e.g. carbon values by year), ids unique
 */
public record ReferenceData(List<DiscountSchedule> discountSchedules, List<PriceIndex> priceIndices,
                            Optional<WellbyValue> wellby, List<WageSeries> wageSeries, List<ValueSeries> valueSeries) {
    /**
     * Validates and copies the lists.
     *
     * @param discountSchedules ids unique
     * @param priceIndices ids unique
     * @param wellby the WELLBY value or empty
     * @param wageSeries ids unique
     * @param valueSeries ids unique
     * @throws InvalidValueException when an id repeats within a list
     */
    public ReferenceData {
        discountSchedules = unique(discountSchedules, DiscountSchedule::id, "discount schedule");
        priceIndices = unique(priceIndices, PriceIndex::id, "price index");
        Checks.notNull(wellby, "WELLBY value");
        wageSeries = unique(wageSeries, WageSeries::id, "wage series");
        valueSeries = unique(valueSeries, ValueSeries::id, "value series");
    }

    /**
     * Reference data without value series.
     *
     * @param discountSchedules ids unique
     * @param priceIndices ids unique
     * @param wellby the WELLBY value or empty
     * @param wageSeries ids unique
     */
    public ReferenceData(List<DiscountSchedule> discountSchedules, List<PriceIndex> priceIndices,
                         Optional<WellbyValue> wellby, List<WageSeries> wageSeries) {
        this(discountSchedules, priceIndices, wellby, wageSeries, List.of());
    }

    /**
     * The value series with this id.
     *
     * @param id the id
     * @return the series, or empty
     */
    public Optional<ValueSeries> valueSeries(String id) {
        Checks.notNull(id, "value series id");
        return valueSeries.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    private static <T> List<T> unique(List<T> values, Function<T, String> id, String kind) {
        List<T> copy = List.copyOf(Checks.notNull(values, kind + " list"));
        Set<String> seen = new HashSet<>();
        for (T v : copy) {
            if (!seen.add(id.apply(v))) {
                throw new InvalidValueException("duplicate " + kind + " id '" + id.apply(v) + "' in reference data");
            }
        }
        return copy;
    }

    /**
     * The discount schedule with this id.
     *
     * @param id the id
     * @return the schedule, or empty
     */
    public Optional<DiscountSchedule> discountSchedule(String id) {
        Checks.notNull(id, "discount schedule id");
        return discountSchedules.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * The price index with this id.
     *
     * @param id the id
     * @return the index, or empty
     */
    public Optional<PriceIndex> priceIndex(String id) {
        Checks.notNull(id, "price index id");
        return priceIndices.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The wage series with this id.
     *
     * @param id the id
     * @return the series, or empty
     */
    public Optional<WageSeries> wageSeries(String id) {
        Checks.notNull(id, "wage series id");
        return wageSeries.stream().filter(w -> w.id().equals(id)).findFirst();
    }
}
