package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example in README-evaluation.md, run as written. */
class ReadmeExampleTest {
    @Test
    void readmeExample() {
        var nhs2022 = TestFrameworks.get(TestFrameworks.NHS);
        var price = CriterionId.of("price");
        var quality = CriterionId.of("quality");
        var socialValue = CriterionId.of("social-value");
        var scheme = EvaluationScheme.of(List.of(
                Criterion.price(price, "Price", new BigDecimal("60")),
                Criterion.quality(quality, "Service quality", new BigDecimal("30")),
                Criterion.socialValue(socialValue, "Social value", new BigDecimal("10"))))
                .withSocialValueThemes(List.of(ThemeId.of("fighting-climate-change")));

        var bids = List.of(
                Bid.of(BidId.of("bid-a"), Money.of("100000", "GBP"))
                        .withQualityMark(quality, new BigDecimal("70"))
                        .withSocialValueMarks(socialValue, new SocialValueMarks(new BigDecimal("80"), new BigDecimal("50"))),
                Bid.of(BidId.of("bid-b"), Money.of("90000", "GBP"))
                        .withQualityMark(quality, new BigDecimal("60"))
                        .withSocialValueMarks(socialValue, SocialValueMarks.of(new BigDecimal("50"))));

        TenderEvaluation result = TenderEvaluation.evaluate(scheme, bids);
        BidResult winner = result.winner();
        // bid-b: 90000 ÷ 90000 × 60 = 60; 60 × 30 ÷ 100 = 18; 50 × 10 ÷ 100 = 5 → 83.00
        assertEquals("bid-b 83.00", winner.bid() + " " + winner.displayTotal());
        // bid-a: 90000 ÷ 100000 × 60 = 54; 70 × 0.3 = 21; (80 × 0.6 + 50 × 0.4) × 0.1 = 6.8
        assertEquals("price 54 + quality 21 + social-value 6.8 = 81.8", result.result(BidId.of("bid-a")).totalDerivation());

        FrameworkCheck check = scheme.check(nhs2022);
        assertTrue(check.passed());
        assertEquals(List.of(
                        "minimum-social-value-weighting: social value weighting 10% meets the 10% minimum of framework nhs-2022",
                        "mandatory-themes: the social value criteria cover every mandatory theme of framework nhs-2022: [fighting-climate-change]"),
                check.findings().stream().map(f -> f.ruleId() + ": " + f.detail()).toList());
    }
}
