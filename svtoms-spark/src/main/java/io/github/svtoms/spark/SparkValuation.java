package io.github.svtoms.spark;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.EnumSet;
import java.util.Set;

/**
 * Values commitment lines from any Spark source and totals them exactly, with the library's engine.
 *
 * <pre>{@code
 * ValuationRequest settings = Formats.VALUATION_REQUEST.read(Path.of("settings.json"));
 * SparkValuation valuation = SparkValuation.of(spark, settings, SparkValuation.Options.DEFAULTS);
 * Dataset<Row> input = spark.read().schema(Schemas.linesWithCorruptRecord()).option("header", "true").csv(path);
 * ValuedLines valued = valuation.value(input).persist(StorageLevel.MEMORY_AND_DISK());
 * valued.lines().write().parquet(out + "/lines");          // Schemas.VALUED_LINES
 * valued.rejected().write().parquet(out + "/rejected");    // Schemas.REJECTED: never dropped silently
 * valuation.totals(valued).write().parquet(out + "/totals"); // Schemas.TOTALS: the library's summary per scope
 * }</pre>
 *
 * <p><b>One engine per executor JVM.</b> The request's settings (currency, price year, discounting, contract,
 * price index, catalogue and proxy table) are broadcast once as their {@code svtoms-valuation-request/1} JSON
 * bytes; each executor reads them on first use and keeps one {@link io.github.svtoms.proxies.valuation.ValuationEngine}
 * per content hash (SHA-256) for all its tasks. The request's own commitment lines play no part.
 *
 * <p><b>Exact totals.</b> Each partition sums its lines' exact figures ({@link java.math.BigDecimal}) per scope,
 * measure and value type; the partial sums cross the shuffle as exact decimal text; each scope's partial sums are
 * added by the library's own accumulator ({@link io.github.svtoms.proxies.valuation.ValuationAccumulator#addValuedSums}),
 * which rounds (HALF_EVEN, to the penny) and allocates only at the end. A line declared counted separately
 * (input column {@code counted_separately}) is not summed with the others: it crosses the shuffle on its own, as its
 * commitment line, and the accumulator adds it apart ({@link io.github.svtoms.proxies.valuation.ValuationAccumulator#add(io.github.svtoms.proxies.valuation.CommitmentLine)}),
 * so that the counting rules never leave it out. No floating point anywhere, and the totals
 * of a scope equal {@code ValuationEngine.summarise} of that scope's lines.
 *
 * <p>Immutable and thread-safe (the Datasets it returns are Spark's).
 */
public final class SparkValuation {
    private final SparkSession spark;
    private final SharedSettings shared;
    private final Options options;
    private final ValuationRequest settings;
    private final int broadcastBytes;

    /**
     * What to do with bad rows.
     *
     * @param failOnBadRows fail the job at the first bad row ({@link BadRowException}) instead of sending bad rows
     *                      to {@link ValuedLines#rejected()}
     */
    public record Options(boolean failOnBadRows) {
        /** Bad rows go to the rejected rows; the job does not fail. */
        public static final Options DEFAULTS = new Options(false);
    }

    private SparkValuation(SparkSession spark, ValuationRequest settings, byte[] json, Options options) {
        this.spark = spark;
        this.settings = settings;
        this.options = options;
        this.broadcastBytes = json.length;
        this.shared = new SharedSettings(JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(json),
                SharedSettings.sha256(json));
    }

    /**
     * Prepares a valuation under a request's settings, broadcasting them.
     *
     * @param spark the session
     * @param settings the settings; their lines, if any, play no part
     * @param options what to do with bad rows
     * @return the valuation
     * @throws InvalidValueException when the settings do not read back from their JSON as the same settings (a
     *         catalogue or proxy table the format cannot carry), or the currency has more than 2 minor digits
     *         (the reported columns are {@code DECIMAL(38,2)})
     */
    public static SparkValuation of(SparkSession spark, ValuationRequest settings, Options options) {
        Checks.notNull(spark, "spark session");
        Checks.notNull(settings, "settings");
        Checks.notNull(options, "options");
        byte[] json = SharedSettings.bytes(settings);
        ValuationRequest read = SharedSettings.read(json);
        if (!read.equals(settings.withLines(java.util.List.of()))) {
            throw new InvalidValueException("the valuation settings do not read back from their svtoms-valuation-request/1 "
                    + "JSON as the same settings, so they cannot be shipped to the executors; give them as a request file "
                    + "(ofJson)");
        }
        return new SparkValuation(spark, read, json, options);
    }

    /**
     * Prepares a valuation under the settings of a {@code svtoms-valuation-request/1} document, broadcasting its
     * bytes as they are.
     *
     * @param spark the session
     * @param json the request document, UTF-8
     * @param options what to do with bad rows
     * @return the valuation
     * @throws io.github.svtoms.catalog.CatalogueFormatException when the document breaks its format
     * @throws InvalidValueException when the currency has more than 2 minor digits
     */
    public static SparkValuation ofJson(SparkSession spark, byte[] json, Options options) {
        Checks.notNull(spark, "spark session");
        Checks.notNull(json, "settings JSON");
        Checks.notNull(options, "options");
        byte[] copy = json.clone();
        return new SparkValuation(spark, SharedSettings.read(copy), copy, options);
    }

    private void checkCurrency() {
        if (settings.currency().getDefaultFractionDigits() > 2) {
            throw new InvalidValueException("currency " + settings.currency() + " has "
                    + settings.currency().getDefaultFractionDigits() + " minor digits; the reported money columns are "
                    + "DECIMAL(38,2)");
        }
    }

    /** @return the settings, as the executors read them */
    public ValuationRequest settings() {
        return settings;
    }

    /** @return the size of the broadcast settings, in bytes (the JSON document) */
    public int broadcastBytes() {
        return broadcastBytes;
    }

    /**
     * Values lines, one row at a time per partition ({@code mapPartitions}), lazily.
     *
     * @param lines rows with the columns of {@link Schemas#LINES} (found by name; others are ignored)
     * @return the valued lines and the rejected rows
     */
    public ValuedLines value(Dataset<Row> lines) {
        checkCurrency();
        Checks.notNull(lines, "lines");
        return new ValuedLines(lines.mapPartitions(new LineValuer(shared, options.failOnBadRows(), lines.schema()),
                Encoders.row(LineValuer.OUTCOMES)));
    }

    /**
     * The totals of every scope: all lines, each organisation, each contract.
     *
     * @param valued a valuation by this object ({@link #value})
     * @return the {@link Schemas#TOTALS} rows
     */
    public Dataset<Row> totals(ValuedLines valued) {
        return totals(valued, EnumSet.allOf(Scope.class));
    }

    /**
     * The totals of some scopes. One shuffle: each partition sends one row of exact partial sums per scope key,
     * measure and value type it has lines of.
     *
     * @param valued a valuation by this object ({@link #value})
     * @param scopes the scopes, not empty
     * @return the {@link Schemas#TOTALS} rows
     */
    public Dataset<Row> totals(ValuedLines valued, Set<Scope> scopes) {
        Checks.notNull(valued, "valued lines");
        Checks.notNull(scopes, "scopes");
        if (scopes.isEmpty()) {
            throw new InvalidValueException("no scope for the totals: give at least one of " + EnumSet.allOf(Scope.class));
        }
        // the outcomes (rejected rows are passed over), with the commitment of each line declared counted separately
        Dataset<Row> outcomes = valued.outcomes();
        Dataset<Row> partials = outcomes.mapPartitions(new PartialSums(EnumSet.copyOf(scopes), outcomes.schema()),
                Encoders.row(PartialSums.PARTIALS));
        return partials.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups(new SummaryRows(shared), Encoders.row(Schemas.TOTALS));
    }

    /** @return the session */
    SparkSession spark() {
        return spark;
    }
}
