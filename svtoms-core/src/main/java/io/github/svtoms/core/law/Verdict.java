package io.github.svtoms.core.law;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * The verdict of a {@link DutyFinding}: the rule is met, not met, does not apply, or cannot be checked from
 * what is known (a value on the other VAT basis, a ranked rather than weighted criterion, a value in another
 * currency). "Cannot be checked" is neither a pass nor a fail. Its {@link #id()} in files is {@code met},
 * {@code not-met}, {@code not-applicable} or {@code cannot-be-checked}.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Verdict implements FileId {
    /** The rule applies and is met. */
    MET,
    /** The rule applies and is not met. */
    NOT_MET,
    /** The rule does not apply (below its threshold, out of its scope, an exemption). */
    NOT_APPLICABLE,
    /** What is known does not decide it. */
    CANNOT_BE_CHECKED;

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the verdict
     * @throws InvalidValueException for any other text
     */
    public static Verdict fromId(String id) {
        return FileIds.parse(Verdict.class, id, "verdict");
    }
}
