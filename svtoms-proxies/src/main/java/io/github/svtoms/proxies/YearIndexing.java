package io.github.svtoms.proxies;

import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

/**
 * Which discount year a contract year falls in. The Green Book treats the first year as year 0
 * (undiscounted); the SROI template discounts the first year.
 *
 * <p>Immutable and thread-safe.
 */
public enum YearIndexing implements FileId {
    /** Green Book convention (the default): contract year {@code n} is discounted as {@code t = n − 1}. */
    FIRST_YEAR_UNDISCOUNTED,
    /** SROI template convention: contract year {@code n} is discounted as {@code t = n}. */
    FIRST_YEAR_DISCOUNTED;

    /**
     * The id used in requests: {@code undiscounted} or {@code discounted}.
     *
     * @return the id
     */
    @Override
    public String id() {
        return this == FIRST_YEAR_UNDISCOUNTED ? "undiscounted" : "discounted";
    }

    /**
     * The discount year of a contract year.
     *
     * @param contractYear the 1-based contract year
     * @return {@code t}
     */
    public int discountYear(int contractYear) {
        return this == FIRST_YEAR_UNDISCOUNTED ? contractYear - 1 : contractYear;
    }

    /**
     * The indexing with this id.
     *
     * @param id {@code undiscounted} or {@code discounted}
     * @return the indexing
     * @throws InvalidValueException when no indexing has this id
     */
    public static YearIndexing fromId(String id) {
        return FileIds.parse(YearIndexing.class, id, "year indexing");
    }
}
