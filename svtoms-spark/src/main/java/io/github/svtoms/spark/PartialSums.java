package io.github.svtoms.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import javax.annotation.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Sums one partition's valued lines exactly ({@link BigDecimal}, no rounding) per scope key, measure and value
 * type (and the unvalued quantities per measure), giving one {@link #PARTIALS} row per group: the partition's
 * contribution to the totals, sent through the shuffle as exact decimal text, with the input position of the
 * group's first line (partition index, then the row's place in the partition) so that the combined sums are
 * added in the order of each measure's first line, as the library counts an overlap family under its first
 * measure. A valued line declared counted separately is not summed: it goes through the shuffle on its own, as
 * its commitment line ({@link LineValuer#COMMITMENT}), one row per scope, for the library to add apart from the
 * lines under the counting rules. Memory: one entry per group met in the partition, and one per such line.
 */
final class PartialSums implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /**
     * {@code key} (the scope key, grouped on), {@code scope}, {@code organisation}, {@code contract_id},
     * {@code measure}, {@code value_type} (null: unvalued lines), exact {@code gross}, {@code net},
     * {@code present_value}, {@code quantity} (unvalued) as text, {@code lines}, and {@code first} (the input
     * position of the group's first line: partition index × 2^40 + the row's index in the partition), then
     * {@code commitment}: for a line declared counted separately, its {@code svtoms-commitment-lines/1} record
     * (the row is that one line: {@code lines} 1), else null; then {@code present_value_low} and
     * {@code present_value_high}, the exact sums of the lines' low and high present values (a line without a range
     * at its present value), and {@code ranged}, how many of the lines have a range.
     */
    static final StructType PARTIALS = new StructType(new StructField[] {
            text("key", false), text("scope", false), text("organisation", true), text("contract_id", true),
            text("measure", false), text("value_type", true), text("gross", true), text("net", true),
            text("present_value", true), text("quantity", true),
            DataTypes.createStructField("lines", DataTypes.LongType, false),
            DataTypes.createStructField("first", DataTypes.LongType, false), text(LineValuer.COMMITMENT, true),
            text("present_value_low", true), text("present_value_high", true),
            DataTypes.createStructField("ranged", DataTypes.LongType, false)});

    private static StructField text(String name, boolean nullable) {
        return DataTypes.createStructField(name, DataTypes.StringType, nullable);
    }

    private final EnumSet<Scope> scopes;
    /**
     * Positions of contract_id, organisation, measure, status, value_type, exact_gross, exact_net, exact_present_value,
     * quantity, commitment.
     */
    private final int[] at;

    /**
     * Sums rows of the valuation's outcomes.
     *
     * @param scopes the scopes
     * @param outcomes {@link LineValuer#OUTCOMES}: the valued lines' columns and the commitment of each line declared
     *                 counted separately
     */
    PartialSums(EnumSet<Scope> scopes, StructType outcomes) {
        this.scopes = EnumSet.copyOf(scopes);
        this.at = new int[] {outcomes.fieldIndex("contract_id"), outcomes.fieldIndex("organisation"),
                outcomes.fieldIndex("measure"), outcomes.fieldIndex("status"), outcomes.fieldIndex("value_type"),
                outcomes.fieldIndex("exact_gross"), outcomes.fieldIndex("exact_net"),
                outcomes.fieldIndex("exact_present_value"), outcomes.fieldIndex("quantity"),
                outcomes.fieldIndex(LineValuer.COMMITMENT), outcomes.fieldIndex("exact_present_value_low"),
                outcomes.fieldIndex("exact_present_value_high")};
    }

    /** The key of a scope's group: unambiguous (each part is length-prefixed). */
    static String key(Scope scope, @Nullable String organisation, @Nullable String contract) {
        StringBuilder b = new StringBuilder(scope.label());
        for (String part : new String[] {organisation, contract}) {
            b.append('|').append(part == null ? -1 : part.length()).append(':').append(part == null ? "" : part);
        }
        return b.toString();
    }

    private static final class Sum {
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal presentValue = BigDecimal.ZERO;
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        long ranged;
        long lines;
        long first = -1;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Map<List<String>, Sum> sums = new HashMap<>();
        List<Row> separate = new ArrayList<>();
        org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
        long position = (task == null ? 0L : (long) task.partitionId()) << 40;
        while (rows.hasNext()) {
            Row r = rows.next();
            long here = position++;
            String status = r.getString(at[3]);
            boolean valued = LineValuer.VALUED.equals(status);
            if (!valued && !LineValuer.UNVALUED.equals(status)) {
                continue; // a rejected row: never counted (it is in the rejected rows)
            }
            String contract = r.getString(at[0]);
            String organisation = r.getString(at[1]);
            String measure = r.getString(at[2]);
            String type = valued ? r.getString(at[4]) : null;
            BigDecimal g = valued ? new BigDecimal(r.getString(at[5])) : null;
            BigDecimal n = valued ? new BigDecimal(r.getString(at[6])) : null;
            BigDecimal p = valued ? new BigDecimal(r.getString(at[7])) : null;
            BigDecimal q = valued ? null : new BigDecimal(r.getString(at[8]));
            String commitment = valued ? r.getString(at[9]) : null;
            boolean ranged = valued && !r.isNullAt(at[10]);
            BigDecimal lo = ranged ? new BigDecimal(r.getString(at[10])) : p;
            BigDecimal hi = ranged ? new BigDecimal(r.getString(at[11])) : p;
            for (Scope s : scopes) {
                String org = s == Scope.ALL ? null : organisation;
                String con = s == Scope.CONTRACT ? contract : null;
                if (commitment != null) {
                    // declared counted separately: the line itself, for the library to add apart
                    separate.add(RowFactory.create(key(s, org, con), s.label(), org, con, measure, type, g.toString(),
                            n.toString(), p.toString(), null, 1L, here, commitment, null, null, 0L));
                    continue;
                }
                Sum sum = sums.computeIfAbsent(Arrays.asList(s.label(), org, con, measure, type), k -> new Sum());
                if (valued) {
                    sum.gross = sum.gross.add(g);
                    sum.net = sum.net.add(n);
                    sum.presentValue = sum.presentValue.add(p);
                    sum.low = sum.low.add(lo);
                    sum.high = sum.high.add(hi);
                    sum.ranged += ranged ? 1 : 0;
                } else {
                    sum.quantity = sum.quantity.add(q);
                }
                sum.lines++;
                if (sum.first < 0) {
                    sum.first = here;
                }
            }
        }
        List<Row> out = new ArrayList<>(sums.size() + separate.size());
        out.addAll(separate);
        sums.forEach((k, s) -> {
            boolean valued = k.get(4) != null;
            Scope scope = Scope.of(k.get(0));
            out.add(RowFactory.create(key(scope, k.get(1), k.get(2)), k.get(0), k.get(1), k.get(2), k.get(3), k.get(4),
                    valued ? s.gross.toString() : null, valued ? s.net.toString() : null,
                    valued ? s.presentValue.toString() : null, valued ? null : s.quantity.toString(), s.lines, s.first,
                    null, valued ? s.low.toString() : null, valued ? s.high.toString() : null, s.ranged));
        });
        return out.iterator();
    }
}
