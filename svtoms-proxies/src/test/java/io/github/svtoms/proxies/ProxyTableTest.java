package io.github.svtoms.proxies;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProxyTableTest {
    static final Currency GBP = Currency.getInstance("GBP");
    static final MeasureId EMP = MeasureId.of("local-employment");
    static final MeasureId CO2 = MeasureId.of("carbon-saved");

    static ProxyValue proxy(String amount, String currency) {
        return new ProxyValue(Money.of(amount, currency), PriceYear.parse("2024"), ValueType.ECONOMIC,
                Optional.of(new BigDecimal("0.2")), new Provenance("Unit Cost Database", "GMCA", "v1.4", Optional.empty(),
                "CC BY 4.0", EvidenceGrade.V, Optional.of("row 12")), Optional.empty());
    }

    @Test
    void looksUpInDeclarationOrder() {
        ProxyTable t = ProxyTable.builder("svtoms-open-proxies", "Open proxies", "2025.1", GBP)
                .put(EMP, proxy("10000", "GBP")).put(CO2, proxy("280", "GBP")).build();
        assertEquals(2, t.size());
        assertEquals(List.of(EMP, CO2), List.copyOf(t.entries().keySet()));
        assertEquals(Money.of("280", "GBP"), t.proxyFor(CO2).orElseThrow().amount());
        assertEquals(Optional.empty(), t.proxyFor(MeasureId.of("other")));
        assertThrows(UnsupportedOperationException.class, () -> t.entries().clear());
        ProxyTable reordered = ProxyTable.builder("svtoms-open-proxies", "Open proxies", "2025.1", GBP)
                .put(CO2, proxy("280", "GBP")).put(EMP, proxy("10000", "GBP")).build();
        assertNotEquals(t, reordered);
    }

    @Test
    void buildListsEveryProblem() {
        var e = assertThrows(InvalidValueException.class, () -> ProxyTable.builder("t", "t", "1", GBP)
                .put(EMP, proxy("1", "GBP")).put(EMP, proxy("2", "GBP")).put(CO2, proxy("3", "EUR")).build());
        assertTrue(e.getMessage().contains("duplicate measure 'local-employment'"), e.getMessage());
        assertTrue(e.getMessage().contains("'carbon-saved' is valued in EUR"), e.getMessage());
    }

    @Test
    void proxyRules() {
        var neg = assertThrows(InvalidValueException.class, () -> proxy("-1", "GBP"));
        assertTrue(neg.getMessage().contains("-1"), neg.getMessage());
        var dw = assertThrows(InvalidValueException.class, () -> new ProxyValue(Money.of("1", "GBP"),
                PriceYear.parse("2024"), ValueType.FISCAL, Optional.of(new BigDecimal("1.5")), Provenance.suppliedInRequest(),
                Optional.empty()));
        assertTrue(dw.getMessage().contains("1.5"), dw.getMessage());
        assertThrows(InvalidValueException.class, () -> new Provenance(" ", "p", "e", Optional.empty(), "l",
                EvidenceGrade.U, Optional.empty()));
        assertEquals(EvidenceGrade.U, Provenance.suppliedInRequest().evidence());
        assertEquals("GMCA Unit Cost Database v1.4", proxy("1", "GBP").provenance().citation());
    }

    @Test
    void enumIdsRoundTrip() {
        for (ValueType v : ValueType.values()) {
            assertEquals(v, ValueType.fromId(v.id()));
        }
        for (EvidenceGrade g : EvidenceGrade.values()) {
            assertEquals(g, EvidenceGrade.fromId(g.id()));
        }
        assertEquals(ValueType.FISCAL_AND_ECONOMIC, ValueType.fromId("fiscal+economic"));
        var e = assertThrows(InvalidValueException.class, () -> ValueType.fromId("social"));
        assertTrue(e.getMessage().contains("'social'"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> EvidenceGrade.fromId("v"));
    }
}
