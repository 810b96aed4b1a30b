package io.github.svtoms.spark;

import io.github.svtoms.catalog.CatalogueFormatException;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import javax.annotation.Nullable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code spark-submit} main class: values commitment lines and writes the valued lines, the totals of every
 * scope and the rejected rows.
 *
 * <pre>
 * spark-submit --class io.github.svtoms.spark.ValueLinesJob [spark options] svtoms-spark.jar \
 *     --request settings.json --lines PATH [--format csv|json|parquet] --out DIR \
 *     [--price-year YEAR] [--fail-on-bad-rows] [--output-format parquet|json]
 * </pre>
 *
 * <ul>
 *   <li>{@code --request}: an {@code svtoms-valuation-request/1} file on the driver's file system: the settings
 *       (its own commitments play no part);</li>
 *   <li>{@code --lines}: any path Spark reads (a file, a directory, a glob, {@code s3a://}, {@code abfss://}...),
 *       with the columns of {@link Schemas#LINES}: CSV with a header row naming them (in any order; every cell
 *       read as text, a row with too many or too few cells a bad row), JSON Lines with those member names, or
 *       Parquet (typed decimal and integer columns allowed, floating point refused per row);</li>
 *   <li>{@code --format}: the layout of {@code --lines}; default from its extension, else {@code parquet};</li>
 *   <li>{@code --out}: the output directory, replaced: {@code lines/} ({@link Schemas#VALUED_LINES}),
 *       {@code totals/} ({@link Schemas#TOTALS}) and {@code rejected/} ({@link Schemas#REJECTED});</li>
 *   <li>{@code --price-year}: report in this price year instead of the request's (e.g. {@code 2025-26});</li>
 *   <li>{@code --fail-on-bad-rows}: fail the job at the first bad row instead of writing it to {@code rejected/};</li>
 *   <li>{@code --output-format}: {@code parquet} (default) or {@code json} (JSON Lines).</li>
 * </ul>
 *
 * <p>Exit codes: 0 success (a summary on standard output: line counts and the reported totals per value type);
 * 2 a usage error; 3 invalid input (the request file, or a bad row with {@code --fail-on-bad-rows}); 1 anything
 * else. The Spark master comes from {@code spark-submit} (or {@code -Dspark.master=local[2]}).
 */
public final class ValueLinesJob {
    private ValueLinesJob() {
    }

    /**
     * Runs the job in a session from {@code spark-submit}, and exits with its code when it is not 0.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("svtoms value lines").getOrCreate();
        int code;
        try {
            code = run(args, spark, System.out, System.err);
        } finally {
            spark.stop();
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The parsed arguments. */
    record Args(Path request, String lines, String format, String out, @Nullable String priceYear,
                boolean failOnBadRows, String outputFormat) {
    }

    static final class UsageException extends SvtomsException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static Args parse(String[] args) {
        String request = null;
        String lines = null;
        String format = null;
        String out = null;
        String priceYear = null;
        boolean fail = false;
        String outputFormat = "parquet";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--fail-on-bad-rows")) {
                fail = true;
                continue;
            }
            if (!List.of("--request", "--lines", "--format", "--out", "--price-year", "--output-format").contains(a)) {
                throw new UsageException("unknown option '" + a + "'");
            }
            if (i + 1 >= args.length) {
                throw new UsageException("missing value after " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--request" -> request = v;
                case "--lines" -> lines = v;
                case "--format" -> format = v;
                case "--out" -> out = v;
                case "--price-year" -> priceYear = v;
                default -> outputFormat = v;
            }
        }
        if (request == null || lines == null || out == null) {
            throw new UsageException("--request, --lines and --out are required");
        }
        if (format == null) {
            String lower = lines.toLowerCase(java.util.Locale.ROOT);
            format = lower.endsWith(".csv") ? "csv" : lower.endsWith(".jsonl") || lower.endsWith(".json")
                    || lower.endsWith(".ndjson") ? "json" : "parquet";
        }
        if (!List.of("csv", "json", "parquet").contains(format)) {
            throw new UsageException("--format " + format + ": expected csv, json or parquet");
        }
        if (!List.of("parquet", "json").contains(outputFormat)) {
            throw new UsageException("--output-format " + outputFormat + ": expected parquet or json");
        }
        return new Args(Path.of(request), lines, format, out, priceYear, fail, outputFormat);
    }

    /**
     * Runs the job in a session.
     *
     * @param args the arguments
     * @param spark the session
     * @param out where the summary goes
     * @param err where problems go
     * @return the exit code
     */
    public static int run(String[] args, SparkSession spark, PrintStream out, PrintStream err) {
        Args a;
        try {
            a = parse(args);
        } catch (UsageException e) {
            err.println("svtoms-spark: " + e.getMessage());
            err.println("usage: --request settings.json --lines PATH [--format csv|json|parquet] --out DIR "
                    + "[--price-year YEAR] [--fail-on-bad-rows] [--output-format parquet|json]");
            return 2;
        }
        SparkValuation valuation;
        try {
            ValuationRequest settings = Formats.VALUATION_REQUEST.read(a.request());
            if (a.priceYear() != null) {
                settings = withPriceYear(settings, PriceYear.parse(a.priceYear()));
            }
            valuation = a.priceYear() == null
                    ? SparkValuation.ofJson(spark, Files.readAllBytes(a.request()), new SparkValuation.Options(a.failOnBadRows()))
                    : SparkValuation.of(spark, settings, new SparkValuation.Options(a.failOnBadRows()));
        } catch (CatalogueFormatException e) {
            e.problems().forEach(p -> err.println("svtoms-spark: " + p));
            return 3;
        } catch (SvtomsException e) {
            err.println("svtoms-spark: " + a.request() + ": " + e.getMessage());
            return 3;
        } catch (IOException e) {
            err.println("svtoms-spark: cannot read " + a.request() + ": " + e.getMessage());
            return 3;
        }
        try {
            ValuedLines valued = valuation.value(read(spark, a.format(), a.lines()))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            write(valued.lines(), a.out() + "/lines", a.outputFormat());
            write(valued.rejected(), a.out() + "/rejected", a.outputFormat());
            Dataset<Row> totals = valuation.totals(valued).persist(StorageLevel.MEMORY_AND_DISK());
            write(totals, a.out() + "/totals", a.outputFormat());
            long rejected = valued.rejected().count();
            List<Row> all = totals.filter(functions.col("scope").equalTo("all").and(functions.col("level").equalTo("total")))
                    .collectAsList();
            summary(out, all, rejected, a.out());
            totals.unpersist();
            valued.unpersist();
            return 0;
        } catch (Exception e) { // Spark's SparkException is checked, yet thrown by actions without being declared
            BadRowException bad = cause(e, BadRowException.class);
            if (bad != null) {
                err.println("svtoms-spark: " + bad.getMessage());
                return 3;
            }
            err.println("svtoms-spark: " + e);
            return 1;
        }
    }

    private static void summary(PrintStream out, List<Row> all, long rejected, String dir) {
        Row total = all.stream().filter(r -> "ALL".equals(r.getString(5))).findFirst().orElseThrow();
        out.println("valued lines: " + total.getLong(12) + ", unvalued lines: " + total.getLong(13)
                + ", rejected rows: " + rejected);
        for (Row r : all) {
            out.println("present value (" + (r.getString(5).equals("ALL") ? "all value types together" : r.getString(5))
                    + "): " + r.getDecimal(8).toPlainString() + "; gross " + r.getDecimal(6).toPlainString() + "; net "
                    + r.getDecimal(7).toPlainString());
        }
        out.println("written: " + dir + "/lines, " + dir + "/totals, " + dir + "/rejected");
    }

    @Nullable
    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * The lines at a path: CSV by its header's names with every cell as text, JSON Lines and Parquet by the
     * schema's names; CSV and JSON records that cannot be read are kept in {@value Schemas#CORRUPT_RECORD}.
     *
     * @param spark the session
     * @param format csv, json or parquet
     * @param path the path
     * @return the rows
     */
    static Dataset<Row> read(SparkSession spark, String format, String path) {
        DataFrameReader reader = spark.read();
        switch (format) {
            case "csv" -> {
                String[] header = spark.read().option("header", "true").csv(path).schema().fieldNames();
                List<StructField> fields = new ArrayList<>();
                Arrays.stream(header).forEach(h -> fields.add(DataTypes.createStructField(h, DataTypes.StringType, true)));
                fields.add(DataTypes.createStructField(Schemas.CORRUPT_RECORD, DataTypes.StringType, true));
                return reader.schema(new StructType(fields.toArray(new StructField[0]))).option("header", "true")
                        .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", Schemas.CORRUPT_RECORD)
                        .csv(path);
            }
            case "json" -> {
                return reader.schema(Schemas.linesWithCorruptRecord()).option("mode", "PERMISSIVE")
                        .option("columnNameOfCorruptRecord", Schemas.CORRUPT_RECORD).json(path);
            }
            default -> {
                return reader.parquet(path);
            }
        }
    }

    private static void write(Dataset<Row> rows, String path, String format) {
        rows.write().mode(SaveMode.Overwrite).format(format).save(path);
    }

    /** The settings with another price year (everything else kept). */
    static ValuationRequest withPriceYear(ValuationRequest s, PriceYear priceYear) {
        ValuationRequest.Builder b = ValuationRequest.builder(s.currency(), priceYear, s.catalogue())
                .discounting(s.discounting());
        s.contract().ifPresent(b::contract);
        s.priceIndex().ifPresent(b::priceIndex);
        s.proxyTable().ifPresent(b::proxyTable);
        s.reference().ifPresent(b::reference);
        s.contractStart().ifPresent(b::contractStart);
        b.hoursPerFte(s.hoursPerFte()).details(s.details());
        return b.build();
    }
}
