package io.github.svtoms.core;

import io.github.svtoms.core.bettervalue.ChecklistAction;
import io.github.svtoms.core.bettervalue.ChecklistQuestion;
import io.github.svtoms.core.bettervalue.SeukCriterion;
import io.github.svtoms.core.bettervalue.SeukFigures;
import io.github.svtoms.core.bettervalue.SeukLevel;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.FrameworkStatus;
import io.github.svtoms.core.catalogue.LocalArea;
import io.github.svtoms.core.catalogue.LocalDefinition;
import io.github.svtoms.core.evaluation.CriterionKind;
import io.github.svtoms.core.evaluation.ProxyValueMode;
import io.github.svtoms.core.evaluation.RankedBy;
import io.github.svtoms.core.evaluation.Severity;
import io.github.svtoms.core.evaluation.StandardPriceScoring;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.kpi.KpiDuty;
import io.github.svtoms.core.kpi.KpiExemption;
import io.github.svtoms.core.law.DutyLevel;
import io.github.svtoms.core.law.EvidenceGrade;
import io.github.svtoms.core.law.Requirement;
import io.github.svtoms.core.law.Threshold;
import io.github.svtoms.core.law.VatBasis;
import io.github.svtoms.core.law.Verdict;
import io.github.svtoms.core.monitoring.RagStatus;
import io.github.svtoms.core.monitoring.StatutoryRating;
import io.github.svtoms.core.monitoring.VerificationLevel;
import io.github.svtoms.core.portfolio.MetricUnit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The ids enums have in files, read and written through {@link FileId} and {@link FileIds}. The ids are
 * part of the file formats, so each enum's list is written out here by hand: a renamed constant that
 * changed a format would fail.
 */
class FileIdsTest {
    @Test
    void theIdsOfEveryCoreEnumAreTheDocumentedOnes() {
        assertEquals(List.of("goods", "services", "works"), FileIds.ids(ContractCategory.class));
        assertEquals(List.of("measures", "priorities"), FileIds.ids(FrameworkKind.class));
        assertEquals(List.of("nhs", "local-authority", "central-government", "other"), FileIds.ids(BuyerType.class));
        assertEquals(List.of("price", "quality", "social-value"), FileIds.ids(CriterionKind.class));
        assertEquals(List.of("relative-to-best", "per-pound"), FileIds.ids(ProxyValueMode.class));
        assertEquals(List.of("lowest-price", "linear"), FileIds.ids(StandardPriceScoring.class));
        assertEquals(List.of("red", "amber", "green"), FileIds.ids(RagStatus.class));
        assertEquals(List.of("self-reported", "evidenced", "independently-verified"),
                FileIds.ids(VerificationLevel.class));
        assertEquals(List.of("count", "money", "percent", "ratio"), FileIds.ids(MetricUnit.class));
        assertEquals(List.of("error", "advice"), FileIds.ids(Severity.class));
        assertEquals(List.of("total", "quality-and-social-value", "price", "bid-id"), FileIds.ids(RankedBy.class));
    }

    @Test
    void theIdsOfTheProcurementActEnumsAreTheDocumentedOnes() {
        assertEquals(List.of("met", "not-met", "not-applicable", "cannot-be-checked"), FileIds.ids(Verdict.class));
        assertEquals(List.of("verified", "secondary"), FileIds.ids(EvidenceGrade.class));
        assertEquals(List.of("error", "advice"), FileIds.ids(DutyLevel.class));
        assertEquals(List.of("net", "gross"), FileIds.ids(VatBasis.class));
        assertEquals(List.of("at-least", "more-than"), FileIds.ids(Threshold.Comparison.class));
        assertEquals(List.of("required", "not-required", "cannot-be-checked"), FileIds.ids(Requirement.Status.class));
        assertEquals(List.of("good", "approaching-target", "requires-improvement", "inadequate", "other"),
                FileIds.ids(StatutoryRating.class));
        assertEquals(List.of("kpis-inappropriate", "framework", "concession", "light-touch", "private-utility"),
                FileIds.ids(KpiExemption.class));
        assertEquals(List.of("applies", "does-not-apply", "exempt", "cannot-be-checked"),
                FileIds.ids(KpiDuty.Status.class));
        assertEquals(List.of("active", "superseded"), FileIds.ids(FrameworkStatus.class));
        assertEquals(List.of("base", "benefit"), FileIds.ids(LocalDefinition.Basis.class));
        assertEquals(List.of("local-authority", "icb"), FileIds.ids(LocalArea.AreaType.class));
        assertEquals(List.of("km", "miles"), FileIds.ids(LocalArea.DistanceUnit.class));
        assertEquals(List.of("known-whether-provided", "good-service", "capacity-to-improve", "improves-alone"),
                FileIds.ids(ChecklistQuestion.class));
        assertEquals(List.of("conduct-research", "continue-current-provision", "seek-partnership-or-alternative",
                "incorporate-quality-improvement", "review-to-change-supplier"), FileIds.ids(ChecklistAction.class));
        assertEquals(List.of("desirable", "essential", "below-essential", "not-desirable", "not-assessed"),
                FileIds.ids(SeukLevel.class));
        assertEquals(List.of("experience", "current-performance", "service-user-ratings", "community-commitment",
                "financial-position", "social-and-environmental-impact", "environmental-plan", "bullying-and-harassment",
                "staff-engagement", "leadership", "local-integration", "voluntary-sector-work"),
                FileIds.ids(SeukCriterion.class));
        assertEquals(List.of("below", "meeting", "exceeding"), FileIds.ids(SeukFigures.Performance.class));
        assertEquals(List.of("none", "rationale-and-evidence", "quantified"), FileIds.ids(SeukFigures.ImpactEvidence.class));
        assertEquals(List.of("inadequate", "requires-improvement", "good", "outstanding"),
                FileIds.ids(SeukFigures.CqcRating.class));
        assertEquals(List.of("none", "in-place", "demonstrating-added-value", "long-term-agreements"),
                FileIds.ids(SeukFigures.PartnershipEvidence.class));
    }

    @Test
    void theProcurementActEnumsReadBackAndNameEveryAllowedId() {
        roundTrips(Verdict.class);
        roundTrips(EvidenceGrade.class);
        roundTrips(DutyLevel.class);
        roundTrips(VatBasis.class);
        roundTrips(Threshold.Comparison.class);
        roundTrips(Requirement.Status.class);
        roundTrips(StatutoryRating.class);
        roundTrips(KpiExemption.class);
        roundTrips(KpiDuty.Status.class);
        roundTrips(FrameworkStatus.class);
        roundTrips(LocalDefinition.Basis.class);
        roundTrips(LocalArea.AreaType.class);
        roundTrips(LocalArea.DistanceUnit.class);
        roundTrips(ChecklistQuestion.class);
        roundTrips(ChecklistAction.class);
        roundTrips(SeukLevel.class);
        roundTrips(SeukCriterion.class);
        var v = assertThrows(InvalidValueException.class, () -> Verdict.fromId("pass"));
        assertEquals("unknown verdict 'pass': expected one of met, not-met, not-applicable, cannot-be-checked",
                v.getMessage());
        var r = assertThrows(InvalidValueException.class, () -> StatutoryRating.fromId("met"));
        assertEquals("unknown rating 'met': expected one of good, approaching-target, requires-improvement, inadequate,"
                + " other", r.getMessage());
        var b = assertThrows(InvalidValueException.class, () -> VatBasis.fromId("inc"));
        assertEquals("unknown VAT basis 'inc': expected one of net, gross", b.getMessage());
        var k = assertThrows(InvalidValueException.class, () -> LocalArea.DistanceUnit.fromId("kilometres"));
        assertEquals("unknown distance unit 'kilometres': expected one of km, miles", k.getMessage());
        var e = assertThrows(InvalidValueException.class, () -> KpiExemption.fromId("utility"));
        assertEquals("unknown KPI exemption 'utility': expected one of kpis-inappropriate, framework, concession,"
                + " light-touch, private-utility", e.getMessage());
    }

    @Test
    void everyConstantReadsBackFromItsId() {
        roundTrips(ContractCategory.class);
        roundTrips(FrameworkKind.class);
        roundTrips(BuyerType.class);
        roundTrips(CriterionKind.class);
        roundTrips(ProxyValueMode.class);
        roundTrips(StandardPriceScoring.class);
        roundTrips(RagStatus.class);
        roundTrips(VerificationLevel.class);
        roundTrips(MetricUnit.class);
        roundTrips(Severity.class);
        roundTrips(RankedBy.class);
    }

    private static <E extends Enum<E> & FileId> void roundTrips(Class<E> type) {
        for (E e : type.getEnumConstants()) {
            assertSame(e, FileIds.parse(type, e.id(), "thing"));
            assertEquals(Optional.of(e), FileIds.find(type, e.id()));
        }
    }

    @Test
    void theFromIdAndNamedFactoriesAreTheSameLookup() {
        assertSame(BuyerType.LOCAL_AUTHORITY, BuyerType.fromId("local-authority"));
        assertSame(ContractCategory.WORKS, ContractCategory.fromId("works"));
        assertSame(FrameworkKind.PRIORITIES, FrameworkKind.fromId("priorities"));
        assertSame(ProxyValueMode.PER_POUND, ProxyValueMode.named("per-pound"));
        assertEquals("per-pound", ProxyValueMode.PER_POUND.modeName());
        assertEquals("lowest-price", StandardPriceScoring.LOWEST_PRICE.methodName());
        // the alias is accepted by name only; it is not an id in files
        assertSame(StandardPriceScoring.LINEAR, StandardPriceScoring.named("relative-to-range"));
        assertEquals(Optional.empty(), FileIds.find(StandardPriceScoring.class, "relative-to-range"));
    }

    @Test
    void anUnknownIdNamesTheValueAndEveryAllowedId() {
        var e = assertThrows(InvalidValueException.class, () -> BuyerType.fromId("council"));
        assertEquals("unknown buyer type 'council': expected one of nhs, local-authority, central-government, other",
                e.getMessage());
        var c = assertThrows(InvalidValueException.class, () -> ContractCategory.fromId("Goods"));
        assertEquals("unknown contract category 'Goods': expected one of goods, services, works", c.getMessage());
        var m = assertThrows(InvalidValueException.class, () -> ProxyValueMode.named("per-penny"));
        assertEquals("unknown proxy value mode 'per-penny': expected one of relative-to-best, per-pound", m.getMessage());
        var s = assertThrows(InvalidValueException.class, () -> StandardPriceScoring.named("cheapest"));
        assertEquals("unknown price scoring method 'cheapest': expected one of lowest-price, linear or relative-to-range",
                s.getMessage());
    }

    @Test
    void idsAreMatchedExactlyAndNullIsNamed() {
        // no case folding, no trimming, no enum-name fallback
        for (String near : List.of("NHS", " nhs", "nhs ", "LOCAL_AUTHORITY", "local_authority", "")) {
            assertEquals(Optional.empty(), FileIds.find(BuyerType.class, near), near);
            assertThrows(InvalidValueException.class, () -> BuyerType.fromId(near), near);
        }
        assertEquals(Optional.empty(), FileIds.find(BuyerType.class, null));
        var n = assertThrows(InvalidValueException.class, () -> FileIds.parse(RagStatus.class, null, "RAG status"));
        assertEquals("RAG status must not be null", n.getMessage());
    }

    @Test
    void theDefaultIdIsTheNameInLowercaseWithDashes() {
        assertEquals("independently-verified", VerificationLevel.INDEPENDENTLY_VERIFIED.id());
        assertEquals("social-value", CriterionKind.SOCIAL_VALUE.id());
    }
}
