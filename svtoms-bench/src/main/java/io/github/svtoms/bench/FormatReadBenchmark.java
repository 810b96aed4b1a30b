package io.github.svtoms.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.svtoms.catalog.Format;
import io.github.svtoms.catalog.Formats;
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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Reading speed of every format svtoms reads, against a raw Jackson {@code readTree} of the same bytes in the
 * same run: {@link #svtomsRead()} is {@link Format#read(java.io.InputStream, String)} of the format's
 * {@link FormatSamples sample file} from bytes in memory (UTF-8 check, strict parse, every validation, the
 * domain object built); {@link #rawJacksonTree()} parses the bytes into a tree and nothing more. The ratio of
 * the two is the cost of reading over parsing. Run from the repository root (the request formats' samples are
 * the examples).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FormatReadBenchmark {
    /** The format's tag; every format of {@link Formats#all()} that can be read (checked by a test). */
    @Param({"svtoms-catalogue/1", "svtoms-proxies/1", "svtoms-reference/1", "svtoms-valuation-request/1",
        "svtoms-valuation/1", "svtoms-kpi-request/1", "svtoms-kpi-selection/1", "svtoms-evaluation-request/1",
        "svtoms-monitoring/1", "svtoms-portfolio/1", "svtoms-lm3/1"})
    public String format;

    private Format<?> reader;
    private byte[] bytes;
    private String name;
    private final ObjectMapper mapper = new ObjectMapper();

    /** Reads the sample into memory and reads it once (not timed). */
    @Setup
    public void setUp() {
        reader = Formats.byTag(format).orElseThrow(() -> new IllegalArgumentException("unknown format " + format));
        bytes = FormatSamples.bytes(format);
        name = FormatSamples.name(format);
        reader.read(new ByteArrayInputStream(bytes), name);
    }

    /** @return the file read into its domain object by svtoms-catalog */
    @Benchmark
    public Object svtomsRead() {
        return reader.read(new ByteArrayInputStream(bytes), name);
    }

    /**
     * @return the same bytes parsed into a Jackson tree and nothing more
     * @throws IOException never for the samples
     */
    @Benchmark
    public JsonNode rawJacksonTree() throws IOException {
        return mapper.readTree(bytes);
    }
}
