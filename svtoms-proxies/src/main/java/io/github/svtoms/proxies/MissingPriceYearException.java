package io.github.svtoms.proxies;

import io.github.svtoms.core.internal.Checks;

/**
 * A series (price index or wage series) has no value for a price year that was asked for. svtoms never
 * substitutes 1.0 or a neighbouring year.
 *
 * <p>Immutable and thread-safe once thrown.
 */
public final class MissingPriceYearException extends ValuationException {
    private static final long serialVersionUID = 1L;

    private final String year;
    private final String seriesId;

    /**
     * Creates the exception.
     *
     * @param year the missing year
     * @param seriesId the id of the series that lacks it
     */
    public MissingPriceYearException(PriceYear year, String seriesId) {
        super("series '" + Checks.notNull(seriesId, "series id") + "' has no value for price year "
                + Checks.notNull(year, "price year")
                + " (a missing year is never assumed to be 1.0; add the year to the series)");
        this.year = year.toString();
        this.seriesId = seriesId;
    }

    /**
     * Creates the exception for a year needed for a stated purpose.
     *
     * @param year the missing year
     * @param seriesId the id of the series that lacks it
     * @param neededFor why the year is needed, e.g. to put a calendar year on the financial-year basis
     */
    public MissingPriceYearException(PriceYear year, String seriesId, String neededFor) {
        super("series '" + Checks.notNull(seriesId, "series id") + "' has no value for price year "
                + Checks.notNull(year, "price year") + ", needed " + Checks.notNull(neededFor, "needed for")
                + " (a missing year is never assumed to be 1.0 and bases are never mixed; add the year to the series)");
        this.year = year.toString();
        this.seriesId = seriesId;
    }

    /**
     * The year that is missing.
     *
     * @return the price year
     */
    public PriceYear year() {
        return PriceYear.parse(year);
    }

    /**
     * The id of the series that lacks the year.
     *
     * @return the series id
     */
    public String seriesId() {
        return seriesId;
    }
}
