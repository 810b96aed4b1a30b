package io.github.svtoms.core.law;

import io.github.svtoms.core.InvalidValueException;

/**
 * The verdict of a {@link DutyFinding}: the rule is met, not met, does not apply, or cannot be checked from
 * what is known (a value on the other VAT basis, a ranked rather than weighted criterion, a value in another
 * currency). "Cannot be checked" is neither a pass nor a fail.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Verdict {
    /** The rule applies and is met. File id {@code met}. */
    MET("met"),
    /** The rule applies and is not met. File id {@code not-met}. */
    NOT_MET("not-met"),
    /** The rule does not apply (below its threshold, out of its scope, an exemption). File id {@code not-applicable}. */
    NOT_APPLICABLE("not-applicable"),
    /** What is known does not decide it. File id {@code cannot-be-checked}. */
    CANNOT_BE_CHECKED("cannot-be-checked");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    /**
     * The id used in files.
     *
     * @return e.g. {@code cannot-be-checked}
     */
    public String id() {
        return id;
    }

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the verdict
     * @throws InvalidValueException for any other text
     */
    public static Verdict fromId(String id) {
        for (Verdict v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new InvalidValueException("unknown verdict '" + id
                + "': expected met, not-met, not-applicable or cannot-be-checked");
    }
}
