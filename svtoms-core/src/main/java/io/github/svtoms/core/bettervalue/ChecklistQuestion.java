package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * The four questions of the GGI better value checklist (seed 003), in the seed's words and numbering.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ChecklistQuestion implements FileId {
    /** 1. Do we know whether the service is currently provided? File id {@code known-whether-provided}. */
    KNOWN_WHETHER_PROVIDED(1, "Do we know whether the service is currently provided?"),
    /** 2. Are we, or our suppliers, providing a demonstrably and objectively good service? File id {@code good-service}. */
    GOOD_SERVICE(2, "Are we, or our suppliers, providing a demonstrably and objectively good service?"),
    /**
     * 3. Can we, or our suppliers, demonstrate and evidence the appetite / capacity to improve the quality of
     * the service? File id {@code capacity-to-improve}.
     */
    CAPACITY_TO_IMPROVE(3, "Can we, or our suppliers, demonstrate and evidence the appetite"
            + " / capacity to improve the quality of the service?"),
    /** 4. Is there evidence that we, or the supplier, improve alone? File id {@code improves-alone}. */
    IMPROVES_ALONE(4, "Is there evidence that we, or the supplier, improve alone?");

    private final int number;
    private final String text;

    ChecklistQuestion(int number, String text) {
        this.number = number;
        this.text = text;
    }

    /**
     * The question's number in the seed.
     *
     * @return 1 to 4
     */
    public int number() {
        return number;
    }

    /**
     * The question in the seed's words.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the question
     * @throws InvalidValueException for any other text
     */
    public static ChecklistQuestion fromId(String id) {
        return FileIds.parse(ChecklistQuestion.class, id, "checklist question");
    }
}
