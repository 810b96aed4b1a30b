package io.github.svtoms.core.kpi;

import io.github.svtoms.core.internal.Checks;

/**
 * The outcome of one selection rule, e.g. rule {@code mandatory-theme:fighting-climate-change}, passed,
 * "Fighting climate change theme included: yes (carbon-saved; required by framework nhs-2022)". A
 * failed check means the selection could not honour the rule (the catalogue has no applicable measure,
 * or the cap is too small) and the buyer must act. Maps one-to-one onto an entry of {@code checks} in
 * {@value KpiSelection#FORMAT}.
 *
 * <p>Rule ids: {@code kpi-cap}, {@code mandatory-theme:<theme>} (or {@code mandatory-themes} when no
 * theme is mandatory), {@code minimum-outcomes},
 * {@code priority-groups}, {@code priority-coverage}, {@code known-sectors} (fails when a sector tag of the
 * contract is used by no measure of the catalogue, naming the tag and suggesting close matches among
 * {@link io.github.svtoms.core.catalogue.Catalogue#sectors()}), {@code no-financial-proxies}.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param rule the rule id
 * @param passed whether the selection honours it
 * @param detail what was found, in plain words
 */
public record RuleCheck(String rule, boolean passed, String detail) {
    /**
     * Validates the check.
     *
     * @throws io.github.svtoms.core.InvalidValueException when the rule or detail is missing or blank
     */
    public RuleCheck {
        Checks.identifier(rule, "rule id");
        if (detail == null || detail.isBlank()) { // the message is built only when it is needed
            Checks.notBlank(detail, "detail of rule '" + rule + "'");
        }
    }
}
