package io.github.svtoms.bench;

import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.ValuationAccumulator;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A companion to {@link ValuationBenchmark} for busy machines: the same four valuations, interleaved round
 * by round and timed in this thread's CPU time rather than wall time, so that other processes on the cores
 * disturb the ratios less. Prints the median CPU nanoseconds per line and lines per CPU-second of each,
 * one line per implementation: {@code cpu <lines> <name> <ns/line> <lines/s>}.
 */
public final class CpuTimeComparison {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimeComparison() {
    }

    /**
     * Runs the comparison.
     *
     * @param args rounds (default 7), then portfolio sizes (default 1000 100000)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 100_000);
        }
        for (int n : sizes) {
            run(n, rounds);
        }
    }

    private static void run(int n, int rounds) {
        Portfolio p = Portfolio.bundled();
        ValuationRequest request = p.request(n, 20_250_101L);
        ValuationRequest settings = p.emptyRequest();
        List<CommitmentLine> lines = request.lines();
        FixedPointReference limit = new FixedPointReference(settings, lines);
        int limitReps = Math.max(1, 2_000_000 / n);
        Map<String, LongSupplier> impls = new LinkedHashMap<>();
        impls.put("engineBatch", () -> ValuationEngine.of(request).value().lines().size());
        impls.put("engineStreaming", () -> {
            ValuationAccumulator a = ValuationEngine.of(settings).accumulator();
            for (CommitmentLine l : lines) {
                a.add(l);
            }
            return a.summary().valuedLines();
        });
        impls.put("referenceBigDecimal", () -> BigDecimalReference.value(settings, lines).gross().signum());
        impls.put("referenceFixedPoint", () -> {
            long s = 0;
            for (int r = 0; r < limitReps; r++) {
                s += limit.value()[1];
            }
            return s;
        });
        Map<String, long[]> times = new LinkedHashMap<>();
        impls.keySet().forEach(k -> times.put(k, new long[rounds]));
        int warmup = Math.max(2, rounds / 2);
        long sink = 0;
        for (int round = -warmup; round < rounds; round++) {
            for (Map.Entry<String, LongSupplier> e : impls.entrySet()) {
                long t0 = THREADS.getCurrentThreadCpuTime();
                sink += e.getValue().getAsLong();
                long t1 = THREADS.getCurrentThreadCpuTime();
                if (round >= 0) {
                    times.get(e.getKey())[round] = t1 - t0;
                }
            }
        }
        for (Map.Entry<String, long[]> e : times.entrySet()) {
            long[] t = e.getValue();
            Arrays.sort(t);
            double perLine = (double) t[t.length / 2] / n / (e.getKey().equals("referenceFixedPoint") ? limitReps : 1);
            System.out.printf("cpu %d %s %.1f %.0f%n", n, e.getKey(), perLine, 1e9 / perLine);
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
