package io.github.svtoms.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.svtoms.catalog.Format;
import io.github.svtoms.catalog.Formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * {@link FormatReadBenchmark} in thread CPU time, interleaved: for each readable format, rounds of a raw Jackson
 * {@code readTree} and of the svtoms read of the same {@link FormatSamples sample}, one after the other, each
 * for a fixed wall time; prints the CPU microseconds per read of both and their ratio (read ÷ raw) per round and
 * for the last round. Much less disturbed than JMH's wall clock when other processes share the cores.
 * {@code java -cp benchmarks.jar io.github.svtoms.bench.FormatReadCpu [ROUNDS] [MILLIS]} from the repository
 * root (defaults 4 rounds of 1,000 ms each; the first round is warm-up).
 */
public final class FormatReadCpu {
    private FormatReadCpu() {
    }

    /**
     * Runs the comparison.
     *
     * @param args rounds and milliseconds per timed block
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        long millis = args.length > 1 ? Long.parseLong(args[1]) : 1000;
        ObjectMapper mapper = new ObjectMapper();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf("%-28s %8s %12s %12s %8s%n", "format", "bytes", "raw µs CPU", "read µs CPU", "ratio");
        for (String tag : FormatSamples.readableTags()) {
            Format<?> format = Formats.byTag(tag).orElseThrow();
            byte[] bytes = FormatSamples.bytes(tag);
            String name = FormatSamples.name(tag);
            double raw = 0;
            double read = 0;
            for (int r = 0; r < rounds; r++) {
                raw = perOp(mx, millis, () -> {
                    try {
                        return mapper.readTree(bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                read = perOp(mx, millis, () -> format.read(new ByteArrayInputStream(bytes), name));
            }
            System.out.printf("%-28s %8d %12.1f %12.1f %7.2fx%n", tag, bytes.length, raw, read, read / raw);
        }
    }

    private static double perOp(ThreadMXBean mx, long millis, java.util.function.Supplier<Object> op) {
        long c0 = mx.getCurrentThreadCpuTime();
        long end = System.nanoTime() + millis * 1_000_000L;
        long n = 0;
        int sink = 0;
        while (System.nanoTime() < end) {
            sink += System.identityHashCode(op.get()) & 1;
            n++;
        }
        if (sink < 0) {
            throw new IllegalStateException();
        }
        return (mx.getCurrentThreadCpuTime() - c0) / 1e3 / n;
    }

    /** @return the tags it measures, for tests */
    static List<String> tags() {
        return FormatSamples.readableTags();
    }
}
