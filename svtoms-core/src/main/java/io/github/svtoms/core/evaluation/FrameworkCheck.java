package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkRules;
import io.github.svtoms.core.catalogue.ThemeId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An evaluation scheme checked against a framework's {@link FrameworkRules}: one {@link Finding} per rule the
 * framework sets, in this order, with these rule ids:
 * <ul>
 *   <li>{@value #MINIMUM_WEIGHTING} ({@link Severity#ERROR}): social value weighting at least the framework
 *       minimum (PPN 06/20, PPN 002, NHS England: 10 %; ELFT: 15 %);</li>
 *   <li>{@value #AMBITION_WEIGHTING} ({@link Severity#ADVICE}): weighting at least the framework's ambition
 *       (BSol: 20 %);</li>
 *   <li>{@value #GUIDELINE_WEIGHTING} ({@link Severity#ADVICE}): weighting at least the figure the framework gives
 *       as guidance or as typical, never a minimum (Kent: "typically accounts for 10% of the total score"; BSol
 *       advises 10 % but "elected not to apply a fixed weighting");</li>
 *   <li>{@value #MANDATORY_THEMES} (ERROR): every mandatory theme is among the scheme's social value themes
 *       (NHS England: fighting climate change);</li>
 *   <li>{@value #MINIMUM_OUTCOMES} (ERROR): the tender states at least the framework's minimum number of social
 *       value outcomes (Brighton &amp; Hove: 1); a tender that does not state its number fails;</li>
 *   <li>{@value #SPECIFIED_SHARE} (ADVICE): the scheme's specified-requirements share equals the framework's
 *       (Kent gives 60 % "for example").</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param framework the framework checked against
 * @param findings the findings, in the order above
 */
public record FrameworkCheck(FrameworkId framework, List<Finding> findings) {
    /** Rule id: minimum social value weighting. */
    public static final String MINIMUM_WEIGHTING = "minimum-social-value-weighting";
    /** Rule id: ambition for the social value weighting. */
    public static final String AMBITION_WEIGHTING = "ambition-social-value-weighting";
    /** Rule id: guideline social value weighting (advice). */
    public static final String GUIDELINE_WEIGHTING = "guideline-social-value-weighting";
    /** Rule id: mandatory themes. */
    public static final String MANDATORY_THEMES = "mandatory-themes";
    /** Rule id: minimum social value outcomes per tender. */
    public static final String MINIMUM_OUTCOMES = "minimum-outcomes-per-tender";
    /** Rule id: specified-requirements share of the social value score. */
    public static final String SPECIFIED_SHARE = "specified-share";

    /**
     * Validates and copies.
     *
     * @param framework the framework
     * @param findings the findings
     */
    public FrameworkCheck {
        Checks.notNull(framework, "framework");
        findings = List.copyOf(Checks.notNull(findings, "findings"));
    }

    /**
     * Checks a scheme against a framework.
     *
     * @param scheme the scheme
     * @param framework the framework
     * @return the findings
     */
    public static FrameworkCheck of(EvaluationScheme scheme, Framework framework) {
        Checks.notNull(scheme, "scheme");
        Checks.notNull(framework, "framework");
        FrameworkRules rules = framework.rules();
        String fw = "framework " + framework.id();
        BigDecimal sv = scheme.socialValueWeighting();
        List<Finding> findings = new ArrayList<>();
        rules.minimumSocialValueWeighting().ifPresent(min -> {
            boolean ok = sv.compareTo(min) >= 0;
            findings.add(new Finding(MINIMUM_WEIGHTING, ok, Severity.ERROR, "social value weighting " + pct(sv)
                    + (ok ? " meets the " : " is below the ") + pct(min) + " minimum of " + fw));
        });
        rules.ambitionSocialValueWeighting().ifPresent(ambition -> {
            boolean ok = sv.compareTo(ambition) >= 0;
            findings.add(new Finding(AMBITION_WEIGHTING, ok, Severity.ADVICE, "social value weighting " + pct(sv)
                    + (ok ? " meets the " : " is below the ") + pct(ambition) + " ambition of " + fw
                    + (ok ? "" : " (advice: consider raising it)")));
        });
        rules.guidelineSocialValueWeighting().ifPresent(guide -> {
            boolean ok = sv.compareTo(guide) >= 0;
            findings.add(new Finding(GUIDELINE_WEIGHTING, ok, Severity.ADVICE, "social value weighting " + pct(sv)
                    + (ok ? " meets the " : " is below the ") + pct(guide) + " that " + fw
                    + " gives as guidance, not as a minimum" + (ok ? "" : " (advice: consider raising it)")));
        });
        if (!rules.mandatoryThemes().isEmpty()) {
            List<ThemeId> missing = rules.mandatoryThemes().stream()
                    .filter(t -> !scheme.socialValueThemes().contains(t)).toList();
            findings.add(new Finding(MANDATORY_THEMES, missing.isEmpty(), Severity.ERROR, missing.isEmpty()
                    ? "the social value criteria cover every mandatory theme of " + fw + ": " + rules.mandatoryThemes()
                    : "mandatory theme(s) " + missing + " of " + fw + " are not among the social value criteria's themes "
                    + scheme.socialValueThemes()));
        }
        if (rules.minimumOutcomesPerTender() > 0) {
            int min = rules.minimumOutcomesPerTender();
            String detail;
            boolean ok;
            if (scheme.socialValueOutcomes().isEmpty()) {
                ok = false;
                detail = "the tender does not state its number of social value outcomes; " + fw + " requires at least " + min;
            } else {
                int n = scheme.socialValueOutcomes().get();
                ok = n >= min;
                detail = "the tender has " + n + " social value outcome(s)" + (ok ? ", meeting the minimum of "
                        : ", below the minimum of ") + min + " per tender of " + fw;
            }
            findings.add(new Finding(MINIMUM_OUTCOMES, ok, Severity.ERROR, detail));
        }
        rules.specifiedShare().ifPresent(share -> {
            BigDecimal ours = scheme.socialValueSplit().specifiedPercent();
            boolean ok = ours.compareTo(share) == 0;
            findings.add(new Finding(SPECIFIED_SHARE, ok, Severity.ADVICE, "specified requirements share " + pct(ours)
                    + (ok ? " matches the " : " differs from the ") + pct(share) + " share " + fw + " suggests (advice)"));
        });
        return new FrameworkCheck(framework.id(), findings);
    }

    /**
     * Whether no {@link Severity#ERROR} rule failed (advice does not count).
     *
     * @return {@code true} when the scheme meets every rule the framework requires
     */
    public boolean passed() {
        return findings.stream().noneMatch(Finding::isError);
    }

    /**
     * The failed rules of both severities.
     *
     * @return the failed findings, in order
     */
    public List<Finding> failures() {
        return findings.stream().filter(f -> !f.passed()).toList();
    }

    private static String pct(BigDecimal value) {
        return Numbers.plain(value) + "%";
    }
}
