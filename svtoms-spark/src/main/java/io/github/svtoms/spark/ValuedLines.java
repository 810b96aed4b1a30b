package io.github.svtoms.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;

import java.util.Arrays;

/**
 * The result of {@link SparkValuation#value}: every input row once, either a valued or unvalued line
 * ({@link #lines()}) or a bad row ({@link #rejected()}). Both are views of one lazily computed Dataset; to
 * compute the valuation once for several outputs, {@link #persist(StorageLevel)} it first.
 *
 * <p>Immutable; thread-safe as far as Spark's Datasets are.
 */
public final class ValuedLines {
    private final Dataset<Row> outcomes;

    ValuedLines(Dataset<Row> outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * The valued and unvalued lines, with the columns of {@link Schemas#VALUED_LINES}.
     *
     * @return the lines
     */
    public Dataset<Row> lines() {
        return outcomes.filter(functions.col("status").notEqual(LineValuer.REJECTED)).select(columns(Schemas.VALUED_LINES.fields()));
    }

    /**
     * The bad rows, with the columns of {@link Schemas#REJECTED}: each with the row, the rule and the reason.
     *
     * @return the rejected rows
     */
    public Dataset<Row> rejected() {
        return outcomes.filter(functions.col("status").equalTo(LineValuer.REJECTED)).select(columns(Schemas.REJECTED.fields()));
    }

    /**
     * The same result with its Dataset persisted, so that the lines, the rejected rows and the totals are
     * computed from one valuation.
     *
     * @param level the storage level, e.g. {@code StorageLevel.MEMORY_AND_DISK()}
     * @return the persisted result
     */
    public ValuedLines persist(StorageLevel level) {
        return new ValuedLines(outcomes.persist(level));
    }

    /** Drops the persisted Dataset, if any. */
    public void unpersist() {
        outcomes.unpersist();
    }

    /** Every row, valued, unvalued or rejected: {@link Schemas#VALUED_LINES} then row, rule and reason. */
    Dataset<Row> outcomes() {
        return outcomes;
    }

    private static Column[] columns(StructField[] fields) {
        return Arrays.stream(fields).map(f -> functions.col(f.name())).toArray(Column[]::new);
    }
}
