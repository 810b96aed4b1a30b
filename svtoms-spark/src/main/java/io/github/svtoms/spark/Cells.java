package io.github.svtoms.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import javax.annotation.Nullable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of one input row, read by column name with the rules of the svtoms formats; every problem is
 * kept with its column and value, and the first problem's rule names the row's rule. Mutable; one per row.
 */
final class Cells {
    static final String DECIMAL_RULE = "a plain decimal: optional '-', no leading zeros, no grouping, at most 30 "
            + "integer and 20 fraction digits, no exponent (e.g. 74.43)";

    private final Row row;
    private final Map<String, Integer> index;
    final List<String> problems = new ArrayList<>();
    @Nullable
    RowRule rule;

    /**
     * The cells of a row.
     *
     * @param row the row
     * @param index each column's position, from {@link #index(StructType)} of the row's schema
     */
    Cells(Row row, Map<String, Integer> index) {
        this.row = row;
        this.index = index;
    }

    /** Each column's position in a schema (empty when the row has none). */
    static Map<String, Integer> index(@Nullable StructType schema) {
        Map<String, Integer> out = new HashMap<>();
        if (schema != null) {
            String[] names = schema.fieldNames();
            for (int i = names.length - 1; i >= 0; i--) {
                out.put(names[i], i); // the first of repeated names, as Row.fieldIndex
            }
        }
        return out;
    }

    /**
     * The column positions of a Dataset's schema. Rows reach a function by position and need not carry their
     * schema (Spark's generated deserialisers give rows without one), so the positions come from the Dataset.
     */
    static final class Index implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final StructType schema;
        private final HashMap<String, Integer> index;

        Index(StructType schema) {
            this.schema = schema;
            this.index = new HashMap<>(index(schema));
        }

        Cells cells(Row row) {
            return new Cells(row, index);
        }

        /** The row as JSON with the Dataset's column names. */
        String json(Row row) {
            try {
                if (row.schema() != null) {
                    return row.json();
                }
                Object[] values = new Object[row.length()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.get(i);
                }
                return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(values, schema).json();
            } catch (RuntimeException cannot) {
                return row.toString();
            }
        }
    }

    /** @return the row */
    Row row() {
        return row;
    }

    void problem(RowRule r, String message) {
        if (rule == null) {
            rule = r;
        }
        problems.add(message);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    /** The raw value of a column, null when the column is absent or null. */
    @Nullable
    Object raw(String column) {
        Integer i = index.get(column);
        if (i == null) {
            return null;
        }
        return row.isNullAt(i) ? null : row.get(i);
    }

    /** Text, null when absent, null or blank; a non-text column is read as its exact text. */
    @Nullable
    String text(String column) {
        Object v = raw(column);
        if (v == null) {
            return null;
        }
        String s = v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v);
        return s.isBlank() ? null : s;
    }

    @Nullable
    String required(String column) {
        String v = text(column);
        if (v == null) {
            problem(RowRule.MISSING_VALUE, "missing " + column + ": every row needs one");
        }
        return v;
    }

    /** A decimal column: text in the formats' rule, or a Spark decimal or integer column; null when blank. */
    @Nullable
    BigDecimal decimal(String column, boolean required) {
        Object v = raw(column);
        if (v instanceof String s && s.isBlank()) {
            v = null;
        }
        if (v == null) {
            if (required) {
                problem(RowRule.MISSING_VALUE, "missing " + column + ": every row needs one");
            }
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (v instanceof Double || v instanceof Float) {
            problem(RowRule.FLOATING_POINT, column + " " + v + " is a floating-point number: give it as text or as a "
                    + "DECIMAL column (binary floating point cannot hold most decimal amounts exactly)");
            return null;
        }
        String s = String.valueOf(v);
        if (!plainDecimal(s)) {
            problem(RowRule.INVALID_DECIMAL, column + ": invalid decimal '" + s + "': expected " + DECIMAL_RULE);
            return null;
        }
        return new BigDecimal(s);
    }

    /** A fraction in [0, 1], null when blank. */
    @Nullable
    BigDecimal fraction(String column) {
        BigDecimal d = decimal(column, false);
        if (d != null && (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0)) {
            problem(RowRule.INVALID_VALUE, column + " " + d.toPlainString() + " is out of range: a fraction between 0 and 1");
            return null;
        }
        return d;
    }

    /** A whole number from 1, null when blank. */
    @Nullable
    Integer whole(String column) {
        Object v = raw(column);
        if (v instanceof String s && s.isBlank()) {
            v = null;
        }
        if (v == null) {
            return null;
        }
        long n;
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            n = ((Number) v).longValue();
        } else {
            String s = v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v);
            if (s.length() > 9 || !digits(s, 0, s.length())) {
                problem(RowRule.INVALID_WHOLE_NUMBER, column + ": invalid whole number '" + s + "': expected a whole number from 1");
                return null;
            }
            n = Long.parseLong(s);
        }
        if (n < 1 || n > Integer.MAX_VALUE) {
            problem(RowRule.INVALID_WHOLE_NUMBER, column + ": " + n + " must be a whole number from 1");
            return null;
        }
        return (int) n;
    }

    /** {@code true}/{@code false} text or a boolean column; null when blank. */
    @Nullable
    Boolean bool(String column) {
        Object v = raw(column);
        if (v == null || (v instanceof String s && s.isBlank())) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = String.valueOf(v);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.valueOf(s);
        }
        problem(RowRule.INVALID_VALUE, column + ": '" + s + "' is not true or false");
        return null;
    }

    /**
     * Whether text is a plain decimal as the library's formats accept it ({@link io.github.svtoms.core.Limits#isPlainDecimal}:
     * at most 30 digits before and 20 after the point, 34 significant digits, no negative zero).
     *
     * @param s the text
     * @return whether it is one
     */
    static boolean plainDecimal(String s) {
        return io.github.svtoms.core.Limits.isPlainDecimal(s);
    }

    private static boolean digits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
