package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.YearIndexing;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a valuation discounts: a standard {@link DiscountSchedule}, optionally a health schedule for health and
 * wellbeing values, and which discount year the first contract year falls in. In the request format,
 * {@code "schedule": "none" | "green-book" | "green-book-health"} or {@code "constantRate"} choose the standard
 * schedule, {@code "healthSchedule"} the health one and {@code "firstYear": "undiscounted" | "discounted"} the
 * {@link YearIndexing}.
 *
 * <p><b>Discounting by kind.</b> HM Treasury's Green Book discounts health and life values — QALYs and, by its
 * wellbeing guidance, WELLBYs — at the health rate (1.5 % for years 1–30: the standard 3.5 % without its
 * wealth effect), and every other cost and benefit, cash flows to the health service included, at the standard
 * rate. So with a health schedule, a line whose proxy is a {@link ValueType#SOCIAL_WELLBEING} value takes it and
 * every other line the standard schedule, in one valuation ({@link #scheduleFor}); a line may choose either
 * ({@link CommitmentLine#discountKind()}). {@link #greenBook()} has both Green Book schedules.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param schedule the standard discount schedule
 * @param firstYear the year indexing
 * @param health the schedule for health and wellbeing values, or empty to discount every line with {@code schedule}
 */
public record Discounting(DiscountSchedule schedule, YearIndexing firstYear, Optional<DiscountSchedule> health) {
    /**
     * Validates the discounting.
     *
     * @param schedule the schedule
     * @param firstYear the indexing
     * @param health the health schedule, or empty
     */
    public Discounting {
        Checks.notNull(schedule, "discount schedule");
        Checks.notNull(firstYear, "year indexing");
        Checks.notNull(health, "health discount schedule");
    }

    /**
     * One schedule for every line.
     *
     * @param schedule the schedule
     * @param firstYear the indexing
     */
    public Discounting(DiscountSchedule schedule, YearIndexing firstYear) {
        this(schedule, firstYear, Optional.empty());
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
     * The Green Book: the social time preference rate for every line but health and wellbeing values, which take
     * the health rate; first year undiscounted (the default).
     *
     * @return the discounting
     */
    public static Discounting greenBook() {
        return new Discounting(DiscountSchedule.greenBook(), YearIndexing.FIRST_YEAR_UNDISCOUNTED,
                Optional.of(DiscountSchedule.greenBookHealth()));
    }

    /**
     * One schedule for every line, the first year undiscounted.
     *
     * @param schedule the schedule
     * @return the discounting
     */
    public static Discounting of(DiscountSchedule schedule) {
        return new Discounting(schedule, YearIndexing.FIRST_YEAR_UNDISCOUNTED);
    }

    /**
     * A constant rate for every line.
     *
     * @param rate in [0, 1)
     * @param firstYear the year indexing
     * @return the discounting
     */
    public static Discounting constant(BigDecimal rate, YearIndexing firstYear) {
        return new Discounting(DiscountSchedule.constant(rate), firstYear);
    }

    /**
     * A copy with a health schedule.
     *
     * @param value the schedule for health and wellbeing values
     * @return the copy
     */
    public Discounting withHealth(DiscountSchedule value) {
        return new Discounting(schedule, firstYear, Optional.of(Checks.notNull(value, "health discount schedule")));
    }

    /**
     * The kind of schedule a line takes when it does not choose: health for a {@link ValueType#SOCIAL_WELLBEING}
     * proxy when there is a health schedule, else standard.
     *
     * @param valueType the value type of the line's proxy
     * @return the kind
     */
    public DiscountKind kindFor(ValueType valueType) {
        return health.isPresent() && Checks.notNull(valueType, "value type") == ValueType.SOCIAL_WELLBEING
                ? DiscountKind.HEALTH : DiscountKind.STANDARD;
    }

    /**
     * The schedule of a kind.
     *
     * @param kind the kind
     * @return the schedule, or empty for {@link DiscountKind#HEALTH} without a health schedule
     */
    public Optional<DiscountSchedule> scheduleFor(DiscountKind kind) {
        return Checks.notNull(kind, "discount kind") == DiscountKind.HEALTH ? health : Optional.of(schedule);
    }
}
