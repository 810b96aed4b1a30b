package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;

/**
 * The result of checking one framework rule against an evaluation scheme.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param ruleId the rule, e.g. {@code minimum-social-value-weighting} (see {@link FrameworkCheck})
 * @param passed whether the scheme meets it
 * @param severity how much a failure matters
 * @param detail a sentence naming the figures, the rule and the framework, e.g.
 *               {@code "social value weighting 8% is below the 10% minimum of framework nhs-2022"}
 */
public record Finding(String ruleId, boolean passed, Severity severity, String detail) {
    /**
     * Validates the finding.
     *
     * @param ruleId not blank
     * @param passed whether it passed
     * @param severity the severity
     * @param detail not blank
     */
    public Finding {
        Checks.identifier(ruleId, "rule id");
        Checks.notNull(severity, "severity");
        Checks.notBlank(detail, "detail");
    }

    /**
     * Whether this finding is a failed {@link Severity#ERROR} rule.
     *
     * @return {@code true} when the scheme breaks this rule
     */
    public boolean isError() {
        return !passed && severity == Severity.ERROR;
    }
}
