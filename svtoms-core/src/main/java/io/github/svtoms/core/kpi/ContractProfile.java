package io.github.svtoms.core.kpi;

import io.github.svtoms.core.Limits;
import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.PriorityGroupId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.law.VatBasis;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a buyer tells the {@link KpiSelector} about a contract: its value and duration, what is bought
 * (category and sector tags), who buys, the framework to select from, the chosen priorities, the
 * priority groups in order of preference, an optional cap on the number of KPIs and the factors that
 * turn a target into minimum and stretch levels.
 *
 * <p>Maps one-to-one onto the {@value #FORMAT} request: {@code framework}, {@code contract.value} and
 * {@code contract.currency} ({@link #value()}), {@code contract.years}, {@code contract.category},
 * {@code contract.sectors}, {@code contract.buyer}, {@code priorities}, {@code priorityGroups},
 * {@code maxKpis}, and the level factors; and, for the rules of the Procurement Act 2023 era,
 * {@code contract.valueIncludesVat} ({@link #valueBasis()}), the value on the other VAT basis where both are
 * known, the top-level {@code commencement} date (which picks the edition of a framework family such as
 * {@code uk-svm}), a declared exemption from the s.52 KPI duty and the buyer's own KPIs that are not social
 * value KPIs (which count towards that duty).
 *
 * <p>Immutable and thread-safe; value equality over all components (the factors compare with
 * {@link BigDecimal#equals}, so {@code 0.8} and {@code 0.80} differ). Build with {@link #builder()}.
 *
 * @param framework the framework to select from: a priority framework, or a measure-owning one whose
 *                  themes act as priorities
 * @param value the contract's total value: at least one minor unit of its currency, in whole minor units
 *        ({@link Limits#statedMoney})
 * @param years the contract's duration in whole years, from 1 to {@link Limits#MAX_CONTRACT_YEARS}
 * @param category what the contract buys
 * @param sectors sector tags (e.g. {@code care}, {@code facilities-management}), in order, no duplicates
 * @param buyer the kind of buyer
 * @param priorities the chosen priorities (theme ids for a measure-owning framework) in order of
 *                   preference, no duplicates; empty means every priority of the framework in its order
 * @param priorityGroups the requested priority groups in order of preference, no duplicates
 * @param maxKpis the most KPIs wanted, at least 1; empty for the default cap by contract value
 * @param minimumFactor the minimum level as a share of the target, between 0 and 1 (default 0.8)
 * @param stretchFactor the stretch level as a multiple of the target, at least 1 (default 1.5)
 * @param valueBasis whether {@code value} includes VAT; empty when not stated (then a VAT-inclusive threshold
 *                   is decided only where the VAT cannot change the answer)
 * @param valueOnOtherBasis the value on the other VAT basis, if known (only with a {@code valueBasis})
 * @param commencement the date the procurement commenced, if given; required when {@code framework} is a
 *                     family of dated editions
 * @param kpiExemption an exemption from the s.52 KPI duty the buyer declares, if any
 * @param ownKpis the buyer's own KPIs for the contract that are not social value KPIs, by name, no blanks
 */
public record ContractProfile(FrameworkId framework, Money value, int years, ContractCategory category,
                              List<String> sectors, BuyerType buyer, List<PriorityId> priorities,
                              List<PriorityGroupId> priorityGroups, Optional<Integer> maxKpis,
                              BigDecimal minimumFactor, BigDecimal stretchFactor, Optional<VatBasis> valueBasis,
                              Optional<Money> valueOnOtherBasis, Optional<LocalDate> commencement,
                              Optional<KpiExemption> kpiExemption, List<String> ownKpis) {

    /** The format tag of a KPI request file. */
    public static final String FORMAT = "svtoms-kpi-request/1";
    /** The default minimum factor, 0.8. */
    public static final BigDecimal DEFAULT_MINIMUM_FACTOR = new BigDecimal("0.8");
    /** The default stretch factor, 1.5. */
    public static final BigDecimal DEFAULT_STRETCH_FACTOR = new BigDecimal("1.5");

    /**
     * Validates the profile and copies its lists.
     *
     * @throws InvalidValueException when a part is missing or breaks its rule; the message quotes the
     *                               value and names the rule
     */
    public ContractProfile {
        Checks.notNull(framework, "framework");
        Checks.notNull(value, "contract value");
        if (value.signum() <= 0) {
            throw new InvalidValueException("invalid contract value " + value + ": must be greater than 0");
        }
        Limits.statedMoney(value.amount(), value.currency(), true, "contract value");
        if (years < 1) {
            throw new InvalidValueException("invalid contract duration " + years + " years: must be at least 1");
        }
        Limits.contractYears(years, "contract duration in years");
        Checks.notNull(category, "contract category");
        sectors = noDuplicates("sector", Checks.notNull(sectors, "sectors"));
        sectors.forEach(s -> IdRule.check(s, "sector"));
        Checks.notNull(buyer, "buyer type");
        priorities = noDuplicates("priority", Checks.notNull(priorities, "priorities"));
        priorityGroups = noDuplicates("priority group", Checks.notNull(priorityGroups, "priority groups"));
        Checks.notNull(maxKpis, "maximum number of KPIs");
        maxKpis.ifPresent(n -> {
            if (n < 1) {
                throw new InvalidValueException("invalid maximum number of KPIs " + n + ": must be at least 1");
            }
        });
        Checks.notNull(minimumFactor, "minimum factor");
        if (minimumFactor.signum() < 0 || minimumFactor.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException("invalid minimum factor " + minimumFactor.toPlainString()
                    + ": must be between 0 and 1 (a minimum is never above the target)");
        }
        Checks.notNull(stretchFactor, "stretch factor");
        if (stretchFactor.compareTo(BigDecimal.ONE) < 0) {
            throw new InvalidValueException("invalid stretch factor " + stretchFactor.toPlainString()
                    + ": must be at least 1 (a stretch level is never below the target)");
        }
        Checks.notNull(valueBasis, "VAT basis of the contract value");
        Checks.notNull(valueOnOtherBasis, "contract value on the other VAT basis");
        new ContractValue(value, valueBasis, valueOnOtherBasis); // validates the pair
        Checks.notNull(commencement, "commencement date");
        Checks.notNull(kpiExemption, "KPI exemption");
        Checks.notNull(ownKpis, "own KPIs").forEach(k -> Checks.notBlank(k, "own KPI name"));
        ownKpis = List.copyOf(ownKpis);
    }

    /**
     * A profile without the Procurement Act 2023 era facts (VAT basis not stated, no commencement date, no
     * exemption, no own KPIs).
     *
     * @param framework the framework
     * @param value the value
     * @param years the years
     * @param category the category
     * @param sectors the sectors
     * @param buyer the buyer
     * @param priorities the priorities
     * @param priorityGroups the priority groups
     * @param maxKpis the cap, or empty
     * @param minimumFactor the minimum factor
     * @param stretchFactor the stretch factor
     * @throws InvalidValueException when a part is missing or breaks its rule
     */
    public ContractProfile(FrameworkId framework, Money value, int years, ContractCategory category,
                           List<String> sectors, BuyerType buyer, List<PriorityId> priorities,
                           List<PriorityGroupId> priorityGroups, Optional<Integer> maxKpis,
                           BigDecimal minimumFactor, BigDecimal stretchFactor) {
        this(framework, value, years, category, sectors, buyer, priorities, priorityGroups, maxKpis, minimumFactor,
                stretchFactor, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * The contract value with its VAT basis.
     *
     * @return the value as given, its basis if stated, and the other figure if known
     */
    public ContractValue contractValue() {
        return new ContractValue(value, valueBasis, valueOnOtherBasis);
    }

    private static <T> List<T> noDuplicates(String what, List<T> values) {
        Set<T> seen = new LinkedHashSet<>();
        for (T v : values) {
            Checks.notNull(v, what);
            if (!seen.add(v)) {
                throw new InvalidValueException("duplicate " + what + " '" + v + "': each may be given once");
            }
        }
        return List.copyOf(seen);
    }

    /**
     * Whether the profile leaves the priorities to the framework (all of them, in framework order).
     *
     * @return {@code true} when no priority was chosen
     */
    public boolean allPriorities() {
        return priorities.isEmpty();
    }

    /**
     * A new builder: framework, value and category are required; years default to 1, the buyer to
     * {@link BuyerType#OTHER}, the factors to 0.8 and 1.5.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder preset with this profile's values, to make a modified copy.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().framework(framework).value(value).years(years).category(category).buyer(buyer)
                .sectors(sectors).priorities(priorities).priorityGroups(priorityGroups)
                .minimumFactor(minimumFactor).stretchFactor(stretchFactor).ownKpis(ownKpis);
        b.maxKpis = maxKpis.orElse(null);
        b.valueBasis = valueBasis.orElse(null);
        b.valueOnOtherBasis = valueOnOtherBasis.orElse(null);
        b.commencement = commencement.orElse(null);
        b.kpiExemption = kpiExemption.orElse(null);
        return b;
    }

    /**
     * Collects a profile's parts; {@link #build()} validates them. Not thread-safe; use one per thread.
     */
    public static final class Builder {
        private FrameworkId framework;
        private Money value;
        private int years = 1;
        private ContractCategory category;
        private final List<String> sectors = new ArrayList<>();
        private BuyerType buyer = BuyerType.OTHER;
        private final List<PriorityId> priorities = new ArrayList<>();
        private final List<PriorityGroupId> priorityGroups = new ArrayList<>();
        private Integer maxKpis;
        private BigDecimal minimumFactor = DEFAULT_MINIMUM_FACTOR;
        private BigDecimal stretchFactor = DEFAULT_STRETCH_FACTOR;
        private VatBasis valueBasis;
        private Money valueOnOtherBasis;
        private LocalDate commencement;
        private KpiExemption kpiExemption;
        private final List<String> ownKpis = new ArrayList<>();

        private Builder() {
        }

        /**
         * States whether the value includes VAT ({@code contract.valueIncludesVat}).
         *
         * @param includesVat whether {@link #value(Money)} includes VAT
         * @return this builder
         */
        public Builder valueIncludesVat(boolean includesVat) {
            this.valueBasis = VatBasis.of(includesVat);
            return this;
        }

        /**
         * Sets the value on the other VAT basis (needs {@link #valueIncludesVat(boolean)}), or null for none.
         *
         * @param amount the value on the other basis, or null
         * @return this builder
         */
        public Builder valueOnOtherBasis(@javax.annotation.Nullable Money amount) {
            this.valueOnOtherBasis = amount;
            return this;
        }

        /**
         * Sets the value from a {@link ContractValue}.
         *
         * @param contract the value with its VAT basis
         * @return this builder
         */
        public Builder contractValue(ContractValue contract) {
            Checks.notNull(contract, "contract value");
            this.value = contract.amount();
            this.valueBasis = contract.basis().orElse(null);
            this.valueOnOtherBasis = contract.otherBasis().orElse(null);
            return this;
        }

        /**
         * Sets the date the procurement commenced, or null for none.
         *
         * @param date the commencement date, or null
         * @return this builder
         */
        public Builder commencement(@javax.annotation.Nullable LocalDate date) {
            this.commencement = date;
            return this;
        }

        /**
         * Declares an exemption from the s.52 KPI duty, or null for none.
         *
         * @param exemption the exemption, or null
         * @return this builder
         */
        public Builder kpiExemption(@javax.annotation.Nullable KpiExemption exemption) {
            this.kpiExemption = exemption;
            return this;
        }

        /**
         * Replaces the buyer's own (not social value) KPIs.
         *
         * @param names their names
         * @return this builder
         */
        public Builder ownKpis(List<String> names) {
            ownKpis.clear();
            ownKpis.addAll(Checks.notNull(names, "own KPIs"));
            return this;
        }

        /**
         * Sets the framework to select from.
         *
         * @param id the framework id
         * @return this builder
         */
        public Builder framework(FrameworkId id) {
            this.framework = id;
            return this;
        }

        /**
         * Sets the contract's total value.
         *
         * @param amount the value, greater than zero
         * @return this builder
         */
        public Builder value(Money amount) {
            this.value = amount;
            return this;
        }

        /**
         * Sets the duration.
         *
         * @param count whole years, at least 1
         * @return this builder
         */
        public Builder years(int count) {
            this.years = count;
            return this;
        }

        /**
         * Sets what the contract buys.
         *
         * @param value the category
         * @return this builder
         */
        public Builder category(ContractCategory value) {
            this.category = value;
            return this;
        }

        /**
         * Replaces the sector tags.
         *
         * @param values the tags, in order
         * @return this builder
         */
        public Builder sectors(List<String> values) {
            sectors.clear();
            sectors.addAll(Checks.notNull(values, "sectors"));
            return this;
        }

        /**
         * Replaces the sector tags.
         *
         * @param values the tags, in order
         * @return this builder
         */
        public Builder sectors(String... values) {
            return sectors(List.of(values));
        }

        /**
         * Sets the kind of buyer.
         *
         * @param value the buyer type
         * @return this builder
         */
        public Builder buyer(BuyerType value) {
            this.buyer = value;
            return this;
        }

        /**
         * Replaces the chosen priorities; none means all of the framework's.
         *
         * @param values the priority ids, in order of preference
         * @return this builder
         */
        public Builder priorities(List<PriorityId> values) {
            priorities.clear();
            priorities.addAll(Checks.notNull(values, "priorities"));
            return this;
        }

        /**
         * Replaces the chosen priorities; none means all of the framework's.
         *
         * @param values the priority ids, in order of preference
         * @return this builder
         */
        public Builder priorities(String... values) {
            return priorities(List.of(values).stream().map(PriorityId::of).toList());
        }

        /**
         * Replaces the requested priority groups.
         *
         * @param values the group ids, in order of preference
         * @return this builder
         */
        public Builder priorityGroups(List<PriorityGroupId> values) {
            priorityGroups.clear();
            priorityGroups.addAll(Checks.notNull(values, "priority groups"));
            return this;
        }

        /**
         * Replaces the requested priority groups.
         *
         * @param values the group ids, in order of preference
         * @return this builder
         */
        public Builder priorityGroups(String... values) {
            return priorityGroups(List.of(values).stream().map(PriorityGroupId::of).toList());
        }

        /**
         * Sets the most KPIs wanted, or null for the default cap by contract value.
         *
         * @param count at least 1, or null
         * @return this builder
         */
        public Builder maxKpis(@javax.annotation.Nullable Integer count) {
            this.maxKpis = count;
            return this;
        }

        /**
         * Sets the minimum factor.
         *
         * @param factor between 0 and 1
         * @return this builder
         */
        public Builder minimumFactor(BigDecimal factor) {
            this.minimumFactor = factor;
            return this;
        }

        /**
         * Sets the stretch factor.
         *
         * @param factor at least 1
         * @return this builder
         */
        public Builder stretchFactor(BigDecimal factor) {
            this.stretchFactor = factor;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the profile
         * @throws InvalidValueException when a part is missing or breaks its rule
         */
        public ContractProfile build() {
            return new ContractProfile(framework, value, years, category, sectors, buyer, priorities, priorityGroups,
                    Optional.ofNullable(maxKpis), minimumFactor, stretchFactor, Optional.ofNullable(valueBasis),
                    Optional.ofNullable(valueOnOtherBasis), Optional.ofNullable(commencement),
                    Optional.ofNullable(kpiExemption), ownKpis);
        }
    }
}
