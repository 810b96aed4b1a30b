package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

import java.util.Optional;

/**
 * The twelve criteria of the Social Enterprise UK public and social value framework as seed 003 reproduces
 * them ("Experience and knowledge — Essential — Desirable"), with the seed's essential and desirable thresholds.
 * The seed's copy of the table gives no threshold for {@link #ENVIRONMENTAL_PLAN} and only a desirable one for
 * {@link #COMMUNITY_COMMITMENT}; none is invented.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum SeukCriterion implements FileId {
    /** Experience as expert provider of services being considered: minimum of 2 years / 4 years. */
    EXPERIENCE("Experience as expert provider of services being considered",
            "minimum of 2 years", "4 years"),
    /** Current performance as a provider: meeting requirements / exceeding contract requirements. */
    CURRENT_PERFORMANCE("Current performance as a provider",
            "meeting requirements", "exceeding contract requirements"),
    /** Service-user ratings over the last 2 years: Friends and Family Test 92 % / 95 %+. */
    SERVICE_USER_RATINGS("History of high-quality ratings from service users for service being considered over last 2 years",
            "FFT of 92%", "FFT 95%+"),
    /** Perceived by local communities as committed to them: desirable only. */
    COMMUNITY_COMMITMENT("Perceived by local communities to be committed to supporting communities",
            null, "has the needs of local communities and society embedded in governance framework"),
    /** A strong financial position without deficits: none last year / none for 3 years. */
    FINANCIAL_POSITION("Organisation in strong financial position - without deficits",
            "no deficit at end of previous year", "no deficit for previous 3 years"),
    /** Creating social and environmental impact through the delivery of services. */
    SOCIAL_AND_ENVIRONMENTAL_IMPACT("Is creating social and environmental impact through the delivery of services",
            "has a clear rationale and evidence of added social and environmental value",
            "has quantifiable evidence of added social and environmental value in £ or suitable units of value"),
    /** A strategic plan and actions to reduce environmental impact: no threshold in the seed's copy. */
    ENVIRONMENTAL_PLAN("Evidence of strategic plan and actions to reduce environmental impact",
            null, null),
    /** Staff claiming bullying and harassment: 1 year's evidence below 12 % / 3 years' below 6 %. */
    BULLYING_AND_HARASSMENT("Staff survey ratings - evidence from the last 2 years of staff claiming bullying and harassment",
            "1 years evidence <12%", "3 years evidence <6%"),
    /** Staff engagement from the annual staff survey: above 80 % / above 85 %. */
    STAFF_ENGAGEMENT("Staff engagement from annual staff survey", ">80%", ">85%"),
    /** CQC well-led rating, for services the CQC rates: Good / Outstanding. */
    LEADERSHIP("Leadership ratings - for services rated by the CQC (well-led domain)", "Good", "Outstanding"),
    /** Integration with local providers: in place / demonstrating added value. */
    LOCAL_INTEGRATION("Integration with local providers - evidence of partnership and integrated pathways",
            "in place", "demonstrating added value"),
    /** Joint work with voluntary and charitable organisations. */
    VOLUNTARY_SECTOR_WORK("Evidence of joint work with voluntary and charitable organisations",
            "in place and demonstrating added value",
            "long term partnership agreements in place and demonstrating added value");

    private final String text;
    private final String essential;
    private final String desirable;

    SeukCriterion(String text, String essential, String desirable) {
        this.text = text;
        this.essential = essential;
        this.desirable = desirable;
    }

    /**
     * The criterion in the seed's words.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The essential threshold in the seed's words.
     *
     * @return the text, or empty when the seed gives none
     */
    public Optional<String> essential() {
        return Optional.ofNullable(essential);
    }

    /**
     * The desirable threshold in the seed's words.
     *
     * @return the text, or empty when the seed gives none
     */
    public Optional<String> desirable() {
        return Optional.ofNullable(desirable);
    }

    /**
     * Reads an id written by {@link #id()}.
     *
     * @param id the id
     * @return the criterion
     * @throws InvalidValueException for any other text
     */
    public static SeukCriterion fromId(String id) {
        return FileIds.parse(SeukCriterion.class, id, "Social Enterprise UK criterion");
    }
}
