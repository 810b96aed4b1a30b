package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.InvalidValueException;

/**
 * The five actions the GGI better value checklist (seed 003) ends in, in the seed's words.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ChecklistAction {
    /** "Conduct research to ascertain whether the service is currently provided". File id {@code conduct-research}. */
    CONDUCT_RESEARCH("conduct-research", "Conduct research to ascertain whether the service is currently provided"),
    /** "Continue with current service provision". File id {@code continue-current-provision}. */
    CONTINUE_CURRENT_PROVISION("continue-current-provision", "Continue with current service provision"),
    /** "Seek best fit partnership or alternative supplier(s)". File id {@code seek-partnership-or-alternative}. */
    SEEK_PARTNERSHIP_OR_ALTERNATIVE("seek-partnership-or-alternative",
            "Seek best fit partnership or alternative supplier(s)"),
    /** "Incorporate quality improvement as part of the procurement". File id {@code incorporate-quality-improvement}. */
    INCORPORATE_QUALITY_IMPROVEMENT("incorporate-quality-improvement",
            "Incorporate quality improvement as part of the procurement"),
    /**
     * "Review service provision with a view to changing the current supplier". File id
     * {@code review-to-change-supplier}.
     */
    REVIEW_TO_CHANGE_SUPPLIER("review-to-change-supplier",
            "Review service provision with a view to changing the current supplier");

    private final String id;
    private final String words;

    ChecklistAction(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /**
     * The id used in files.
     *
     * @return e.g. {@code conduct-research}
     */
    public String id() {
        return id;
    }

    /**
     * The action in the seed's words.
     *
     * @return the text
     */
    public String words() {
        return words;
    }

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the action
     * @throws InvalidValueException for any other text
     */
    public static ChecklistAction fromId(String id) {
        for (ChecklistAction a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new InvalidValueException("unknown checklist action '" + id + "'");
    }
}
