package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.kpi.KpiDuty;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.law.ThresholdTest;

import java.util.Optional;

/**
 * The Procurement Act 2023 s.52 KPI duty as far as a notice can tell: whether the contract's value is more
 * than £5,000,000 including VAT ({@link KpiDuty#THRESHOLD}, tested by core's
 * {@link io.github.svtoms.core.law.Threshold#test(ContractValue)}). A notice's {@code amount} is net of VAT:
 * a net value above £5m is above it whatever the VAT; a net value of £5m or less cannot be checked unless
 * the notice also gives {@code amountGross}. A notice declares no exemption (framework, concession,
 * light-touch, …), so {@code exempt} is never the answer here: "applies" means the value is over the
 * threshold.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param status applies, does not apply or cannot be checked
 * @param detail why, in words (the figures and the rule)
 * @param value the value tested, empty when the notice gives none
 */
public record KpiDutyCheck(KpiDuty.Status status, String detail, Optional<ContractValue> value) {
    /**
     * Validates the check.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing, or the status is
     *                                                     {@code exempt} (never told by a notice)
     */
    public KpiDutyCheck {
        Checks.notNull(status, "status");
        Checks.notBlank(detail, "detail");
        Checks.notNull(value, "value");
        if (status == KpiDuty.Status.EXEMPT) {
            throw new io.github.svtoms.core.InvalidValueException("a notice declares no exemption from the s.52 KPI duty");
        }
    }

    /**
     * The check for the facts read from a notice or lot.
     *
     * @param facts the facts
     * @return the check; cannot be checked when there is no usable value
     */
    public static KpiDutyCheck of(ContractFacts facts) {
        Checks.notNull(facts, "facts");
        Optional<ContractValue> value = facts.contractValue();
        if (value.isEmpty()) {
            return new KpiDutyCheck(KpiDuty.Status.CANNOT_BE_CHECKED, "cannot be checked: no usable contract value in "
                    + "the notice; the rule is " + KpiDuty.THRESHOLD.describe(), Optional.empty());
        }
        ThresholdTest test = KpiDuty.THRESHOLD.test(value.get());
        KpiDuty.Status status = test.reached().map(r -> r ? KpiDuty.Status.APPLIES : KpiDuty.Status.DOES_NOT_APPLY)
                .orElse(KpiDuty.Status.CANNOT_BE_CHECKED);
        return new KpiDutyCheck(status, test.detail(), value);
    }
}
