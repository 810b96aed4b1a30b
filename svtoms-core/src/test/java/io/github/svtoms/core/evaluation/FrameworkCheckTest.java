package io.github.svtoms.core.evaluation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.github.svtoms.core.evaluation.EvaluationSchemeTest.price;
import static io.github.svtoms.core.evaluation.EvaluationSchemeTest.quality;
import static io.github.svtoms.core.evaluation.EvaluationSchemeTest.sv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameworkCheckTest {
    @Test
    void nhsSchemeWith8PercentFailsTheTenPercentRule() {
        var scheme = EvaluationScheme.of(List.of(price("60"), quality("32"), sv("8")))
                .withSocialValueThemes(List.of(TestFrameworks.CLIMATE));
        var check = scheme.check(TestFrameworks.get(TestFrameworks.NHS));
        assertFalse(check.passed());
        assertEquals(List.of(new Finding(FrameworkCheck.MINIMUM_WEIGHTING, false, Severity.ERROR,
                        "social value weighting 8% is below the 10% minimum of framework nhs-2022"),
                new Finding(FrameworkCheck.MANDATORY_THEMES, true, Severity.ERROR,
                        "the social value criteria cover every mandatory theme of framework nhs-2022: [fighting-climate-change]")),
                check.findings());
    }

    @Test
    void nhsRequiresFightingClimateChangeAmongTheThemes() {
        var scheme = EvaluationScheme.of(List.of(price("60"), quality("30"), sv("10")))
                .withSocialValueThemes(List.of(TestFrameworks.WELLBEING));
        var check = scheme.check(TestFrameworks.get(TestFrameworks.NHS));
        assertFalse(check.passed());
        assertEquals(1, check.failures().size());
        Finding f = check.failures().get(0);
        assertEquals(FrameworkCheck.MANDATORY_THEMES, f.ruleId());
        assertTrue(f.detail().contains("[fighting-climate-change]") && f.detail().contains("nhs-2022"), f.detail());
        assertTrue(f.isError());
        assertTrue(scheme.withSocialValueThemes(List.of(TestFrameworks.WELLBEING, TestFrameworks.CLIMATE))
                .check(TestFrameworks.get(TestFrameworks.NHS)).passed());
    }

    @Test
    void bsolAt15PercentPassesWithAdviceAboutThe20PercentAmbition() {
        var scheme = EvaluationScheme.of(List.of(price("55"), quality("30"), sv("15")));
        var check = scheme.check(TestFrameworks.get(TestFrameworks.BSOL));
        assertTrue(check.passed());
        assertEquals(List.of(new Finding(FrameworkCheck.MINIMUM_WEIGHTING, true, Severity.ERROR,
                        "social value weighting 15% meets the 10% minimum of framework bsol-stp"),
                new Finding(FrameworkCheck.AMBITION_WEIGHTING, false, Severity.ADVICE,
                        "social value weighting 15% is below the 20% ambition of framework bsol-stp (advice: consider raising it)")),
                check.findings());
        assertEquals(1, check.failures().size());
    }

    @Test
    void elftNeeds15Percent() {
        var ten = EvaluationScheme.of(List.of(price("60"), quality("30"), sv("10")));
        var check = ten.check(TestFrameworks.get(TestFrameworks.ELFT));
        assertFalse(check.passed());
        assertEquals("social value weighting 10% is below the 15% minimum of framework elft", check.findings().get(0).detail());
        var fifteen = EvaluationScheme.of(List.of(price("55"), quality("30"), sv("15")));
        assertTrue(fifteen.check(TestFrameworks.get(TestFrameworks.ELFT)).passed());
    }

    @Test
    void brightonAndHoveNeedsAtLeastOneSocialValueOutcome() {
        var scheme = EvaluationScheme.of(List.of(price("40"), quality("50"), sv("10")));
        var framework = TestFrameworks.get(TestFrameworks.BRIGHTON);
        var unstated = scheme.check(framework);
        assertFalse(unstated.passed());
        assertTrue(unstated.findings().get(0).detail().contains("does not state"), unstated.findings().get(0).detail());
        var none = scheme.withSocialValueOutcomes(0).check(framework);
        assertEquals("the tender has 0 social value outcome(s), below the minimum of 1 per tender of framework brighton-hove",
                none.findings().get(0).detail());
        assertFalse(none.passed());
        assertTrue(scheme.withSocialValueOutcomes(2).check(framework).passed());
    }

    @Test
    void kentSplitDifferenceIsAdviceOnly() {
        var scheme = EvaluationScheme.of(List.of(price("60"), quality("30"), sv("10")))
                .withSocialValueSplit(SocialValueSplit.ofSpecified(new BigDecimal("50")));
        var check = scheme.check(TestFrameworks.get(TestFrameworks.KENT));
        assertTrue(check.passed());
        assertEquals(new Finding(FrameworkCheck.SPECIFIED_SHARE, false, Severity.ADVICE,
                "specified requirements share 50% differs from the 60% share framework kent suggests (advice)"), check.findings().get(1));
        assertTrue(EvaluationScheme.of(List.of(price("60"), quality("30"), sv("10")))
                .check(TestFrameworks.get(TestFrameworks.KENT)).failures().isEmpty());
    }
}
