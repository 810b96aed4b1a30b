package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ReferenceData;

import java.math.BigDecimal;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to value and how: the currency and price year of the report, the contract, the discounting, the
 * price index for rebasing proxies, the proxy table, the catalogue (measures, units, counting rules,
 * outcome and theme breakdowns), the commitment lines, and what a report of it is about ({@link ReportDetails}:
 * title, buyer, supplier, contract, date; none by default). Maps one to one onto the
 * {@code svtoms-valuation-request/1} format.
 *
 * <p>A request may have no lines, e.g. to prepare a {@link ValuationEngine} for streaming. To value
 * other lines under the same settings, {@link #withLines(Collection)} gives a copy with its lines
 * replaced; on a {@link Builder}, {@link Builder#lines(Collection)} replaces the lines while
 * {@link Builder#line(CommitmentLine)} and {@link Builder#addLines(Collection)} append.
 *
 * <p>Immutable and thread-safe (the lines are copied); value equality over all components.
 */
public final class ValuationRequest {
    private final Currency currency;
    private final PriceYear priceYear;
    private final Optional<Contract> contract;
    private final Discounting discounting;
    private final Optional<PriceIndex> priceIndex;
    private final Optional<ProxyTable> proxyTable;
    private final Catalogue catalogue;
    private final List<CommitmentLine> lines;
    private final ReportDetails details;
    private final Optional<LocalDate> contractStart;
    private final BigDecimal hoursPerFte;
    private final Optional<ReferenceData> reference;

    /**
     * Paid hours in a full-time year by the Living Wage Foundation's convention, 37.5 hours a week for 52 weeks:
     * the default of {@link #hoursPerFte()}.
     */
    public static final BigDecimal LIVING_WAGE_FOUNDATION_HOURS = new BigDecimal("1950");

    private ValuationRequest(Builder b) {
        this.currency = b.currency;
        this.priceYear = b.priceYear;
        this.contract = Optional.ofNullable(b.contract);
        this.discounting = b.discounting;
        this.priceIndex = Optional.ofNullable(b.priceIndex);
        this.proxyTable = Optional.ofNullable(b.proxyTable);
        this.catalogue = b.catalogue;
        this.lines = List.copyOf(b.lines);
        this.details = b.details;
        this.contractStart = Optional.ofNullable(b.contractStart);
        this.hoursPerFte = b.hoursPerFte;
        this.reference = Optional.ofNullable(b.reference);
    }

    /**
     * The date the contract starts, when given: contract year k then runs from this date plus k − 1 years, and
     * proxies that follow the years ({@link io.github.svtoms.proxies.YearlyBasis}) read the calendar and financial
     * years each benefit year covers. Without it, contract year 1 is taken to be the request's price year (from
     * 1 January of a calendar price year, from 1 April of a financial one), and each line's derivation says so.
     *
     * @return the start date, or empty
     */
    public Optional<LocalDate> contractStart() {
        return contractStart;
    }

    /**
     * Paid hours per full-time equivalent in a year, for proxies that follow a wage per hour
     * ({@link io.github.svtoms.proxies.YearlyBasis.WageGap}); by default {@link #LIVING_WAGE_FOUNDATION_HOURS}.
     *
     * @return the hours, &gt; 0
     */
    public BigDecimal hoursPerFte() {
        return hoursPerFte;
    }

    /**
     * The reference data the request's proxies that follow the years read their series from (value series, wage
     * series), when given. A line whose proxy needs a series the request does not have is rejected, naming it.
     *
     * @return the reference data, or empty
     */
    public Optional<ReferenceData> reference() {
        return reference;
    }

    /**
     * A builder. Defaults: no contract, {@link Discounting#greenBook()}, no price index, no proxy table,
     * no lines.
     *
     * @param currency the report's currency
     * @param priceYear the report's price year
     * @param catalogue the catalogue the lines' measures are in
     * @return the builder
     */
    public static Builder builder(Currency currency, PriceYear priceYear, Catalogue catalogue) {
        return new Builder(Checks.notNull(currency, "currency"), Checks.notNull(priceYear, "price year"),
                Checks.notNull(catalogue, "catalogue"));
    }

    /**
     * A builder holding this request's contents, lines included: {@link Builder#lines(Collection)} then
     * replaces the lines, {@link Builder#line(CommitmentLine)} and {@link Builder#addLines(Collection)}
     * append to them.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = builder(currency, priceYear, catalogue).discounting(discounting).lines(lines);
        contract.ifPresent(b::contract);
        priceIndex.ifPresent(b::priceIndex);
        proxyTable.ifPresent(b::proxyTable);
        b.details(details);
        contractStart.ifPresent(b::contractStart);
        b.hoursPerFte(hoursPerFte);
        reference.ifPresent(b::reference);
        return b;
    }

    /**
     * What a report of this valuation is about: title, buyer, supplier, contract and date, each optional.
     *
     * @return the details, {@link ReportDetails#NONE} when none were given
     */
    public ReportDetails details() {
        return details;
    }

    /** @return the currency of every figure */
    public Currency currency() {
        return currency;
    }

    /** @return the price year of every figure */
    public PriceYear priceYear() {
        return priceYear;
    }

    /** @return the contract, if given */
    public Optional<Contract> contract() {
        return contract;
    }

    /** @return the discounting */
    public Discounting discounting() {
        return discounting;
    }

    /** @return the price index for rebasing, if given */
    public Optional<PriceIndex> priceIndex() {
        return priceIndex;
    }

    /** @return the proxy table, if given */
    public Optional<ProxyTable> proxyTable() {
        return proxyTable;
    }

    /** @return the catalogue */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** @return the lines, in order, unmodifiable */
    public List<CommitmentLine> lines() {
        return lines;
    }

    /**
     * A copy of this request with other lines and every other setting the same:
     * {@code toBuilder().lines(values).build()}.
     *
     * @param values the new lines, in order (an empty collection gives a request with no lines)
     * @return the modified copy
     */
    public ValuationRequest withLines(Collection<CommitmentLine> values) {
        return toBuilder().lines(values).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValuationRequest r && currency.equals(r.currency) && priceYear.equals(r.priceYear)
                && contract.equals(r.contract) && discounting.equals(r.discounting) && priceIndex.equals(r.priceIndex)
                && proxyTable.equals(r.proxyTable) && catalogue.equals(r.catalogue) && lines.equals(r.lines)
                && details.equals(r.details) && contractStart.equals(r.contractStart)
                && hoursPerFte.equals(r.hoursPerFte) && reference.equals(r.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, priceYear, contract, discounting, priceIndex, proxyTable, lines);
    }

    @Override
    public String toString() {
        return "ValuationRequest[" + currency.getCurrencyCode() + ", " + priceYear + " prices, " + lines.size() + " lines]";
    }

    /**
     * Collects a request's parts. Not thread-safe; use one per thread.
     */
    public static final class Builder {
        private final Currency currency;
        private final PriceYear priceYear;
        private final Catalogue catalogue;
        private Contract contract;
        private Discounting discounting = Discounting.greenBook();
        private PriceIndex priceIndex;
        private ProxyTable proxyTable;
        private final List<CommitmentLine> lines = new ArrayList<>();
        private ReportDetails details = ReportDetails.NONE;
        private LocalDate contractStart;
        private BigDecimal hoursPerFte = LIVING_WAGE_FOUNDATION_HOURS;
        private ReferenceData reference;

        private Builder(Currency currency, PriceYear priceYear, Catalogue catalogue) {
            this.currency = currency;
            this.priceYear = priceYear;
            this.catalogue = catalogue;
        }

        /**
         * Sets the contract.
         *
         * @param value the contract, in the request's currency
         * @return this builder
         */
        public Builder contract(Contract value) {
            this.contract = Checks.notNull(value, "contract");
            return this;
        }

        /**
         * Sets the discounting.
         *
         * @param value the discounting
         * @return this builder
         */
        public Builder discounting(Discounting value) {
            this.discounting = Checks.notNull(value, "discounting");
            return this;
        }

        /**
         * Sets the price index used to rebase proxies to the request's price year.
         *
         * @param value the index
         * @return this builder
         */
        public Builder priceIndex(PriceIndex value) {
            this.priceIndex = Checks.notNull(value, "price index");
            return this;
        }

        /**
         * Sets the proxy table.
         *
         * @param value the table, in the request's currency
         * @return this builder
         */
        public Builder proxyTable(ProxyTable value) {
            this.proxyTable = Checks.notNull(value, "proxy table");
            return this;
        }

        /**
         * Sets what a report of the valuation is about (title, buyer, supplier, contract, date).
         *
         * @param value the details; {@link ReportDetails#NONE} for none
         * @return this builder
         */
        public Builder details(ReportDetails value) {
            this.details = Checks.notNull(value, "report details");
            return this;
        }

        /**
         * Sets the date the contract starts ({@link ValuationRequest#contractStart()}).
         *
         * @param value the date
         * @return this builder
         */
        public Builder contractStart(LocalDate value) {
            this.contractStart = Checks.notNull(value, "contract start");
            return this;
        }

        /**
         * Sets the paid hours per full-time equivalent in a year ({@link ValuationRequest#hoursPerFte()}).
         *
         * @param value the hours, &gt; 0 and at most 8,784 (the hours of a leap year)
         * @return this builder
         * @throws io.github.svtoms.core.InvalidValueException when the hours are not in (0, 8784]
         */
        public Builder hoursPerFte(BigDecimal value) {
            BigDecimal v = io.github.svtoms.core.internal.Checks.decimal(value, "hours per FTE");
            if (v.signum() <= 0 || v.compareTo(new BigDecimal("8784")) > 0) {
                throw new InvalidValueException("hours per FTE " + v.toPlainString()
                        + " must be greater than 0 and at most 8784 (the hours in a leap year)");
            }
            this.hoursPerFte = v;
            return this;
        }

        /**
         * Sets the reference data that proxies following the years read their series from.
         *
         * @param value the reference data
         * @return this builder
         */
        public Builder reference(ReferenceData value) {
            this.reference = Checks.notNull(value, "reference data");
            return this;
        }

        /**
         * Appends a line after those already held.
         *
         * @param value the line
         * @return this builder
         */
        public Builder line(CommitmentLine value) {
            lines.add(Checks.notNull(value, "line"));
            return this;
        }

        /**
         * Appends lines, in order, after those already held.
         *
         * @param values the lines
         * @return this builder
         */
        public Builder addLines(Collection<CommitmentLine> values) {
            lines.addAll(checked(values));
            return this;
        }

        /**
         * Replaces the lines held so far (including those copied by {@link ValuationRequest#toBuilder()})
         * with these, in order.
         *
         * @param values the lines
         * @return this builder
         */
        public Builder lines(Collection<CommitmentLine> values) {
            List<CommitmentLine> copy = checked(values);
            lines.clear();
            lines.addAll(copy);
            return this;
        }

        /** The lines in order, each checked, so that a null line leaves the builder as it was. */
        private static List<CommitmentLine> checked(Collection<CommitmentLine> values) {
            List<CommitmentLine> copy = new ArrayList<>(Checks.notNull(values, "lines").size());
            for (CommitmentLine l : values) {
                copy.add(Checks.notNull(l, "line"));
            }
            return copy;
        }

        /**
         * Validates and builds. Line-level rules (known measure, counting rules, horizon, unique ids) are
         * checked when the request is valued.
         *
         * @return the request
         * @throws InvalidValueException when the contract or the proxy table is in another currency
         */
        public ValuationRequest build() {
            if (contract != null && !contract.value().currency().equals(currency)) {
                throw new InvalidValueException("contract value " + contract.value() + " is not in the request's currency "
                        + currency.getCurrencyCode() + " (svtoms never converts currencies)");
            }
            if (proxyTable != null && !proxyTable.currency().equals(currency)) {
                throw new InvalidValueException("proxy table '" + proxyTable.id() + "' is in "
                        + proxyTable.currency().getCurrencyCode() + " but the request is in " + currency.getCurrencyCode()
                        + " (svtoms never converts currencies)");
            }
            return new ValuationRequest(this);
        }
    }
}
