package io.github.svtoms.catalog.json;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.SvtomsException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Checks and conversions shared by the evaluation, monitoring and portfolio codecs, on top of
 * {@link Fields}: ISO dates, enum constants written as their {@link FileId} ids, decimals in reports, and building a
 * core value with its rule failures recorded at the element's path.
 *
 * <p>Stateless.
 */
final class Values {
    /** An ISO calendar date, {@code yyyy-MM-dd}. */
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** Most fraction digits of a decimal in a file ({@link Fields#DECIMAL}). */
    private static final int MAX_FRACTION_DIGITS = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Values() {
    }

    /** A required ISO date {@code yyyy-MM-dd}; null (with a problem) when absent or invalid. */
    static LocalDate date(Fields f, String path, String value) {
        if (f.required(path, value) == null) {
            return null;
        }
        if (DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        f.problem(path, "invalid date '" + value + "': expected an ISO date yyyy-MM-dd such as \"2024-04-01\"");
        return null;
    }

    /** A required non-negative decimal. */
    static BigDecimal nonNegative(Fields f, String path, String value) {
        BigDecimal d = f.decimal(path, value);
        if (d != null && d.signum() < 0) {
            f.problem(path, "invalid " + Fields.last(path) + " '" + value + "': must be at least 0");
            return null;
        }
        return d;
    }

    /** A required decimal greater than 0. */
    static BigDecimal positive(Fields f, String path, String value) {
        BigDecimal d = f.decimal(path, value);
        if (d != null && d.signum() <= 0) {
            f.problem(path, "invalid " + Fields.last(path) + " '" + value + "': must be greater than 0");
            return null;
        }
        return d;
    }

    /** A required percentage (or 0–100 mark). */
    static BigDecimal percent(Fields f, String path, String value, String what) {
        return f.decimalIn(path, value, BigDecimal.ZERO, HUNDRED, what + " must be between 0 and 100");
    }

    /** The id of an enum constant in files ({@link FileId#id()}): {@code SOCIAL_VALUE} → {@code social-value}. */
    static String id(FileId constant) {
        return constant.id();
    }

    /** The constant whose {@link FileId#id()} is {@code value} ({@link FileIds}); null with a problem naming the allowed ids. */
    static <E extends Enum<E> & FileId> E constant(Fields f, String path, String value, Class<E> type, String what) {
        return f.oneOf(path, value, v -> FileIds.parse(type, v, what));
    }

    /**
     * Builds a core value when no problem was recorded since {@code before}; a core rule it still breaks
     * (its message quoting the value and the rule) becomes a problem at {@code path}, the offending element.
     */
    static <T> T build(Fields f, String path, int before, Supplier<T> constructor) {
        if (f.reading().problemCount() != before) {
            return null;
        }
        try {
            return constructor.get();
        } catch (SvtomsException e) {
            f.problem(path, e.getMessage());
            return null;
        }
    }

    /** Index of the first occurrence of each id, reporting later duplicates at their path. */
    static Map<String, Integer> unique(Fields f, List<String> ids, String arrayPath, String member, String what) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null) {
                continue;
            }
            Integer was = first.putIfAbsent(id, i);
            if (was != null) {
                f.problem(arrayPath + "[" + i + "]." + member, "duplicate " + what + " '" + id + "' (first at " + arrayPath
                        + "[" + was + "])");
            }
        }
        return first;
    }

    /**
     * A computed decimal for a report file: exact when it has at most 20 fraction digits, otherwise rounded
     * to 20 with {@link RoundingMode#HALF_EVEN} (the most a decimal in an svtoms file may have); never in
     * exponent notation.
     */
    static BigDecimal reported(BigDecimal value) {
        BigDecimal v = value.scale() > MAX_FRACTION_DIGITS ? value.setScale(MAX_FRACTION_DIGITS, RoundingMode.HALF_EVEN)
                : value;
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** A score or percentage for display: 2 decimal places, {@link RoundingMode#HALF_EVEN}. */
    static BigDecimal twoPlaces(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** @return a report's {@code inputs}: name to {@link #reported(BigDecimal)} decimal text, in order */
    static Map<String, String> inputs(Map<String, BigDecimal> inputs) {
        Map<String, String> out = new LinkedHashMap<>();
        inputs.forEach((k, v) -> out.put(k, JsonOut.decimal(reported(v))));
        return out;
    }
}
