package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;

/**
 * How a marked social value criterion's score divides between the buyer's specified requirements and an
 * open question in which the supplier proposes its own offer. Kent's "Together for Social Value" uses
 * 60 % specified, 40 % open ({@link #KENT_DEFAULT}).
 *
 * <p>A bid's mark for such a criterion is {@code specified × specifiedPercent / 100 + open × openPercent / 100}
 * on the 0–100 scale (see {@link SocialValueMarks}).
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param specifiedPercent percent of the social value score for specified requirements, 0–100
 * @param openPercent percent for the open question, 0–100; the two add up to exactly 100
 */
public record SocialValueSplit(BigDecimal specifiedPercent, BigDecimal openPercent) {
    /** 60 % specified requirements, 40 % open question (Kent). */
    public static final SocialValueSplit KENT_DEFAULT = new SocialValueSplit(BigDecimal.valueOf(60), BigDecimal.valueOf(40));

    /**
     * Validates the split.
     *
     * @param specifiedPercent 0–100
     * @param openPercent 0–100, adding up to 100 with {@code specifiedPercent}
     * @throws InvalidValueException when a share is out of range or they do not add up to 100
     */
    public SocialValueSplit {
        Numbers.percent(specifiedPercent, "specified requirements share");
        Numbers.percent(openPercent, "open question share");
        BigDecimal sum = specifiedPercent.add(openPercent);
        if (sum.compareTo(Numbers.HUNDRED) != 0) {
            throw new InvalidValueException("social value split " + Numbers.plain(specifiedPercent) + " / "
                    + Numbers.plain(openPercent) + " adds up to " + Numbers.plain(sum)
                    + ", not 100: the specified and open shares must add up to exactly 100 percent");
        }
    }

    /**
     * A split given the specified share; the open share is the rest.
     *
     * @param specifiedPercent 0–100
     * @return the split
     */
    public static SocialValueSplit ofSpecified(BigDecimal specifiedPercent) {
        Numbers.percent(specifiedPercent, "specified requirements share");
        return new SocialValueSplit(specifiedPercent, Numbers.HUNDRED.subtract(specifiedPercent));
    }
}
