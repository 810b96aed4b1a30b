package io.github.svtoms.proxies;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A price index such as the HM Treasury GDP deflator, used to rebase values between price years:
 * {@code v_to = v_from × D[to] / D[from]}. Calendar and financial years may both be present; one
 * index is one vintage (never mix vintages in one rebasing).
 *
 * <p>A year that is not in the index is an error ({@link MissingPriceYearException}), never a silent 1.0.
 * Ratios are computed in {@link MathContext#DECIMAL128}.
 *
 * <p>Immutable and thread-safe; value equality over every field and the values in order.
 */
public final class PriceIndex {
    private final String id;
    private final String name;
    private final String vintage;
    private final Optional<String> release;
    private final Optional<String> base;
    private final Optional<Provenance> provenance;
    private final Map<PriceYear, BigDecimal> values;

    private PriceIndex(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.vintage = b.vintage;
        this.release = Optional.ofNullable(b.release);
        this.base = Optional.ofNullable(b.base);
        this.provenance = Optional.ofNullable(b.provenance);
        Map<PriceYear, BigDecimal> m = new LinkedHashMap<>();
        b.values.forEach(e -> m.put(e.getKey(), e.getValue()));
        this.values = Collections.unmodifiableMap(m);
    }

    /**
     * A builder for an index.
     *
     * @param id the index id, following the id rule (e.g. {@code hmt-gdp-deflator})
     * @param name a readable name
     * @param vintage the release it was read from, e.g. {@code 2024-10}
     * @return the builder
     * @throws InvalidValueException when the id breaks the id rule or a part is blank
     */
    public static Builder builder(String id, String name, String vintage) {
        return new Builder(IdRule.check(id, "price index id"), Checks.notBlank(name, "price index name"),
                Checks.notBlank(vintage, "price index vintage"));
    }

    /** @return the index id */
    public String id() {
        return id;
    }

    /** @return the readable name */
    public String name() {
        return name;
    }

    /** @return the vintage */
    public String vintage() {
        return vintage;
    }

    /** @return the release it comes from, if given */
    public Optional<String> release() {
        return release;
    }

    /** @return the base, e.g. {@code 2023-24 = 100}, if given */
    public Optional<String> base() {
        return base;
    }

    /** @return where the series comes from, if given */
    public Optional<Provenance> provenance() {
        return provenance;
    }

    /** @return the values by price year, in declaration order, unmodifiable */
    public Map<PriceYear, BigDecimal> values() {
        return values;
    }

    /**
     * The index value for a year.
     *
     * @param year the price year
     * @return D[year]
     * @throws MissingPriceYearException when the index has no value for it
     */
    public BigDecimal value(PriceYear year) {
        BigDecimal v = values.get(Checks.notNull(year, "price year"));
        if (v == null) {
            throw new MissingPriceYearException(year, id);
        }
        return v;
    }

    /**
     * Whether the index has a value for a year.
     *
     * @param year the price year
     * @return {@code true} when {@link #value(PriceYear)} would succeed
     */
    public boolean contains(PriceYear year) {
        return values.containsKey(Checks.notNull(year, "price year"));
    }

    /**
     * The rebasing ratio {@code D[to] / D[from]} in {@link MathContext#DECIMAL128}.
     *
     * @param from the source price year
     * @param to the target price year
     * @return the ratio
     * @throws MissingPriceYearException when either year is missing
     */
    public BigDecimal ratio(PriceYear from, PriceYear to) {
        return value(to).divide(value(from), MathContext.DECIMAL128);
    }

    /**
     * Rebases an amount: {@code v × (D[to] / D[from])}, the ratio and the product in
     * {@link MathContext#DECIMAL128}. When {@code from} equals {@code to} the amount is returned
     * unchanged (no index value is needed).
     *
     * @param amount the amount in {@code from} prices
     * @param from its price year
     * @param to the target price year
     * @return the amount in {@code to} prices, unrounded
     * @throws MissingPriceYearException when either year is missing (and they differ)
     */
    public Money rebase(Money amount, PriceYear from, PriceYear to) {
        Checks.notNull(amount, "amount");
        if (Checks.notNull(from, "from").equals(Checks.notNull(to, "to"))) {
            return amount;
        }
        return amount.multipliedBy(ratio(from, to), MathContext.DECIMAL128);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriceIndex p && id.equals(p.id) && name.equals(p.name) && vintage.equals(p.vintage)
                && release.equals(p.release) && base.equals(p.base) && provenance.equals(p.provenance)
                && List.copyOf(values.entrySet()).equals(List.copyOf(p.values.entrySet()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, vintage, release, base, provenance, values);
    }

    @Override
    public String toString() {
        return "PriceIndex[" + id + " " + vintage + ", " + values.size() + " years]";
    }

    /**
     * Collects an index's values in declaration order. Not thread-safe; use one per thread.
     */
    public static final class Builder {
        private final String id;
        private final String name;
        private final String vintage;
        private String release;
        private String base;
        private Provenance provenance;
        private final List<Map.Entry<PriceYear, BigDecimal>> values = new ArrayList<>();

        private Builder(String id, String name, String vintage) {
            this.id = id;
            this.name = name;
            this.vintage = vintage;
        }

        /**
         * Sets the release the values come from.
         *
         * @param value e.g. {@code HMT Budget 30 Oct 2024}
         * @return this builder
         */
        public Builder release(String value) {
            this.release = Checks.notBlank(value, "price index release");
            return this;
        }

        /**
         * Sets the base description.
         *
         * @param value e.g. {@code 2023-24 = 100}
         * @return this builder
         */
        public Builder base(String value) {
            this.base = Checks.notBlank(value, "price index base");
            return this;
        }

        /**
         * Sets the provenance.
         *
         * @param value where the series comes from
         * @return this builder
         */
        public Builder provenance(Provenance value) {
            this.provenance = Checks.notNull(value, "price index provenance");
            return this;
        }

        /**
         * Adds the value for a year.
         *
         * @param year the price year
         * @param value the index value, &gt; 0
         * @return this builder
         */
        public Builder put(PriceYear year, BigDecimal value) {
            values.add(Map.entry(Checks.notNull(year, "price year"), Checks.notNull(value, "index value for " + year)));
            return this;
        }

        /**
         * Validates and builds the index.
         *
         * @return the index
         * @throws InvalidValueException listing every duplicate year and every value ≤ 0, or when there are no values
         */
        public PriceIndex build() {
            List<String> problems = new ArrayList<>();
            if (values.isEmpty()) {
                problems.add("it has no values");
            }
            Map<PriceYear, Boolean> seen = new LinkedHashMap<>();
            for (var e : values) {
                if (seen.put(e.getKey(), Boolean.TRUE) != null) {
                    problems.add("duplicate year " + e.getKey());
                }
                if (e.getValue().signum() <= 0) {
                    problems.add("value " + e.getValue().toPlainString() + " for " + e.getKey() + " must be greater than 0");
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidValueException("price index '" + id + "' is invalid: " + String.join("; ", problems));
            }
            return new PriceIndex(this);
        }
    }
}
