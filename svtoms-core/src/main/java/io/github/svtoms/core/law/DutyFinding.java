package io.github.svtoms.core.law;

import io.github.svtoms.core.internal.Checks;

import java.util.Optional;

/**
 * The outcome of checking one duty or rule for a procurement, e.g. rule {@code s52-kpis}, met, error,
 * "contract value £6,000,000.00 including VAT is more than £5,000,000.00 including VAT: at least 3 KPIs
 * …", evidence secondary, source "Procurement Act 2023 s.52".
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param rule the rule id, e.g. {@code s23-minimum-social-value-weighting}
 * @param verdict met, not met, not applicable, or cannot be checked
 * @param level how much a verdict of not met matters (a duty, or advice)
 * @param detail what was found, naming the figures and the rule
 * @param evidence how well the rule itself is evidenced ([V] or [S]); empty for a rule a framework states
 *                 without grading it (a local framework's own rule)
 * @param source where the rule comes from, e.g. {@code Procurement Act 2023 s.52}
 */
public record DutyFinding(String rule, Verdict verdict, DutyLevel level, String detail,
                          Optional<EvidenceGrade> evidence, String source) {
    /**
     * Validates the finding.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or blank
     */
    public DutyFinding {
        Checks.identifier(rule, "rule id");
        Checks.notNull(verdict, "verdict of rule '" + rule + "'");
        Checks.notNull(level, "level of rule '" + rule + "'");
        Checks.notBlank(detail, "detail of rule '" + rule + "'");
        Checks.notNull(evidence, "evidence grade of rule '" + rule + "'");
        Checks.notBlank(source, "source of rule '" + rule + "'");
    }

    /**
     * A finding on a graded rule.
     *
     * @param rule the rule id
     * @param verdict the verdict
     * @param level the level
     * @param detail what was found
     * @param evidence the rule's evidence grade
     * @param source where the rule comes from
     * @return the finding
     */
    public static DutyFinding of(String rule, Verdict verdict, DutyLevel level, String detail, EvidenceGrade evidence,
                                 String source) {
        return new DutyFinding(rule, verdict, level, detail, Optional.of(Checks.notNull(evidence, "evidence grade")), source);
    }

    /**
     * Whether this is a duty that is not met (advice never is).
     *
     * @return {@code true} for a verdict of not met at level {@link DutyLevel#ERROR}
     */
    public boolean isError() {
        return verdict == Verdict.NOT_MET && level == DutyLevel.ERROR;
    }

    /**
     * Whether the finding could not be checked.
     *
     * @return {@code true} for {@link Verdict#CANNOT_BE_CHECKED}
     */
    public boolean cannotBeChecked() {
        return verdict == Verdict.CANNOT_BE_CHECKED;
    }
}
