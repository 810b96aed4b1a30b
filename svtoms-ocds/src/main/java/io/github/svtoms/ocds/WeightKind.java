package io.github.svtoms.ocds;

import java.util.Optional;

/**
 * How an award criterion's number weighs it: the OCDS award criteria extension's {@code weight} codes
 * (from eForms BT-5421). Immutable and thread-safe (an enum).
 */
public enum WeightKind {
    /** A percentage of the total score: 40 means 40 %. */
    PERCENTAGE_EXACT("percentageExact"),
    /** The middle of a range of percentages (60–85 % gives 72.5). */
    PERCENTAGE_RANGE_MIDDLE("percentageRangeMiddle"),
    /** A share of the total score as a decimal: 0.4 means 40 %. */
    DECIMAL_EXACT("decimalExact"),
    /** The middle of a range of decimal shares. */
    DECIMAL_RANGE_MIDDLE("decimalRangeMiddle"),
    /** Points: a criterion's share is its points over the points of all criteria. */
    POINTS_EXACT("pointsExact"),
    /** The middle of a range of points. */
    POINTS_RANGE_MIDDLE("pointsRangeMiddle"),
    /** A rank in order of importance (1 is the most important): no percentage can be derived. */
    ORDER("order");

    private final String code;

    WeightKind(String code) {
        this.code = code;
    }

    /**
     * The OCDS code, e.g. {@code percentageExact}.
     *
     * @return the code
     */
    public String ocdsCode() {
        return code;
    }

    /**
     * The kind with this OCDS code.
     *
     * @param code the code as written (exact match)
     * @return the kind, or empty for any other text
     */
    public static Optional<WeightKind> fromOcdsCode(String code) {
        for (WeightKind k : values()) {
            if (k.code.equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the number is the middle of a range rather than an exact weight.
     *
     * @return {@code true} for the three range-middle kinds
     */
    public boolean isRangeMiddle() {
        return this == PERCENTAGE_RANGE_MIDDLE || this == DECIMAL_RANGE_MIDDLE || this == POINTS_RANGE_MIDDLE;
    }

    /**
     * Whether the number is points, whose percentage depends on the other criteria's points.
     *
     * @return {@code true} for the two points kinds
     */
    public boolean isPoints() {
        return this == POINTS_EXACT || this == POINTS_RANGE_MIDDLE;
    }
}
