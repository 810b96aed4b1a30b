package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.YearIndexing;
import io.github.svtoms.proxies.derivation.Derivation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The valuation of one commitment line.
 *
 * <p><b>Exact and reported figures.</b> {@link #gross()}, {@link #net()}, {@link #presentValue()},
 * {@link #exact()} and {@link #years()} are exact (DECIMAL128 products, exact sums). {@link #reported()}
 * and {@link #reportedYears()} are rounded to the currency's minor unit, each figure on its own (HALF_EVEN): a
 * line's reported figures are the results its {@link #derivation()} states, in a batch as on its own, and
 * identical years show identical pennies. Where the rounded years do not add up to the rounded net or present
 * value, the difference is stated ({@link #reportedYearsAdjustment()}); where rounded lines do not add up to
 * rounded totals, the valuation states it ({@link Valuation#linesRoundingAdjustment()}).
 *
 * <p>Immutable and thread-safe. {@link #derivation()} is rebuilt from the exact values on each call. The
 * per-year figures ({@link #years()}, {@link #reportedYears()}, {@link #firstYearNet()}, the derivation)
 * are computed when first asked for, by the same arithmetic that gave the line's totals.
 */
public final class LineValuation {
    private final CommitmentLine line;
    private final Unit unit;
    private final ProxyValue proxy;
    private final Money proxyInPriceYear;
    private final PriceYear priceYear;
    private final BigDecimal ratio;
    private final Rebase rebase;
    private final boolean priceNeutral;
    private final BigDecimal deadweight;
    private final BigDecimal adjustment;
    private final Figures exact;
    private final Figures reported;
    private final Prepared.Resolved resolved;
    /** The first year's value and the per-year figures: computed on first use when not given. */
    private final AtomicReference<Detail> detail;
    private final Prepared.Sched sched;
    private final YearIndexing indexing;
    private final BenefitYears benefitYears;
    /** The low and high present values, exact, or null when the proxy gives no range. */
    private final BigDecimal lowPresentValue;
    private final BigDecimal highPresentValue;
    /** The settings the line was valued under, so that an accumulator adds only lines of its own engine. */
    private final Prepared prepared;

    /**
     * The per-year figures of the line's arithmetic. Computed again on first use when the valuation was made
     * without them (the same arithmetic on the same inputs gives the same figures, value and scale).
     */
    private record Detail(Money firstYear, BigDecimal[] values, BigDecimal[] presentValues,
                          BigDecimal[] discountFactors, BigDecimal[] rates, BigDecimal[] amounts) {
    }

    private static Detail detailOf(LineMath m, java.util.Currency c) {
        return new Detail(Money.of(m.firstYear, c), m.values, m.presentValues, m.discountFactors, m.rates, m.amounts);
    }

    /** The index values used to rebase, for the derivation. */
    record Rebase(String indexId, PriceIndex.Rebasing rebasing) {
    }

    /**
     * A line's valuation from its arithmetic.
     *
     * @param exact the exact figures (gross, net, present value of {@code m})
     * @param reported the reported figures, or null for the exact ones rounded HALF_EVEN
     */
    LineValuation(Prepared p, CommitmentLine line, int measure, Prepared.Resolved resolved, LineMath m, Figures exact,
                  Figures reported) {
        this.line = line;
        this.unit = p.measure(measure).unit();
        this.proxy = resolved.proxy();
        this.proxyInPriceYear = Money.of(resolved.amount(), p.currency());
        this.priceYear = p.priceYear();
        this.ratio = resolved.ratio();
        this.rebase = resolved.rebase();
        this.priceNeutral = resolved.priceNeutral();
        this.deadweight = m.deadweight;
        this.adjustment = m.adjustment;
        this.exact = exact;
        this.reported = reported == null ? exact.rounded() : reported;
        this.resolved = resolved;
        this.detail = new AtomicReference<>(m.values == null ? null : detailOf(m, p.currency()));
        this.sched = m.sched;
        this.indexing = p.indexing();
        this.benefitYears = p.benefitYears();
        this.lowPresentValue = m.lowPresentValue;
        this.highPresentValue = m.highPresentValue;
        this.prepared = p;
    }

    private Detail detail() {
        Detail d = detail.get();
        if (d == null) {
            LineMath m = new LineMath();
            m.compute(prepared, line, resolved, true);
            d = detailOf(m, exact.currency());
            detail.compareAndSet(null, d);
        }
        return d;
    }

    /** Whether the line was valued under these settings (by their engine). */
    boolean valuedUnder(Prepared p) {
        return prepared == p;
    }

    /** The exact figures of a line's arithmetic. */
    static Figures exactFigures(Prepared p, LineMath m) {
        return new Figures(Money.of(m.gross, p.currency()), Money.of(m.net, p.currency()),
                Money.of(m.presentValue, p.currency()));
    }

    /** @return the line's id */
    public String id() {
        return line.id();
    }

    /** @return the line as given */
    public CommitmentLine line() {
        return line;
    }

    /** @return the measure */
    public MeasureId measure() {
        return line.measure();
    }

    /** @return the quantity per benefit year, in {@link #unit()} */
    public BigDecimal quantity() {
        return line.quantity();
    }

    /** @return the measure's unit */
    public Unit unit() {
        return unit;
    }

    /** @return the proxy used (the line's override or the table's entry), in its own price year */
    public ProxyValue proxy() {
        return proxy;
    }

    /**
     * @return the proxy per unit rebased to the valuation's price year, exact; for a proxy that follows the years
     *         ({@link #yearly()}), its published amount as given (not used: each year's proxy is in {@link #years()})
     */
    public Money proxyInPriceYear() {
        return proxyInPriceYear;
    }

    /**
     * Whether the proxy is price-neutral: the line's measure counts money in the valuation's currency
     * (spend, donations), so the proxy is pounds per pound, a ratio with no price year; the quantity is in
     * the valuation's prices and the proxy is never rebased ({@link #rebasingRatio()} is empty).
     *
     * @return true for a proxy per unit of the valuation's currency
     */
    public boolean priceNeutral() {
        return priceNeutral;
    }

    /**
     * @return the rebasing ratio D[to] / D[from], or empty when the proxy was already in the valuation's price
     *         year or is {@linkplain #priceNeutral() price-neutral}
     */
    public Optional<BigDecimal> rebasingRatio() {
        return Optional.ofNullable(ratio);
    }

    /** @return the deadweight applied (the line's, else the proxy's default, else 0) */
    public BigDecimal deadweight() {
        return deadweight;
    }

    /** @return {@code (1 − deadweight)(1 − displacement)(1 − attribution)}, exact */
    public BigDecimal adjustmentFactor() {
        return adjustment;
    }

    /** @return net value of the first benefit year, exact */
    public Money firstYearNet() {
        return detail().firstYear();
    }

    /** @return gross value, exact */
    public Money gross() {
        return exact.gross();
    }

    /** @return net value, exact */
    public Money net() {
        return exact.net();
    }

    /** @return present value, exact */
    public Money presentValue() {
        return exact.presentValue();
    }

    /** @return the exact figures */
    public Figures exact() {
        return exact;
    }

    /** @return the reported figures: the exact ones rounded HALF_EVEN, as the derivation states them */
    public Figures reported() {
        return reported;
    }

    /** @return the value type of the line's proxy: every figure of the line is of this type */
    public ValueType valueType() {
        return proxy.valueType();
    }

    /**
     * The reported figures split by value type, as for every total: a line has one value type, that of its proxy.
     *
     * @return a one-entry map, {@link #valueType()} to {@link #reported()}
     */
    public Map<ValueType, Figures> byValueType() {
        return Map.of(proxy.valueType(), reported);
    }

    /** @return one entry per benefit year, exact */
    public List<YearValue> years() {
        return years(false);
    }

    private List<YearValue> years(boolean rounded) {
        Detail dt = detail();
        BigDecimal[] values = dt.values();
        BigDecimal[] presentValues = dt.presentValues();
        List<YearValue> out = new ArrayList<>(values.length);
        YearlyAmounts y = resolved.yearly();
        for (int k = 1; k <= values.length; k++) {
            int c = line.startYear() + k - 1;
            Money v = money(values[k - 1]);
            Money pv = money(presentValues[k - 1]);
            out.add(new YearValue(c, k, rounded ? v.rounded() : v, dt.discountFactors()[k - 1],
                    rounded ? pv.rounded() : pv, dt.rates()[k - 1], money(dt.amounts()[k - 1]), benefitYears.from(c),
                    benefitYears.to(c), y != null && y.projected()[k - 1]));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The discount schedule the line was discounted with: the request's health schedule for a health or
     * wellbeing value (or when the line chose it), else its standard schedule ({@link Discounting}).
     *
     * @return the schedule
     */
    public DiscountSchedule discountSchedule() {
        return sched.schedule;
    }

    /**
     * Which of the request's schedules the line was discounted with.
     *
     * @return the kind
     */
    public DiscountKind discountKind() {
        return sched.kind;
    }

    /**
     * Whether the proxy follows the years ({@link io.github.svtoms.proxies.YearlyBasis}), so that each benefit year
     * has its own proxy amount ({@link YearValue#proxy()}).
     *
     * @return true when the proxy follows the years
     */
    public boolean yearly() {
        return resolved.yearly() != null;
    }

    /**
     * Whether a benefit year's proxy took a value its series does not have for that year (held in real terms from
     * the nearest year): then the figures are partly projected, and the derivation says which years.
     *
     * @return true when any year is projected
     */
    public boolean projected() {
        return resolved.yearly() != null && resolved.yearly().anyProjected();
    }

    /**
     * The present value at the low, central and high estimates, exact, when the proxy states a range (its own,
     * or its value series' low and high values).
     *
     * @return the range, or empty
     */
    public Optional<PresentValueRange> presentValueRange() {
        if (lowPresentValue == null) {
            return Optional.empty();
        }
        return Optional.of(new PresentValueRange(money(lowPresentValue), exact.presentValue(), money(highPresentValue)));
    }

    /**
     * One entry per benefit year with value and present value each rounded to the minor unit on its own
     * (HALF_EVEN), so identical years show identical pennies; the discount factors stay exact. Their sums may
     * miss {@link #reported()}'s net and present value by a few minor units: {@link #reportedYearsAdjustment()}
     * states the difference.
     *
     * @return the reported years
     */
    public List<YearValue> reportedYears() {
        return years(true);
    }

    /**
     * What the rounded years lack to add up to the rounded line: {@link #reported()}'s net minus the sum of the
     * {@link #reportedYears()}' values, and its present value minus the sum of theirs (gross is not split by
     * year, so its adjustment is zero).
     *
     * @return the adjustment, zero when the rounded years add up exactly
     */
    public Figures reportedYearsAdjustment() {
        Money v = reported.net();
        Money pv = reported.presentValue();
        for (YearValue y : reportedYears()) {
            v = v.minus(y.value());
            pv = pv.minus(y.presentValue());
        }
        return new Figures(Money.zero(v.currency()), v, pv);
    }

    private Money money(BigDecimal v) {
        return Money.of(v, exact.currency());
    }

    /**
     * How the figures were computed: PROXY, REBASE (when the proxy's price year differs, or, for a
     * {@linkplain #priceNeutral() price-neutral} proxy, a step saying that it is not rebased and why), GROSS,
     * ADJUSTMENT, NET_FIRST_YEAR, DROP_OFF, DISCOUNT (unless nothing is discounted), PRESENT_VALUE.
     *
     * @return the derivation
     */
    public Derivation derivation() {
        Detail d = detail();
        return LineDerivation.of(this, rebase, priceNeutral, priceYear, sched.schedule, indexing, d.discountFactors(),
                d.rates(), resolved.yearly());
    }

    @Override
    public String toString() {
        return "LineValuation[" + line.id() + " " + line.measure() + ", " + exact + "]";
    }
}
