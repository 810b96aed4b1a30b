package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.YearIndexing;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.proxies.valuation.Fixtures.EMPLOYMENT;
import static io.github.svtoms.proxies.valuation.Fixtures.GBP;
import static io.github.svtoms.proxies.valuation.Fixtures.Y2024;
import static io.github.svtoms.proxies.valuation.Fixtures.catalogue;
import static io.github.svtoms.proxies.valuation.Fixtures.d;
import static io.github.svtoms.proxies.valuation.Fixtures.index;
import static io.github.svtoms.proxies.valuation.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ValuationRequest}: defaults, accessors, the builder's copy ({@code toBuilder}), equality over every
 * component, and the currency rules with their messages.
 */
class ValuationRequestTest {
    private static final CommitmentLine L1 = CommitmentLine.of("l1", EMPLOYMENT, d("2"));
    private static final CommitmentLine L2 = CommitmentLine.of("l2", EMPLOYMENT, d("3"));
    private static final Contract CONTRACT = new Contract(Money.of("1000000", "GBP"), 3);

    private static ValuationRequest full() {
        return ValuationRequest.builder(GBP, Y2024, catalogue()).contract(CONTRACT).discounting(Discounting.none())
                .priceIndex(index()).proxyTable(table()).line(L1).addLines(List.of(L2)).build();
    }

    @Test
    void defaultsAndAccessors() {
        ValuationRequest bare = ValuationRequest.builder(GBP, Y2024, catalogue()).build();
        assertEquals(GBP, bare.currency());
        assertEquals(Y2024, bare.priceYear());
        assertEquals(catalogue(), bare.catalogue());
        assertEquals(Optional.empty(), bare.contract());
        assertEquals(Discounting.greenBook(), bare.discounting());
        assertEquals(Optional.empty(), bare.priceIndex());
        assertEquals(Optional.empty(), bare.proxyTable());
        assertEquals(List.of(), bare.lines());
        assertEquals("ValuationRequest[GBP, 2024 prices, 0 lines]", bare.toString());

        ValuationRequest r = full();
        assertEquals(Optional.of(CONTRACT), r.contract());
        assertEquals(Discounting.none(), r.discounting());
        assertEquals(Optional.of(index()), r.priceIndex());
        assertEquals(Optional.of(table()), r.proxyTable());
        assertEquals(List.of(L1, L2), r.lines());
        assertThrows(UnsupportedOperationException.class, () -> r.lines().add(L1));
        assertEquals("ValuationRequest[GBP, 2024 prices, 2 lines]", r.toString());
    }

    @Test
    void toBuilderCopiesEveryComponent() {
        ValuationRequest r = full();
        ValuationRequest copy = r.toBuilder().build();
        assertEquals(r, copy);
        assertEquals(r.hashCode(), copy.hashCode());
        assertEquals(r.contract(), copy.contract());
        assertEquals(r.discounting(), copy.discounting());
        assertEquals(r.priceIndex(), copy.priceIndex());
        assertEquals(r.proxyTable(), copy.proxyTable());
        assertEquals(r.lines(), copy.lines());
        ValuationRequest bare = ValuationRequest.builder(GBP, Y2024, catalogue()).build();
        assertEquals(bare, bare.toBuilder().build());
        assertEquals(Optional.empty(), bare.toBuilder().build().proxyTable());
        // adding to the copy's builder leaves the original alone
        ValuationRequest more = r.toBuilder().line(CommitmentLine.of("l3", EMPLOYMENT, d("1"))).build();
        assertEquals(3, more.lines().size());
        assertEquals(2, r.lines().size());
    }

    @Test
    void equalityCoversEveryComponent() {
        ValuationRequest r = full();
        assertEquals(r, full());
        assertEquals(r.hashCode(), full().hashCode());
        assertNotEquals(r, "request");
        assertNotEquals(r, ValuationRequest.builder(GBP, PriceYear.parse("2023-24"), catalogue()).contract(CONTRACT)
                .discounting(Discounting.none()).priceIndex(index()).proxyTable(table()).line(L1).line(L2).build());
        assertNotEquals(r, r.toBuilder().contract(new Contract(Money.of("1000000", "GBP"), 4)).build());
        assertNotEquals(r, r.toBuilder().discounting(Discounting.greenBook()).build());
        assertNotEquals(r, r.toBuilder().discounting(Discounting.constant(BigDecimal.ZERO,
                YearIndexing.FIRST_YEAR_DISCOUNTED)).build());
        PriceIndex other = PriceIndex.builder("other-index", "other", "1").put(Y2024, BigDecimal.ONE).build();
        assertNotEquals(r, r.toBuilder().priceIndex(other).build());
        ProxyTable otherTable = ProxyTable.builder("other-table", "other", "1", GBP).build();
        assertNotEquals(r, r.toBuilder().proxyTable(otherTable).build());
        assertNotEquals(r, ValuationRequest.builder(GBP, Y2024, io.github.svtoms.core.catalogue.Catalogue.builder()
                .framework(catalogue().frameworks().get(0)).build()).contract(CONTRACT).discounting(Discounting.none())
                .priceIndex(index()).proxyTable(table()).line(L1).line(L2).build());
        assertNotEquals(r, ValuationRequest.builder(GBP, Y2024, catalogue()).contract(CONTRACT).discounting(Discounting.none())
                .priceIndex(index()).proxyTable(table()).line(L2).line(L1).build());
        assertNotEquals(r.hashCode(), r.toBuilder().line(L1).build().hashCode());
        Currency eur = Currency.getInstance("EUR");
        ValuationRequest inEuro = ValuationRequest.builder(eur, Y2024, catalogue()).build();
        assertNotEquals(ValuationRequest.builder(GBP, Y2024, catalogue()).build(), inEuro);
        assertNotEquals(r, r.toBuilder().build().toBuilder().discounting(Discounting.of(DiscountSchedule.greenBookHealth()))
                .build());
    }

    @Test
    void currencyRules() {
        var contract = assertThrows(InvalidValueException.class, () -> ValuationRequest.builder(GBP, Y2024, catalogue())
                .contract(new Contract(Money.of("100", "EUR"), 1)).build());
        assertEquals("contract value " + Money.of("100", "EUR") + " is not in the request's currency GBP "
                + "(svtoms never converts currencies)", contract.getMessage());
        var table = assertThrows(InvalidValueException.class, () -> ValuationRequest.builder(Currency.getInstance("EUR"),
                Y2024, catalogue()).proxyTable(table()).build());
        assertEquals("proxy table 'test-proxies' is in GBP but the request is in EUR (svtoms never converts currencies)",
                table.getMessage());
        // in the request's currency both are accepted
        ValuationRequest ok = ValuationRequest.builder(GBP, Y2024, catalogue()).contract(CONTRACT).proxyTable(table()).build();
        assertSame(CONTRACT, ok.contract().orElseThrow());
        var nullLine = assertThrows(InvalidValueException.class,
                () -> ValuationRequest.builder(GBP, Y2024, catalogue()).line(null));
        assertEquals("line must not be null", nullLine.getMessage());
    }
}
