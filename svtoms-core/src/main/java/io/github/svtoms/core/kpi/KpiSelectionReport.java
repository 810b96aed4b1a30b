package io.github.svtoms.core.kpi;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.EditionResolution;
import io.github.svtoms.core.law.DutyFinding;

import java.util.List;
import java.util.Optional;

/**
 * A KPI selection with the duties of the Procurement Act 2023 era checked for it, the result of
 * {@link KpiSelector#report(ContractProfile)}: the selection, the framework edition chosen by the procurement's
 * commencement date (and why), the s.52 {@link KpiDuty}, and the duty findings. Maps onto a KPI selection
 * file's {@code framework} (the edition chosen), {@code kpiDuty} and duty findings, beside the selection's
 * own members.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param selection the KPIs selected, excluded and the rule checks
 * @param edition which edition applies on the commencement date and why, when the request gives a date
 * @param kpiDuty the Procurement Act 2023 s.52 KPI duty
 * @param duties the duty findings: the framework's scope (when it has one), the s.52 duty ({@value KpiDuty#RULE}),
 *               and the framework's minimum number of social value KPIs ({@value #FRAMEWORK_MINIMUM_RULE}, when it
 *               sets one)
 */
public record KpiSelectionReport(KpiSelection selection, Optional<EditionResolution> edition, KpiDuty kpiDuty,
                                 List<DutyFinding> duties) {
    /** The rule id of a framework's minimum number of social value KPIs. */
    public static final String FRAMEWORK_MINIMUM_RULE = "framework-minimum-kpis";

    /**
     * Validates and copies.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing
     */
    public KpiSelectionReport {
        Checks.notNull(selection, "selection");
        Checks.notNull(edition, "edition");
        Checks.notNull(kpiDuty, "KPI duty");
        duties = List.copyOf(Checks.notNull(duties, "duties"));
    }

    /**
     * The duty finding of a rule.
     *
     * @param rule the rule id, e.g. {@code s52-kpis}
     * @return the finding, or empty when the rule was not checked
     */
    public Optional<DutyFinding> duty(String rule) {
        Checks.notNull(rule, "rule");
        return duties.stream().filter(d -> d.rule().equals(rule)).findFirst();
    }
}
