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
 * <p><b>One basis per rebasing.</b> A series that holds both kinds of year has two bases (the HM Treasury
 * deflator has 2023 = 100 for calendar years and 2023-24 = 100 for financial years), so a ratio of a calendar
 * value to a financial one would be off by the gap between the bases (about 1 %). Between two years of the same
 * kind the ratio uses that kind's values. Between a calendar and a financial year the calendar year's value is
 * derived from the financial-year series by the quarter method — calendar year Y runs January to December, its
 * first quarter in financial year (Y−1)-Y and its last three in Y-(Y+1), so
 * {@code D*[Y] = ¼ × D[(Y−1)-Y] + ¾ × D[Y-(Y+1)]} — and the series' own calendar value is not used. When either
 * financial year is missing the rebasing is refused ({@link MissingPriceYearException}). {@link #rebasing}
 * returns the values used and the method, for a derivation to state.
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
        return rebasing(from, to).ratio();
    }

    /** The quarter weights of the quarter method: ¼ and ¾. */
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal THREE_QUARTERS = new BigDecimal("0.75");

    /**
     * How an amount is rebased from one price year to another: the two index values on one basis, the ratio
     * {@code toValue / fromValue} in {@link MathContext#DECIMAL128}, and the method (see the class
     * documentation). Between a calendar and a financial year, the calendar year's value is
     * {@code ¼ × D[(Y−1)-Y] + ¾ × D[Y-(Y+1)]} from the financial-year series (exact: no rounding).
     *
     * @param from the source price year
     * @param to the target price year
     * @return the rebasing
     * @throws MissingPriceYearException when a year needed is missing (for a calendar year rebased to or from a
     *         financial year: both financial years it overlaps)
     */
    public Rebasing rebasing(PriceYear from, PriceYear to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        if (from.isFinancial() == to.isFinancial()) {
            BigDecimal f = value(from);
            BigDecimal t = value(to);
            return new Rebasing(from, to, f, t, t.divide(f, MathContext.DECIMAL128), Rebasing.SAME_BASIS, "");
        }
        String[] how = new String[1];
        BigDecimal f = onFinancialBasis(from, how);
        String fromHow = how[0];
        BigDecimal t = onFinancialBasis(to, how);
        String toHow = how[0];
        String explanation = (fromHow.isEmpty() ? toHow : fromHow);
        return new Rebasing(from, to, f, t, t.divide(f, MathContext.DECIMAL128), Rebasing.QUARTER_METHOD, explanation);
    }

    /** A year's value on the financial-year basis: its own value for a financial year, the quarter method for a calendar one. */
    private BigDecimal onFinancialBasis(PriceYear year, String[] how) {
        if (year.isFinancial()) {
            how[0] = "";
            return value(year);
        }
        int y = year.startYear();
        PriceYear before = PriceYear.ofFinancial(y - 1);
        PriceYear after = PriceYear.ofFinancial(y);
        String why = "to put calendar year " + year + " on the financial-year basis (¼ × " + before + " + ¾ × " + after
                + "), because a calendar value is on another base";
        BigDecimal a = financialValue(before, why);
        BigDecimal b = financialValue(after, why);
        BigDecimal v = QUARTER.multiply(a).add(THREE_QUARTERS.multiply(b));
        how[0] = "D*[" + year + "] = ¼ × D[" + before + "] + ¾ × D[" + after + "] = ¼ × " + a.toPlainString() + " + ¾ × "
                + b.toPlainString() + " = " + v.stripTrailingZeros().toPlainString()
                + " (calendar year " + year + " on the financial-year basis: its January–March lie in " + before + ")";
        return v;
    }

    private BigDecimal financialValue(PriceYear year, String why) {
        BigDecimal v = values.get(year);
        if (v == null) {
            throw new MissingPriceYearException(year, id, why);
        }
        return v;
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
     * A rebasing from one price year to another, as {@link #rebasing} computes it.
     *
     * @param from the source price year
     * @param to the target price year
     * @param fromValue the source year's index value on the basis used
     * @param toValue the target year's index value on the basis used
     * @param ratio {@code toValue / fromValue} in {@link MathContext#DECIMAL128}
     * @param method {@link #SAME_BASIS} or {@link #QUARTER_METHOD}
     * @param explanation for the quarter method, how the calendar year's value was derived; empty otherwise
     */
    public record Rebasing(PriceYear from, PriceYear to, BigDecimal fromValue, BigDecimal toValue, BigDecimal ratio,
                           String method, String explanation) {
        /** Both years of one kind: the series' own values for that kind. */
        public static final String SAME_BASIS = "same-basis";
        /** A calendar and a financial year: the calendar value derived from the financial-year series. */
        public static final String QUARTER_METHOD = "quarter-method";

        /**
         * Checks the parts.
         *
         * @throws InvalidValueException when a part is missing
         */
        public Rebasing {
            Checks.notNull(from, "from");
            Checks.notNull(to, "to");
            Checks.notNull(fromValue, "fromValue");
            Checks.notNull(toValue, "toValue");
            Checks.notNull(ratio, "ratio");
            Checks.notNull(method, "method");
            Checks.notNull(explanation, "explanation");
        }
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
