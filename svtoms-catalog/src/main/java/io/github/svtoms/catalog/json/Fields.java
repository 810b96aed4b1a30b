package io.github.svtoms.catalog.json;

import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.Limits;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Field-level checks shared by the codecs. Each check records a problem on the {@link ProblemSink} (a
 * {@link Reading} of a document, or a {@link RecordReading} of one record of a line format) at the value's
 * path and returns {@code null} instead of throwing, so that every problem of a file is found in one pass.
 *
 * <p>Stateless apart from the reading it reports to; confined to one read.
 */
final class Fields {
    /** The decimal rule of formats.md. */
    static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,29})(\\.[0-9]{1,20})?");
    static final String DECIMAL_RULE = "a plain decimal in a JSON string: optional '-', no leading zeros, at most 30 "
            + "integer and 20 fraction digits, no exponent (e.g. \"74.43\")";
    static final Pattern PRICE_YEAR = Pattern.compile("([0-9]{4})(?:-([0-9]{2}))?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final ProblemSink reading;

    Fields(Reading reading) {
        this(new ProblemSink() {
            @Override
            public void problem(String path, String message) {
                reading.problem(path, message);
            }

            @Override
            public int problemCount() {
                return reading.problemCount();
            }
        });
    }

    Fields(ProblemSink reading) {
        this.reading = reading;
    }

    ProblemSink reading() {
        return reading;
    }

    void problem(String path, String message) {
        reading.problem(path, message);
    }

    <T> T required(String path, T value) {
        if (value == null) {
            reading.problem(path, "missing required member '" + last(path) + "'");
        }
        return value;
    }

    static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** A required, non-blank text ({@link Limits#isBlank}: no-break spaces are blank too). */
    /**
     * A SHA-256 in hexadecimal: required, 64 lower-case hexadecimal digits; null after a problem (reported at the
     * path).
     */
    String sha256(String path, String value) {
        String sha = text(path, value);
        if (sha != null && !sha.matches("[0-9a-f]{64}")) {
            reading.problem(path, "invalid sha256 '" + sha + "': must be 64 lower-case hexadecimal digits");
            return null;
        }
        return sha;
    }

    String text(String path, String value) {
        if (required(path, value) != null && Limits.isBlank(value)) {
            reading.problem(path, "'" + last(path) + "' must not be blank");
            return null;
        }
        return value;
    }

    /**
     * A required free-text identifier ({@link Limits#identifierProblem}): not blank, no control or invisible
     * format characters.
     */
    String identifier(String path, String value) {
        if (required(path, value) == null) {
            return null;
        }
        String problem = Limits.identifierProblem(value);
        if (problem != null) {
            reading.problem(path, "'" + last(path) + "' " + problem);
            return null;
        }
        return value;
    }

    /** A number of contract years: from 1 to {@link Limits#MAX_CONTRACT_YEARS}. */
    Integer contractYears(String path, Integer value) {
        if (atLeast(path, value, 1) != null && value > Limits.MAX_CONTRACT_YEARS) {
            reading.problem(path, "invalid " + last(path) + " " + value + ": must be at most " + Limits.MAX_CONTRACT_YEARS
                    + " (svtoms's limit on contract years)");
            return null;
        }
        return value == null || value < 1 ? null : value;
    }

    /**
     * An amount of money a user states ({@link Limits#statedMoney}): a whole number of the currency's minor
     * units, at least one when {@code positive}; null (with a problem) otherwise.
     */
    BigDecimal statedMoney(String path, BigDecimal value, Currency currency, boolean positive) {
        if (value == null || currency == null) {
            return value;
        }
        try {
            Limits.statedMoney(value, currency, positive, "'" + last(path) + "'");
            return value;
        } catch (InvalidValueException e) {
            reading.problem(path, e.getMessage());
            return null;
        }
    }

    /** An optional text: absent stays null, present must not be blank. */
    String optionalText(String path, String value) {
        return value == null ? null : text(path, value);
    }

    /** A required id ({@link IdRule}). */
    String id(String path, String value) {
        return id(path, value, "id");
    }

    /** A required id ({@link IdRule}), named {@code kind} in the message. */
    String id(String path, String value, String kind) {
        if (required(path, value) != null && !IdRule.isValid(value)) {
            reading.problem(path, IdRule.message(kind, value));
            return null;
        }
        return value;
    }

    /** An optional id. */
    String optionalId(String path, String value) {
        return value == null ? null : id(path, value);
    }

    /** A required decimal. */
    BigDecimal decimal(String path, String value) {
        if (required(path, value) == null) {
            return null;
        }
        if (!plainDecimal(value)) {
            String digits = Limits.decimalTextProblem(value);
            reading.problem(path, "invalid decimal '" + value + "': " + (digits != null ? digits : "expected " + DECIMAL_RULE));
            return null;
        }
        return new BigDecimal(value);
    }

    /**
     * Whether a text follows the decimal rule: {@link #DECIMAL} with at most 34 significant digits and no
     * negative zero, the one rule of {@link Limits#isPlainDecimal(CharSequence)}.
     *
     * @param s the text
     * @return whether it follows the rule
     */
    static boolean plainDecimal(String s) {
        return Limits.isPlainDecimal(s);
    }

    /**
     * A required decimal that svtoms computed (a figure of a valuation report, its derivation's results): the
     * shape of the decimal rule and no negative zero, but any number of significant digits, since an exact
     * product of stated values can have more than 34.
     */
    BigDecimal computedDecimal(String path, String value) {
        if (required(path, value) == null) {
            return null;
        }
        String problem = Limits.decimalTextProblem(value);
        if (!Limits.isDecimalShape(value) || problem != null && problem.startsWith("a negative zero")) {
            reading.problem(path, "invalid decimal '" + value + "': " + (problem != null ? problem : "expected " + DECIMAL_RULE));
            return null;
        }
        return new BigDecimal(value);
    }

    /** An optional computed decimal ({@link #computedDecimal}). */
    BigDecimal optionalComputedDecimal(String path, String value) {
        return value == null ? null : computedDecimal(path, value);
    }

    /** An optional decimal. */
    BigDecimal optionalDecimal(String path, String value) {
        return value == null ? null : decimal(path, value);
    }

    /** A decimal in [low, high] (inclusive). */
    BigDecimal decimalIn(String path, String value, BigDecimal low, BigDecimal high, String rule) {
        BigDecimal d = decimal(path, value);
        if (d != null && (d.compareTo(low) < 0 || d.compareTo(high) > 0)) {
            reading.problem(path, "'" + value + "' is out of range: " + rule);
            return null;
        }
        return d;
    }

    /** A required ISO 4217 currency code. */
    Currency currency(String path, String value) {
        if (required(path, value) == null) {
            return null;
        }
        if (!CURRENCY.matcher(value).matches()) {
            reading.problem(path, "invalid currency '" + value + "': expected an ISO 4217 code such as GBP");
            return null;
        }
        try {
            return Money.currency(value);
        } catch (InvalidValueException e) {
            reading.problem(path, e.getMessage());
            return null;
        }
    }

    /** A price year text: {@code 2022} or {@code 2012-13}; checked here so the rule is the same in every codec. */
    String priceYear(String path, String value) {
        if (required(path, value) == null) {
            return null;
        }
        var m = PRICE_YEAR.matcher(value);
        if (!m.matches() || m.group(2) != null
                && Integer.parseInt(m.group(2)) != (Integer.parseInt(m.group(1)) + 1) % 100) {
            reading.problem(path, "invalid price year '" + value + "': expected a calendar year such as \"2022\" or a "
                    + "UK financial year such as \"2012-13\" (second part = first + 1)");
            return null;
        }
        return value;
    }

    /** An enum-like value read by a core {@code fromId}; its message names the allowed values. */
    <E> E oneOf(String path, String value, Function<String, E> fromId) {
        if (required(path, value) == null) {
            return null;
        }
        try {
            return fromId.apply(value);
        } catch (SvtomsException e) {
            reading.problem(path, e.getMessage());
            return null;
        }
    }

    /** An integer at least {@code min}. */
    Integer atLeast(String path, Integer value, int min) {
        if (value != null && value < min) {
            reading.problem(path, "invalid " + last(path) + " " + value + ": must be at least " + min);
            return null;
        }
        return value;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
