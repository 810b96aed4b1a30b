package io.github.svtoms.core.duties;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.law.DutyLevel;
import io.github.svtoms.core.law.EvidenceGrade;
import io.github.svtoms.core.law.Requirement;
import io.github.svtoms.core.law.Threshold;
import io.github.svtoms.core.law.ThresholdTest;
import io.github.svtoms.core.law.VatBasis;
import io.github.svtoms.core.money.Money;

import java.util.Optional;

/**
 * Duties beside social value, as requirements with reasons (LAW.md):
 * <ul>
 *   <li>{@link #carbonReductionPlan}: PPN 006 — central government requires a Carbon Reduction Plan where the
 *       contract value is <em>above</em> £5,000,000 a year, including VAT, averaged over the contract's life;
 *       exactly £5,000,000 a year is not above it [S].</li>
 *   <li>{@link #modernSlaveryStatement}: a supplier with turnover of £36,000,000 or more must publish an annual
 *       slavery and human trafficking statement (Modern Slavery Act 2015 s.54) [V].</li>
 *   <li>{@link #nhsModernSlavery}: NHS procurement has further modern-slavery duties with no value threshold
 *       [S]; their content is not known here, so the finding is advice.</li>
 *   <li>{@link #scope}: whether a framework edition's scope (buyer types, value floor) covers a procurement.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ProcurementDuties {
    /** Rule id of the Carbon Reduction Plan requirement. */
    public static final String CARBON_REDUCTION_PLAN = "ppn006-carbon-reduction-plan";
    /** Rule id of the modern slavery statement requirement. */
    public static final String MODERN_SLAVERY_STATEMENT = "msa-s54-statement";
    /** Rule id of the NHS modern-slavery expectations. */
    public static final String NHS_MODERN_SLAVERY = "nhs-modern-slavery";
    /** PPN 006: above £5,000,000 a year including VAT [S]. */
    public static final Threshold CARBON_REDUCTION_PLAN_THRESHOLD =
            Threshold.moreThan(Money.of("5000000.00", "GBP"), VatBasis.GROSS);
    /** Modern Slavery Act 2015 s.54: turnover of £36,000,000 or more [V]. */
    public static final Money MODERN_SLAVERY_TURNOVER = Money.of("36000000.00", "GBP");

    private ProcurementDuties() {
    }

    /**
     * Whether PPN 006 requires a Carbon Reduction Plan.
     *
     * @param buyer the kind of buyer (PPN 006 binds central government)
     * @param value the contract's total value over its life, with its VAT basis
     * @param months the contract's length in months, at least 1
     * @return required when central government and the yearly average is above £5m including VAT; not required
     *         otherwise; cannot be checked when the average is known only excluding VAT and the VAT decides it
     * @throws io.github.svtoms.core.InvalidValueException when {@code months} is below 1
     */
    public static Requirement carbonReductionPlan(BuyerType buyer, ContractValue value, int months) {
        Checks.notNull(buyer, "buyer type");
        Checks.notNull(value, "contract value");
        String source = "PPN 006 (Carbon Reduction Plans)";
        if (buyer != BuyerType.CENTRAL_GOVERNMENT) {
            return new Requirement(CARBON_REDUCTION_PLAN, Requirement.Status.NOT_REQUIRED, DutyLevel.ERROR,
                    "PPN 006 binds central government; the buyer is " + buyer.id(), EvidenceGrade.SECONDARY, source);
        }
        ContractValue perYear = value.perYear(months);
        ThresholdTest t = CARBON_REDUCTION_PLAN_THRESHOLD.test(perYear);
        String average = "averaged over " + months + " months, " + value.describe() + " is " + perYear.describe()
                + " a year (× 12 ÷ " + months + ")";
        String rule = "PPN 006 requires a Carbon Reduction Plan where the contract value is "
                + CARBON_REDUCTION_PLAN_THRESHOLD.describe() + " a year, averaged over the contract's life [S]";
        Requirement.Status status = t.isReached() ? Requirement.Status.REQUIRED
                : t.isNotReached() ? Requirement.Status.NOT_REQUIRED : Requirement.Status.CANNOT_BE_CHECKED;
        return new Requirement(CARBON_REDUCTION_PLAN, status, DutyLevel.ERROR, average + "; " + t.detail() + " a year: "
                + rule, EvidenceGrade.SECONDARY, source);
    }

    /**
     * Whether a supplier must publish a modern slavery statement.
     *
     * @param turnover the supplier's annual turnover
     * @return required at £36,000,000 or more; not required below; cannot be checked in another currency
     */
    public static Requirement modernSlaveryStatement(Money turnover) {
        Checks.notNull(turnover, "turnover");
        String source = "Modern Slavery Act 2015 s.54";
        String rule = "a supplier with turnover of £36,000,000.00 or more must publish an annual slavery and human"
                + " trafficking statement";
        if (!turnover.currency().equals(MODERN_SLAVERY_TURNOVER.currency())) {
            return new Requirement(MODERN_SLAVERY_STATEMENT, Requirement.Status.CANNOT_BE_CHECKED, DutyLevel.ERROR,
                    "turnover " + turnover + " is in " + turnover.currency().getCurrencyCode() + ": " + rule
                            + ", and svtoms never converts currencies", EvidenceGrade.VERIFIED, source);
        }
        boolean required = turnover.compareTo(MODERN_SLAVERY_TURNOVER) >= 0;
        return new Requirement(MODERN_SLAVERY_STATEMENT, required ? Requirement.Status.REQUIRED
                : Requirement.Status.NOT_REQUIRED, DutyLevel.ERROR, "turnover " + turnover + (required ? " reaches" : " is below")
                + " £36,000,000.00: " + rule, EvidenceGrade.VERIFIED, source);
    }

    /**
     * NHS modern-slavery expectations: for every NHS procurement, whatever its value [S].
     *
     * @param buyer the kind of buyer
     * @return required (as advice) for an NHS buyer; not required otherwise
     */
    public static Requirement nhsModernSlavery(BuyerType buyer) {
        Checks.notNull(buyer, "buyer type");
        String source = "NHS procurement modern-slavery duties (LAW.md [S])";
        if (buyer != BuyerType.NHS) {
            return new Requirement(NHS_MODERN_SLAVERY, Requirement.Status.NOT_REQUIRED, DutyLevel.ADVICE,
                    "the NHS modern-slavery expectations apply to NHS buyers; the buyer is " + buyer.id(),
                    EvidenceGrade.SECONDARY, source);
        }
        return new Requirement(NHS_MODERN_SLAVERY, Requirement.Status.REQUIRED, DutyLevel.ADVICE,
                "NHS procurement has further modern-slavery duties with no value threshold [S]: address modern slavery"
                        + " in this procurement whatever its value (their content awaits the primary text)",
                EvidenceGrade.SECONDARY, source);
    }

    /**
     * Whether a framework edition's scope covers a procurement ({@link Framework#checkScope}).
     *
     * @param framework the framework edition
     * @param buyer the kind of buyer
     * @param value the contract value with its VAT basis
     * @return met when within scope, not applicable when outside, cannot be checked when the VAT decides it
     */
    public static DutyFinding scope(Framework framework, BuyerType buyer, ContractValue value) {
        Checks.notNull(framework, "framework");
        Checks.notNull(buyer, "buyer type");
        Checks.notNull(value, "contract value");
        return framework.checkScope(Optional.of(buyer.id()), Optional.of(value));
    }
}
