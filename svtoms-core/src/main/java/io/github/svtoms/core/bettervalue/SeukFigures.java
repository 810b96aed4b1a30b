package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.FileId;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An organisation's figures for a Social Enterprise UK self-assessment, one per criterion; any may be missing
 * (that criterion is then not assessed). Start from {@link #NONE} and add figures with the {@code with…}
 * methods, which return modified copies.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param yearsOfExperience years as an expert provider of the service, at least 0
 * @param currentPerformance current performance against the contract's requirements
 * @param friendsAndFamilyTest the Friends and Family Test score over the last 2 years, percent 0–100
 * @param communityNeedsInGovernance whether the needs of local communities and society are embedded in the
 *                                   governance framework
 * @param yearsWithoutDeficit consecutive most recent years ended without a deficit, at least 0 (0: a deficit at
 *                            the end of the previous year)
 * @param socialAndEnvironmentalImpact the evidence of added social and environmental value
 * @param environmentalPlan whether there is a strategic plan and actions to reduce environmental impact
 * @param bullyingAndHarassment the percentage of staff claiming bullying and harassment, 0–100
 * @param bullyingEvidenceYears the years of staff-survey evidence behind that percentage, at least 0; given
 *                              together with it
 * @param staffEngagement staff engagement from the annual staff survey, percent 0–100
 * @param wellLed the CQC well-led rating, for services the CQC rates
 * @param localIntegration the evidence of partnership and integrated pathways with local providers
 * @param voluntarySectorWork the evidence of joint work with voluntary and charitable organisations
 */
public record SeukFigures(Optional<BigDecimal> yearsOfExperience, Optional<Performance> currentPerformance,
                          Optional<BigDecimal> friendsAndFamilyTest, Optional<Boolean> communityNeedsInGovernance,
                          Optional<Integer> yearsWithoutDeficit, Optional<ImpactEvidence> socialAndEnvironmentalImpact,
                          Optional<Boolean> environmentalPlan, Optional<BigDecimal> bullyingAndHarassment,
                          Optional<Integer> bullyingEvidenceYears, Optional<BigDecimal> staffEngagement,
                          Optional<CqcRating> wellLed, Optional<PartnershipEvidence> localIntegration,
                          Optional<PartnershipEvidence> voluntarySectorWork) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Validates the figures.
     *
     * @throws InvalidValueException when a figure is out of range, or the bullying percentage and its years of
     *                               evidence are not given together
     */
    public SeukFigures {
        Checks.notNull(yearsOfExperience, "years of experience").ifPresent(y -> nonNegative(y, "years of experience"));
        Checks.notNull(currentPerformance, "current performance");
        Checks.notNull(friendsAndFamilyTest, "Friends and Family Test").ifPresent(p -> percent(p, "Friends and Family Test"));
        Checks.notNull(communityNeedsInGovernance, "community needs in governance");
        Checks.notNull(yearsWithoutDeficit, "years without deficit").ifPresent(y -> {
            if (y < 0) {
                throw new InvalidValueException("invalid years without deficit " + y + ": must be at least 0");
            }
        });
        Checks.notNull(socialAndEnvironmentalImpact, "social and environmental impact");
        Checks.notNull(environmentalPlan, "environmental plan");
        Checks.notNull(bullyingAndHarassment, "bullying and harassment").ifPresent(p -> percent(p, "bullying and harassment"));
        Checks.notNull(bullyingEvidenceYears, "bullying evidence years").ifPresent(y -> {
            if (y < 0) {
                throw new InvalidValueException("invalid years of bullying evidence " + y + ": must be at least 0");
            }
        });
        if (bullyingAndHarassment.isPresent() != bullyingEvidenceYears.isPresent()) {
            throw new InvalidValueException("the bullying and harassment percentage and its years of evidence are given"
                    + " together: the thresholds are 1 year's evidence below 12% and 3 years' below 6%");
        }
        Checks.notNull(staffEngagement, "staff engagement").ifPresent(p -> percent(p, "staff engagement"));
        Checks.notNull(wellLed, "well-led rating");
        Checks.notNull(localIntegration, "local integration");
        Checks.notNull(voluntarySectorWork, "voluntary sector work");
    }

    private static void nonNegative(BigDecimal v, String what) {
        if (v.signum() < 0) {
            throw new InvalidValueException("invalid " + what + " " + v.toPlainString() + ": must be at least 0");
        }
    }

    private static void percent(BigDecimal v, String what) {
        if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("invalid " + what + " " + v.toPlainString() + "%: must be between 0 and 100");
        }
    }

    /** No figure given. */
    public static final SeukFigures NONE = new SeukFigures(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * A copy with the years as an expert provider.
     *
     * @param years at least 0
     * @return the modified copy
     */
    public SeukFigures withYearsOfExperience(BigDecimal years) {
        return new SeukFigures(Optional.of(Checks.notNull(years, "years of experience")), currentPerformance,
                friendsAndFamilyTest, communityNeedsInGovernance, yearsWithoutDeficit, socialAndEnvironmentalImpact,
                environmentalPlan, bullyingAndHarassment, bullyingEvidenceYears, staffEngagement, wellLed,
                localIntegration, voluntarySectorWork);
    }

    /**
     * A copy with current performance.
     *
     * @param value the performance
     * @return the modified copy
     */
    public SeukFigures withCurrentPerformance(Performance value) {
        return new SeukFigures(yearsOfExperience, Optional.of(Checks.notNull(value, "current performance")),
                friendsAndFamilyTest, communityNeedsInGovernance, yearsWithoutDeficit, socialAndEnvironmentalImpact,
                environmentalPlan, bullyingAndHarassment, bullyingEvidenceYears, staffEngagement, wellLed,
                localIntegration, voluntarySectorWork);
    }

    /**
     * A copy with the Friends and Family Test score.
     *
     * @param percent 0–100
     * @return the modified copy
     */
    public SeukFigures withFriendsAndFamilyTest(BigDecimal percent) {
        return new SeukFigures(yearsOfExperience, currentPerformance,
                Optional.of(Checks.notNull(percent, "Friends and Family Test")), communityNeedsInGovernance,
                yearsWithoutDeficit, socialAndEnvironmentalImpact, environmentalPlan, bullyingAndHarassment,
                bullyingEvidenceYears, staffEngagement, wellLed, localIntegration, voluntarySectorWork);
    }

    /**
     * A copy with whether community needs are embedded in governance.
     *
     * @param value the answer
     * @return the modified copy
     */
    public SeukFigures withCommunityNeedsInGovernance(boolean value) {
        return new SeukFigures(yearsOfExperience, currentPerformance, friendsAndFamilyTest, Optional.of(value),
                yearsWithoutDeficit, socialAndEnvironmentalImpact, environmentalPlan, bullyingAndHarassment,
                bullyingEvidenceYears, staffEngagement, wellLed, localIntegration, voluntarySectorWork);
    }

    /**
     * A copy with the consecutive most recent years without a deficit.
     *
     * @param years at least 0
     * @return the modified copy
     */
    public SeukFigures withYearsWithoutDeficit(int years) {
        return new SeukFigures(yearsOfExperience, currentPerformance, friendsAndFamilyTest,
                communityNeedsInGovernance, Optional.of(years), socialAndEnvironmentalImpact, environmentalPlan,
                bullyingAndHarassment, bullyingEvidenceYears, staffEngagement, wellLed, localIntegration,
                voluntarySectorWork);
    }

    /**
     * A copy with the evidence of added social and environmental value.
     *
     * @param value the evidence
     * @return the modified copy
     */
    public SeukFigures withSocialAndEnvironmentalImpact(ImpactEvidence value) {
        return new SeukFigures(yearsOfExperience, currentPerformance, friendsAndFamilyTest,
                communityNeedsInGovernance, yearsWithoutDeficit,
                Optional.of(Checks.notNull(value, "social and environmental impact")), environmentalPlan,
                bullyingAndHarassment, bullyingEvidenceYears, staffEngagement, wellLed, localIntegration,
                voluntarySectorWork);
    }

    /**
     * A copy with whether there is an environmental plan.
     *
     * @param value the answer
     * @return the modified copy
     */
    public SeukFigures withEnvironmentalPlan(boolean value) {
        return new SeukFigures(yearsOfExperience, currentPerformance, friendsAndFamilyTest,
                communityNeedsInGovernance, yearsWithoutDeficit, socialAndEnvironmentalImpact, Optional.of(value),
                bullyingAndHarassment, bullyingEvidenceYears, staffEngagement, wellLed, localIntegration,
                voluntarySectorWork);
    }

    /**
     * A copy with staff engagement.
     *
     * @param percent 0–100
     * @return the modified copy
     */
    public SeukFigures withStaffEngagement(BigDecimal percent) {
        return new SeukFigures(yearsOfExperience, currentPerformance, friendsAndFamilyTest,
                communityNeedsInGovernance, yearsWithoutDeficit, socialAndEnvironmentalImpact, environmentalPlan,
                bullyingAndHarassment, bullyingEvidenceYears,
                Optional.of(Checks.notNull(percent, "staff engagement")), wellLed, localIntegration,
                voluntarySectorWork);
    }

    /**
     * A copy with the CQC well-led rating.
     *
     * @param rating the rating
     * @return the modified copy
     */
    public SeukFigures withWellLed(CqcRating rating) {
        return new SeukFigures(yearsOfExperience, currentPerformance, friendsAndFamilyTest,
                communityNeedsInGovernance, yearsWithoutDeficit, socialAndEnvironmentalImpact, environmentalPlan,
                bullyingAndHarassment, bullyingEvidenceYears, staffEngagement,
                Optional.of(Checks.notNull(rating, "well-led rating")), localIntegration, voluntarySectorWork);
    }

    /**
     * A copy with the evidence of integration with local providers.
     *
     * @param value the evidence
     * @return the modified copy
     */
    public SeukFigures withLocalIntegration(PartnershipEvidence value) {
        return new SeukFigures(yearsOfExperience, currentPerformance, friendsAndFamilyTest,
                communityNeedsInGovernance, yearsWithoutDeficit, socialAndEnvironmentalImpact, environmentalPlan,
                bullyingAndHarassment, bullyingEvidenceYears, staffEngagement, wellLed,
                Optional.of(Checks.notNull(value, "local integration")), voluntarySectorWork);
    }

    /**
     * A copy with the evidence of joint work with voluntary and charitable organisations.
     *
     * @param value the evidence
     * @return the modified copy
     */
    public SeukFigures withVoluntarySectorWork(PartnershipEvidence value) {
        return new SeukFigures(yearsOfExperience, currentPerformance, friendsAndFamilyTest,
                communityNeedsInGovernance, yearsWithoutDeficit, socialAndEnvironmentalImpact, environmentalPlan,
                bullyingAndHarassment, bullyingEvidenceYears, staffEngagement, wellLed, localIntegration,
                Optional.of(Checks.notNull(value, "voluntary sector work")));
    }

    /**
     * A copy with the bullying and harassment percentage and its years of evidence.
     *
     * @param percent 0–100
     * @param evidenceYears at least 0
     * @return the modified copy
     */
    public SeukFigures withBullyingAndHarassment(BigDecimal percent, int evidenceYears) {
        return new SeukFigures(yearsOfExperience, currentPerformance, friendsAndFamilyTest,
                communityNeedsInGovernance, yearsWithoutDeficit, socialAndEnvironmentalImpact, environmentalPlan,
                Optional.of(Checks.notNull(percent, "bullying and harassment")), Optional.of(evidenceYears),
                staffEngagement, wellLed, localIntegration, voluntarySectorWork);
    }

    /** Current performance against the contract's requirements, worst first. Immutable and thread-safe. */
    public enum Performance implements FileId {
        /** Below requirements. File id {@code below}. */
        BELOW,
        /** Meeting requirements. File id {@code meeting}. */
        MEETING,
        /** Exceeding contract requirements. File id {@code exceeding}. */
        EXCEEDING
    }

    /** Evidence of added social and environmental value, weakest first. Immutable and thread-safe. */
    public enum ImpactEvidence implements FileId {
        /** None. File id {@code none}. */
        NONE,
        /** A clear rationale and evidence of added social and environmental value. File id {@code rationale-and-evidence}. */
        RATIONALE_AND_EVIDENCE,
        /** Quantifiable evidence in £ or suitable units of value. File id {@code quantified}. */
        QUANTIFIED
    }

    /** A CQC rating, worst first. Immutable and thread-safe. */
    public enum CqcRating implements FileId {
        /** Inadequate. File id {@code inadequate}. */
        INADEQUATE("Inadequate"),
        /** Requires improvement. File id {@code requires-improvement}. */
        REQUIRES_IMPROVEMENT("Requires improvement"),
        /** Good. File id {@code good}. */
        GOOD("Good"),
        /** Outstanding. File id {@code outstanding}. */
        OUTSTANDING("Outstanding");

        private final String words;

        CqcRating(String words) {
            this.words = words;
        }

        /** @return the rating in words */
        public String words() {
            return words;
        }
    }

    /** Evidence of partnership work, weakest first. Immutable and thread-safe. */
    public enum PartnershipEvidence implements FileId {
        /** None. File id {@code none}. */
        NONE("none"),
        /** In place. File id {@code in-place}. */
        IN_PLACE("in place"),
        /** In place and demonstrating added value. File id {@code demonstrating-added-value}. */
        DEMONSTRATING_ADDED_VALUE("in place and demonstrating added value"),
        /** Long term partnership agreements in place and demonstrating added value. File id {@code long-term-agreements}. */
        LONG_TERM_AGREEMENTS("long term partnership agreements in place and demonstrating added value");

        private final String words;

        PartnershipEvidence(String words) {
            this.words = words;
        }

        /** @return the evidence in words */
        public String words() {
            return words;
        }
    }
}
