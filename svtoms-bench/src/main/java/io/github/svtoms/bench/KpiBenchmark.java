package io.github.svtoms.bench;

import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.KpiSelector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * KPI selections per second on a generated catalogue of 1,000 measures and 10 priority frameworks, cycling
 * through 256 seeded contract profiles.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KpiBenchmark {
    private KpiSelector selector;
    private List<ContractProfile> profiles;
    private int next;

    /** Builds the catalogue and the profiles (not timed). */
    @Setup
    public void setUp() {
        selector = new KpiSelector(GeneratedCatalogue.build(1000, 10, 42L));
        profiles = GeneratedCatalogue.profiles(256, 10, 43L);
    }

    /** @return one selection */
    @Benchmark
    public KpiSelection select() {
        ContractProfile p = profiles.get(next);
        next = (next + 1) & 255;
        return selector.select(p);
    }
}
