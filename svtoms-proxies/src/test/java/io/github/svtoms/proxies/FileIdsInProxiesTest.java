package io.github.svtoms.proxies;

import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.proxies.derivation.StepKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The ids the proxies enums have in files, written out by hand: they are part of the formats. */
class FileIdsInProxiesTest {
    @Test
    void theIdsAreTheDocumentedOnes() {
        assertEquals(List.of("fiscal", "economic", "fiscal+economic", "fiscal+economic+social", "social-wellbeing"), FileIds.ids(ValueType.class));
        assertEquals(List.of("V", "V2", "U"), FileIds.ids(EvidenceGrade.class));
        assertEquals(List.of("undiscounted", "discounted"), FileIds.ids(YearIndexing.class));
        assertEquals(List.of("proxy", "rebase", "gross", "adjustment", "net-first-year", "drop-off", "discount",
                "present-value", "ratio", "net-present-value", "payback", "multiplier", "wellby", "wage-uplift", "yearly-proxy"),
                FileIds.ids(StepKind.class));
    }

    @Test
    void fromIdReadsEveryIdBackAndNamesTheAllowedOnes() {
        // ValueType and EvidenceGrade round trips: ProxyTableTest.enumIdsRoundTrip
        for (YearIndexing y : YearIndexing.values()) {
            assertSame(y, YearIndexing.fromId(y.id()));
        }
        for (StepKind k : StepKind.values()) {
            assertSame(k, FileIds.parse(StepKind.class, k.id(), "derivation step kind"));
        }
        assertEquals("unknown value type 'priceless': expected one of fiscal, economic, fiscal+economic, fiscal+economic+social, social-wellbeing",
                assertThrows(InvalidValueException.class, () -> ValueType.fromId("priceless")).getMessage());
        assertEquals("unknown evidence grade 'v2': expected one of V, V2, U",
                assertThrows(InvalidValueException.class, () -> EvidenceGrade.fromId("v2")).getMessage());
        assertEquals("unknown year indexing 'first': expected one of undiscounted, discounted",
                assertThrows(InvalidValueException.class, () -> YearIndexing.fromId("first")).getMessage());
        assertEquals("value type must not be null",
                assertThrows(InvalidValueException.class, () -> ValueType.fromId(null)).getMessage());
    }
}
