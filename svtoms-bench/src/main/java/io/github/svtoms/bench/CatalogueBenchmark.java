package io.github.svtoms.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.catalog.ReadContext;
import io.github.svtoms.core.catalogue.Catalogue;
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
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Warm reads of the bundled catalogue against a raw Jackson tree parse of the same bytes, in the same run:
 * the whole default catalogue (the bundled {@code svtoms-open.json} and its eight priority frameworks, read
 * and extended exactly as {@link io.github.svtoms.catalog.Bundled#catalogue()} does, but from bytes already in memory and without
 * its cache: {@link #svtomsLoad()} against {@link #rawJacksonTree(Blackhole)}), and {@code svtoms-open.json}
 * alone read into a {@link Catalogue} ({@link #svtomsReadOpen()} against {@link #rawJacksonTreeOpen()}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CatalogueBenchmark {
    private DefaultFiles files;
    private final ObjectMapper mapper = new ObjectMapper();

    /** Reads the bundled files into memory (not timed). */
    @Setup
    public void setUp() {
        files = DefaultFiles.read();
    }

    /** @return the catalogue read, validated and extended by svtoms-catalog */
    @Benchmark
    public Catalogue svtomsLoad() {
        Catalogue c = Formats.CATALOGUE.read(new ByteArrayInputStream(files.open()), DefaultFiles.OPEN);
        for (int i = 0; i < files.frameworks().size(); i++) {
            c = Formats.CATALOGUE.withContext(ReadContext.of(c))
                    .read(new ByteArrayInputStream(files.frameworks().get(i)), files.frameworkNames().get(i));
        }
        return c;
    }

    /** @return {@code svtoms-open.json} read, validated and built into a catalogue by svtoms-catalog */
    @Benchmark
    public Catalogue svtomsReadOpen() {
        return Formats.CATALOGUE.read(new ByteArrayInputStream(files.open()), DefaultFiles.OPEN);
    }

    /**
     * Parses the bytes of {@code svtoms-open.json} into a Jackson tree and nothing more.
     *
     * @return the tree
     * @throws IOException never for the bundled file
     */
    @Benchmark
    public JsonNode rawJacksonTreeOpen() throws IOException {
        return mapper.readTree(files.open());
    }

    /**
     * Parses the same bytes as {@link #svtomsLoad()} into Jackson trees and nothing more.
     *
     * @param bh the sink
     * @throws IOException never for the bundled files
     */
    @Benchmark
    public void rawJacksonTree(Blackhole bh) throws IOException {
        bh.consume(mapper.readTree(files.open()));
        for (byte[] f : files.frameworks()) {
            JsonNode n = mapper.readTree(f);
            bh.consume(n);
        }
    }
}
