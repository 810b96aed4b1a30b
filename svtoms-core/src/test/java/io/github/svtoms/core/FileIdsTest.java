package io.github.svtoms.core;

import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.evaluation.CriterionKind;
import io.github.svtoms.core.evaluation.ProxyValueMode;
import io.github.svtoms.core.evaluation.RankedBy;
import io.github.svtoms.core.evaluation.Severity;
import io.github.svtoms.core.evaluation.StandardPriceScoring;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.monitoring.RagStatus;
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
