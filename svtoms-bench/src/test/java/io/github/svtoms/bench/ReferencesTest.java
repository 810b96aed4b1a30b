package io.github.svtoms.bench;

import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Figures;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import io.github.svtoms.proxies.valuation.ValuationSummary;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;

import static org.instancio.Select.allLongs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark's references compute the same totals as the engine: reference (a), straightforward
 * BigDecimal, gives exactly the engine's exact totals (same value and scale); the fixed-point limit (b) is
 * within a tenth of a penny of them, so the reported totals agree to the penny.
 */
@ExtendWith(InstancioExtension.class)
class ReferencesTest {
    private static final BigDecimal TENTH_OF_A_PENNY = new BigDecimal("0.001");
    private final Portfolio portfolio = Portfolio.bundled();

    private static Totals totals(Figures f) {
        return new Totals(f.gross().amount(), f.net().amount(), f.presentValue().amount());
    }

    @Test
    void theBenchmarkPortfolioValuesTheSameByAllFourRoutes() {
        ValuationRequest request = portfolio.request(20_000, 20_250_101L);
        Valuation batch = ValuationEngine.of(request).value();
        ValuationSummary streamed = ValuationEngine.of(portfolio.emptyRequest()).summarise(request.lines().stream());
        Totals engine = totals(batch.exactTotals());

        assertEquals(20_000, batch.lines().size());
        assertEquals(batch.summary(), streamed);
        assertEquals(engine, BigDecimalReference.value(request));
        Totals limit = FixedPointReference.totals(new FixedPointReference(request, request.lines()).value());
        assertTrue(limit.maxDifference(engine).compareTo(TENTH_OF_A_PENNY) < 0, () -> limit + " vs " + engine);
        assertEquals(engine.rounded(), limit.rounded());
        assertEquals(engine.rounded(), totals(batch.totals()));
    }

    @Test
    @Seed(12345)
    void referencesAgreeWithTheEngineOnAThousandSeededPortfolios() {
        List<Long> seeds = Instancio.ofList(Long.class).size(1000)
                .generate(allLongs(), gen -> gen.longs().range(0L, Long.MAX_VALUE)).create();
        assertEquals(1000, seeds.size());
        int rebased = 0;
        for (long seed : seeds) {
            ValuationRequest request = portfolio.request(1 + (int) (seed % 30), seed);
            Totals engine = totals(ValuationEngine.of(request).value().exactTotals());
            assertEquals(engine, BigDecimalReference.value(request), () -> "seed " + seed);
            Totals limit = FixedPointReference.totals(new FixedPointReference(request, request.lines()).value());
            assertTrue(limit.maxDifference(engine).compareTo(TENTH_OF_A_PENNY) < 0, () -> "seed " + seed);
            for (CommitmentLine l : request.lines()) {
                if (!portfolio.table().proxyFor(l.measure()).orElseThrow().priceYear().equals(Portfolio.PRICE_YEAR)) {
                    rebased++;
                }
            }
        }
        // the portfolios really exercise rebasing
        assertTrue(rebased > 10_000, "rebased lines: " + rebased);
    }

    @Test
    void aWorkedLineMatchesTheHandArithmetic() {
        // one line of measure local-employment-style arithmetic, checked by hand: quantity 2 at a proxy of
        // £100.00 in 2024-25 prices (no rebasing), deadweight 0.20, displacement 0.10, attribution 0, drop-off 0.5,
        // two years from contract year 1, Green Book first year undiscounted:
        // gross = 2 × 100 × 2 = 400; net year 1 = 200 × 0.8 × 0.9 = 144; year 2 = 144 × 0.5 = 72; net = 216;
        // PV = 144 × 1 + 72 / 1.035 = 144 + 69.5652173913... = 213.5652173913...
        var proxy = io.github.svtoms.proxies.ProxyValue.supplied(io.github.svtoms.core.money.Money.of("100.00", "GBP"),
                Portfolio.PRICE_YEAR);
        CommitmentLine line = CommitmentLine.builder("L1", portfolio.measures().get(0), new BigDecimal("2"))
                .duration(2).deadweight(new BigDecimal("0.20")).displacement(new BigDecimal("0.10"))
                .dropOff(new BigDecimal("0.5")).proxy(proxy).build();
        ValuationRequest request = portfolio.emptyRequest().toBuilder().line(line).build();
        Totals t = BigDecimalReference.value(request);
        assertEquals(0, t.gross().compareTo(new BigDecimal("400")));
        assertEquals(0, t.net().compareTo(new BigDecimal("216")));
        assertEquals(new BigDecimal("213.57"), t.rounded().presentValue());
        assertEquals(t, totals(ValuationEngine.of(request).value().exactTotals()));
    }
}
