package io.github.svtoms.proxies.valuation;

import io.github.svtoms.proxies.ValuationException;

/**
 * A commitment line cannot be valued: its measure is unknown, it breaks a counting rule, it runs beyond
 * the discount schedule's horizon, its proxy is in another currency or cannot be rebased, or its id
 * repeats. The message names the line id, the value and the rule.
 *
 * <p>Immutable and thread-safe once thrown.
 */
public final class LineRejectedException extends ValuationException {
    private static final long serialVersionUID = 1L;

    /** The rule a line broke. */
    public enum Rule {
        /** The measure is not in the catalogue. */
        UNKNOWN_MEASURE,
        /** A first-year-only measure with a duration above 1. */
        FIRST_YEAR_ONLY,
        /** The line's last discount year is beyond the schedule's horizon. */
        BEYOND_HORIZON,
        /** The line's proxy is in another currency than the request. */
        CURRENCY_MISMATCH,
        /** The proxy's price year cannot be rebased to the request's (no index, or a year missing from it). */
        REBASING,
        /** Another line of the request has the same id. */
        DUPLICATE_ID
    }

    private final String lineId;
    private final Rule rule;

    /**
     * Creates the exception.
     *
     * @param lineId the line's id
     * @param rule the rule it broke
     * @param message the message, starting with the line id
     */
    public LineRejectedException(String lineId, Rule rule, String message) {
        super(message);
        this.lineId = lineId;
        this.rule = rule;
    }

    /**
     * Creates the exception with a cause.
     *
     * @param lineId the line's id
     * @param rule the rule it broke
     * @param message the message, starting with the line id
     * @param cause the underlying failure
     */
    public LineRejectedException(String lineId, Rule rule, String message, Throwable cause) {
        super(message, cause);
        this.lineId = lineId;
        this.rule = rule;
    }

    /**
     * The id of the line that was rejected.
     *
     * @return the line id
     */
    public String lineId() {
        return lineId;
    }

    /**
     * The rule it broke.
     *
     * @return the rule
     */
    public Rule rule() {
        return rule;
    }
}
