package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * The five words a Contract Performance Notice (Procurement Act 2023 s.71, Procurement Regulations 2024
 * reg. 39) rates each KPI with, with their OCDS UK codes [V for the first four, S for "Other"]:
 *
 * <table>
 *   <caption>Statutory ratings</caption>
 *   <tr><th>rating</th><th>meaning</th><th>file id</th><th>OCDS UK code</th></tr>
 *   <tr><td>Good</td><td>meeting or exceeding the KPI</td><td>{@code good}</td><td>{@code met}</td></tr>
 *   <tr><td>Approaching target</td><td>close to meeting the KPI</td><td>{@code approaching-target}</td><td>{@code slightlyBelow}</td></tr>
 *   <tr><td>Requires improvement</td><td>below the KPI</td><td>{@code requires-improvement}</td><td>{@code below}</td></tr>
 *   <tr><td>Inadequate</td><td>significantly below the KPI</td><td>{@code inadequate}</td><td>{@code significantlyBelow}</td></tr>
 *   <tr><td>Other</td><td>cannot be described by the four above</td><td>{@code other}</td><td>{@code other}</td></tr>
 * </table>
 *
 * <p>The first four are declared best first; {@link #OTHER} is not on that scale. Red / amber / green stays
 * as a view ({@link RagStatus}); {@link RatingThresholds} turns delivery into these words.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum StatutoryRating implements FileId {
    /** Meeting or exceeding the KPI. */
    GOOD("met", "Good"),
    /** Close to meeting the KPI. */
    APPROACHING_TARGET("slightlyBelow", "Approaching target"),
    /** Below the KPI. */
    REQUIRES_IMPROVEMENT("below", "Requires improvement"),
    /** Significantly below the KPI. */
    INADEQUATE("significantlyBelow", "Inadequate"),
    /** Performance cannot be described by the four ratings above. */
    OTHER("other", "Other");

    private final String ocdsCode;
    private final String words;

    StatutoryRating(String ocdsCode, String words) {
        this.ocdsCode = ocdsCode;
        this.words = words;
    }

    /**
     * The OCDS UK code ({@code ocdsRating}).
     *
     * @return e.g. {@code slightlyBelow}
     */
    public String ocdsCode() {
        return ocdsCode;
    }

    /**
     * The statutory words.
     *
     * @return e.g. {@code Approaching target}
     */
    public String words() {
        return words;
    }

    /**
     * Whether the rating is on the scale from good to inadequate (not {@link #OTHER}).
     *
     * @return {@code true} for the first four
     */
    public boolean graded() {
        return this != OTHER;
    }

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the rating
     * @throws InvalidValueException for any other text
     */
    public static StatutoryRating fromId(String id) {
        return FileIds.parse(StatutoryRating.class, id, "rating");
    }

    /**
     * Reads an OCDS UK code.
     *
     * @param code the code, e.g. {@code slightlyBelow}
     * @return the rating
     * @throws InvalidValueException for any other text
     */
    public static StatutoryRating fromOcdsCode(String code) {
        for (StatutoryRating r : values()) {
            if (r.ocdsCode.equals(code)) {
                return r;
            }
        }
        throw new InvalidValueException("unknown OCDS rating code '" + code
                + "': expected met, slightlyBelow, below, significantlyBelow or other");
    }
}
