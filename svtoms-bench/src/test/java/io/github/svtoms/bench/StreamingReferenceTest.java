package io.github.svtoms.bench;

import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Figures;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.ValuationAccumulator;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
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
 * The engine's fast paths — the streaming accumulator, a line valued on its own and added, and the batch —
 * give exactly the totals of {@link BigDecimalReference} (the formulas written straight in BigDecimal,
 * nothing precomputed): same value and same scale, on 1,000 seeded portfolios; the fixed-point limit stays
 * within a tenth of a penny.
 */
@ExtendWith(InstancioExtension.class)
class StreamingReferenceTest {
    private static final BigDecimal TENTH_OF_A_PENNY = new BigDecimal("0.001");
    private final Portfolio portfolio = Portfolio.bundled();

    private static Totals totals(Figures f) {
        return new Totals(f.gross().amount(), f.net().amount(), f.presentValue().amount());
    }

    @Test
    @Seed(20_261_202)
    void streamingValueLineAndBatchEqualTheReferenceOnAThousandSeededPortfolios() {
        List<Long> seeds = Instancio.ofList(Long.class).size(1000)
                .generate(allLongs(), gen -> gen.longs().range(0L, Long.MAX_VALUE)).create();
        assertEquals(1000, seeds.size());
        ValuationEngine engine = ValuationEngine.of(portfolio.emptyRequest());
        long lines = 0;
        for (long seed : seeds) {
            ValuationRequest request = portfolio.request(1 + (int) (seed % 40), seed);
            Totals reference = BigDecimalReference.value(request);
            Totals streamed = totals(engine.summarise(request.lines().stream()).exactTotals());
            assertEquals(reference, streamed, () -> "streaming, seed " + seed);
            ValuationAccumulator valued = engine.accumulator();
            for (CommitmentLine l : request.lines()) {
                LineValuation v = engine.valueLine(l).orElseThrow();
                // a line valued on its own shows per-year figures adding up exactly to its own figures
                BigDecimal net = v.years().stream().map(y -> y.value().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal pv = v.years().stream().map(y -> y.presentValue().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(v.net().amount(), net, () -> "years' net, seed " + seed);
                assertEquals(v.presentValue().amount(), pv, () -> "years' present value, seed " + seed);
                valued.add(v);
                lines++;
            }
            assertEquals(reference, totals(valued.summary().exactTotals()), () -> "valueLine, seed " + seed);
            assertEquals(reference, totals(ValuationEngine.of(request).value().exactTotals()), () -> "batch, seed " + seed);
            Totals limit = FixedPointReference.totals(new FixedPointReference(request, request.lines()).value());
            assertTrue(limit.maxDifference(reference).compareTo(TENTH_OF_A_PENNY) < 0, () -> "seed " + seed);
        }
        assertTrue(lines > 15_000, "lines: " + lines);
    }
}
