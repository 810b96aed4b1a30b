package io.github.svtoms.proxies;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.util.regex.Pattern;

/**
 * The price base of an amount: a calendar year ({@code 2022}) or a UK financial year ({@code 2012-13},
 * April to March). A proxy value, a report and each point of a price index carry one.
 *
 * <p>Ordered by start year, a calendar year before the financial year starting in it
 * ({@code 2012 < 2012-13 < 2013}). {@code parse(y.toString()).equals(y)}.
 *
 * <p>Immutable and thread-safe; value equality.
 */
public final class PriceYear implements Comparable<PriceYear> {
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}");
    private static final Pattern FINANCIAL = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final int MIN = 1000;
    private static final int MAX = 9999;

    private final int startYear;
    private final boolean financial;

    private PriceYear(int startYear, boolean financial) {
        this.startYear = startYear;
        this.financial = financial;
    }

    /**
     * Reads {@code 2022} or {@code 2012-13}. Strict: four digits, optionally a hyphen and the last two
     * digits of the following year.
     *
     * @param text the text
     * @return the price year
     * @throws InvalidValueException when the text is not of either form, or the second part of a
     *         financial year is not the year after the first
     */
    public static PriceYear parse(String text) {
        Checks.notNull(text, "price year");
        if (CALENDAR.matcher(text).matches()) {
            return ofCalendar(Integer.parseInt(text));
        }
        var m = FINANCIAL.matcher(text);
        if (m.matches()) {
            int start = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            if (end != (start + 1) % 100) {
                throw new InvalidValueException("invalid price year '" + text + "': a financial year runs into the next year, so '"
                        + m.group(1) + "' must be followed by '-" + String.format("%02d", (start + 1) % 100) + "'");
            }
            return ofFinancial(start);
        }
        throw new InvalidValueException("invalid price year '" + text
                + "': expected a calendar year such as '2022' or a financial year such as '2012-13'");
    }

    /**
     * A calendar year.
     *
     * @param year the year, 1000–9999
     * @return the price year
     * @throws InvalidValueException when the year has not four digits
     */
    public static PriceYear ofCalendar(int year) {
        return new PriceYear(check(year), false);
    }

    /**
     * A UK financial year, April {@code startYear} to March {@code startYear + 1}.
     *
     * @param startYear the year it starts in, 1000–9998
     * @return the price year
     * @throws InvalidValueException when the year has not four digits
     */
    public static PriceYear ofFinancial(int startYear) {
        if (startYear == MAX) {
            throw new InvalidValueException("invalid financial year starting " + startYear + ": it must end by " + MAX);
        }
        return new PriceYear(check(startYear), true);
    }

    private static int check(int year) {
        if (year < MIN || year > MAX) {
            throw new InvalidValueException("invalid price year " + year + ": a year has four digits (" + MIN + "–" + MAX + ")");
        }
        return year;
    }

    /**
     * Whether this is a financial year ({@code 2012-13}) rather than a calendar year.
     *
     * @return {@code true} for a financial year
     */
    public boolean isFinancial() {
        return financial;
    }

    /**
     * The calendar year, or the year a financial year starts in.
     *
     * @return the start year
     */
    public int startYear() {
        return startYear;
    }

    @Override
    public int compareTo(PriceYear other) {
        int c = Integer.compare(startYear, other.startYear);
        return c != 0 ? c : Boolean.compare(financial, other.financial);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriceYear p && p.startYear == startYear && p.financial == financial;
    }

    @Override
    public int hashCode() {
        return startYear * 2 + (financial ? 1 : 0);
    }

    /**
     * The text form: {@code 2022} or {@code 2012-13}.
     *
     * @return the text {@link #parse(String)} reads back
     */
    @Override
    public String toString() {
        return financial ? startYear + "-" + String.format("%02d", (startYear + 1) % 100) : Integer.toString(startYear);
    }
}
