package io.github.svtoms.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Every schema the Spark module reads and writes. Column names are those of the CSV commitment lines of
 * {@code svtoms value --lines} (snake case), with the contract and the organisation in front.
 *
 * <p><b>Money and decimals are never floating point.</b> Input decimals are read from text (the exact decimal
 * strings of the svtoms formats) or from Spark decimal or integer columns; a {@code float} or {@code double}
 * column is a bad row. Output figures are given twice: reported, rounded to the currency's minor unit
 * ({@link java.math.RoundingMode#HALF_EVEN}) as {@code DECIMAL(38,2)}, and exact, as the plain decimal string
 * of the library's {@link java.math.BigDecimal} (lossless: a library figure may have more significant digits
 * than any Spark decimal holds).
 */
public final class Schemas {
    /** The reported figures: 36 integer digits and the two of a currency's minor unit. */
    public static final DecimalType MONEY = DataTypes.createDecimalType(38, 2);

    /**
     * The commitment lines a valuation reads ({@link SparkValuation#value}): one row per line, from any Spark
     * source (Parquet, CSV with a header, JSON Lines, a table). Every column is text here, which is how CSV and
     * JSON are to be read (give this schema to the reader: a typed CSV reader turns a bad number into a null,
     * silently); every column is nullable, a missing required value being a bad row, not a failed job; a
     * source with typed columns may instead give the decimal columns as {@code DECIMAL} or integer
     * types and the whole-number columns as integer types. Columns are found by name; optional columns may be
     * absent. The rules are those of the JSON formats ({@code svtoms-commitment-lines/1}):
     * <ul>
     *   <li>{@code contract_id}, {@code organisation}: required, not blank; the totals are given per contract
     *       (within its organisation), per organisation and for all lines;</li>
     *   <li>{@code id}, {@code measure}: required (a line id need not be unique: ids are not checked for
     *       uniqueness, as in the library's streaming {@code summarise});</li>
     *   <li>{@code quantity}: required, per benefit year, a plain decimal ({@code 1234.5}: no grouping, no
     *       exponent, at most 30 integer and 20 fraction digits), not negative;</li>
     *   <li>{@code start_year}, {@code duration}: whole numbers from 1; null or blank: 1;</li>
     *   <li>{@code deadweight}: a fraction in [0, 1]; null or blank: the proxy's default;</li>
     *   <li>{@code displacement}, {@code attribution}, {@code drop_off}: fractions in [0, 1]; null or blank: 0;</li>
     *   <li>{@code proxy}, {@code proxy_price_year}: the line's own proxy, in the request's currency, both or
     *       neither;</li>
     *   <li>{@code evidence}: optional text;</li>
     *   <li>{@code counted_separately}: optional text, the evidence that the line counts something different from
     *       the other lines of its overlap family or of its whole
     *       ({@link io.github.svtoms.proxies.valuation.CommitmentLine#countedSeparately()}): such a line is always in
     *       the totals; null or blank: the catalogue's counting rules apply.</li>
     * </ul>
     * A {@value #CORRUPT_RECORD} column, when the source fills it (Spark's CSV and JSON readers in PERMISSIVE
     * mode with this schema plus that column), marks a record the reader could not split: a bad row.
     */
    public static final StructType LINES = new StructType(new StructField[] {
            text("contract_id", true), text("organisation", true), text("id", true), text("measure", true),
            text("quantity", true), text("start_year", true), text("duration", true), text("deadweight", true),
            text("displacement", true), text("attribution", true), text("drop_off", true), text("proxy", true),
            text("proxy_price_year", true), text("evidence", true), text("counted_separately", true)});

    /** The column Spark's CSV and JSON readers fill with a record they cannot read (see {@link #LINES}). */
    public static final String CORRUPT_RECORD = "_corrupt_record";

    /**
     * The valued lines ({@link ValuedLines#lines()}): every input line that is not a bad row, in input order
     * within each partition.
     * <ul>
     *   <li>{@code contract_id}, {@code organisation}, {@code line_id}, {@code measure}, {@code theme},
     *       {@code outcome}: the ids;</li>
     *   <li>{@code quantity}: the exact quantity per benefit year (text);</li>
     *   <li>{@code status}: {@code VALUED}, or {@code UNVALUED} when the measure has no proxy;</li>
     *   <li>{@code counted}: true for a {@code VALUED} line, whose money is given to the totals of each scope it is
     *       in; false for an {@code UNVALUED} line, counted only in the line counts and the unvalued quantities. It
     *       does not say whether the catalogue's counting rules leave the line out of a scope's totals: that is
     *       decided per scope (a part is left out where its whole has lines in the same scope, an overlap family is
     *       counted under the measure of its first line in the scope), so one line may be in its contract's totals
     *       and left out of its organisation's; the {@link #TOTALS} of each scope name the measures left out in
     *       their warnings;</li>
     *   <li>{@code unvalued_reason}: why an unvalued line has no value, in the engine's words; null otherwise;</li>
     *   <li>{@code value_type}: the {@link io.github.svtoms.proxies.ValueType} of the line's proxy (null when
     *       unvalued): figures of different value types are never to be added into one number;</li>
     *   <li>{@code gross}, {@code net}, {@code present_value}: {@link #MONEY}, the line's exact figures rounded on
     *       their own (HALF_EVEN), as {@code ValuationEngine.valueLine} reports them; null when unvalued;</li>
     *   <li>{@code exact_gross}, {@code exact_net}, {@code exact_present_value}: the exact figures, plain decimal
     *       text; the totals are the sums of these, never of the rounded ones;</li>
     *   <li>{@code exclusive_group}: the measure's exclusive group, if any: lines of two measures of one group in
     *       one scope may count one outcome twice, and the totals of that scope carry the library's warning;</li>
     *   <li>{@code counted_separately}: the line's declaration, with its evidence, that it counts something
     *       different from its overlap family or its whole (from the input column of that name): such a line is in
     *       the totals of every scope; null for a line under the counting rules.</li>
     *   <li>{@code exact_present_value_low}, {@code exact_present_value_high}: the line's exact present value at the
     *       low and the high estimates of its proxy, when the proxy states a range (the WELLBY value, the DESNZ low
     *       and high carbon values; {@code LineValuation.presentValueRange()}); null otherwise.</li>
     * </ul>
     */
    public static final StructType VALUED_LINES = new StructType(new StructField[] {
            text("contract_id", false), text("organisation", false), text("line_id", false), text("measure", false),
            text("theme", false), text("outcome", false), text("quantity", false), text("status", false),
            field("counted", DataTypes.BooleanType, false), text("unvalued_reason", true), text("value_type", true),
            field("gross", MONEY, true), field("net", MONEY, true), field("present_value", MONEY, true),
            text("exact_gross", true), text("exact_net", true), text("exact_present_value", true),
            text("exclusive_group", true), text("counted_separately", true), text("exact_present_value_low", true),
            text("exact_present_value_high", true)});

    /**
     * The bad rows ({@link ValuedLines#rejected()}): every input row that could not be valued, none dropped.
     * <ul>
     *   <li>{@code row}: the input row as JSON (Spark's {@code Row.json()}), or the unreadable record's text;</li>
     *   <li>{@code contract_id}, {@code organisation}, {@code line_id}: as far as they could be read, else null;</li>
     *   <li>{@code rule}: the rule broken: a {@link RowRule} name for a row that is not a commitment line, or a
     *       {@link io.github.svtoms.proxies.valuation.LineRejectedException.Rule} name for a line the engine
     *       refuses ({@code UNKNOWN_MEASURE}, {@code FIRST_YEAR_ONLY}, {@code BEYOND_HORIZON},
     *       {@code CURRENCY_MISMATCH}, {@code REBASING});</li>
     *   <li>{@code reason}: every problem of the row, naming the column and the value.</li>
     * </ul>
     */
    public static final StructType REJECTED = new StructType(new StructField[] {
            text("row", false), text("contract_id", true), text("organisation", true), text("line_id", true),
            text("rule", false), text("reason", false)});

    /**
     * The totals ({@link SparkValuation#totals}): for each scope, the library's
     * {@link io.github.svtoms.proxies.valuation.ValuationSummary} of that scope's lines, as rows.
     * <ul>
     *   <li>{@code scope}: {@code all} (every line), {@code organisation} or {@code contract} (a contract within
     *       its organisation); {@code organisation} and {@code contract_id} name it (null above their level);</li>
     *   <li>{@code level}: {@code total}, {@code theme}, {@code outcome}, {@code measure} (money), or
     *       {@code unvalued} (a measure's unvalued lines: their summed quantity); {@code level_id} names the
     *       theme, outcome or measure (null for {@code total});</li>
     *   <li>{@code value_type}: {@code ALL} for all value types together, or one
     *       {@link io.github.svtoms.proxies.ValueType}; null for {@code unvalued};</li>
     *   <li>{@code gross}, {@code net}, {@code present_value}: {@link #MONEY}, reported: the exact totals rounded
     *       HALF_EVEN to the penny at the end, and the breakdowns allocated by largest remainder so that they add up
     *       exactly to them (the library's rule); {@code exact_*}: the exact sums, plain decimal text;</li>
     *   <li>{@code valued_lines}, {@code unvalued_lines}: on {@code total}/{@code ALL} rows; null elsewhere;</li>
     *   <li>{@code unvalued_quantity}: on {@code unvalued} rows, exact text in the measure's unit;</li>
     *   <li>{@code percent_of_contract}: on the {@code all} scope's {@code total} rows when the request gives a
     *       contract (text, 2 dp); null elsewhere (the request's contract is no single contract's or
     *       organisation's);</li>
     *   <li>{@code warnings}: on {@code total}/{@code ALL} rows, the library's warnings (exclusive groups; the
     *       measures the counting rules leave out of this scope's totals, with their lines and why), else null;</li>
     *   <li>{@code present_value_low}, {@code present_value_high}: {@link #MONEY}, on {@code total} rows (all value
     *       types and each type) where counted lines state a range, the present value at the low and the high
     *       estimates, lines without a range at their present value ({@code ValuationSummary.presentValueRange()});
     *       null elsewhere.</li>
     * </ul>
     * A scope key with no valued or unvalued line (every row of it rejected) has no rows.
     */
    public static final StructType TOTALS = new StructType(new StructField[] {
            text("scope", false), text("organisation", true), text("contract_id", true), text("level", false),
            text("level_id", true), text("value_type", true), field("gross", MONEY, true), field("net", MONEY, true),
            field("present_value", MONEY, true), text("exact_gross", true), text("exact_net", true),
            text("exact_present_value", true), field("valued_lines", DataTypes.LongType, true),
            field("unvalued_lines", DataTypes.LongType, true), text("unvalued_quantity", true),
            text("percent_of_contract", true),
            field("warnings", DataTypes.createArrayType(DataTypes.StringType, false), true),
            field("present_value_low", MONEY, true), field("present_value_high", MONEY, true)});

    /**
     * The contracts of portfolios ({@link SparkPortfolio#metrics}): one row per contract, the fields of
     * {@link io.github.svtoms.core.portfolio.PortfolioContract} (format {@code svtoms-portfolio/1}), text or
     * typed as for {@link #LINES}:
     * {@code organisation} and {@code contract_id} (required), {@code value} (required money, ≥ 0),
     * {@code social_value_weighting} (percent 0–100), {@code pays_real_living_wage} ({@code true}/{@code false}
     * or a boolean column), {@code addressable_spend}, {@code local_spend}, {@code sme_spend},
     * {@code vcse_spend}, {@code proxy_value_committed}, {@code proxy_value_delivered} (money) and
     * {@code supplier} (an identifier), each optional: null or blank is "not known". Money is in the
     * currency given to {@link SparkPortfolio#metrics}.
     */
    public static final StructType CONTRACTS = new StructType(new StructField[] {
            text("organisation", true), text("contract_id", true), text("value", true),
            text("social_value_weighting", true), text("pays_real_living_wage", true), text("addressable_spend", true),
            text("local_spend", true), text("sme_spend", true), text("vcse_spend", true),
            text("proxy_value_committed", true), text("proxy_value_delivered", true), text("supplier", true)});

    /**
     * The portfolio metrics ({@link SparkPortfolio#metrics}): per organisation, every metric of
     * {@link io.github.svtoms.core.portfolio.PortfolioReport}, computed by the library on that organisation's
     * contracts: {@code organisation}, {@code metric} (the metric id, e.g. {@code local-spend-share}),
     * {@code unit}, {@code value} (exact text, null when undefined), {@code target}, {@code target_met},
     * {@code contracts_counted}, {@code inputs} (name to exact text) and {@code derivation}.
     */
    public static final StructType METRICS = new StructType(new StructField[] {
            text("organisation", false), text("metric", false), text("unit", false), text("value", true),
            text("target", true), field("target_met", DataTypes.BooleanType, true),
            field("contracts_counted", DataTypes.LongType, false),
            field("inputs", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false),
            text("derivation", false)});

    private Schemas() {
    }

    private static StructField text(String name, boolean nullable) {
        return field(name, DataTypes.StringType, nullable);
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    /**
     * {@link #LINES} with the {@value #CORRUPT_RECORD} column, the schema to give Spark's CSV and JSON readers.
     *
     * @return the schema
     */
    public static StructType linesWithCorruptRecord() {
        return LINES.add(CORRUPT_RECORD, DataTypes.StringType, true);
    }
}
