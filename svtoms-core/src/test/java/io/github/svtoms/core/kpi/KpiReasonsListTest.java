package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.ContractCategory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.github.svtoms.core.kpi.TestCatalogues.KENT;
import static io.github.svtoms.core.kpi.TestCatalogues.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A selected KPI's reasons, written on first read, behave as the immutable list of them. */
class KpiReasonsListTest {
    private final KpiSelector selector = new KpiSelector(TestCatalogues.catalogue());

    private KpiSelection select() {
        return selector.select(ContractProfile.builder().framework(KENT).value(gbp("1000000.00")).years(3)
                .category(ContractCategory.SERVICES).buyer(BuyerType.LOCAL_AUTHORITY).build());
    }

    @Test
    void readLikeTheImmutableListOfTheReasons() {
        KpiSelection s = select();
        Kpi k = s.kpi(io.github.svtoms.core.catalogue.MeasureId.of("workforce-qualifications")).orElseThrow();
        assertFalse(k.reasons().isEmpty());
        List<String> copy = List.copyOf(k.reasons());
        assertEquals(copy, k.reasons());
        assertEquals(k.reasons(), copy);
        assertEquals(copy.hashCode(), k.reasons().hashCode());
        assertEquals(copy.size(), k.reasons().size());
        // the worked example's first and last reasons (KpiSelectorWorkedExamplesTest has the others)
        assertEquals("serves chosen priority 'kent-local-employment' (Local Employment)", k.reasons().get(0));
        assertEquals("selected in rank order within the cap of 10 KPIs for a contract of £1,000,000.00",
                k.reasons().get(k.reasons().size() - 1));
        assertThrows(UnsupportedOperationException.class, () -> k.reasons().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> k.reasons().set(0, "x"));
        assertThrows(UnsupportedOperationException.class, () -> k.reasons().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> k.reasons().clear());
        // a second selection gives equal KPIs, whose reasons are other lists with the same text
        Kpi again = select().kpi(k.measure()).orElseThrow();
        assertNotSame(k.reasons(), again.reasons());
        assertEquals(k, again);
        assertEquals(k.hashCode(), again.hashCode());
    }

    @Test
    void readFromManyThreadsAtOnceGiveOneText() throws Exception {
        for (int round = 0; round < 20; round++) {
            KpiSelection s = select();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> texts = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    texts.add(pool.submit(() -> s.kpis().toString()));
                }
                String first = texts.get(0).get();
                for (Future<String> f : texts) {
                    assertEquals(first, f.get());
                }
                assertEquals(select().kpis().toString(), first);
            } finally {
                pool.shutdown();
            }
        }
    }
}
