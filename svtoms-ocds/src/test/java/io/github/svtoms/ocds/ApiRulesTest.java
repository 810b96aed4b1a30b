package io.github.svtoms.ocds;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.evaluation.CriterionKind;
import io.github.svtoms.core.kpi.BuyerType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules the public records keep, so that a reading can never say two things at once. */
class ApiRulesTest {
    private static ContractFacts facts() {
        return new ContractFacts(Optional.of(Fact.read(ContractCategory.GOODS, "$.tender.mainProcurementCategory")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Fact.inferred(List.of(), "no CPV code"), List.of(), Fact.inferred(BuyerType.OTHER, "no classification"),
                Optional.empty(), Suitability.notStated("$.tender.suitability"));
    }

    @Test
    void aProfileReadingIsAProfileOrReasonsNeverBoth() {
        Reason r = new Reason(ReasonKind.NO_VALUE, "", "$.tender.value");
        assertEquals(false, new ProfileReading(facts(), Optional.empty(), List.of(r)).isUsable());
        assertThrows(InvalidValueException.class, () -> new ProfileReading(facts(), Optional.empty(), List.of()));
        assertEquals("no contract value in the notice (at $.tender.value)", r.message());
        assertEquals("the contract value is zero: amount 0 (at $.x)",
                new Reason(ReasonKind.ZERO_VALUE, "amount 0", "$.x").message());
        assertThrows(InvalidValueException.class, () -> new Reason(ReasonKind.NO_VALUE, "", " "));
    }

    @Test
    void factsAndPeriods() {
        assertThrows(InvalidValueException.class, () -> Fact.read("x", " "));
        assertEquals(true, Fact.inferred(1, "rule").isInferred());
        LocalDate d = LocalDate.of(2025, 4, 1);
        assertThrows(InvalidValueException.class, () -> new ContractPeriod(Optional.of(d), Optional.of(d.minusDays(1)),
                Optional.empty(), Optional.empty()));
        assertThrows(InvalidValueException.class, () -> new ContractPeriod(Optional.of(d), Optional.empty(),
                Optional.empty(), Optional.empty()));
        assertThrows(InvalidValueException.class, () -> new ContractPeriod(Optional.empty(), Optional.empty(),
                Optional.of(0), Optional.empty()));
        assertEquals("2025-04-01 to 2026-03-31, 365 days", new ContractPeriod(Optional.of(d), Optional.of(LocalDate.of(2026, 3, 31)),
                Optional.of(365), Optional.empty()).toString());
        assertEquals("18 months", new ContractPeriod(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(18)).toString());
    }

    @Test
    void criteriaRules() {
        AwardCriterion quality = new AwardCriterion(1, "Quality", Optional.of("quality"), CriterionKind.QUALITY,
                Optional.empty(), Optional.empty(), Optional.empty(), "$.c[0]");
        assertThrows(InvalidValueException.class, () -> new AwardCriterion(1, "Social value", Optional.of("quality"),
                CriterionKind.SOCIAL_VALUE, Optional.empty(), Optional.empty(), Optional.empty(), "$.c[0]"));
        assertThrows(InvalidValueException.class, () -> new AwardCriterion(0, "Q", Optional.empty(),
                CriterionKind.QUALITY, Optional.empty(), Optional.empty(), Optional.empty(), "$.c[0]"));
        assertThrows(InvalidValueException.class, () -> new Weight(WeightKind.ORDER, BigDecimal.ONE,
                Optional.of(BigDecimal.ONE), Provenance.READ, "x"));
        assertThrows(InvalidValueException.class, () -> new Weight(WeightKind.PERCENTAGE_EXACT, new BigDecimal("-1"),
                Optional.empty(), Provenance.READ, "x"));
        assertThrows(InvalidValueException.class, () -> new CriteriaReading(Weighting.INCOMPLETE, List.of(quality),
                Optional.empty(), List.of(), "x", Provenance.READ));
        assertThrows(InvalidValueException.class, () -> new CriteriaReading(Weighting.PERCENTAGES, List.of(quality),
                Optional.empty(), List.of(), "x", Provenance.READ));
        assertThrows(InvalidValueException.class, () -> new CriteriaReading(Weighting.NONE_PUBLISHED, List.of(quality),
                Optional.empty(), List.of(), "x", Provenance.READ));
        assertThrows(InvalidValueException.class, () -> new SocialValueCheck(SocialValueCheck.Presence.FOUND, List.of(),
                Optional.empty()));
        assertThrows(InvalidValueException.class, () -> new SocialValueCheck(SocialValueCheck.Presence.NOT_FOUND,
                List.of(quality), Optional.empty()));
        assertThrows(InvalidValueException.class, () -> new SocialValueCheck(SocialValueCheck.Presence.NOT_FOUND,
                List.of(), Optional.of(BigDecimal.ONE)));
        assertEquals(Optional.of(WeightKind.POINTS_RANGE_MIDDLE), WeightKind.fromOcdsCode("pointsRangeMiddle"));
        assertEquals(Optional.empty(), WeightKind.fromOcdsCode("PointsRangeMiddle"));
        SocialValueCheck none = new SocialValueCheck(SocialValueCheck.Presence.NOT_FOUND, List.of(), Optional.empty());
        assertEquals(Optional.of(true), none.meetsMinimum(BigDecimal.ZERO));
        assertThrows(InvalidValueException.class, () -> none.meetsMinimum(new BigDecimal("-1")));
    }
}
