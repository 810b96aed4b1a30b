package io.github.svtoms.catalog;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.YearIndexing;
import io.github.svtoms.proxies.derivation.DerivationStep;
import io.github.svtoms.proxies.derivation.StepKind;
import io.github.svtoms.proxies.valuation.DiscountKind;
import io.github.svtoms.proxies.valuation.Figures;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.RoundingAdjustment;
import io.github.svtoms.proxies.valuation.PresentValueRange;
import io.github.svtoms.proxies.valuation.UnvaluedLine;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import io.github.svtoms.proxies.valuation.ValuationSummary;
import io.github.svtoms.proxies.valuation.Subtotal;
import io.github.svtoms.proxies.valuation.ValuationWarning;
import io.github.svtoms.proxies.valuation.YearValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The content of a {@code svtoms-valuation/1} file: what {@link Formats#VALUATION_REPORT} writes from a
 * {@link Valuation} and reads back. Every money figure is the engine's <em>reported</em> figure: its exact
 * value rounded once to the currency's minor unit (HALF_EVEN) — a line's figures are its derivation's results.
 * Where rounded parts do not add up to a rounded total, the report states the difference: the totals' and each
 * breakdown entry's {@code roundingAdjustment} (figures in all minus the split by {@link ValueType}),
 * {@link #roundingAdjustments()} (the totals minus the sum of the counted lines, of {@code byMeasure}, of
 * {@code byOutcome}, of {@code byTheme}, in all and per value type) and each line's years adjustment. Lines left out of the totals by the
 * catalogue's counting rules are listed in {@link #doubleCounted()};
 * discount factors are rounded HALF_EVEN to
 * {@value #DISCOUNT_FACTOR_SCALE} decimal places; other numbers (quantities, derivation inputs and
 * results, proxy amounts) are exact, except that a number with more than {@value #MAX_SCALE} decimal
 * places is rounded HALF_EVEN to {@value #MAX_SCALE} (the decimal rule of the formats allows no more).
 *
 * <p>Writing a report and reading it back gives an equal report, and writing that again gives the same
 * bytes.
 *
 * <p>Immutable and thread-safe (records of immutable values, lists and maps copied); value equality.
 *
 * @param currency the currency of every money figure
 * @param priceYear the price year of every money figure
 * @param discounting the discounting applied
 * @param totals the reported totals, all value types together
 * @param totalsByValueType the reported totals per value type (in {@link ValueType} order), adding up exactly
 *                          to {@code totals}; empty only when no line is valued
 * @param percentOfContract present value as a percentage of the contract value, 2 dp, when a contract was given
 * @param percentOfContractByValueType each value type's share of the contract value, 2 dp, adding up exactly
 *                                     to {@code percentOfContract}; empty when no contract was given
 * @param lines the valued lines, in request order
 * @param byMeasure reported figures per measure, in catalogue order
 * @param byOutcome reported figures per outcome, in catalogue order
 * @param byTheme reported figures per theme, in catalogue order
 * @param unvalued the lines with no proxy, in request order
 * @param warnings the warnings
 * @param totalsRoundingAdjustment the totals minus the sum of {@code totalsByValueType} (zero when they add up)
 * @param percentOfContractRoundingAdjustment the percentage in all minus the sum of the percentages by value type
 * @param roundingAdjustments the totals minus the sum of a list's rounded entries, in all and per value type of
 *                            the totals, keyed by the list ({@value #LINES}, {@value #BY_MEASURE},
 *                            {@value #BY_OUTCOME}, {@value #BY_THEME}); only the lists whose entries do not add up
 *                            exactly (in all or in some value type) are present, and each holds only its non-zero
 *                            parts by value type (a value type not in {@link RoundingAdjustment#byValueType()} has a
 *                            zero adjustment)
 * @param doubleCounted the valued lines left out of the totals, in line order
 * @param presentValueRange the counted present value at the low, central and high estimates, reported (rounded), when
 *                          a counted line's proxy states a range; lines without one count at their central figure
 * @param presentValueRangeByValueType the same per value type, for the value types with a ranged line
 * @param proxyTableUsed the id, edition and content hash of the proxy table the valuation used, when it used one,
 *                       so that a reader can tell which figures a saved result rests on
 */
public record ValuationReport(Currency currency, PriceYear priceYear, AppliedDiscounting discounting, Figures totals,
                              Map<ValueType, Figures> totalsByValueType, Optional<BigDecimal> percentOfContract,
                              Map<ValueType, BigDecimal> percentOfContractByValueType, List<Line> lines, List<Breakdown> byMeasure,
                              List<Breakdown> byOutcome, List<Breakdown> byTheme, List<Unvalued> unvalued,
                              List<Warning> warnings, Figures totalsRoundingAdjustment,
                              BigDecimal percentOfContractRoundingAdjustment, Map<String, RoundingAdjustment> roundingAdjustments,
                              List<DoubleCounted> doubleCounted,
                              Optional<PresentValueRange> presentValueRange,
                              Map<ValueType, PresentValueRange> presentValueRangeByValueType,
                              Optional<ProxyTableDigest> proxyTableUsed) {
    /** The key of the counted lines' rounding adjustment. */
    public static final String LINES = "lines";
    /** The key of the {@code byMeasure} rounding adjustment. */
    public static final String BY_MEASURE = "byMeasure";
    /** The key of the {@code byOutcome} rounding adjustment. */
    public static final String BY_OUTCOME = "byOutcome";
    /** The key of the {@code byTheme} rounding adjustment. */
    public static final String BY_THEME = "byTheme";
    /** The format tag, that of {@link Formats#VALUATION_REPORT}. */
    public static final String FORMAT = Formats.VALUATION_REPORT.tag();
    /** Decimal places of the discount factors written, rounded HALF_EVEN. */
    public static final int DISCOUNT_FACTOR_SCALE = 10;
    /** The most decimal places any number in the file has. */
    public static final int MAX_SCALE = 20;

    /**
     * Validates the report and copies its lists and maps.
     *
     * @throws InvalidValueException when a split by value type does not add up to its figures in all, or a
     *         percentage by value type is given without a percentage in all
     */
    public ValuationReport {
        Checks.notNull(currency, "currency");
        Checks.notNull(priceYear, "price year");
        Checks.notNull(discounting, "discounting");
        Checks.notNull(totals, "totals");
        Checks.notNull(percentOfContract, "percent of contract");
        Checks.notNull(totalsRoundingAdjustment, "totals rounding adjustment");
        Checks.notNull(percentOfContractRoundingAdjustment, "percent of contract rounding adjustment");
        Checks.notNull(proxyTableUsed, "proxy table used");
        Map<String, RoundingAdjustment> adjustments = new LinkedHashMap<>();
        Checks.notNull(roundingAdjustments, "rounding adjustments").forEach((k, v) -> {
            if (!List.of(LINES, BY_MEASURE, BY_OUTCOME, BY_THEME).contains(k)) {
                throw new InvalidValueException("unknown rounding adjustment '" + k + "': one of " + LINES + ", "
                        + BY_MEASURE + ", " + BY_OUTCOME + ", " + BY_THEME);
            }
            adjustments.put(k, nonZeroParts(Checks.notNull(v, "rounding adjustment of " + k)));
        });
        roundingAdjustments = Collections.unmodifiableMap(adjustments);
        doubleCounted = List.copyOf(Checks.notNull(doubleCounted, "double-counted lines"));
        totalsByValueType = split(totalsByValueType, minus(totals, totalsRoundingAdjustment), "totals");
        if (lines != null && !lines.isEmpty() && totalsByValueType.isEmpty()) {
            throw new InvalidValueException("totals " + totals + " have no split by value type: a report with valued "
                    + "lines gives its totals per value type");
        }
        Map<ValueType, BigDecimal> percents = new EnumMap<>(ValueType.class);
        percents.putAll(Checks.notNull(percentOfContractByValueType, "percent of contract by value type"));
        percentOfContractByValueType = Collections.unmodifiableMap(percents);
        if (!percentOfContractByValueType.isEmpty()) {
            BigDecimal sum = percentOfContractByValueType.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            sum = sum.add(percentOfContractRoundingAdjustment);
            if (percentOfContract.isEmpty() || sum.compareTo(percentOfContract.get()) != 0) {
                throw new InvalidValueException("the percentages of contract by value type " + percentOfContractByValueType
                        + " with the rounding adjustment " + percentOfContractRoundingAdjustment.toPlainString()
                        + " add up to " + sum.toPlainString() + ", not to the percentage in all " + percentOfContract
                        .map(BigDecimal::toPlainString).orElse("(none)"));
            }
        }
        lines = List.copyOf(lines);
        byMeasure = List.copyOf(byMeasure);
        byOutcome = List.copyOf(byOutcome);
        byTheme = List.copyOf(byTheme);
        unvalued = List.copyOf(unvalued);
        warnings = List.copyOf(warnings);
        Checks.notNull(presentValueRange, "present value range");
        Map<ValueType, PresentValueRange> ranges = new EnumMap<>(ValueType.class);
        ranges.putAll(Checks.notNull(presentValueRangeByValueType, "present value range by value type"));
        presentValueRangeByValueType = Collections.unmodifiableMap(ranges);
    }

    /**
     * A report without present value ranges.
     *
     * @param currency the currency
     * @param priceYear the price year
     * @param discounting the discounting
     * @param totals the totals
     * @param totalsByValueType the totals per value type
     * @param percentOfContract the percentage of the contract value
     * @param percentOfContractByValueType the percentages per value type
     * @param lines the valued lines
     * @param byMeasure per measure
     * @param byOutcome per outcome
     * @param byTheme per theme
     * @param unvalued the unvalued lines
     * @param warnings the warnings
     * @param totalsRoundingAdjustment the totals' rounding adjustment
     * @param percentOfContractRoundingAdjustment the percentage's rounding adjustment
     * @param roundingAdjustments the lists' rounding adjustments
     * @param doubleCounted the lines left out of the totals
     */
    public ValuationReport(Currency currency, PriceYear priceYear, AppliedDiscounting discounting, Figures totals,
                           Map<ValueType, Figures> totalsByValueType, Optional<BigDecimal> percentOfContract,
                           Map<ValueType, BigDecimal> percentOfContractByValueType, List<Line> lines,
                           List<Breakdown> byMeasure, List<Breakdown> byOutcome, List<Breakdown> byTheme,
                           List<Unvalued> unvalued, List<Warning> warnings, Figures totalsRoundingAdjustment,
                           BigDecimal percentOfContractRoundingAdjustment, Map<String, RoundingAdjustment> roundingAdjustments,
                           List<DoubleCounted> doubleCounted) {
        this(currency, priceYear, discounting, totals, totalsByValueType, percentOfContract, percentOfContractByValueType,
                lines, byMeasure, byOutcome, byTheme, unvalued, warnings, totalsRoundingAdjustment,
                percentOfContractRoundingAdjustment, roundingAdjustments, doubleCounted, Optional.empty(), Map.of(),
                Optional.empty());
    }

    /**
     * This report with the present value ranges of a summary (already rounded).
     *
     * @param summary the summary of the valuation
     * @return the copy
     */
    ValuationReport withRanges(ValuationSummary summary) {
        return new ValuationReport(currency, priceYear, discounting, totals, totalsByValueType, percentOfContract,
                percentOfContractByValueType, lines, byMeasure, byOutcome, byTheme, unvalued, warnings,
                totalsRoundingAdjustment, percentOfContractRoundingAdjustment, roundingAdjustments, doubleCounted,
                summary.presentValueRange(), summary.presentValueRangeByValueType(), proxyTableUsed);
    }

    /** {@code a − b}, figure by figure. */
    static Figures minus(Figures a, Figures b) {
        return new Figures(a.gross().minus(b.gross()), a.net().minus(b.net()), a.presentValue().minus(b.presentValue()));
    }

    /** Whether figures are all zero. */
    static boolean isZero(Figures f) {
        return f.gross().amount().signum() == 0 && f.net().amount().signum() == 0 && f.presentValue().amount().signum() == 0;
    }

    /**
     * An adjustment as a report holds it: its figures in all and only its non-zero parts by value type.
     *
     * @param a the adjustment
     * @return the same adjustment without its zero parts by value type
     */
    static RoundingAdjustment nonZeroParts(RoundingAdjustment a) {
        Map<ValueType, Figures> parts = new EnumMap<>(ValueType.class);
        a.byValueType().forEach((t, f) -> {
            if (!isZero(f)) {
                parts.put(t, f);
            }
        });
        return parts.size() == a.byValueType().size() ? a : new RoundingAdjustment(a.all(), parts);
    }

    /**
     * The rounding adjustments of a summary and its counted lines' reported figures, only those that are not zero
     * in all or in some value type.
     *
     * @param summary the summary
     * @param lines the lines' adjustment (the totals minus the sum of the counted lines, in all and per value type)
     * @return the adjustments by key
     */
    static Map<String, RoundingAdjustment> adjustments(ValuationSummary summary, RoundingAdjustment lines) {
        Map<String, RoundingAdjustment> out = new LinkedHashMap<>();
        putIfNotZero(out, LINES, lines);
        putIfNotZero(out, BY_MEASURE, summary.byMeasureRoundingAdjustment());
        putIfNotZero(out, BY_OUTCOME, summary.byOutcomeRoundingAdjustment());
        putIfNotZero(out, BY_THEME, summary.byThemeRoundingAdjustment());
        return out;
    }

    private static void putIfNotZero(Map<String, RoundingAdjustment> out, String key, RoundingAdjustment a) {
        if (!a.isZero()) {
            out.put(key, nonZeroParts(a));
        }
    }

    /**
     * Breakdown entries of a summary's breakdown.
     *
     * @param breakdown the breakdown
     * @return the entries, in order
     */
    static List<Breakdown> breakdown(Map<?, Subtotal> breakdown) {
        return breakdown(breakdown, Map.of());
    }

    /**
     * Breakdown entries of a summary's breakdown with the stated adjustments of their parts.
     *
     * @param breakdown the breakdown
     * @param parts per entry whose parts do not add up, its figures minus the sum of its parts'
     * @return the entries, in order
     */
    static List<Breakdown> breakdown(Map<?, Subtotal> breakdown, Map<?, RoundingAdjustment> parts) {
        List<Breakdown> out = new ArrayList<>();
        breakdown.forEach((k, v) -> out.add(new Breakdown(k.toString(), v.reported(), v.byValueType(),
                v.roundingAdjustment(), Optional.ofNullable(parts.get(k)))));
        return out;
    }

    /**
     * The report of a valuation.
     *
     * @param request the request that was valued (for its discounting and its catalogue's themes)
     * @param valuation the valuation of that request
     * @return the report
     */
    public static ValuationReport of(ValuationRequest request, Valuation valuation) {
        Checks.notNull(request, "request");
        Checks.notNull(valuation, "valuation");
        Catalogue catalogue = request.catalogue();
        List<Line> lines = valuation.lines().stream().map(l -> Line.of(l, catalogue)).toList();
        List<Unvalued> unvalued = valuation.unvalued().stream().map(Unvalued::of).toList();
        List<Warning> warnings = valuation.warnings().stream().map(Warning::of).toList();
        ValuationSummary s = valuation.summary();
        return new ValuationReport(valuation.currency(), valuation.priceYear(),
                AppliedDiscounting.of(request.discounting()),
                valuation.totals(), valuation.totalsByValueType(), valuation.percentOfContract().map(ValuationReport::normalise),
                valuation.percentOfContractByValueType(), lines, breakdown(s.byMeasure()),
                breakdown(s.byOutcome(), s.measuresInOutcomeRoundingAdjustment()),
                breakdown(s.byTheme(), s.outcomesInThemeRoundingAdjustment()), unvalued, warnings, s.totalsRoundingAdjustment(),
                s.percentOfContractRoundingAdjustment(), adjustments(s, valuation.linesRoundingAdjustment()),
                valuation.doubleCounted().stream().map(DoubleCounted::of).toList(), s.presentValueRange(),
                s.presentValueRangeByValueType(), request.proxyTable().map(ProxyTableDigest::of));
    }

    /**
     * Checks that a split by value type adds up to the figures in all and copies it in {@link ValueType} order.
     *
     * @param split the figures per value type, possibly empty
     * @param all the figures in all
     * @param what what the figures are, for the message
     * @return an unmodifiable copy
     * @throws InvalidValueException when a non-empty split does not add up exactly
     */
    static Map<ValueType, Figures> split(Map<ValueType, Figures> split, Figures all, String what) {
        Checks.notNull(split, what + " by value type");
        Map<ValueType, Figures> copy = new EnumMap<>(ValueType.class);
        split.forEach((k, v) -> copy.put(Checks.notNull(k, "value type"), Checks.notNull(v, what + " of " + k.id())));
        if (!copy.isEmpty()) {
            Figures sum = copy.values().stream().reduce(Figures::plus).orElseThrow();
            if (sum.gross().amount().compareTo(all.gross().amount()) != 0
                    || sum.net().amount().compareTo(all.net().amount()) != 0
                    || sum.presentValue().amount().compareTo(all.presentValue().amount()) != 0) {
                throw new InvalidValueException("the " + what + " by value type add up to " + sum + ", not to " + all
                        + ": a split by value type must add up exactly to the figures in all");
            }
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * A number as the file holds it: no negative scale, at most {@value #MAX_SCALE} decimal places
     * (HALF_EVEN).
     *
     * @param value the exact number
     * @return the number written
     */
    public static BigDecimal normalise(BigDecimal value) {
        Checks.notNull(value, "number");
        if (value.scale() < 0) {
            return value.setScale(0, RoundingMode.UNNECESSARY);
        }
        return value.scale() > MAX_SCALE ? value.setScale(MAX_SCALE, RoundingMode.HALF_EVEN) : value;
    }

    /**
     * The discounting applied: a schedule by id, or a constant rate (schedule id {@code constant}), and
     * the year indexing.
     *
     * @param schedule the schedule id ({@code none}, {@code green-book}, {@code green-book-health},
     *                 {@code constant} or a reference schedule's id)
     * @param constantRate the rate, present exactly when {@code schedule} is {@code constant}
     * @param firstYear the year indexing
     * @param healthSchedule the id of the schedule health and wellbeing values were discounted with, when the
     *        request had one ({@link io.github.svtoms.proxies.valuation.Discounting#health()}); each line states the
     *        schedule it took
     */
    public record AppliedDiscounting(String schedule, Optional<BigDecimal> constantRate, YearIndexing firstYear,
                                     Optional<String> healthSchedule) {
        /** The schedule id of a constant rate. */
        public static final String CONSTANT = "constant";

        /**
         * Validates the discounting.
         *
         * @throws InvalidValueException when the rate is given for another schedule than {@code constant}, or missing for it
         */
        public AppliedDiscounting {
            Checks.notBlank(schedule, "schedule");
            Checks.notNull(constantRate, "constant rate");
            Checks.notNull(firstYear, "first year");
            Checks.notNull(healthSchedule, "health schedule");
            if (constantRate.isPresent() != schedule.equals(CONSTANT)) {
                throw new InvalidValueException("schedule '" + schedule + "' and constant rate " + constantRate
                        + " disagree: a constant rate goes with schedule 'constant' only");
            }
        }

        /**
         * The applied discounting of one schedule for every line.
         *
         * @param schedule the schedule id
         * @param constantRate the constant rate, for schedule {@code constant}
         * @param firstYear the indexing
         */
        public AppliedDiscounting(String schedule, Optional<BigDecimal> constantRate, YearIndexing firstYear) {
            this(schedule, constantRate, firstYear, Optional.empty());
        }

        /**
         * The applied discounting of a request's discounting: its standard schedule and, when it has one, the id of
         * its health schedule.
         *
         * @param discounting the discounting
         * @return the applied discounting
         */
        public static AppliedDiscounting of(io.github.svtoms.proxies.valuation.Discounting discounting) {
            Checks.notNull(discounting, "discounting");
            AppliedDiscounting a = of(discounting.schedule(), discounting.firstYear());
            return new AppliedDiscounting(a.schedule(), a.constantRate(), a.firstYear(),
                    discounting.health().map(DiscountSchedule::id));
        }

        /**
         * The applied discounting of a schedule.
         *
         * @param schedule the schedule
         * @param firstYear the indexing
         * @return a constant rate when the schedule is one open band from year 1 with id {@code constant}, else the schedule's id
         */
        public static AppliedDiscounting of(DiscountSchedule schedule, YearIndexing firstYear) {
            Checks.notNull(schedule, "schedule");
            Checks.notNull(firstYear, "first year");
            if (schedule.id().equals(CONSTANT) && schedule.bands().size() == 1) {
                return new AppliedDiscounting(CONSTANT, Optional.of(normalise(schedule.bands().get(0).rate())), firstYear);
            }
            return new AppliedDiscounting(schedule.id(), Optional.empty(), firstYear);
        }
    }

    /**
     * One valued line.
     *
     * @param id the line id
     * @param measure the measure
     * @param theme the id of the measure's theme
     * @param quantity the quantity per benefit year
     * @param unit the measure's unit
     * @param figures the reported gross, net and present value
     * @param proxy the proxy used
     * @param years the benefit years, reported values adding up to the line's net and present value
     * @param derivation the steps of the computation
     * @param countedSeparately the line's declaration that it counts something different, with its evidence
     * @param yearsRoundingAdjustment the line's net and present value minus the sums of its rounded years (gross
     *                                zero)
     * @param discountSchedule the id of the schedule the line was discounted with (empty in a report written without)
     * @param discountKind which of the request's schedules that was (empty in a report written without)
     * @param projected whether a year's proxy took a value its series does not have for that year
     * @param presentValueRange the present value at the low, central and high estimates, reported (rounded), when
     *                          the proxy states a range
     */
    public record Line(String id, MeasureId measure, String theme, BigDecimal quantity, Unit unit, Figures figures,
                       ProxyUsed proxy, List<Year> years, List<Step> derivation, Optional<String> countedSeparately,
                       Figures yearsRoundingAdjustment, Optional<String> discountSchedule,
                       Optional<DiscountKind> discountKind, boolean projected,
                       Optional<PresentValueRange> presentValueRange) {
        /** Validates the line and copies its lists. */
        public Line {
            Checks.notNull(discountSchedule, "discount schedule");
            Checks.notNull(discountKind, "discount kind");
            Checks.notNull(presentValueRange, "present value range");
            Checks.notNull(countedSeparately, "counted separately");
            Checks.notNull(yearsRoundingAdjustment, "years rounding adjustment");
            Checks.identifier(id, "line id");
            Checks.notNull(measure, "measure");
            Checks.notBlank(theme, "theme");
            Checks.notNull(quantity, "quantity");
            Checks.notNull(unit, "unit");
            Checks.notNull(figures, "figures");
            Checks.notNull(proxy, "proxy");
            years = List.copyOf(years);
            derivation = List.copyOf(derivation);
        }

        /**
         * A line without the discount schedule, projection and range members.
         *
         * @param id the line id
         * @param measure the measure
         * @param theme the theme id
         * @param quantity the quantity
         * @param unit the unit
         * @param figures the reported figures
         * @param proxy the proxy used
         * @param years the benefit years
         * @param derivation the steps
         * @param countedSeparately the declaration, if any
         * @param yearsRoundingAdjustment the years' rounding adjustment
         */
        public Line(String id, MeasureId measure, String theme, BigDecimal quantity, Unit unit, Figures figures,
                    ProxyUsed proxy, List<Year> years, List<Step> derivation, Optional<String> countedSeparately,
                    Figures yearsRoundingAdjustment) {
            this(id, measure, theme, quantity, unit, figures, proxy, years, derivation, countedSeparately,
                    yearsRoundingAdjustment, Optional.empty(), Optional.empty(), false, Optional.empty());
        }

        /**
         * A valued line as a report holds it: its reported figures (its exact figures rounded once, the results of
         * its derivation), its reported years (each rounded once; the difference stated) with discount
         * factors rounded to {@value ValuationReport#DISCOUNT_FACTOR_SCALE} places, its derivation, and the
         * numbers {@linkplain ValuationReport#normalise(BigDecimal) as the file holds them}.
         *
         * @param l the valued line
         * @param catalogue the catalogue that gives the measure's theme
         * @return the line
         */
        public static Line of(LineValuation l, Catalogue catalogue) {
            Checks.notNull(l, "line");
            Checks.notNull(catalogue, "catalogue");
            List<Year> years = new ArrayList<>();
            for (YearValue y : l.reportedYears()) {
                years.add(new Year(y.contractYear(), y.value(), y.discountFactor().setScale(DISCOUNT_FACTOR_SCALE,
                        RoundingMode.HALF_EVEN), y.presentValue(), Optional.of(normalise(y.discountRate())),
                        Optional.of(Money.of(normalise(y.proxy().amount()), y.proxy().currency())), Optional.of(y.from()),
                        Optional.of(y.to()), y.projected()));
            }
            List<Step> steps = new ArrayList<>();
            for (DerivationStep s : l.derivation().steps()) {
                Map<String, String> inputs = new LinkedHashMap<>();
                s.inputs().forEach(i -> inputs.put(i.name(), i.number().map(n -> normalise(n).toPlainString())
                        .orElseGet(() -> i.text().orElseThrow())));
                steps.add(new Step(s.kind(), s.sentence(), inputs, normalise(s.result())));
            }
            var p = l.proxy();
            ProxyUsed proxy = new ProxyUsed(Money.of(normalise(p.amount().amount()), p.amount().currency()),
                    p.priceYear(), p.valueType(), p.provenance());
            return new Line(l.id(), l.measure(), catalogue.themeOf(l.measure()).id().value(), normalise(l.quantity()),
                    l.unit(), l.reported(), proxy, years, steps, l.line().countedSeparately(), l.reportedYearsAdjustment(),
                    Optional.of(l.discountSchedule().id()), Optional.of(l.discountKind()), l.projected(),
                    l.presentValueRange().map(PresentValueRange::rounded));
        }
    }

    /**
     * The proxy a line used, in its own price year, with its provenance.
     *
     * @param amount per unit of the measure, as published
     * @param priceYear its price base
     * @param valueType what kind of value it is
     * @param provenance where it comes from
     */
    public record ProxyUsed(Money amount, PriceYear priceYear, ValueType valueType, Provenance provenance) {
        /** Validates the proxy. */
        public ProxyUsed {
            Checks.notNull(amount, "amount");
            Checks.notNull(priceYear, "price year");
            Checks.notNull(valueType, "value type");
            Checks.notNull(provenance, "provenance");
        }
    }

    /**
     * One benefit year of a line.
     *
     * @param contractYear the 1-based contract year
     * @param value the reported net value in that year
     * @param discountFactor the factor applied, {@value ValuationReport#DISCOUNT_FACTOR_SCALE} dp
     * @param presentValue the reported present value
     * @param rate the discount rate of the year, exact (empty in a report written without)
     * @param proxy the proxy per unit used in the year, in the report's prices, exact (empty in a report written
     *              without)
     * @param from the first day of the contract year (empty in a report written without)
     * @param to the last day of the contract year (empty in a report written without)
     * @param projected whether the year's proxy took a value its series does not have for that year
     */
    public record Year(int contractYear, Money value, BigDecimal discountFactor, Money presentValue,
                       Optional<BigDecimal> rate, Optional<Money> proxy, Optional<LocalDate> from,
                       Optional<LocalDate> to, boolean projected) {
        /** Validates the year. */
        public Year {
            Checks.notNull(value, "value");
            Checks.notNull(discountFactor, "discount factor");
            Checks.notNull(presentValue, "present value");
            Checks.notNull(rate, "rate");
            Checks.notNull(proxy, "proxy");
            Checks.notNull(from, "from");
            Checks.notNull(to, "to");
        }

        /**
         * A year with its figures only.
         *
         * @param contractYear the contract year
         * @param value the reported value
         * @param discountFactor the discount factor
         * @param presentValue the reported present value
         */
        public Year(int contractYear, Money value, BigDecimal discountFactor, Money presentValue) {
            this(contractYear, value, discountFactor, presentValue, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), false);
        }
    }

    /**
     * One derivation step.
     *
     * @param kind what it computes
     * @param text the step in words
     * @param inputs its named inputs, in order: numbers as plain decimals, texts as given
     * @param result its result
     */
    public record Step(StepKind kind, String text, Map<String, String> inputs, BigDecimal result) {
        /** Validates the step and copies its inputs, keeping their order. */
        public Step {
            Checks.notNull(kind, "kind");
            Checks.notBlank(text, "text");
            inputs = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(inputs, "inputs")));
            Checks.notNull(result, "result");
        }
    }

    /**
     * A breakdown entry: a measure, outcome or theme id with its reported figures, in all and per value type.
     *
     * @param id the measure, outcome or theme id
     * @param figures the reported figures, all value types together
     * @param byValueType the reported figures per value type (at least one), each rounded once
     * @param roundingAdjustment {@code figures} minus the sum of {@code byValueType} (zero when they add up)
     * @param partsRoundingAdjustment for a theme, its figures minus the sum of its outcomes'; for an outcome, minus
     *        the sum of its measures' (in all and per value type); empty when they add up exactly, and for measures
     */
    public record Breakdown(String id, Figures figures, Map<ValueType, Figures> byValueType, Figures roundingAdjustment,
                            Optional<RoundingAdjustment> partsRoundingAdjustment) {
        /**
         * Validates the entry and copies its split.
         *
         * @throws InvalidValueException when the split is empty or, with the adjustment, does not add up exactly to
         *         {@code figures}
         */
        public Breakdown {
            Checks.notBlank(id, "id");
            Checks.notNull(figures, "figures");
            Checks.notNull(roundingAdjustment, "rounding adjustment");
            Checks.notNull(partsRoundingAdjustment, "parts rounding adjustment");
            byValueType = split(byValueType, minus(figures, roundingAdjustment), "figures of '" + id + "'");
            if (byValueType.isEmpty()) {
                throw new InvalidValueException("the figures of '" + id + "' have no split by value type: every figure "
                        + "has a value type");
            }
        }

        /**
         * An entry whose parts add up exactly (or a measure, which has no parts listed).
         *
         * @param id the id
         * @param figures the figures
         * @param byValueType the split by value type
         * @param roundingAdjustment the figures minus the split
         */
        public Breakdown(String id, Figures figures, Map<ValueType, Figures> byValueType, Figures roundingAdjustment) {
            this(id, figures, byValueType, roundingAdjustment, Optional.empty());
        }
    }

    /**
     * A line with no proxy.
     *
     * @param line the line id
     * @param measure its measure
     * @param quantity its quantity per year
     * @param unit the measure's unit
     * @param reason why it has no value
     */
    public record Unvalued(String line, MeasureId measure, BigDecimal quantity, Unit unit, String reason) {
        /** Validates the entry. */
        public Unvalued {
            Checks.notBlank(line, "line");
            Checks.notNull(measure, "measure");
            Checks.notNull(quantity, "quantity");
            Checks.notNull(unit, "unit");
            Checks.notBlank(reason, "reason");
        }

        /**
         * An unvalued line as a report holds it.
         *
         * @param u the unvalued line
         * @return the entry
         */
        public static Unvalued of(UnvaluedLine u) {
            Checks.notNull(u, "unvalued line");
            return new Unvalued(u.lineId(), u.measure(), normalise(u.quantity()), u.unit(), u.reason());
        }
    }

    /**
     * A warning.
     *
     * @param kind its kind, e.g. {@code exclusive-group}
     * @param measures the measures concerned
     * @param message the warning in words
     */
    public record Warning(String kind, List<MeasureId> measures, String message) {
        /** Validates the warning and copies its measures. */
        public Warning {
            Checks.notBlank(kind, "kind");
            measures = List.copyOf(measures);
            Checks.notBlank(message, "message");
        }

        /**
         * A valuation warning as a report holds it: its kind as a lowercase id ({@code exclusive-group}).
         *
         * @param w the warning
         * @return the entry
         */
        public static Warning of(ValuationWarning w) {
            Checks.notNull(w, "warning");
            return new Warning(w.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), w.measures(), w.message());
        }
    }

    /**
     * A valued line left out of the totals because another line counts the same thing.
     *
     * @param line the line's id
     * @param measure its measure
     * @param countedUnder the id of the line it is counted under (the first valued line of that measure)
     * @param reason why, in words
     */
    public record DoubleCounted(String line, MeasureId measure, String countedUnder, String reason) {
        /** Validates. */
        public DoubleCounted {
            Checks.notBlank(line, "line");
            Checks.notNull(measure, "measure");
            Checks.notBlank(countedUnder, "counted under");
            Checks.notBlank(reason, "reason");
        }

        /**
         * A left-out line of a valuation as the report holds it.
         *
         * @param d the left-out line
         * @return the entry
         */
        public static DoubleCounted of(io.github.svtoms.proxies.valuation.DoubleCounted d) {
            Checks.notNull(d, "double-counted line");
            return new DoubleCounted(d.line(), d.measure(), d.countedUnder(), d.reason());
        }
    }
}
