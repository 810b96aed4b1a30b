package io.github.svtoms.core.kpi;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.MeasureId;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The result of {@link KpiSelector#select(ContractProfile)}: the selected KPIs, every candidate that
 * was not selected with its reason, and the outcome of every selection rule. Every candidate measure
 * appears exactly once, either in {@link #kpis()} or in {@link #excluded()}. Maps one-to-one onto
 * {@value #FORMAT}: {@code framework}, {@code kpis}, {@code excluded}, {@code checks} (and the request).
 *
 * <p>Immutable and thread-safe; value equality over all components, so the same request against the
 * same catalogue gives an equal selection. The duties of the Procurement Act 2023 era checked with it (the
 * edition chosen, the s.52 KPI duty, the framework's scope and KPI minimum) are in the
 * {@link KpiSelectionReport} of {@link KpiSelector#report(ContractProfile)}.
 *
 * @param framework the framework selected from: the edition chosen by commencement date when the request names
 *                  a family (see {@link KpiSelectionReport})
 * @param profile the request
 * @param kpis the selected KPIs, in rank order (chosen priority order, then catalogue order; KPIs added
 *             for a framework or buyer rule come last)
 * @param excluded the candidates not selected, in rank order
 * @param checks the rule checks, in a fixed order
 */
public record KpiSelection(FrameworkId framework, ContractProfile profile, List<Kpi> kpis,
                           List<ExcludedCandidate> excluded, List<RuleCheck> checks) {

    /** The format tag of a KPI selection file. */
    public static final String FORMAT = "svtoms-kpi-selection/1";

    /**
     * Validates the selection and copies its lists.
     *
     * @throws InvalidValueException when a part is missing or a measure is both selected and excluded,
     *                               or listed twice
     */
    public KpiSelection {
        Checks.notNull(framework, "framework");
        Checks.notNull(profile, "profile");
        kpis = List.copyOf(Checks.notNull(kpis, "kpis"));
        excluded = List.copyOf(Checks.notNull(excluded, "excluded"));
        checks = List.copyOf(Checks.notNull(checks, "checks"));
        Set<MeasureId> seen = new HashSet<>(2 * (kpis.size() + excluded.size()));
        kpis.forEach(k -> once(seen, k.measure()));
        excluded.forEach(e -> once(seen, e.measure()));
    }

    private static void once(Set<MeasureId> seen, MeasureId id) {
        if (!seen.add(id)) {
            throw new InvalidValueException("measure '" + id + "' appears twice in a KPI selection:"
                    + " a candidate is either selected or excluded, once");
        }
    }

    /**
     * The selected KPI for a measure.
     *
     * @param measure the measure id
     * @return the KPI, or empty when the measure was not selected
     */
    public Optional<Kpi> kpi(MeasureId measure) {
        Checks.notNull(measure, "measure");
        return kpis.stream().filter(k -> k.measure().equals(measure)).findFirst();
    }

    /**
     * The exclusion of a measure.
     *
     * @param measure the measure id
     * @return the exclusion, or empty when the measure was selected or was never a candidate
     */
    public Optional<ExcludedCandidate> exclusion(MeasureId measure) {
        Checks.notNull(measure, "measure");
        return excluded.stream().filter(e -> e.measure().equals(measure)).findFirst();
    }

    /**
     * The check of a rule.
     *
     * @param rule the rule id, e.g. {@code kpi-cap}
     * @return the check, or empty when the rule was not checked
     */
    public Optional<RuleCheck> check(String rule) {
        Checks.notNull(rule, "rule");
        return checks.stream().filter(c -> c.rule().equals(rule)).findFirst();
    }

    /**
     * The selected measures, in order.
     *
     * @return the measure ids
     */
    public List<MeasureId> selectedMeasures() {
        return kpis.stream().map(Kpi::measure).toList();
    }

    /**
     * The rules the selection could not honour.
     *
     * @return the failed checks, in order
     */
    public List<RuleCheck> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
