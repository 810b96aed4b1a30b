package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * The five actions the GGI better value checklist (seed 003) ends in, in the seed's words.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ChecklistAction implements FileId {
    /** "Conduct research to ascertain whether the service is currently provided". File id {@code conduct-research}. */
    CONDUCT_RESEARCH("Conduct research to ascertain whether the service is currently provided"),
    /** "Continue with current service provision". File id {@code continue-current-provision}. */
    CONTINUE_CURRENT_PROVISION("Continue with current service provision"),
    /** "Seek best fit partnership or alternative supplier(s)". File id {@code seek-partnership-or-alternative}. */
    SEEK_PARTNERSHIP_OR_ALTERNATIVE("Seek best fit partnership or alternative supplier(s)"),
    /** "Incorporate quality improvement as part of the procurement". File id {@code incorporate-quality-improvement}. */
    INCORPORATE_QUALITY_IMPROVEMENT("Incorporate quality improvement as part of the procurement"),
    /**
     * "Review service provision with a view to changing the current supplier". File id
     * {@code review-to-change-supplier}.
     */
    REVIEW_TO_CHANGE_SUPPLIER("Review service provision with a view to changing the current supplier");

    private final String words;

    ChecklistAction(String words) {
        this.words = words;
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
        return FileIds.parse(ChecklistAction.class, id, "checklist action");
    }
}
