package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.law.DutyLevel;
import io.github.svtoms.core.law.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Social Enterprise UK criteria (seed 003) at the edges of their essential and desirable thresholds. */
class SeukAssessmentTest {
    static SeukLevel level(SeukCriterion c, Function<SeukFigures, SeukFigures> figures) {
        return SeukAssessment.of(figures.apply(SeukFigures.NONE)).level(c);
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void experienceTwoAndFourYears() {
        SeukCriterion c = SeukCriterion.EXPERIENCE;
        assertEquals(SeukLevel.BELOW_ESSENTIAL, level(c, b -> b.withYearsOfExperience(d("1.99"))));
        assertEquals(SeukLevel.ESSENTIAL, level(c, b -> b.withYearsOfExperience(d("2"))));
        assertEquals(SeukLevel.ESSENTIAL, level(c, b -> b.withYearsOfExperience(d("3.99"))));
        assertEquals(SeukLevel.DESIRABLE, level(c, b -> b.withYearsOfExperience(d("4"))));
    }

    @Test
    void friendsAndFamilyTestNinetyTwoAndNinetyFive() {
        SeukCriterion c = SeukCriterion.SERVICE_USER_RATINGS;
        assertEquals(SeukLevel.BELOW_ESSENTIAL, level(c, b -> b.withFriendsAndFamilyTest(d("91.99"))));
        assertEquals(SeukLevel.ESSENTIAL, level(c, b -> b.withFriendsAndFamilyTest(d("92"))));
        assertEquals(SeukLevel.ESSENTIAL, level(c, b -> b.withFriendsAndFamilyTest(d("94.99"))));
        assertEquals(SeukLevel.DESIRABLE, level(c, b -> b.withFriendsAndFamilyTest(d("95"))));
    }

    @Test
    void staffEngagementAboveEightyAndAboveEightyFive() {
        SeukCriterion c = SeukCriterion.STAFF_ENGAGEMENT;
        // "> 80 %": exactly 80 is not above it
        assertEquals(SeukLevel.BELOW_ESSENTIAL, level(c, b -> b.withStaffEngagement(d("80"))));
        assertEquals(SeukLevel.ESSENTIAL, level(c, b -> b.withStaffEngagement(d("80.01"))));
        assertEquals(SeukLevel.ESSENTIAL, level(c, b -> b.withStaffEngagement(d("85"))));
        assertEquals(SeukLevel.DESIRABLE, level(c, b -> b.withStaffEngagement(d("85.01"))));
    }

    @Test
    void bullyingBelowTwelveWithOneYearAndBelowSixWithThree() {
        SeukCriterion c = SeukCriterion.BULLYING_AND_HARASSMENT;
        // "< 12 %": exactly 12 is not below it
        assertEquals(SeukLevel.BELOW_ESSENTIAL, level(c, b -> b.withBullyingAndHarassment(d("12"), 1)));
        assertEquals(SeukLevel.ESSENTIAL, level(c, b -> b.withBullyingAndHarassment(d("11.99"), 1)));
        assertEquals(SeukLevel.ESSENTIAL, level(c, b -> b.withBullyingAndHarassment(d("6"), 3)));
        assertEquals(SeukLevel.DESIRABLE, level(c, b -> b.withBullyingAndHarassment(d("5.99"), 3)));
        // below 6 % with only 2 years' evidence is essential, not desirable
        assertEquals(SeukLevel.ESSENTIAL, level(c, b -> b.withBullyingAndHarassment(d("5.99"), 2)));
        // without a year of evidence even 0 % does not meet the essential threshold
        assertEquals(SeukLevel.BELOW_ESSENTIAL, level(c, b -> b.withBullyingAndHarassment(d("0"), 0)));
    }

    @Test
    void financesOneAndThreeYearsWithoutDeficit() {
        SeukCriterion c = SeukCriterion.FINANCIAL_POSITION;
        assertEquals(SeukLevel.BELOW_ESSENTIAL, level(c, b -> b.withYearsWithoutDeficit(0)));
        assertEquals(SeukLevel.ESSENTIAL, level(c, b -> b.withYearsWithoutDeficit(1)));
        assertEquals(SeukLevel.ESSENTIAL, level(c, b -> b.withYearsWithoutDeficit(2)));
        assertEquals(SeukLevel.DESIRABLE, level(c, b -> b.withYearsWithoutDeficit(3)));
    }

    @Test
    void orderedLevelsForTheQualitativeCriteria() {
        assertEquals(SeukLevel.BELOW_ESSENTIAL, level(SeukCriterion.CURRENT_PERFORMANCE,
                b -> b.withCurrentPerformance(SeukFigures.Performance.BELOW)));
        assertEquals(SeukLevel.ESSENTIAL, level(SeukCriterion.CURRENT_PERFORMANCE,
                b -> b.withCurrentPerformance(SeukFigures.Performance.MEETING)));
        assertEquals(SeukLevel.DESIRABLE, level(SeukCriterion.CURRENT_PERFORMANCE,
                b -> b.withCurrentPerformance(SeukFigures.Performance.EXCEEDING)));
        assertEquals(SeukLevel.BELOW_ESSENTIAL, level(SeukCriterion.SOCIAL_AND_ENVIRONMENTAL_IMPACT,
                b -> b.withSocialAndEnvironmentalImpact(SeukFigures.ImpactEvidence.NONE)));
        assertEquals(SeukLevel.ESSENTIAL, level(SeukCriterion.SOCIAL_AND_ENVIRONMENTAL_IMPACT,
                b -> b.withSocialAndEnvironmentalImpact(SeukFigures.ImpactEvidence.RATIONALE_AND_EVIDENCE)));
        assertEquals(SeukLevel.DESIRABLE, level(SeukCriterion.SOCIAL_AND_ENVIRONMENTAL_IMPACT,
                b -> b.withSocialAndEnvironmentalImpact(SeukFigures.ImpactEvidence.QUANTIFIED)));
        assertEquals(SeukLevel.BELOW_ESSENTIAL, level(SeukCriterion.LEADERSHIP,
                b -> b.withWellLed(SeukFigures.CqcRating.REQUIRES_IMPROVEMENT)));
        assertEquals(SeukLevel.ESSENTIAL, level(SeukCriterion.LEADERSHIP, b -> b.withWellLed(SeukFigures.CqcRating.GOOD)));
        assertEquals(SeukLevel.DESIRABLE, level(SeukCriterion.LEADERSHIP, b -> b.withWellLed(SeukFigures.CqcRating.OUTSTANDING)));
        // local integration: essential "in place", desirable "demonstrating added value"
        assertEquals(SeukLevel.BELOW_ESSENTIAL, level(SeukCriterion.LOCAL_INTEGRATION,
                b -> b.withLocalIntegration(SeukFigures.PartnershipEvidence.NONE)));
        assertEquals(SeukLevel.ESSENTIAL, level(SeukCriterion.LOCAL_INTEGRATION,
                b -> b.withLocalIntegration(SeukFigures.PartnershipEvidence.IN_PLACE)));
        assertEquals(SeukLevel.DESIRABLE, level(SeukCriterion.LOCAL_INTEGRATION,
                b -> b.withLocalIntegration(SeukFigures.PartnershipEvidence.DEMONSTRATING_ADDED_VALUE)));
        // voluntary sector work: essential "in place and demonstrating added value", desirable long-term agreements
        assertEquals(SeukLevel.BELOW_ESSENTIAL, level(SeukCriterion.VOLUNTARY_SECTOR_WORK,
                b -> b.withVoluntarySectorWork(SeukFigures.PartnershipEvidence.IN_PLACE)));
        assertEquals(SeukLevel.ESSENTIAL, level(SeukCriterion.VOLUNTARY_SECTOR_WORK,
                b -> b.withVoluntarySectorWork(SeukFigures.PartnershipEvidence.DEMONSTRATING_ADDED_VALUE)));
        assertEquals(SeukLevel.DESIRABLE, level(SeukCriterion.VOLUNTARY_SECTOR_WORK,
                b -> b.withVoluntarySectorWork(SeukFigures.PartnershipEvidence.LONG_TERM_AGREEMENTS)));
    }

    @Test
    void criteriaWithoutAnEssentialThresholdAreNeverBelowIt() {
        assertEquals(SeukLevel.DESIRABLE, level(SeukCriterion.COMMUNITY_COMMITMENT, b -> b.withCommunityNeedsInGovernance(true)));
        assertEquals(SeukLevel.NOT_DESIRABLE, level(SeukCriterion.COMMUNITY_COMMITMENT, b -> b.withCommunityNeedsInGovernance(false)));
        // the seed's table gives no threshold for the environmental plan: never graded
        SeukScore plan = SeukAssessment.of(SeukFigures.NONE.withEnvironmentalPlan(true))
                .score(SeukCriterion.ENVIRONMENTAL_PLAN);
        assertEquals(SeukLevel.NOT_ASSESSED, plan.level());
        assertEquals("plan in place; the seed's copy of the table states no threshold for this criterion", plan.detail());
        assertTrue(SeukCriterion.ENVIRONMENTAL_PLAN.essential().isEmpty());
        assertTrue(SeukCriterion.COMMUNITY_COMMITMENT.essential().isEmpty());
    }

    @Test
    void theAssessmentIsAdvice() {
        SeukAssessment a = SeukAssessment.of(SeukFigures.NONE.withYearsOfExperience(d("5"))
                .withFriendsAndFamilyTest(d("90")).withStaffEngagement(d("82")));
        assertEquals(2, a.essentialsMet());
        assertEquals(1, a.desirablesMet());
        assertEquals(Set.of(SeukCriterion.SERVICE_USER_RATINGS), a.belowEssential());
        List<DutyFinding> f = a.findings();
        assertEquals(SeukCriterion.values().length, f.size());
        assertTrue(f.stream().allMatch(x -> x.level() == DutyLevel.ADVICE));
        assertTrue(f.stream().noneMatch(DutyFinding::isError));
        DutyFinding fft = f.get(SeukCriterion.SERVICE_USER_RATINGS.ordinal());
        assertEquals("seuk:service-user-ratings", fft.rule());
        assertEquals(Verdict.NOT_MET, fft.verdict());
        assertTrue(fft.detail().endsWith("FFT 90% is below the essential threshold (essential: FFT of 92%; desirable:"
                + " FFT 95%+)"), fft.detail());
        assertEquals(Verdict.CANNOT_BE_CHECKED, f.get(SeukCriterion.LEADERSHIP.ordinal()).verdict());
        assertEquals(Verdict.MET, f.get(SeukCriterion.EXPERIENCE.ordinal()).verdict());
        assertEquals("no figure given", a.score(SeukCriterion.LEADERSHIP).detail());
    }

    @Test
    void figuresValidate() {
        assertThrows(InvalidValueException.class, () -> SeukFigures.NONE.withStaffEngagement(d("100.01")));
        assertThrows(InvalidValueException.class, () -> SeukFigures.NONE.withYearsOfExperience(d("-1")));
        assertThrows(InvalidValueException.class, () -> SeukFigures.NONE.withYearsWithoutDeficit(-1));
        assertThrows(InvalidValueException.class, () -> SeukFigures.NONE.withBullyingAndHarassment(d("5"), -1));
        assertThrows(InvalidValueException.class, () -> SeukFigures.NONE.withWellLed(null));
        // each with-method keeps the other figures
        SeukFigures all = SeukFigures.NONE.withYearsOfExperience(d("4")).withCurrentPerformance(SeukFigures.Performance.MEETING)
                .withFriendsAndFamilyTest(d("93")).withCommunityNeedsInGovernance(true).withYearsWithoutDeficit(2)
                .withSocialAndEnvironmentalImpact(SeukFigures.ImpactEvidence.QUANTIFIED).withEnvironmentalPlan(false)
                .withBullyingAndHarassment(d("5"), 3).withStaffEngagement(d("81")).withWellLed(SeukFigures.CqcRating.GOOD)
                .withLocalIntegration(SeukFigures.PartnershipEvidence.IN_PLACE)
                .withVoluntarySectorWork(SeukFigures.PartnershipEvidence.LONG_TERM_AGREEMENTS);
        SeukAssessment a = SeukAssessment.of(all);
        List<SeukLevel> expected = List.of(SeukLevel.DESIRABLE, SeukLevel.ESSENTIAL, SeukLevel.ESSENTIAL, SeukLevel.DESIRABLE,
                SeukLevel.ESSENTIAL, SeukLevel.DESIRABLE, SeukLevel.NOT_ASSESSED, SeukLevel.DESIRABLE, SeukLevel.ESSENTIAL,
                SeukLevel.ESSENTIAL, SeukLevel.ESSENTIAL, SeukLevel.DESIRABLE);
        assertEquals(expected, a.scores().stream().map(SeukScore::level).toList());
        assertThrows(InvalidValueException.class, () -> new SeukFigures(java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of(d("5")), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
        assertThrows(InvalidValueException.class, () -> new SeukAssessment(List.of()));
        for (SeukCriterion c : SeukCriterion.values()) {
            assertEquals(c, SeukCriterion.fromId(c.id()));
        }
        for (SeukLevel l : SeukLevel.values()) {
            assertEquals(l, SeukLevel.fromId(l.id()));
        }
        assertFalse(SeukCriterion.STAFF_ENGAGEMENT.desirable().isEmpty());
    }
}
