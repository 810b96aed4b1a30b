package io.github.svtoms.core.law;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

import java.util.Optional;

/**
 * Whether a procurement (or a supplier) is required to do something — a Carbon Reduction Plan, a modern
 * slavery statement — and why, before anyone says whether it was done. {@link #against(Optional)} turns it
 * into a {@link DutyFinding} once that is known.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param rule the rule id, e.g. {@code ppn006-carbon-reduction-plan}
 * @param status required, not required, or cannot be checked
 * @param level how much it matters when required and not done
 * @param reason why, naming the figures, the threshold and its basis
 * @param evidence how well the rule is evidenced
 * @param source where the rule comes from
 */
public record Requirement(String rule, Status status, DutyLevel level, String reason, EvidenceGrade evidence,
                          String source) {
    /**
     * Validates the requirement.
     *
     * @throws InvalidValueException when a part is missing or blank
     */
    public Requirement {
        Checks.identifier(rule, "rule id");
        Checks.notNull(status, "status of rule '" + rule + "'");
        Checks.notNull(level, "level of rule '" + rule + "'");
        Checks.notBlank(reason, "reason of rule '" + rule + "'");
        Checks.notNull(evidence, "evidence grade of rule '" + rule + "'");
        Checks.notBlank(source, "source of rule '" + rule + "'");
    }

    /**
     * Whether it is required.
     *
     * @return {@code true} for {@link Status#REQUIRED}
     */
    public boolean required() {
        return status == Status.REQUIRED;
    }

    /**
     * The finding once it is known whether the requirement was met.
     *
     * @param done whether it was done (the plan asked for, the statement published), if known
     * @return met or not met when required and known; cannot be checked when required and unknown or when the
     *         requirement itself cannot be checked; not applicable when not required
     */
    public DutyFinding against(Optional<Boolean> done) {
        Checks.notNull(done, "done");
        return switch (status) {
            case NOT_REQUIRED -> DutyFinding.of(rule, Verdict.NOT_APPLICABLE, level, reason, evidence, source);
            case CANNOT_BE_CHECKED -> DutyFinding.of(rule, Verdict.CANNOT_BE_CHECKED, level, reason, evidence, source);
            case REQUIRED -> done.isEmpty()
                    ? DutyFinding.of(rule, Verdict.CANNOT_BE_CHECKED, level, reason + "; whether it was done is not stated",
                            evidence, source)
                    : DutyFinding.of(rule, done.get() ? Verdict.MET : Verdict.NOT_MET, level,
                            reason + (done.get() ? "; done" : "; not done"), evidence, source);
        };
    }

    /** Whether the requirement applies. Immutable and thread-safe (an enum). */
    public enum Status implements FileId {
        /** It applies. File id {@code required}. */
        REQUIRED,
        /** It does not apply. File id {@code not-required}. */
        NOT_REQUIRED,
        /** What is known does not decide it. File id {@code cannot-be-checked}. */
        CANNOT_BE_CHECKED;

        /**
         * Reads an id written by {@link #id()}.
         *
         * @param id the id
         * @return the status
         * @throws InvalidValueException for any other text
         */
        public static Status fromId(String id) {
            return FileIds.parse(Status.class, id, "requirement status");
        }
    }
}
