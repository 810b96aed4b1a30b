package io.github.svtoms.proxies;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Value semantics of the reference-data classes: equality over every component (each one changed alone
 * breaks it), hash codes that agree with equality, the documented {@code toString} forms, the accessors
 * and the rules their factories and builders enforce, with the exact messages.
 */
class ValueContractsTest {
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final PriceYear Y2022 = PriceYear.parse("2022");
    private static final PriceYear Y2023 = PriceYear.parse("2023");
    private static final MeasureId A = MeasureId.of("measure-a");
    private static final MeasureId B = MeasureId.of("measure-b");

    private static Provenance provenance(String edition) {
        return new Provenance("Source", "Publisher", edition, Optional.empty(), "OGL v3.0", EvidenceGrade.V2,
                Optional.empty());
    }

    private static ProxyValue proxy(String amount) {
        return new ProxyValue(Money.of(amount, "GBP"), Y2022, ValueType.ECONOMIC, Optional.empty(), provenance("1"),
                Optional.empty());
    }

    // ---- DiscountSchedule ----

    private static DiscountSchedule schedule(String id, String name, String rate, Optional<Provenance> p) {
        return DiscountSchedule.of(id, name, List.of(DiscountBand.of(1, 10, new BigDecimal(rate)),
                DiscountBand.from(11, new BigDecimal("0.01"))), p);
    }

    @Test
    void discountScheduleEqualityCoversEveryComponent() {
        DiscountSchedule s = schedule("s", "name", "0.03", Optional.empty());
        DiscountSchedule same = schedule("s", "name", "0.03", Optional.empty());
        assertEquals(s, same);
        assertEquals(s.hashCode(), same.hashCode());
        assertNotEquals(s, schedule("t", "name", "0.03", Optional.empty()));
        assertNotEquals(s, schedule("s", "other", "0.03", Optional.empty()));
        assertNotEquals(s, schedule("s", "name", "0.04", Optional.empty()));
        assertNotEquals(s, schedule("s", "name", "0.03", Optional.of(provenance("1"))));
        assertNotEquals(s, "s");
        assertNotEquals(s.hashCode(), schedule("t", "name", "0.03", Optional.empty()).hashCode());
        assertEquals("DiscountSchedule[s, 2 bands]", s.toString());
        assertEquals("DiscountSchedule[green-book, 6 bands]", DiscountSchedule.greenBook().toString());
        assertEquals("name", s.name());
        assertEquals(2, s.bands().size());
        assertEquals(Optional.empty(), s.provenance());
        assertEquals("HM Treasury", DiscountSchedule.greenBook().provenance().orElseThrow().publisher());
        assertEquals(DiscountSchedule.greenBook().provenance(), DiscountSchedule.greenBookHealth().provenance());
        assertEquals("constant rate 0.05", DiscountSchedule.constant(new BigDecimal("0.05")).name());
        assertEquals("no discounting", DiscountSchedule.none().name());
    }

    @Test
    void discountScheduleRules() {
        var none = assertThrows(InvalidValueException.class,
                () -> DiscountSchedule.of("s", "n", List.of(), Optional.empty()));
        assertEquals("discount schedule 's' has no bands", none.getMessage());
        var gap = assertThrows(InvalidValueException.class, () -> DiscountSchedule.of("s", "n", List.of(
                DiscountBand.of(1, 5, new BigDecimal("0.1")), DiscountBand.from(7, new BigDecimal("0.1"))), Optional.empty()));
        assertEquals("discount schedule 's': band 2 starts at t = 7 but must start at t = 6 (bands are contiguous "
                + "from t = 1)", gap.getMessage());
        var late = assertThrows(InvalidValueException.class, () -> DiscountSchedule.of("s", "n", List.of(
                DiscountBand.of(2, 5, new BigDecimal("0.1"))), Optional.empty()));
        assertEquals("discount schedule 's': band 1 starts at t = 2 but must start at t = 1 (bands are contiguous "
                + "from t = 1)", late.getMessage());
        var open = assertThrows(InvalidValueException.class, () -> DiscountSchedule.of("s", "n", List.of(
                DiscountBand.from(1, new BigDecimal("0.1")), DiscountBand.from(2, new BigDecimal("0.1"))), Optional.empty()));
        // the open band is checked before the second band's start (which could never be right after it)
        assertEquals("discount schedule 's': open-ended band 1 must be the last", open.getMessage());
        // a closed last band is allowed and sets the horizon
        DiscountSchedule closed = DiscountSchedule.of("s", "n", List.of(DiscountBand.of(1, 3, new BigDecimal("0.1")),
                DiscountBand.of(4, 4, new BigDecimal("0.2"))), Optional.empty());
        assertEquals(Optional.of(4), closed.horizon());
        assertEquals(new BigDecimal("0.2"), closed.rate(4));
        assertEquals(new BigDecimal("0.1"), closed.rate(3));
        assertEquals(new BigDecimal("0.1"), closed.rate(1));
        // DF_4 = 1 / (1.1^3 × 1.2) = 1 / 1.5972 = 0.626095667418...; python decimal
        assertEquals("0.6260956674", closed.factor(4).setScale(10, java.math.RoundingMode.HALF_EVEN).toPlainString());
        assertEquals(5, closed.factors(4).size());
        var beyond = assertThrows(ValuationException.class, () -> closed.rate(5));
        assertEquals("discount year t = 5 is beyond the horizon of schedule 's', which ends at t = 4", beyond.getMessage());
        var zero = assertThrows(InvalidValueException.class, () -> closed.rate(0));
        assertEquals("discount year t = 0 has no rate: rates apply from t = 1", zero.getMessage());
        var negative = assertThrows(InvalidValueException.class, () -> closed.factors(-1));
        assertEquals("discount year t = -1 must not be negative", negative.getMessage());
        assertEquals(List.of(BigDecimal.ONE), closed.factors(0));
        assertFalse(closed.isUndiscounted());
        // one zero band among non-zero bands: not undiscounted, and the zero band keeps the factor flat
        DiscountSchedule mixed = DiscountSchedule.of("m", "n", List.of(DiscountBand.of(1, 1, BigDecimal.ZERO),
                DiscountBand.from(2, new BigDecimal("0.25"))), Optional.empty());
        assertFalse(mixed.isUndiscounted());
        // DF_1 = 1 (rate 0); DF_2 = 1 / 1.25 = 0.8
        assertEquals(0, BigDecimal.ONE.compareTo(mixed.factor(1)));
        assertEquals(0, new BigDecimal("0.8").compareTo(mixed.factor(2)));
        assertTrue(DiscountSchedule.constant(BigDecimal.ZERO).isUndiscounted());
    }

    // ---- PriceIndex ----

    private static PriceIndex.Builder index() {
        return PriceIndex.builder("idx", "An index", "2024-03").release("March 2024").base("2022 = 100")
                .provenance(provenance("1")).put(Y2022, new BigDecimal("100")).put(Y2023, new BigDecimal("105"));
    }

    @Test
    void priceIndexEqualityCoversEveryComponent() {
        PriceIndex p = index().build();
        assertEquals(p, index().build());
        assertEquals(p.hashCode(), index().build().hashCode());
        assertNotEquals(p, PriceIndex.builder("idy", "An index", "2024-03").release("March 2024").base("2022 = 100")
                .provenance(provenance("1")).put(Y2022, new BigDecimal("100")).put(Y2023, new BigDecimal("105")).build());
        assertNotEquals(p, PriceIndex.builder("idx", "Another", "2024-03").release("March 2024").base("2022 = 100")
                .provenance(provenance("1")).put(Y2022, new BigDecimal("100")).put(Y2023, new BigDecimal("105")).build());
        assertNotEquals(p, PriceIndex.builder("idx", "An index", "2024-06").release("March 2024").base("2022 = 100")
                .provenance(provenance("1")).put(Y2022, new BigDecimal("100")).put(Y2023, new BigDecimal("105")).build());
        assertNotEquals(p, PriceIndex.builder("idx", "An index", "2024-03").release("June 2024").base("2022 = 100")
                .provenance(provenance("1")).put(Y2022, new BigDecimal("100")).put(Y2023, new BigDecimal("105")).build());
        assertNotEquals(p, PriceIndex.builder("idx", "An index", "2024-03").release("March 2024").base("2023 = 100")
                .provenance(provenance("1")).put(Y2022, new BigDecimal("100")).put(Y2023, new BigDecimal("105")).build());
        assertNotEquals(p, PriceIndex.builder("idx", "An index", "2024-03").release("March 2024").base("2022 = 100")
                .provenance(provenance("2")).put(Y2022, new BigDecimal("100")).put(Y2023, new BigDecimal("105")).build());
        assertNotEquals(p, index().put(PriceYear.parse("2024"), new BigDecimal("110")).build());
        // same entries in another order: not equal (the order is part of the data)
        PriceIndex reordered = PriceIndex.builder("idx", "An index", "2024-03").release("March 2024").base("2022 = 100")
                .provenance(provenance("1")).put(Y2023, new BigDecimal("105")).put(Y2022, new BigDecimal("100")).build();
        assertNotEquals(p, reordered);
        assertNotEquals(p, "idx");
        assertEquals("PriceIndex[idx 2024-03, 2 years]", p.toString());
        assertEquals("An index", p.name());
        assertEquals("2024-03", p.vintage());
        assertEquals(Optional.of("March 2024"), p.release());
        assertEquals(Optional.of("2022 = 100"), p.base());
        assertEquals(Optional.of(provenance("1")), p.provenance());
        assertEquals(List.of(Y2022, Y2023), List.copyOf(p.values().keySet()));
        PriceIndex bare = PriceIndex.builder("bare", "Bare", "v").put(Y2022, new BigDecimal("0.1")).build();
        assertEquals(Optional.empty(), bare.release());
        assertEquals(Optional.empty(), bare.base());
        assertEquals(Optional.empty(), bare.provenance());
    }

    @Test
    void priceIndexLookupsAndRules() {
        PriceIndex p = index().build();
        assertTrue(p.contains(Y2023));
        assertFalse(p.contains(PriceYear.parse("2021")));
        var missing = assertThrows(MissingPriceYearException.class, () -> p.value(PriceYear.parse("2021")));
        assertEquals(PriceYear.parse("2021"), missing.year());
        assertEquals("idx", missing.seriesId());
        // 105 / 100 = 1.05 and back 100 / 105 = 0.952380952...
        assertEquals(0, new BigDecimal("1.05").compareTo(p.ratio(Y2022, Y2023)));
        Money m = Money.of("200.00", "GBP");
        assertSame(m, p.rebase(m, Y2022, Y2022));
        assertEquals(0, new BigDecimal("210").compareTo(p.rebase(m, Y2022, Y2023).amount()));
        var empty = assertThrows(InvalidValueException.class, () -> PriceIndex.builder("e", "E", "v").build());
        assertEquals("price index 'e' is invalid: it has no values", empty.getMessage());
        var bad = assertThrows(InvalidValueException.class, () -> PriceIndex.builder("e", "E", "v")
                .put(Y2022, BigDecimal.ZERO).put(Y2022, new BigDecimal("-1.5")).put(Y2023, new BigDecimal("0.1")).build());
        assertEquals("price index 'e' is invalid: value 0 for 2022 must be greater than 0; duplicate year 2022; "
                + "value -1.5 for 2022 must be greater than 0", bad.getMessage());
    }

    // ---- ProxyTable ----

    private static ProxyTable.Builder table(String id, String name, String edition) {
        return ProxyTable.builder(id, name, edition, GBP).put(A, proxy("10")).put(B, proxy("20"));
    }

    @Test
    void proxyTableEqualityCoversEveryComponent() {
        ProxyTable t = table("t", "Table", "1").build();
        assertEquals(t, table("t", "Table", "1").build());
        assertEquals(t.hashCode(), table("t", "Table", "1").build().hashCode());
        assertNotEquals(t, table("u", "Table", "1").build());
        assertNotEquals(t, table("t", "Other", "1").build());
        assertNotEquals(t, table("t", "Table", "2").build());
        assertNotEquals(t, ProxyTable.builder("t", "Table", "1", Currency.getInstance("EUR")).build());
        assertNotEquals(ProxyTable.builder("t", "Table", "1", GBP).build(),
                ProxyTable.builder("t", "Table", "1", Currency.getInstance("EUR")).build());
        assertNotEquals(t, ProxyTable.builder("t", "Table", "1", GBP).put(A, proxy("10")).put(B, proxy("21")).build());
        assertNotEquals(t, "t");
        assertEquals("ProxyTable[t 1, GBP, 2 entries]", t.toString());
        assertEquals("Table", t.name());
        assertEquals("1", t.edition());
        assertEquals(GBP, t.currency());
        assertEquals(2, t.size());
        assertEquals(Map.of(A, proxy("10"), B, proxy("20")), t.entries());
        assertEquals(Optional.of(proxy("20")), t.proxyFor(B));
        assertEquals(Optional.empty(), t.proxyFor(MeasureId.of("measure-c")));
        var bad = assertThrows(InvalidValueException.class, () -> ProxyTable.builder("t", "T", "1", GBP)
                .put(A, proxy("1")).put(A, proxy("2"))
                .put(B, new ProxyValue(Money.of("3", "EUR"), Y2022, ValueType.ECONOMIC, Optional.empty(), provenance("1"),
                        Optional.empty())).build());
        assertEquals("proxy table 't' is invalid: duplicate measure 'measure-a'; measure 'measure-b' is valued in EUR "
                + "but the table is in GBP", bad.getMessage());
    }
}
