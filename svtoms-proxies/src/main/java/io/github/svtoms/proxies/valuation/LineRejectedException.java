package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.proxies.ValuationException;

import java.util.List;

/**
 * Commitment lines cannot be valued: a measure is unknown, a line breaks a counting rule, runs beyond the
 * discount schedule's horizon, has a proxy in another currency or that cannot be rebased, or repeats an id.
 *
 * <p>Every problem found is reported at once, as data, in {@link #problems()}: a request with five bad
 * lines gives one exception with five {@link LineProblem}s, each naming the line id and the rule, in line
 * order. The message is the single problem's message, or, for several, their count followed by as many of
 * their messages as fit in about {@value #MESSAGE_LIMIT} characters and the number left out.
 * {@link #lineId()} and {@link #rule()} are those of the first problem.
 *
 * <p>Immutable and thread-safe once thrown.
 */
public final class LineRejectedException extends ValuationException {
    /** About how many characters of problem messages the exception's message lists before it stops. */
    public static final int MESSAGE_LIMIT = 2000;

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
        DUPLICATE_ID,
        /** The line asks for a discount schedule the request does not have (the health schedule). */
        DISCOUNTING,
        /**
         * The line's proxy follows the years ({@link io.github.svtoms.proxies.YearlyBasis}) but a series it reads is
         * not in the request's reference data, or is in another currency.
         */
        YEARLY_SERIES
    }

    /** Serializable: an unmodifiable list of records of strings and an enum. */
    @SuppressWarnings("serial")
    private final List<LineProblem> problems;

    /**
     * Creates the exception for one problem.
     *
     * @param lineId the line's id
     * @param rule the rule it broke
     * @param message the message, starting with the line id
     */
    public LineRejectedException(String lineId, Rule rule, String message) {
        this(List.of(new LineProblem(lineId, rule, message)), null);
    }

    /**
     * Creates the exception for one problem, with a cause.
     *
     * @param lineId the line's id
     * @param rule the rule it broke
     * @param message the message, starting with the line id
     * @param cause the underlying failure
     */
    public LineRejectedException(String lineId, Rule rule, String message, Throwable cause) {
        this(List.of(new LineProblem(lineId, rule, message)), cause);
    }

    /**
     * Creates the exception for every problem found.
     *
     * @param problems the problems, in line order, at least one
     * @param cause the underlying failure of one of them (e.g. a price year missing from an index), or null
     * @throws InvalidValueException when there is no problem or a problem is null
     */
    public LineRejectedException(List<LineProblem> problems, @javax.annotation.Nullable Throwable cause) {
        super(message(checked(problems)), cause);
        this.problems = List.copyOf(problems);
    }

    private static List<LineProblem> checked(List<LineProblem> problems) {
        Checks.notNull(problems, "problems").forEach(p -> Checks.notNull(p, "problem"));
        if (problems.isEmpty()) {
            throw new InvalidValueException("a rejection names at least one problem");
        }
        return problems;
    }

    /**
     * The message for these problems: the only one's message; or the count, then the messages separated by
     * "; " while they fit in about {@link #MESSAGE_LIMIT} characters (at least the first, cut short if it
     * alone is longer), then how many more there are.
     */
    private static String message(List<LineProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).message();
        }
        StringBuilder b = new StringBuilder().append(problems.size()).append(" problems in the commitment lines: ");
        int start = b.length();
        int listed = 0;
        for (LineProblem p : problems) {
            String m = p.message();
            int room = MESSAGE_LIMIT - (b.length() - start);
            if (listed == 0 && m.length() > room) {
                b.append(m, 0, room).append('…');
                listed++;
                break;
            }
            if (listed > 0 && 2 + m.length() > room) {
                break;
            }
            b.append(listed > 0 ? "; " : "").append(m);
            listed++;
        }
        int more = problems.size() - listed;
        if (more > 0) {
            b.append("; and ").append(more).append(more == 1 ? " more problem" : " more problems")
                    .append(" (LineRejectedException.problems() lists them all)");
        }
        return b.toString();
    }

    /**
     * Every problem found, in line order (a line's own problems in the order its rules are checked:
     * duplicate id, unknown measure, first year only, horizon, proxy currency, rebasing).
     *
     * @return the problems, at least one, unmodifiable
     */
    public List<LineProblem> problems() {
        return problems;
    }

    /**
     * The id of the line of the first problem.
     *
     * @return the line id
     */
    public String lineId() {
        return problems.get(0).lineId();
    }

    /**
     * The rule of the first problem.
     *
     * @return the rule
     */
    public Rule rule() {
        return problems.get(0).rule();
    }
}
