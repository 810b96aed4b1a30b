package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UnknownIdException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationSchemeTest {
    static Criterion price(String w) {
        return Criterion.price(CriterionId.of("price"), "Price", new BigDecimal(w));
    }

    static Criterion quality(String w) {
        return Criterion.quality(CriterionId.of("quality"), "Quality", new BigDecimal(w));
    }

    static Criterion sv(String w) {
        return Criterion.socialValue(CriterionId.of("social-value"), "Social value", new BigDecimal(w));
    }

    @Test
    void weightsThatDoNotAddUpTo100AreRejectedNamingTheSum() {
        // 60 + 30 + 5 = 95
        var e = assertThrows(InvalidValueException.class, () -> EvaluationScheme.of(List.of(price("60"), quality("30"), sv("5"))));
        assertTrue(e.getMessage().contains("add up to 95, not 100"), e.getMessage());
        // 60 + 30.5 + 10 = 100.5
        e = assertThrows(InvalidValueException.class, () -> EvaluationScheme.of(List.of(price("60"), quality("30.5"), sv("10"))));
        assertTrue(e.getMessage().contains("add up to 100.5"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> EvaluationScheme.of(List.of()));
    }

    @Test
    void weightsAddingUpTo100AtAnyScaleAreAccepted() {
        var scheme = EvaluationScheme.of(List.of(price("60.00"), quality("29.5"), sv("10.5")));
        assertEquals(0, new BigDecimal("10.5").compareTo(scheme.socialValueWeighting()));
        assertEquals(0, new BigDecimal("60").compareTo(scheme.weighting(CriterionKind.PRICE)));
        assertSame(StandardPriceScoring.LOWEST_PRICE, scheme.priceScoring());
        assertEquals(SocialValueSplit.KENT_DEFAULT, scheme.socialValueSplit());
    }

    @Test
    void atMostOnePriceCriterion() {
        var second = Criterion.price(CriterionId.of("whole-life-cost"), "Whole-life cost", BigDecimal.TEN);
        var e = assertThrows(InvalidValueException.class,
                () -> EvaluationScheme.of(List.of(price("50"), second, quality("30"), sv("10"))));
        assertTrue(e.getMessage().contains("at most one PRICE criterion"), e.getMessage());
    }

    @Test
    void criterionRules() {
        assertThrows(InvalidValueException.class, () -> price("0"));
        assertThrows(InvalidValueException.class, () -> price("100.01"));
        assertThrows(InvalidValueException.class, () -> EvaluationScheme.of(List.of(quality("50"), quality("50"))));
        assertThrows(InvalidValueException.class, () -> new Criterion(CriterionId.of("q"), "Q", CriterionKind.QUALITY,
                BigDecimal.TEN, java.util.Optional.of(ProxyValueMode.PER_POUND)));
        assertThrows(InvalidValueException.class, () -> CriterionId.of("Bad Id"));
        var scheme = EvaluationScheme.of(List.of(price("60"), quality("40")));
        assertThrows(UnknownIdException.class, () -> scheme.criterion(CriterionId.of("nope")));
        assertEquals(0, scheme.socialValueWeighting().signum());
    }

    @Test
    void socialValueSplitDefaultsTo60And40AndMustAddUpTo100() {
        var scheme = EvaluationScheme.of(List.of(price("60"), quality("30"), sv("10")));
        // 10 × 60 / 100 = 6 ; 10 × 40 / 100 = 4
        assertEquals(0, new BigDecimal("6").compareTo(scheme.specifiedRequirementsWeighting()));
        assertEquals(0, new BigDecimal("4").compareTo(scheme.openQuestionWeighting()));
        var e = assertThrows(InvalidValueException.class,
                () -> new SocialValueSplit(BigDecimal.valueOf(70), BigDecimal.valueOf(40)));
        assertTrue(e.getMessage().contains("adds up to 110, not 100"), e.getMessage());
        var seventy = scheme.withSocialValueSplit(SocialValueSplit.ofSpecified(BigDecimal.valueOf(70)));
        // 10 × 30 / 100 = 3
        assertEquals(0, new BigDecimal("3").compareTo(seventy.openQuestionWeighting()));
    }

    @Test
    void namedPriceMethods() {
        assertSame(StandardPriceScoring.LOWEST_PRICE, StandardPriceScoring.named("lowest-price"));
        assertSame(StandardPriceScoring.LINEAR, StandardPriceScoring.named("linear"));
        assertSame(StandardPriceScoring.LINEAR, StandardPriceScoring.named("relative-to-range"));
        assertEquals("linear", StandardPriceScoring.LINEAR.methodName());
        var e = assertThrows(InvalidValueException.class, () -> StandardPriceScoring.named("cheapest"));
        assertTrue(e.getMessage().contains("'cheapest'"), e.getMessage());
        assertSame(ProxyValueMode.PER_POUND, ProxyValueMode.named("per-pound"));
        assertThrows(InvalidValueException.class, () -> ProxyValueMode.named("per-dollar"));
    }
}
