package io.github.svtoms.bench;

import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationSummary;

/**
 * Streams generated lines through {@link ValuationEngine#summarise(java.util.stream.Stream)} without
 * holding them: run.sh runs it under {@code -Xmx256m} with 10M lines of 5 years = 50M line-years. Prints
 * the time to generate the lines alone, the time to generate and value them, and the totals.
 */
public final class StreamingRun {
    private StreamingRun() {
    }

    /**
     * Runs the stream.
     *
     * @param args the number of lines (default 10,000,000)
     */
    public static void main(String[] args) {
        long lines = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Portfolio p = Portfolio.bundled();
        ValuationEngine engine = ValuationEngine.of(p.emptyRequest());
        long t0 = System.nanoTime();
        long made = p.stream(lines, 7L).mapToLong(l -> l.duration()).sum();
        long t1 = System.nanoTime();
        ValuationSummary s = engine.summarise(p.stream(lines, 7L));
        long t2 = System.nanoTime();
        double gen = (t1 - t0) / 1e9;
        double total = (t2 - t1) / 1e9;
        System.out.printf("streamed %d lines = %d line-years under max heap %d MiB%n", s.valuedLines(), made,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("generate only %.2f s; generate + value %.2f s; valuation alone %.2f s = %.0f lines/s, "
                + "%.0f line-years/s%n", gen, total, total - gen, lines / (total - gen), made / (total - gen));
        System.out.println("totals " + s.totals());
    }
}
