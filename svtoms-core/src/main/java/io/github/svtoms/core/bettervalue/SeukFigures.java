package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An organisation's figures for a Social Enterprise UK self-assessment, one per criterion; any may be missing
 * (that criterion is then not assessed). Build with {@link #builder()}.
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

    /**
     * A builder with no figure given.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Current performance against the contract's requirements, worst first. Immutable and thread-safe. */
    public enum Performance {
        /** Below requirements. File id {@code below}. */
        BELOW("below"),
        /** Meeting requirements. File id {@code meeting}. */
        MEETING("meeting"),
        /** Exceeding contract requirements. File id {@code exceeding}. */
        EXCEEDING("exceeding");

        private final String id;

        Performance(String id) {
            this.id = id;
        }

        /** @return the id used in files */
        public String id() {
            return id;
        }
    }

    /** Evidence of added social and environmental value, weakest first. Immutable and thread-safe. */
    public enum ImpactEvidence {
        /** None. File id {@code none}. */
        NONE("none"),
        /** A clear rationale and evidence of added social and environmental value. File id {@code rationale-and-evidence}. */
        RATIONALE_AND_EVIDENCE("rationale-and-evidence"),
        /** Quantifiable evidence in £ or suitable units of value. File id {@code quantified}. */
        QUANTIFIED("quantified");

        private final String id;

        ImpactEvidence(String id) {
            this.id = id;
        }

        /** @return the id used in files */
        public String id() {
            return id;
        }
    }

    /** A CQC rating, worst first. Immutable and thread-safe. */
    public enum CqcRating {
        /** Inadequate. File id {@code inadequate}. */
        INADEQUATE("inadequate", "Inadequate"),
        /** Requires improvement. File id {@code requires-improvement}. */
        REQUIRES_IMPROVEMENT("requires-improvement", "Requires improvement"),
        /** Good. File id {@code good}. */
        GOOD("good", "Good"),
        /** Outstanding. File id {@code outstanding}. */
        OUTSTANDING("outstanding", "Outstanding");

        private final String id;
        private final String words;

        CqcRating(String id, String words) {
            this.id = id;
            this.words = words;
        }

        /** @return the id used in files */
        public String id() {
            return id;
        }

        /** @return the rating in words */
        public String words() {
            return words;
        }
    }

    /** Evidence of partnership work, weakest first. Immutable and thread-safe. */
    public enum PartnershipEvidence {
        /** None. File id {@code none}. */
        NONE("none", "none"),
        /** In place. File id {@code in-place}. */
        IN_PLACE("in-place", "in place"),
        /** In place and demonstrating added value. File id {@code demonstrating-added-value}. */
        DEMONSTRATING_ADDED_VALUE("demonstrating-added-value", "in place and demonstrating added value"),
        /** Long term partnership agreements in place and demonstrating added value. File id {@code long-term-agreements}. */
        LONG_TERM_AGREEMENTS("long-term-agreements", "long term partnership agreements in place and demonstrating added value");

        private final String id;
        private final String words;

        PartnershipEvidence(String id, String words) {
            this.id = id;
            this.words = words;
        }

        /** @return the id used in files */
        public String id() {
            return id;
        }

        /** @return the evidence in words */
        public String words() {
            return words;
        }
    }

    /** Collects the figures; not thread-safe. */
    public static final class Builder {
        private BigDecimal yearsOfExperience;
        private Performance currentPerformance;
        private BigDecimal friendsAndFamilyTest;
        private Boolean communityNeedsInGovernance;
        private Integer yearsWithoutDeficit;
        private ImpactEvidence socialAndEnvironmentalImpact;
        private Boolean environmentalPlan;
        private BigDecimal bullyingAndHarassment;
        private Integer bullyingEvidenceYears;
        private BigDecimal staffEngagement;
        private CqcRating wellLed;
        private PartnershipEvidence localIntegration;
        private PartnershipEvidence voluntarySectorWork;

        private Builder() {
        }

        /**
         * Sets the years as an expert provider.
         *
         * @param years at least 0
         * @return this builder
         */
        public Builder yearsOfExperience(BigDecimal years) {
            this.yearsOfExperience = years;
            return this;
        }

        /**
         * Sets current performance.
         *
         * @param value the performance
         * @return this builder
         */
        public Builder currentPerformance(Performance value) {
            this.currentPerformance = value;
            return this;
        }

        /**
         * Sets the Friends and Family Test score.
         *
         * @param percent 0–100
         * @return this builder
         */
        public Builder friendsAndFamilyTest(BigDecimal percent) {
            this.friendsAndFamilyTest = percent;
            return this;
        }

        /**
         * Sets whether community needs are embedded in governance.
         *
         * @param value the answer
         * @return this builder
         */
        public Builder communityNeedsInGovernance(boolean value) {
            this.communityNeedsInGovernance = value;
            return this;
        }

        /**
         * Sets the consecutive most recent years without a deficit.
         *
         * @param years at least 0
         * @return this builder
         */
        public Builder yearsWithoutDeficit(int years) {
            this.yearsWithoutDeficit = years;
            return this;
        }

        /**
         * Sets the evidence of added social and environmental value.
         *
         * @param value the evidence
         * @return this builder
         */
        public Builder socialAndEnvironmentalImpact(ImpactEvidence value) {
            this.socialAndEnvironmentalImpact = value;
            return this;
        }

        /**
         * Sets whether there is an environmental plan.
         *
         * @param value the answer
         * @return this builder
         */
        public Builder environmentalPlan(boolean value) {
            this.environmentalPlan = value;
            return this;
        }

        /**
         * Sets the bullying and harassment percentage and its years of evidence.
         *
         * @param percent 0–100
         * @param evidenceYears at least 0
         * @return this builder
         */
        public Builder bullyingAndHarassment(BigDecimal percent, int evidenceYears) {
            this.bullyingAndHarassment = percent;
            this.bullyingEvidenceYears = evidenceYears;
            return this;
        }

        /**
         * Sets staff engagement.
         *
         * @param percent 0–100
         * @return this builder
         */
        public Builder staffEngagement(BigDecimal percent) {
            this.staffEngagement = percent;
            return this;
        }

        /**
         * Sets the CQC well-led rating.
         *
         * @param rating the rating
         * @return this builder
         */
        public Builder wellLed(CqcRating rating) {
            this.wellLed = rating;
            return this;
        }

        /**
         * Sets the evidence of integration with local providers.
         *
         * @param value the evidence
         * @return this builder
         */
        public Builder localIntegration(PartnershipEvidence value) {
            this.localIntegration = value;
            return this;
        }

        /**
         * Sets the evidence of joint work with voluntary and charitable organisations.
         *
         * @param value the evidence
         * @return this builder
         */
        public Builder voluntarySectorWork(PartnershipEvidence value) {
            this.voluntarySectorWork = value;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the figures
         * @throws InvalidValueException when a figure is out of range
         */
        public SeukFigures build() {
            return new SeukFigures(Optional.ofNullable(yearsOfExperience), Optional.ofNullable(currentPerformance),
                    Optional.ofNullable(friendsAndFamilyTest), Optional.ofNullable(communityNeedsInGovernance),
                    Optional.ofNullable(yearsWithoutDeficit), Optional.ofNullable(socialAndEnvironmentalImpact),
                    Optional.ofNullable(environmentalPlan), Optional.ofNullable(bullyingAndHarassment),
                    Optional.ofNullable(bullyingEvidenceYears), Optional.ofNullable(staffEngagement),
                    Optional.ofNullable(wellLed), Optional.ofNullable(localIntegration),
                    Optional.ofNullable(voluntarySectorWork));
        }
    }
}
