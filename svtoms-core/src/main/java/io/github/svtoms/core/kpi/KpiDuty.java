package io.github.svtoms.core.kpi;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.law.DutyLevel;
import io.github.svtoms.core.law.EvidenceGrade;
import io.github.svtoms.core.law.Threshold;
import io.github.svtoms.core.law.VatBasis;
import io.github.svtoms.core.law.Verdict;
import io.github.svtoms.core.money.Money;

import java.util.List;
import java.util.Optional;

/**
 * The Procurement Act 2023 s.52 KPI duty for one contract: before entering into a public contract with an
 * estimated value of <em>more than</em> £5,000,000 including VAT, the authority sets and publishes at least
 * three KPIs, and the Contract Details Notice names the three it regards as most material [S]. Exactly
 * £5,000,000.00 is not more than £5m; £5,000,000.01 is.
 *
 * <p>Every KPI counts: the selected social value KPIs and the buyer's own KPIs passed in the request
 * ({@link ContractProfile#ownKpis()}). When the duty applies, a KPI cap from the size bands is raised to leave
 * room for three; a maximum the request sets itself is kept, and a shortfall it causes is named in the
 * reason. {@link #mostMaterial()} proposes, for the notice, the first three selected
 * KPIs in rank order (the buyer's priority order, then catalogue order); the authority decides.
 * Maps onto {@code kpiDuty} in a KPI selection file ({@link KpiSelectionReport}): {@code applies},
 * {@code reason}, {@code minimum}, {@code mostMaterial}.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param status whether the duty applies, does not apply, is exempt, or cannot be checked
 * @param reason why, naming the value, the threshold and its VAT basis
 * @param minimum the KPIs required: 3 when the duty applies, else 0
 * @param socialValueKpis the social value KPIs selected, at least 0
 * @param ownKpis the buyer's own (not social value) KPIs counted, at least 0
 * @param mostMaterial up to three selected KPIs proposed as most material, in rank order (empty unless the duty
 *                     applies or cannot be checked)
 * @param mostMaterialReason why those, or why none
 * @param exemption the exemption the request declares, if any
 */
public record KpiDuty(Status status, String reason, int minimum, int socialValueKpis, int ownKpis,
                      List<MeasureId> mostMaterial, String mostMaterialReason, Optional<KpiExemption> exemption) {
    /** The rule id of {@link #finding()}. */
    public static final String RULE = "s52-kpis";
    /** The statutory minimum number of KPIs, 3. */
    public static final int STATUTORY_MINIMUM = 3;
    /** How many KPIs the Contract Details Notice names as most material, 3. */
    public static final int MOST_MATERIAL = 3;
    /** The s.52 threshold: more than £5,000,000.00 including VAT [S]. */
    public static final Threshold THRESHOLD = Threshold.moreThan(Money.of("5000000.00", "GBP"), VatBasis.GROSS);
    /** The source of the duty. */
    public static final String SOURCE = "Procurement Act 2023 s.52; Contract Details Notice (UK7)";

    /**
     * Validates and copies.
     *
     * @throws InvalidValueException when a count is negative, the minimum does not match the status, more than
     *                               three KPIs are named most material, or a text is blank
     */
    public KpiDuty {
        Checks.notNull(status, "KPI duty status");
        Checks.notBlank(reason, "KPI duty reason");
        if (minimum != (status == Status.APPLIES ? STATUTORY_MINIMUM : 0)) {
            throw new InvalidValueException("invalid KPI duty minimum " + minimum + " for status " + status.id()
                    + ": it is " + STATUTORY_MINIMUM + " when the duty applies and 0 otherwise");
        }
        if (socialValueKpis < 0 || ownKpis < 0) {
            throw new InvalidValueException("invalid KPI counts " + socialValueKpis + " and " + ownKpis + ": must be at least 0");
        }
        mostMaterial = List.copyOf(Checks.notNull(mostMaterial, "most material KPIs"));
        if (mostMaterial.size() > MOST_MATERIAL) {
            throw new InvalidValueException(mostMaterial.size() + " KPIs named most material: the notice names "
                    + MOST_MATERIAL);
        }
        Checks.notBlank(mostMaterialReason, "most material reason");
        Checks.notNull(exemption, "KPI exemption");
        if (status == Status.EXEMPT && exemption.isEmpty()) {
            throw new InvalidValueException("KPI duty status exempt without an exemption");
        }
    }

    /**
     * A duty that was not assessed (a selection read from a file written before svtoms recorded it).
     *
     * @param why why it was not assessed
     * @return the duty, status {@link Status#CANNOT_BE_CHECKED}
     */
    public static KpiDuty notAssessed(String why) {
        return new KpiDuty(Status.CANNOT_BE_CHECKED, why, 0, 0, 0, List.of(), why, Optional.empty());
    }

    /**
     * Whether the duty applies.
     *
     * @return {@code true} for {@link Status#APPLIES}
     */
    public boolean applies() {
        return status == Status.APPLIES;
    }

    /**
     * All KPIs counted: social value and the buyer's own.
     *
     * @return the sum
     */
    public int counted() {
        return socialValueKpis + ownKpis;
    }

    /**
     * Whether the duty is met: it does not apply, or at least {@link #minimum()} KPIs are counted.
     *
     * @return {@code true} when nothing more is required
     */
    public boolean met() {
        return counted() >= minimum;
    }

    /**
     * The duty as a finding, rule {@value #RULE}, level {@link DutyLevel#ERROR}, evidence [S].
     *
     * @return the finding
     */
    public DutyFinding finding() {
        Verdict verdict = switch (status) {
            case APPLIES -> met() ? Verdict.MET : Verdict.NOT_MET;
            case DOES_NOT_APPLY, EXEMPT -> Verdict.NOT_APPLICABLE;
            case CANNOT_BE_CHECKED -> Verdict.CANNOT_BE_CHECKED;
        };
        return DutyFinding.of(RULE, verdict, DutyLevel.ERROR, reason, EvidenceGrade.SECONDARY, SOURCE);
    }

    /** Whether the s.52 duty applies. Immutable and thread-safe (an enum). */
    public enum Status implements FileId {
        /** The contract is over £5m including VAT and no exemption is declared. File id {@code applies}. */
        APPLIES,
        /** The contract is £5m or less including VAT. File id {@code does-not-apply}. */
        DOES_NOT_APPLY,
        /** An exemption is declared. File id {@code exempt}. */
        EXEMPT,
        /** The value is unknown on the VAT-inclusive basis and the answer depends on it. File id {@code cannot-be-checked}. */
        CANNOT_BE_CHECKED;

        /**
         * Reads an id written by {@link #id()}.
         *
         * @param id the id
         * @return the status
         * @throws InvalidValueException for any other text
         */
        public static Status fromId(String id) {
            return FileIds.parse(Status.class, id, "KPI duty status");
        }
    }
}
