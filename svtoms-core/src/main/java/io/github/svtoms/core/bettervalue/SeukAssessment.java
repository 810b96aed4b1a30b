package io.github.svtoms.core.bettervalue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.law.DutyLevel;
import io.github.svtoms.core.law.Verdict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A self-assessment against the Social Enterprise UK public and social value criteria (seed 003): each
 * criterion's figure scored against its essential and desirable thresholds, read as the seed writes them.
 *
 * <table>
 *   <caption>Thresholds (a figure reaches a threshold when it is …)</caption>
 *   <tr><th>criterion</th><th>essential</th><th>desirable</th></tr>
 *   <tr><td>experience</td><td>at least 2 years ("minimum of 2 years")</td><td>at least 4 years</td></tr>
 *   <tr><td>current performance</td><td>meeting requirements</td><td>exceeding them</td></tr>
 *   <tr><td>service-user ratings</td><td>FFT at least 92 %</td><td>FFT at least 95 % ("95%+")</td></tr>
 *   <tr><td>community commitment</td><td>(none stated)</td><td>needs embedded in governance</td></tr>
 *   <tr><td>financial position</td><td>no deficit at the end of the previous year</td><td>none for 3 years</td></tr>
 *   <tr><td>social and environmental impact</td><td>rationale and evidence</td><td>quantified</td></tr>
 *   <tr><td>environmental plan</td><td>(none stated)</td><td>(none stated)</td></tr>
 *   <tr><td>bullying and harassment</td><td>below 12 % with 1 year's evidence</td><td>below 6 % with 3 years'</td></tr>
 *   <tr><td>staff engagement</td><td>above 80 % ("&gt;80%")</td><td>above 85 %</td></tr>
 *   <tr><td>leadership (CQC well-led)</td><td>Good</td><td>Outstanding</td></tr>
 *   <tr><td>local integration</td><td>in place</td><td>demonstrating added value</td></tr>
 *   <tr><td>voluntary sector work</td><td>in place and demonstrating added value</td><td>long term partnership agreements</td></tr>
 * </table>
 *
 * <p>The assessment is advice: {@link #findings()} are {@link DutyLevel#ADVICE}, never errors.
 *
 * <p>Immutable and thread-safe; value equality over the scores.
 *
 * @param scores one score per criterion, in {@link SeukCriterion} order
 */
public record SeukAssessment(List<SeukScore> scores) {
    /** Where the criteria come from. */
    public static final String SOURCE = "Social Enterprise UK public and social value framework, as reproduced in"
            + " seed 003 (GGI)";
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal FFT_ESSENTIAL = BigDecimal.valueOf(92);
    private static final BigDecimal FFT_DESIRABLE = BigDecimal.valueOf(95);
    private static final BigDecimal BULLYING_ESSENTIAL = BigDecimal.valueOf(12);
    private static final BigDecimal BULLYING_DESIRABLE = BigDecimal.valueOf(6);
    private static final BigDecimal ENGAGEMENT_ESSENTIAL = BigDecimal.valueOf(80);
    private static final BigDecimal ENGAGEMENT_DESIRABLE = BigDecimal.valueOf(85);

    /**
     * Validates and copies.
     *
     * @throws InvalidValueException unless there is exactly one score per criterion, in order
     */
    public SeukAssessment {
        scores = List.copyOf(Checks.notNull(scores, "scores"));
        SeukCriterion[] all = SeukCriterion.values();
        if (scores.size() != all.length) {
            throw new InvalidValueException(scores.size() + " scores: a Social Enterprise UK assessment has one per"
                    + " criterion, " + all.length);
        }
        for (int i = 0; i < all.length; i++) {
            if (scores.get(i).criterion() != all[i]) {
                throw new InvalidValueException("score " + (i + 1) + " is for " + scores.get(i).criterion().id()
                        + ", expected " + all[i].id());
            }
        }
    }

    /**
     * Scores an organisation's figures.
     *
     * @param f the figures
     * @return the assessment
     */
    public static SeukAssessment of(SeukFigures f) {
        Checks.notNull(f, "figures");
        List<SeukScore> s = new ArrayList<>();
        s.add(f.yearsOfExperience().map(y -> graded(SeukCriterion.EXPERIENCE, y.compareTo(TWO) >= 0,
                y.compareTo(FOUR) >= 0, plain(y) + " years")).orElseGet(() -> missing(SeukCriterion.EXPERIENCE)));
        s.add(f.currentPerformance().map(p -> graded(SeukCriterion.CURRENT_PERFORMANCE,
                p.compareTo(SeukFigures.Performance.MEETING) >= 0, p == SeukFigures.Performance.EXCEEDING,
                p.id() + " requirements")).orElseGet(() -> missing(SeukCriterion.CURRENT_PERFORMANCE)));
        s.add(f.friendsAndFamilyTest().map(p -> graded(SeukCriterion.SERVICE_USER_RATINGS,
                p.compareTo(FFT_ESSENTIAL) >= 0, p.compareTo(FFT_DESIRABLE) >= 0, "FFT " + plain(p) + "%"))
                .orElseGet(() -> missing(SeukCriterion.SERVICE_USER_RATINGS)));
        s.add(f.communityNeedsInGovernance().map(b -> b
                ? new SeukScore(SeukCriterion.COMMUNITY_COMMITMENT, SeukLevel.DESIRABLE, "needs of local communities"
                        + " embedded in the governance framework: desirable")
                : new SeukScore(SeukCriterion.COMMUNITY_COMMITMENT, SeukLevel.NOT_DESIRABLE, "needs of local"
                        + " communities not embedded in the governance framework; the seed states no essential threshold"))
                .orElseGet(() -> missing(SeukCriterion.COMMUNITY_COMMITMENT)));
        s.add(f.yearsWithoutDeficit().map(y -> graded(SeukCriterion.FINANCIAL_POSITION, y >= 1, y >= 3,
                y + " most recent year(s) without a deficit")).orElseGet(() -> missing(SeukCriterion.FINANCIAL_POSITION)));
        s.add(f.socialAndEnvironmentalImpact().map(e -> graded(SeukCriterion.SOCIAL_AND_ENVIRONMENTAL_IMPACT,
                e.compareTo(SeukFigures.ImpactEvidence.RATIONALE_AND_EVIDENCE) >= 0,
                e == SeukFigures.ImpactEvidence.QUANTIFIED, "evidence: " + e.id()))
                .orElseGet(() -> missing(SeukCriterion.SOCIAL_AND_ENVIRONMENTAL_IMPACT)));
        s.add(new SeukScore(SeukCriterion.ENVIRONMENTAL_PLAN, SeukLevel.NOT_ASSESSED,
                f.environmentalPlan().map(b -> "plan " + (b ? "in place" : "not in place") + "; ").orElse("")
                        + "the seed's copy of the table states no threshold for this criterion"));
        s.add(f.bullyingAndHarassment().map(p -> {
            int years = f.bullyingEvidenceYears().orElseThrow();
            return graded(SeukCriterion.BULLYING_AND_HARASSMENT, years >= 1 && p.compareTo(BULLYING_ESSENTIAL) < 0,
                    years >= 3 && p.compareTo(BULLYING_DESIRABLE) < 0, plain(p) + "% with " + years + " year(s) of evidence");
        }).orElseGet(() -> missing(SeukCriterion.BULLYING_AND_HARASSMENT)));
        s.add(f.staffEngagement().map(p -> graded(SeukCriterion.STAFF_ENGAGEMENT, p.compareTo(ENGAGEMENT_ESSENTIAL) > 0,
                p.compareTo(ENGAGEMENT_DESIRABLE) > 0, plain(p) + "%")).orElseGet(() -> missing(SeukCriterion.STAFF_ENGAGEMENT)));
        s.add(f.wellLed().map(r -> graded(SeukCriterion.LEADERSHIP, r.compareTo(SeukFigures.CqcRating.GOOD) >= 0,
                r == SeukFigures.CqcRating.OUTSTANDING, "CQC well-led " + r.words()))
                .orElseGet(() -> missing(SeukCriterion.LEADERSHIP)));
        s.add(f.localIntegration().map(e -> graded(SeukCriterion.LOCAL_INTEGRATION,
                e.compareTo(SeukFigures.PartnershipEvidence.IN_PLACE) >= 0,
                e.compareTo(SeukFigures.PartnershipEvidence.DEMONSTRATING_ADDED_VALUE) >= 0, e.words()))
                .orElseGet(() -> missing(SeukCriterion.LOCAL_INTEGRATION)));
        s.add(f.voluntarySectorWork().map(e -> graded(SeukCriterion.VOLUNTARY_SECTOR_WORK,
                e.compareTo(SeukFigures.PartnershipEvidence.DEMONSTRATING_ADDED_VALUE) >= 0,
                e == SeukFigures.PartnershipEvidence.LONG_TERM_AGREEMENTS, e.words()))
                .orElseGet(() -> missing(SeukCriterion.VOLUNTARY_SECTOR_WORK)));
        return new SeukAssessment(s);
    }

    private static SeukScore graded(SeukCriterion c, boolean essential, boolean desirable, String figure) {
        String against = " (essential: " + c.essential().orElseThrow() + "; desirable: " + c.desirable().orElseThrow() + ")";
        if (desirable) {
            return new SeukScore(c, SeukLevel.DESIRABLE, figure + " meets the desirable threshold" + against);
        }
        return essential ? new SeukScore(c, SeukLevel.ESSENTIAL, figure + " meets the essential threshold, not the"
                + " desirable one" + against)
                : new SeukScore(c, SeukLevel.BELOW_ESSENTIAL, figure + " is below the essential threshold" + against);
    }

    private static SeukScore missing(SeukCriterion c) {
        return new SeukScore(c, SeukLevel.NOT_ASSESSED, "no figure given");
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /**
     * The score of one criterion.
     *
     * @param criterion the criterion
     * @return its score
     */
    public SeukScore score(SeukCriterion criterion) {
        Checks.notNull(criterion, "criterion");
        return scores.get(criterion.ordinal());
    }

    /**
     * The level of one criterion.
     *
     * @param criterion the criterion
     * @return its level
     */
    public SeukLevel level(SeukCriterion criterion) {
        return score(criterion).level();
    }

    /**
     * The criteria below their essential threshold.
     *
     * @return those criteria, in order
     */
    public Set<SeukCriterion> belowEssential() {
        Set<SeukCriterion> below = EnumSet.noneOf(SeukCriterion.class);
        scores.stream().filter(x -> x.level() == SeukLevel.BELOW_ESSENTIAL).forEach(x -> below.add(x.criterion()));
        return java.util.Collections.unmodifiableSet(below);
    }

    /**
     * How many criteria meet their essential threshold (at the essential or desirable level).
     *
     * @return the count
     */
    public int essentialsMet() {
        return (int) scores.stream().filter(x -> x.level() == SeukLevel.ESSENTIAL || x.level() == SeukLevel.DESIRABLE)
                .count();
    }

    /**
     * How many criteria meet their desirable threshold.
     *
     * @return the count
     */
    public int desirablesMet() {
        return (int) scores.stream().filter(x -> x.level() == SeukLevel.DESIRABLE).count();
    }

    /**
     * The assessment as advice findings, rule {@code seuk:<criterion id>}: met at the essential or desirable
     * level, not met below essential, not applicable when only a desirable threshold exists and is missed,
     * cannot be checked when not assessed.
     *
     * @return one finding per criterion, level {@link DutyLevel#ADVICE}
     */
    public List<DutyFinding> findings() {
        return scores.stream().map(x -> new DutyFinding("seuk:" + x.criterion().id(), switch (x.level()) {
            case DESIRABLE, ESSENTIAL -> Verdict.MET;
            case BELOW_ESSENTIAL -> Verdict.NOT_MET;
            case NOT_DESIRABLE -> Verdict.NOT_APPLICABLE;
            case NOT_ASSESSED -> Verdict.CANNOT_BE_CHECKED;
        }, DutyLevel.ADVICE, x.criterion().text() + ": " + x.detail(), Optional.empty(), SOURCE)).toList();
    }
}
