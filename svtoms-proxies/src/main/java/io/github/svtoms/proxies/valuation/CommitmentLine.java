package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.Limits;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.ProxyValue;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One commitment (or delivery) to value: a quantity of a measure per benefit year over some years, with
 * its additionality adjustments.
 *
 * <p>The quantity is <b>per benefit year</b>: a line of 2 FTE-years with a duration of 3 claims 6
 * FTE-years in all. A KPI's target ({@link io.github.svtoms.core.kpi.Kpi#target()}) is a whole-contract
 * figure instead; {@link KpiLines} turns a KPI selection into lines without counting a target once per
 * year. {@link #toBuilder()} gives a builder for a modified copy.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param id the line's id, unique within a request, not blank, without control or invisible format characters
 *        ({@link Limits#identifierProblem})
 * @param measure the measure
 * @param quantity per benefit year (not over the whole duration), in the measure's unit, ≥ 0, a stated decimal
 *        ({@link Limits#DECIMAL_RULE}: at most 34 significant digits, 30 before and 20 after the point), kept as
 *        a plain {@code BigDecimal} (a subclass is copied); the adjustments below follow the same rule
 * @param startYear the 1-based contract year of the first benefit year, from 1 to {@link Limits#MAX_CONTRACT_YEARS}
 * @param duration the number of benefit years, ≥ 1, with {@code startYear + duration − 1} at most
 *        {@link Limits#MAX_CONTRACT_YEARS}
 * @param deadweight the share that would have happened anyway, in [0, 1]; empty means the proxy's
 *        default deadweight (or 0 when it has none)
 * @param displacement the share displaced from elsewhere, in [0, 1]
 * @param attribution the share due to others, in [0, 1]
 * @param dropOff the yearly decline from the second benefit year, in [0, 1]
 * @param proxy a proxy to use instead of the table's, e.g. one supplied in the request
 * @param evidence a reference to the evidence for the commitment, if any
 * @param countedSeparately when present, the line declares that it counts something different from the other
 *        lines of its measure's overlap family and from its measure's wholes, and this is the evidence for it
 *        (not blank); the line then always enters the totals. Empty: the catalogue's counting rules apply
 *        (see {@link ValuationEngine})
 * @param discountKind which of the request's discount schedules the line takes; empty: by its proxy's value type
 *        (health and wellbeing values the health schedule, others the standard one — see {@link Discounting})
 * @param wageArea for a proxy that follows the living wage ({@link io.github.svtoms.proxies.YearlyBasis.WageGap}),
 *        whether the UK or the London rate is paid; empty means the UK rate. Ignored by other proxies
 */
public record CommitmentLine(String id, MeasureId measure, BigDecimal quantity, int startYear, int duration,
                             Optional<BigDecimal> deadweight, BigDecimal displacement, BigDecimal attribution,
                             BigDecimal dropOff, Optional<ProxyValue> proxy, Optional<String> evidence,
                             Optional<String> countedSeparately, Optional<DiscountKind> discountKind,
                             Optional<WageArea> wageArea) {
    /**
     * Validates the line.
     *
     * @throws InvalidValueException naming the line id and the value when a rule is broken
     */
    public CommitmentLine {
        Checks.identifier(id, "commitment line id");
        String where = "line '" + id + "': ";
        Checks.notNull(measure, where + "measure");
        quantity = Checks.decimal(quantity, where + "quantity");
        if (quantity.signum() < 0) {
            throw new InvalidValueException(where + "quantity " + quantity.toPlainString()
                    + " must not be negative (quantities are in the measure's unit)");
        }
        if (startYear < 1) {
            throw new InvalidValueException(where + "start year " + startYear + " must be at least 1 (contract years are 1-based)");
        }
        if (duration < 1) {
            throw new InvalidValueException(where + "duration " + duration + " must be at least 1 year");
        }
        Limits.contractYears(startYear, where + "start year");
        Limits.contractYears(duration, where + "duration");
        Limits.contractYears((long) startYear + duration - 1, where + "last benefit year (start year + duration − 1)");
        deadweight = Checks.notNull(deadweight, where + "deadweight").map(d -> fraction(where, "deadweight", d));
        displacement = fraction(where, "displacement", displacement);
        attribution = fraction(where, "attribution", attribution);
        dropOff = fraction(where, "drop-off", dropOff);
        Checks.notNull(proxy, where + "proxy");
        Checks.notNull(evidence, where + "evidence");
        Checks.notNull(countedSeparately, where + "counted separately").ifPresent(e -> Checks.notBlank(e,
                where + "evidence that the line is counted separately"));
        Checks.notNull(discountKind, where + "discount kind");
        Checks.notNull(wageArea, where + "wage area");
    }

    /**
     * A line with the discount schedule chosen by its proxy's value type and the UK living wage rate.
     *
     * @param id the id
     * @param measure the measure
     * @param quantity per benefit year
     * @param startYear the first contract year
     * @param duration the benefit years
     * @param deadweight the deadweight, or empty for the proxy's
     * @param displacement the displacement
     * @param attribution the attribution
     * @param dropOff the drop-off
     * @param proxy a proxy override
     * @param evidence the evidence reference
     * @param countedSeparately the evidence that the line counts something different, or empty
     */
    public CommitmentLine(String id, MeasureId measure, BigDecimal quantity, int startYear, int duration,
                          Optional<BigDecimal> deadweight, BigDecimal displacement, BigDecimal attribution,
                          BigDecimal dropOff, Optional<ProxyValue> proxy, Optional<String> evidence,
                          Optional<String> countedSeparately) {
        this(id, measure, quantity, startYear, duration, deadweight, displacement, attribution, dropOff, proxy, evidence,
                countedSeparately, Optional.empty(), Optional.empty());
    }

    /**
     * A line under the catalogue's counting rules (no {@code countedSeparately} declaration).
     *
     * @param id the id
     * @param measure the measure
     * @param quantity per benefit year
     * @param startYear the first contract year
     * @param duration the benefit years
     * @param deadweight the deadweight, or empty for the proxy's
     * @param displacement the displacement
     * @param attribution the attribution
     * @param dropOff the drop-off
     * @param proxy a proxy override
     * @param evidence the evidence reference
     */
    public CommitmentLine(String id, MeasureId measure, BigDecimal quantity, int startYear, int duration,
                          Optional<BigDecimal> deadweight, BigDecimal displacement, BigDecimal attribution,
                          BigDecimal dropOff, Optional<ProxyValue> proxy, Optional<String> evidence) {
        this(id, measure, quantity, startYear, duration, deadweight, displacement, attribution, dropOff, proxy, evidence,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static BigDecimal fraction(String where, String name, BigDecimal value) {
        BigDecimal v = Checks.decimal(value, where + name);
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException(where + name + " " + v.toPlainString() + " is outside [0, 1]");
        }
        return v;
    }

    /**
     * The last contract year the line has a benefit in: {@code startYear + duration − 1}.
     *
     * @return the last contract year
     */
    public int lastContractYear() {
        return startYear + duration - 1;
    }

    /**
     * A line for one year from contract year 1, with no adjustments beyond the proxy's default deadweight.
     *
     * @param id the id
     * @param measure the measure
     * @param quantity the quantity
     * @return the line
     */
    public static CommitmentLine of(String id, MeasureId measure, BigDecimal quantity) {
        return builder(id, measure, quantity).build();
    }

    /**
     * A builder with the defaults: start year 1, duration 1, deadweight from the proxy, other
     * adjustments 0, no proxy override, no evidence.
     *
     * @param id the id
     * @param measure the measure
     * @param quantity the quantity
     * @return the builder
     */
    public static Builder builder(String id, MeasureId measure, BigDecimal quantity) {
        return new Builder(Checks.notNull(id, "commitment line id"), Checks.notNull(measure, "measure"),
                Checks.notNull(quantity, "quantity"));
    }

    /**
     * A builder preset with this line's values, to make a modified copy, e.g.
     * {@code line.toBuilder().quantity(new BigDecimal("4")).build()}.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, measure, quantity).startYear(startYear).duration(duration)
                .displacement(displacement).attribution(attribution).dropOff(dropOff);
        b.deadweight = deadweight.orElse(null);
        b.proxy = proxy.orElse(null);
        b.evidence = evidence.orElse(null);
        b.countedSeparately = countedSeparately.orElse(null);
        b.discountKind = discountKind.orElse(null);
        b.wageArea = wageArea.orElse(null);
        return b;
    }

    /**
     * Collects a line's parts; {@link #build()} validates them. Not thread-safe; use one per thread.
     */
    public static final class Builder {
        private String id;
        private MeasureId measure;
        private BigDecimal quantity;
        private int startYear = 1;
        private int duration = 1;
        private BigDecimal deadweight;
        private BigDecimal displacement = BigDecimal.ZERO;
        private BigDecimal attribution = BigDecimal.ZERO;
        private BigDecimal dropOff = BigDecimal.ZERO;
        private ProxyValue proxy;
        private String evidence;
        private String countedSeparately;
        private DiscountKind discountKind;
        private WageArea wageArea;

        private Builder(String id, MeasureId measure, BigDecimal quantity) {
            this.id = id;
            this.measure = measure;
            this.quantity = quantity;
        }

        /**
         * Sets the id.
         *
         * @param value the id, unique within a request, not blank
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets the measure.
         *
         * @param value the measure
         * @return this builder
         */
        public Builder measure(MeasureId value) {
            this.measure = value;
            return this;
        }

        /**
         * Sets the quantity.
         *
         * @param value per benefit year, in the measure's unit, ≥ 0
         * @return this builder
         */
        public Builder quantity(BigDecimal value) {
            this.quantity = value;
            return this;
        }

        /**
         * Sets the start year.
         *
         * @param value 1-based contract year
         * @return this builder
         */
        public Builder startYear(int value) {
            this.startYear = value;
            return this;
        }

        /**
         * Sets the duration.
         *
         * @param value benefit years
         * @return this builder
         */
        public Builder duration(int value) {
            this.duration = value;
            return this;
        }

        /**
         * Sets the deadweight, overriding the proxy's default; null goes back to the proxy's default.
         *
         * @param value in [0, 1], or null
         * @return this builder
         */
        public Builder deadweight(@javax.annotation.Nullable BigDecimal value) {
            this.deadweight = value;
            return this;
        }

        /**
         * Sets the displacement.
         *
         * @param value in [0, 1]
         * @return this builder
         */
        public Builder displacement(BigDecimal value) {
            this.displacement = value;
            return this;
        }

        /**
         * Sets the attribution.
         *
         * @param value in [0, 1]
         * @return this builder
         */
        public Builder attribution(BigDecimal value) {
            this.attribution = value;
            return this;
        }

        /**
         * Sets the drop-off.
         *
         * @param value in [0, 1]
         * @return this builder
         */
        public Builder dropOff(BigDecimal value) {
            this.dropOff = value;
            return this;
        }

        /**
         * Sets a proxy to use instead of the table's; null goes back to the table's.
         *
         * @param value the proxy, or null
         * @return this builder
         */
        public Builder proxy(@javax.annotation.Nullable ProxyValue value) {
            this.proxy = value;
            return this;
        }

        /**
         * Sets the evidence reference; null for none.
         *
         * @param value the reference, or null
         * @return this builder
         */
        public Builder evidence(@javax.annotation.Nullable String value) {
            this.evidence = value;
            return this;
        }

        /**
         * Declares that the line counts something different from the other lines of its measure's overlap
         * family and from its measure's wholes, so that it always enters the totals; null goes back to the
         * catalogue's counting rules.
         *
         * @param evidenceText the evidence that the line counts something different (not blank), or null
         * @return this builder
         */
        public Builder countedSeparately(@javax.annotation.Nullable String evidenceText) {
            this.countedSeparately = evidenceText;
            return this;
        }

        /**
         * Chooses which of the request's discount schedules the line takes; null goes back to the choice by the
         * proxy's value type.
         *
         * @param value the kind, or null
         * @return this builder
         */
        public Builder discountKind(@javax.annotation.Nullable DiscountKind value) {
            this.discountKind = value;
            return this;
        }

        /**
         * Chooses the living wage rate (UK or London) for a proxy that follows the living wage; null means UK.
         *
         * @param value the area, or null
         * @return this builder
         */
        public Builder wageArea(@javax.annotation.Nullable WageArea value) {
            this.wageArea = value;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the line
         * @throws InvalidValueException naming the line id and the value when a rule is broken
         */
        public CommitmentLine build() {
            return new CommitmentLine(id, measure, quantity, startYear, duration, Optional.ofNullable(deadweight),
                    displacement, attribution, dropOff, Optional.ofNullable(proxy), Optional.ofNullable(evidence),
                    Optional.ofNullable(countedSeparately), Optional.ofNullable(discountKind), Optional.ofNullable(wageArea));
        }
    }
}
