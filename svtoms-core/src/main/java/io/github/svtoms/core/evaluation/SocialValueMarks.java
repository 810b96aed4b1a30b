package io.github.svtoms.core.evaluation;

import java.math.BigDecimal;

/**
 * A bid's marks for one marked social value criterion, each on the 0–100 scale: for the specified
 * requirements and for the open question. The scheme's {@link SocialValueSplit} combines them.
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param specified the mark for the specified requirements, 0–100
 * @param open the mark for the open question, 0–100
 */
public record SocialValueMarks(BigDecimal specified, BigDecimal open) {
    /**
     * Validates the marks.
     *
     * @param specified 0–100
     * @param open 0–100
     * @throws io.github.svtoms.core.InvalidValueException when a mark is out of range
     */
    public SocialValueMarks {
        Numbers.percent(specified, "specified requirements mark");
        Numbers.percent(open, "open question mark");
    }

    /**
     * The same mark for both parts, for a social value question that is not split: whatever the split,
     * the combined mark is {@code mark}.
     *
     * @param mark 0–100
     * @return the marks
     */
    public static SocialValueMarks of(BigDecimal mark) {
        return new SocialValueMarks(mark, mark);
    }

    /**
     * The combined mark on the 0–100 scale.
     *
     * @param split the scheme's split
     * @return {@code specified × split.specified / 100 + open × split.open / 100}, exact
     */
    public BigDecimal combined(SocialValueSplit split) {
        return specified.multiply(split.specifiedPercent()).add(open.multiply(split.openPercent()))
                .divide(Numbers.HUNDRED);
    }
}
