package io.github.svtoms.ocds;

/**
 * Why a piece of a notice cannot be used, one kind per specific problem. Each kind has a fixed
 * {@link #description()} (e.g. "no contract value in the notice") that scan counts group by, and the
 * {@link Area} it belongs to; a {@link Reason} adds the details and the JSON path.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ReasonKind {
    // --- the document
    /** The file or stream could not be read (it does not exist, is not a regular file, or I/O failed). */
    UNREADABLE(Area.DOCUMENT, "the file cannot be read"),
    /** The text is not JSON (a syntax error, bad UTF-8, or a number such as NaN). */
    NOT_JSON(Area.DOCUMENT, "the file is not valid JSON"),
    /** The JSON breaks a reading limit (nesting depth, string, number or name length, document size). */
    LIMIT_EXCEEDED(Area.DOCUMENT, "the file exceeds a reading limit"),
    /** A JSON value is not an OCDS release, record, release package or record package. */
    NOT_OCDS(Area.DOCUMENT, "not an OCDS release, record or package"),
    /** A package or record holds no release. */
    NO_RELEASES(Area.DOCUMENT, "the package holds no release"),

    // --- what is bought
    /** Neither {@code mainProcurementCategory} nor a CPV code from which it can be inferred. */
    NO_CATEGORY(Area.CATEGORY, "no procurement category in the notice"),
    /** {@code mainProcurementCategory} is not goods, services or works. */
    UNKNOWN_CATEGORY(Area.CATEGORY, "the procurement category is not goods, services or works"),

    // --- the value
    /** No value with an amount anywhere it may be (tender, lot or award). */
    NO_VALUE(Area.VALUE, "no contract value in the notice"),
    /** The value's amount is zero. */
    ZERO_VALUE(Area.VALUE, "the contract value is zero"),
    /** The value's amount is negative. */
    NEGATIVE_VALUE(Area.VALUE, "the contract value is negative"),
    /** The value's amount is not a number. */
    BAD_AMOUNT(Area.VALUE, "the contract value is not a number"),
    /** The value has an amount but no currency. */
    NO_CURRENCY(Area.VALUE, "the contract value has no currency"),
    /** The value's currency is not an ISO 4217 code. */
    UNKNOWN_CURRENCY(Area.VALUE, "the contract value's currency is not an ISO 4217 code"),
    /** A lot of a notice with several lots has no value of its own; the notice's value covers them all. */
    NO_LOT_VALUE(Area.VALUE, "no value for the lot (the notice's value covers all its lots)"),
    /** Several awards carry different values, so none is the contract's value. */
    AWARD_VALUES_DIFFER(Area.VALUE, "the awards carry different values"),

    // --- the period
    /** No contract period: no start and end dates, no {@code durationInDays}, no {@code durationInMonths}. */
    NO_PERIOD(Area.PERIOD, "no contract period or duration in the notice"),
    /** A start date but neither an end date nor a duration. */
    NO_PERIOD_END(Area.PERIOD, "a contract start but no end date or duration"),
    /** An end date but neither a start date nor a duration. */
    NO_PERIOD_START(Area.PERIOD, "a contract end but no start date or duration"),
    /** The end date is before the start date, and no duration was given. */
    END_BEFORE_START(Area.PERIOD, "contract end before start"),
    /** A date that does not parse as an ISO 8601 date or date-time. */
    BAD_DATE(Area.PERIOD, "a contract date does not parse"),
    /** A duration that is not a whole number greater than zero. */
    BAD_DURATION(Area.PERIOD, "the contract duration is not a whole number greater than zero"),
    /** The notice has no period of its own and its lots have different ones. */
    PERIODS_DIFFER_BETWEEN_LOTS(Area.PERIOD, "no period for the whole notice and the lots' periods differ"),
    /** Several awards carry different contract periods, so none is the contract's period. */
    AWARD_PERIODS_DIFFER(Area.PERIOD, "the awards carry different contract periods"),

    // --- award criteria
    /** The notice's lots have different award criteria, so the notice as a whole has none. */
    CRITERIA_DIFFER_BETWEEN_LOTS(Area.CRITERIA, "the lots have different award criteria"),
    /** A criterion has no weight while others have one. */
    WEIGHT_MISSING(Area.CRITERIA, "an award criterion has no weight"),
    /** A weight is neither a number, a percentage nor a range. */
    WEIGHT_UNREADABLE(Area.CRITERIA, "an award criterion's weight cannot be read"),
    /** Weights of different kinds (e.g. percentages and points) in one set of criteria. */
    MIXED_WEIGHT_KINDS(Area.CRITERIA, "the award criteria mix kinds of weight"),
    /** A weight below zero, or a percentage above 100. */
    WEIGHT_OUT_OF_RANGE(Area.CRITERIA, "an award criterion's weight is out of range"),
    /** The percentages do not add up to 100. */
    WEIGHTS_NOT_100(Area.CRITERIA, "the award criteria's weights do not add up to 100 %"),
    /** More than one price or cost criterion with a weight. */
    SEVERAL_PRICE_CRITERIA(Area.CRITERIA, "more than one price or cost criterion"),

    // --- safety net
    /**
     * A fault in svtoms-ocds itself while reading this notice; never expected, reported rather than
     * thrown so that one notice cannot stop a scan.
     */
    INTERNAL_ERROR(Area.NOTICE, "svtoms-ocds failed on this notice");

    /** The piece of a notice a reason is about. Immutable and thread-safe (an enum). */
    public enum Area {
        /** The file or stream as a whole. */
        DOCUMENT,
        /** The notice as a whole. */
        NOTICE,
        /** The procurement category. */
        CATEGORY,
        /** The contract value. */
        VALUE,
        /** The contract period. */
        PERIOD,
        /** The award criteria and their weights. */
        CRITERIA
    }

    private final Area area;
    private final String description;

    ReasonKind(Area area, String description) {
        this.area = area;
        this.description = description;
    }

    /**
     * The piece of the notice this kind of reason is about.
     *
     * @return the area
     */
    public Area area() {
        return area;
    }

    /**
     * The fixed wording of this kind, e.g. "no contract value in the notice".
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
