package io.github.svtoms.spark;

import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.ValuationAccumulator;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationSummary;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The Spark benchmark (not a test: run by {@code svtoms-spark/bench.sh}, never by surefire): values N generated
 * lines in local mode (generation, valuation, exact totals of every scope) and the same N lines with the library's
 * streaming engine on one thread (the same text parsed, {@code valueLine}, {@code accumulator.add}), and prints
 * lines per second per core of each and their ratio. Checks that both give the same all-scope totals.
 *
 * <p>Usage: {@code SparkBench [LINES] [CORES]} (defaults 10,000,000 lines, every core).
 */
public final class SparkBench {
    /** Measures with a proxy in the bundled table, plus one without (unvalued lines), none first-year-only. */
    static final List<String> MEASURES = Portfolios.SETTINGS.catalogue().measures().stream()
            .filter(m -> !m.firstYearOnly()).map(Measure::id).map(MeasureId::toString).limit(40).toList();

    private SparkBench() {
    }

    /** Line {@code i}: the same text for Spark and for the engine. */
    static String[] cells(long i) {
        return new String[] {"c" + (i % 5000), "org-" + (i % 20), "l" + i, MEASURES.get((int) (i % MEASURES.size())),
                (i * 7919 % 100_000) + "." + (i % 100), String.valueOf(1 + i % 3), String.valueOf(1 + i % 4),
                i % 2 == 0 ? "" : "0.1" + (i % 10), "0.05", ""};
    }

    static Row row(long i) {
        String[] c = cells(i);
        return RowFactory.create(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], null, c[9], null, null, null, null);
    }

    /** The library's streaming engine on one thread: parse, value, accumulate. */
    static ValuationSummary engine(ValuationEngine engine, long n) {
        ValuationAccumulator acc = engine.accumulator();
        for (long i = 0; i < n; i++) {
            String[] c = cells(i);
            CommitmentLine line = CommitmentLine.builder(c[2], MeasureId.of(c[3]), new BigDecimal(c[4]))
                    .startYear(Integer.parseInt(c[5])).duration(Integer.parseInt(c[6]))
                    .deadweight(c[7].isEmpty() ? null : new BigDecimal(c[7])).displacement(new BigDecimal(c[8]))
                    .build();
            Optional<LineValuation> v = engine.valueLine(line);
            if (v.isPresent()) {
                acc.add(v.get());
            } else {
                acc.add(line);
            }
        }
        return acc.summary();
    }

    static Row spark(SparkSession spark, long n, int partitions) {
        Dataset<Row> lines = spark.range(0, n, 1, partitions).mapPartitions(
                (MapPartitionsFunction<Long, Row>) ids -> new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return ids.hasNext();
                    }

                    @Override
                    public Row next() {
                        return row(ids.next());
                    }
                }, Encoders.row(Schemas.LINES));
        SparkValuation valuation = SparkValuation.of(spark, Portfolios.SETTINGS, SparkValuation.Options.DEFAULTS);
        return valuation.totals(valuation.value(lines))
                .filter("scope = 'all' AND level = 'total' AND value_type = 'ALL'").collectAsList().get(0);
    }

    /**
     * Runs the benchmark.
     *
     * @param args lines, cores
     */
    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int cores = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        ValuationEngine engine = ValuationEngine.of(Portfolios.SETTINGS);
        engine(engine, Math.min(n, 300_000)); // warm-up
        long t0 = System.nanoTime();
        ValuationSummary library = engine(engine, n);
        double engineSeconds = (System.nanoTime() - t0) / 1e9;

        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("svtoms-spark-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", String.valueOf(cores * 2))
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        int partitions = cores * 4;
        spark(spark, Math.min(n, 300_000), partitions); // warm-up
        long t1 = System.nanoTime();
        Row total = spark(spark, n, partitions);
        double sparkSeconds = (System.nanoTime() - t1) / 1e9;
        spark.stop();

        if (total.getDecimal(8).compareTo(library.totals().presentValue().amount()) != 0
                || total.getLong(12) != library.valuedLines() || total.getLong(13) != library.unvaluedLines()) {
            throw new IllegalStateException("Spark totals " + total + " differ from the library's " + library.totals());
        }
        double enginePerCore = n / engineSeconds;
        double sparkPerCore = n / sparkSeconds / cores;
        System.out.printf("lines: %,d (valued %,d, unvalued %,d); present value %s (equal in both)%n", n,
                library.valuedLines(), library.unvaluedLines(), library.totals().presentValue().amount().toPlainString());
        System.out.printf("library streaming engine, 1 thread: %.1f s = %,.0f lines/s per core%n", engineSeconds, enginePerCore);
        System.out.printf("Spark local[%d], %d partitions (value + totals of every scope): %.1f s = %,.0f lines/s = %,.0f lines/s per core%n",
                cores, partitions, sparkSeconds, n / sparkSeconds, sparkPerCore);
        System.out.printf("Spark per core / engine per core: %.2f%n", sparkPerCore / enginePerCore);
    }
}
