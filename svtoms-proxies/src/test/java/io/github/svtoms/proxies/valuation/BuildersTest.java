package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.proxies.ProxyValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.proxies.valuation.Fixtures.CARBON;
import static io.github.svtoms.proxies.valuation.Fixtures.EMPLOYMENT;
import static io.github.svtoms.proxies.valuation.Fixtures.Y2024;
import static io.github.svtoms.proxies.valuation.Fixtures.d;
import static io.github.svtoms.proxies.valuation.Fixtures.gbp;
import static io.github.svtoms.proxies.valuation.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Modified copies: {@link CommitmentLine#toBuilder()}, and lines replaced or appended on a request. */
class BuildersTest {
    private static final CommitmentLine L1 = CommitmentLine.of("l1", EMPLOYMENT, d("2"));
    private static final CommitmentLine L2 = CommitmentLine.of("l2", EMPLOYMENT, d("3"));
    private static final CommitmentLine L3 = CommitmentLine.of("l3", CARBON, d("4"));

    private static CommitmentLine full() {
        return CommitmentLine.builder("f1", EMPLOYMENT, d("2.5")).startYear(2).duration(3).deadweight(d("0.1"))
                .displacement(d("0.2")).attribution(d("0.3")).dropOff(d("0.4"))
                .proxy(ProxyValue.supplied(gbp("7"), Y2024)).evidence("contract schedule 4").build();
    }

    @Test
    void aLineCopiesItselfAndChangesOnePart() {
        CommitmentLine f = full();
        assertEquals(f, f.toBuilder().build());
        assertEquals(L1, L1.toBuilder().build());
        CommitmentLine four = f.toBuilder().quantity(d("4")).build();
        assertEquals(new CommitmentLine("f1", EMPLOYMENT, d("4"), 2, 3, Optional.of(d("0.1")), d("0.2"), d("0.3"),
                d("0.4"), f.proxy(), f.evidence()), four);
        CommitmentLine moved = f.toBuilder().id("g1").measure(CARBON).startYear(1).duration(1).build();
        assertEquals(new CommitmentLine("g1", CARBON, d("2.5"), 1, 1, f.deadweight(), d("0.2"), d("0.3"), d("0.4"),
                f.proxy(), f.evidence()), moved);
        // null goes back to the defaults: the proxy's deadweight, the table's proxy, no evidence
        CommitmentLine plain = f.toBuilder().deadweight(null).proxy(null).evidence(null).build();
        assertEquals(Optional.empty(), plain.deadweight());
        assertEquals(Optional.empty(), plain.proxy());
        assertEquals(Optional.empty(), plain.evidence());
        // the copy is validated like any line
        assertThrows(InvalidValueException.class, () -> f.toBuilder().quantity(d("-1")).build());
        assertThrows(InvalidValueException.class, () -> f.toBuilder().id(" ").build());
        assertThrows(InvalidValueException.class, () -> f.toBuilder().measure(null).build());
    }

    @Test
    void linesReplacesWhileLineAndAddLinesAppend() {
        ValuationRequest r = request(Discounting.none()).line(L1).line(L2).build();
        assertEquals(List.of(L1, L2), r.lines());
        assertEquals(List.of(L3), r.toBuilder().lines(List.of(L3)).build().lines());
        assertEquals(List.of(L1, L2, L3), r.toBuilder().addLines(List.of(L3)).build().lines());
        assertEquals(List.of(L1, L2, L3), r.toBuilder().line(L3).build().lines());
        assertEquals(List.of(L3, L1), r.toBuilder().lines(List.of(L3)).addLines(List.of(L1)).build().lines());
        assertEquals(List.of(), r.toBuilder().lines(List.of()).build().lines());
        // on a fresh builder too: the last lines(...) wins
        assertEquals(List.of(L2), request(Discounting.none()).lines(List.of(L1)).lines(List.of(L2)).build().lines());
    }

    @Test
    void withLinesKeepsEverySettingAndReplacesTheLines() {
        ValuationRequest r = request(Discounting.greenBook()).contract(new Contract(gbp("1000000"), 3)).line(L1).build();
        ValuationRequest other = r.withLines(List.of(L2, L3));
        assertEquals(List.of(L2, L3), other.lines());
        assertEquals(r.currency(), other.currency());
        assertEquals(r.priceYear(), other.priceYear());
        assertEquals(r.contract(), other.contract());
        assertEquals(r.discounting(), other.discounting());
        assertEquals(r.priceIndex(), other.priceIndex());
        assertEquals(r.proxyTable(), other.proxyTable());
        assertEquals(r.catalogue(), other.catalogue());
        assertEquals(r, other.withLines(List.of(L1)));
        assertEquals(List.of(L1), r.lines());
    }

    @Test
    void aNullLineIsRejectedAndLeavesTheBuilderAsItWas() {
        List<CommitmentLine> withNull = new ArrayList<>(List.of(L3));
        withNull.add(null);
        ValuationRequest.Builder b = request(Discounting.none()).line(L1);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> b.lines(withNull));
        assertEquals("line must not be null", e.getMessage());
        assertThrows(InvalidValueException.class, () -> b.addLines(withNull));
        assertThrows(InvalidValueException.class, () -> b.lines(null));
        assertThrows(InvalidValueException.class, () -> b.line(null));
        assertEquals(List.of(L1), b.build().lines());
        // the builder copies: later changes to the caller's list do not reach it
        List<CommitmentLine> mine = new ArrayList<>(List.of(L2));
        b.lines(mine);
        mine.add(L3);
        assertEquals(List.of(L2), b.build().lines());
    }
}
