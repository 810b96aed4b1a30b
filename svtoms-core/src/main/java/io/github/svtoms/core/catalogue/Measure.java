package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Something a supplier can commit to and report, in one {@link Unit}: local employment in FTE-years,
 * apprenticeship weeks, tCO2e saved. A measure sits under one {@link Outcome}.
 *
 * <p>Applicability: the contract categories it applies to (apprenticeships do not fit a goods-only
 * contract), optionally the sectors it is limited to and a minimum contract value. Counting rules:
 * {@code firstYearOnly} (hires of disadvantaged people count in the first year only) and an
 * {@code exclusiveGroup} whose members must not count the same thing twice (local SME spend is not
 * also local spend). Cross-references point at other frameworks' codes.
 *
 * <p>Immutable and thread-safe; value equality over all components. Build with {@link #builder(MeasureId)}.
 *
 * @param id the measure id
 * @param outcome the outcome it serves
 * @param name a readable name
 * @param description what counts, in plain words
 * @param unit the unit its quantities are in
 * @param tags free tags following the id rule, in order, no duplicates
 * @param categories the contract categories it applies to, at least one
 * @param sectors the sector tags it is limited to; empty means any sector
 * @param minimumContractValue the smallest contract it is proportionate for, if any
 * @param targetRule how its target scales with the contract, if it has one
 * @param firstYearOnly whether it may be claimed for the first year only
 * @param exclusiveGroup the group whose members must not count the same thing twice, if any
 * @param crossReferences other frameworks' codes for the same thing, in order
 */
public record Measure(MeasureId id, OutcomeId outcome, String name, String description, Unit unit,
                      List<String> tags, Set<ContractCategory> categories, List<String> sectors,
                      Optional<Money> minimumContractValue, Optional<TargetRule> targetRule,
                      boolean firstYearOnly, Optional<String> exclusiveGroup,
                      List<CrossReference> crossReferences) {
    /**
     * Validates the measure and copies its collections.
     *
     * @throws InvalidValueException when a part is missing or breaks its rule
     */
    public Measure {
        Checks.notNull(id, "measure id");
        String where = "measure '" + id + "'";
        Checks.notNull(outcome, where + " outcome");
        Checks.notBlank(name, where + " name");
        Checks.notNull(description, where + " description");
        Checks.notNull(unit, where + " unit");
        tags = idList(where + " tag", tags);
        categories = Set.copyOf(Lists.copyOf(categories, where + " categories"));
        if (categories.isEmpty()) {
            throw new InvalidValueException(where + " applies to no contract category: give at least one of goods, services, works");
        }
        sectors = idList(where + " sector", sectors);
        Checks.notNull(minimumContractValue, where + " minimum contract value");
        minimumContractValue.ifPresent(v -> {
            if (v.isNegative()) {
                throw new InvalidValueException(where + " minimum contract value " + v + " must not be negative");
            }
        });
        Checks.notNull(targetRule, where + " target rule");
        if (minimumContractValue.isPresent() && targetRule.isPresent()
                && targetRule.get() instanceof TargetRule.PerContractValue perValue
                && !perValue.per().currency().equals(minimumContractValue.get().currency())) {
            throw new InvalidValueException(where + " target per " + perValue.per() + " and minimum contract value "
                    + minimumContractValue.get() + " are in different currencies: both compare with the contract value,"
                    + " so they must share its currency");
        }
        Checks.notNull(exclusiveGroup, where + " exclusive group");
        exclusiveGroup.ifPresent(g -> IdRule.check(g, where + " exclusive group"));
        crossReferences = Lists.copyOf(crossReferences, where + " cross-references");
    }

    private static List<String> idList(String what, List<String> values) {
        Checks.notNull(values, what + "s");
        Set<String> seen = new LinkedHashSet<>();
        for (String v : values) {
            IdRule.check(v, what);
            if (!seen.add(v)) {
                throw new InvalidValueException("duplicate " + what + " '" + v + "'");
            }
        }
        return List.copyOf(seen);
    }

    /**
     * The categories in their natural order (goods, services, works), for stable output.
     *
     * @return the categories, ordered
     */
    public List<ContractCategory> orderedCategories() {
        return List.copyOf(EnumSet.copyOf(categories));
    }

    /**
     * Whether the measure applies to a contract of this category and these sectors.
     *
     * @param category the contract's category
     * @param contractSectors the contract's sector tags
     * @return true when the category is listed and, if the measure is limited to sectors, one matches
     */
    public boolean appliesTo(ContractCategory category, Set<String> contractSectors) {
        Checks.notNull(category, "category");
        Checks.notNull(contractSectors, "sectors");
        return categories.contains(category)
                && (sectors.isEmpty() || sectors.stream().anyMatch(contractSectors::contains));
    }

    /**
     * A builder for a measure with this id; name, outcome, unit and at least one category are required.
     *
     * @param id the id
     * @return a new builder
     */
    public static Builder builder(MeasureId id) {
        return new Builder(id);
    }

    /**
     * A builder preset with this measure's values, to make a modified copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).outcome(outcome).name(name).description(description).unit(unit)
                .firstYearOnly(firstYearOnly);
        b.tags.addAll(tags);
        b.categories.addAll(categories);
        b.sectors.addAll(sectors);
        b.minimumContractValue = minimumContractValue.orElse(null);
        b.targetRule = targetRule.orElse(null);
        b.exclusiveGroup = exclusiveGroup.orElse(null);
        b.crossReferences.addAll(crossReferences);
        return b;
    }

    /**
     * Collects a measure's parts; {@link #build()} validates them. Not thread-safe; use one per thread.
     */
    public static final class Builder {
        private final MeasureId id;
        private OutcomeId outcome;
        private String name;
        private String description = "";
        private Unit unit;
        private final List<String> tags = new ArrayList<>();
        private final Set<ContractCategory> categories = EnumSet.noneOf(ContractCategory.class);
        private final List<String> sectors = new ArrayList<>();
        private Money minimumContractValue;
        private TargetRule targetRule;
        private boolean firstYearOnly;
        private String exclusiveGroup;
        private final List<CrossReference> crossReferences = new ArrayList<>();

        private Builder(MeasureId id) {
            this.id = Checks.notNull(id, "measure id");
        }

        /**
         * Sets the outcome.
         *
         * @param value the outcome
         * @return this builder
         */
        public Builder outcome(OutcomeId value) {
            this.outcome = value;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param value the description
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets the unit.
         *
         * @param value the unit
         * @return this builder
         */
        public Builder unit(Unit value) {
            this.unit = value;
            return this;
        }

        /**
         * Sets tags to add.
         *
         * @param values tags to add
         * @return this builder
         */
        public Builder tags(String... values) {
            tags.addAll(Lists.copyOf(values, "measure '" + id + "' tags"));
            return this;
        }

        /**
         * Sets categories to add.
         *
         * @param values categories to add
         * @return this builder
         */
        public Builder categories(ContractCategory... values) {
            categories.addAll(Lists.copyOf(values, "measure '" + id + "' categories"));
            return this;
        }

        /**
         * Sets sectors to add.
         *
         * @param values sectors to add
         * @return this builder
         */
        public Builder sectors(String... values) {
            sectors.addAll(Lists.copyOf(values, "measure '" + id + "' sectors"));
            return this;
        }

        /**
         * Sets the minimum contract value, or null for none.
         *
         * @param value the minimum contract value, or null for none
         * @return this builder
         */
        public Builder minimumContractValue(@javax.annotation.Nullable Money value) {
            this.minimumContractValue = value;
            return this;
        }

        /**
         * Sets the target rule, or null for none.
         *
         * @param value the target rule, or null for none
         * @return this builder
         */
        public Builder targetRule(@javax.annotation.Nullable TargetRule value) {
            this.targetRule = value;
            return this;
        }

        /**
         * Sets whether it counts in the first year only.
         *
         * @param value whether it counts in the first year only
         * @return this builder
         */
        public Builder firstYearOnly(boolean value) {
            this.firstYearOnly = value;
            return this;
        }

        /**
         * Sets the exclusive group, or null for none.
         *
         * @param value the exclusive group, or null for none
         * @return this builder
         */
        public Builder exclusiveGroup(@javax.annotation.Nullable String value) {
            this.exclusiveGroup = value;
            return this;
        }

        /**
         * Sets cross-references to add.
         *
         * @param values cross-references to add
         * @return this builder
         */
        public Builder crossReferences(CrossReference... values) {
            crossReferences.addAll(Lists.copyOf(values, "measure '" + id + "' cross-references"));
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the measure
         * @throws InvalidValueException when a part is missing or breaks its rule
         */
        public Measure build() {
            return new Measure(id, outcome, name, description, unit, tags, categories, sectors,
                    Optional.ofNullable(minimumContractValue), Optional.ofNullable(targetRule), firstYearOnly,
                    Optional.ofNullable(exclusiveGroup), crossReferences);
        }
    }
}
