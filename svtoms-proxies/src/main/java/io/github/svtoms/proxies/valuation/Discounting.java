package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.YearIndexing;

import java.math.BigDecimal;

/**
 * How a valuation discounts: a {@link DiscountSchedule} and which discount year the first contract year
 * falls in. In the request format, {@code "schedule": "none" | "green-book" | "green-book-health"} or
 * {@code "constantRate"} choose the schedule and {@code "firstYear": "undiscounted" | "discounted"} the
 * {@link YearIndexing}.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param schedule the discount schedule
 * @param firstYear the year indexing
 */
public record Discounting(DiscountSchedule schedule, YearIndexing firstYear) {
    /**
     * Validates the discounting.
     *
     * @param schedule the schedule
     * @param firstYear the indexing
     */
    public Discounting {
        Checks.notNull(schedule, "discount schedule");
        Checks.notNull(firstYear, "year indexing");
    }

    /**
     * No discounting: present value equals net value.
     *
     * @return the discounting
     */
    public static Discounting none() {
        return new Discounting(DiscountSchedule.none(), YearIndexing.FIRST_YEAR_UNDISCOUNTED);
    }

    /**
     * The Green Book social time preference rate, first year undiscounted (the default).
     *
     * @return the discounting
     */
    public static Discounting greenBook() {
        return new Discounting(DiscountSchedule.greenBook(), YearIndexing.FIRST_YEAR_UNDISCOUNTED);
    }

    /**
     * A schedule with the first year undiscounted.
     *
     * @param schedule the schedule
     * @return the discounting
     */
    public static Discounting of(DiscountSchedule schedule) {
        return new Discounting(schedule, YearIndexing.FIRST_YEAR_UNDISCOUNTED);
    }

    /**
     * A constant rate.
     *
     * @param rate in [0, 1)
     * @param firstYear the year indexing
     * @return the discounting
     */
    public static Discounting constant(BigDecimal rate, YearIndexing firstYear) {
        return new Discounting(DiscountSchedule.constant(rate), firstYear);
    }
}
