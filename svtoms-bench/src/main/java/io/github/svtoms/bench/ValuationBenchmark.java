package io.github.svtoms.bench;

import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationAccumulator;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import io.github.svtoms.proxies.valuation.ValuationSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Valuation throughput on one thread: one operation values the whole portfolio of {@code lines} lines, so
 * lines per second per core = score × lines (run.sh does the multiplication). Compared: the engine's batch
 * {@code ValuationEngine.of(request).value()} and streaming {@code accumulator()}, reference (a)
 * {@link BigDecimalReference} and the limit (b) {@link FixedPointReference}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValuationBenchmark {
    /** Portfolio size. */
    @Param({"1000", "100000"})
    public int lines;

    private ValuationRequest request;
    private ValuationRequest settings;
    private List<CommitmentLine> list;
    private FixedPointReference limit;

    /** Generates the portfolio and lays out the fixed-point columns (not timed). */
    @Setup
    public void setUp() {
        Portfolio p = Portfolio.bundled();
        request = p.request(lines, 20_250_101L);
        settings = p.emptyRequest();
        list = request.lines();
        limit = new FixedPointReference(settings, list);
    }

    /** @return the batch valuation: every line with its figures, totals and breakdowns */
    @Benchmark
    public Valuation engineBatch() {
        return ValuationEngine.of(request).value();
    }

    /** @return the streaming summary of the same lines */
    @Benchmark
    public ValuationSummary engineStreaming() {
        ValuationAccumulator a = ValuationEngine.of(settings).accumulator();
        for (CommitmentLine l : list) {
            a.add(l);
        }
        return a.summary();
    }

    /** @return reference (a): straightforward BigDecimal, nothing precomputed */
    @Benchmark
    public Totals referenceBigDecimal() {
        return BigDecimalReference.value(settings, list);
    }

    /** @return reference (b), the limit: a primitive fixed-point loop over prepared columns */
    @Benchmark
    public long[] referenceFixedPoint() {
        return limit.value();
    }
}
