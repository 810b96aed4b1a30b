package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Dimension;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.MissingPriceYearException;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.YearIndexing;
import io.github.svtoms.proxies.valuation.LineRejectedException.Rule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/**
 * What a request shares between its lines, computed once: discount factors per t, rebasing ratios per
 * source price year, the proxy of each measure already rebased, catalogue indices for the breakdowns.
 * Immutable after construction except the ratio cache, which is a {@link ConcurrentHashMap}; thread-safe.
 */
final class Prepared {
    /** Factors are precomputed up to this t for schedules with no horizon. */
    private static final int PRECOMPUTED = 300;

    /**
     * A proxy ready for a line: the proxy, its amount in the request's price year, the ratio used and the
     * index values behind it for the derivation (both null when no rebasing was needed), and whether the
     * proxy is price-neutral (pounds per pound: never rebased).
     */
    record Resolved(ProxyValue proxy, BigDecimal amount, BigDecimal ratio, LineValuation.Rebase rebase,
                    boolean priceNeutral, Decimal34 fastAmount, BigDecimal low, BigDecimal high, YearlyAmounts yearly) {
        Resolved(ProxyValue proxy, BigDecimal amount, BigDecimal ratio, LineValuation.Rebase rebase,
                 boolean priceNeutral, BigDecimal low, BigDecimal high) {
            this(proxy, amount, ratio, rebase, priceNeutral, fast(amount), low, high, null);
        }

        /** {@code amount} in a register (read only), or null when it does not fit one. */
        private static Decimal34 fast(BigDecimal amount) {
            try {
                return Decimal34.of(amount);
            } catch (Decimal34.OutOfRange e) {
                return null;
            }
        }

        /** This proxy for one line, with the amounts of the line's benefit years. */
        Resolved withYearly(YearlyAmounts y) {
            return new Resolved(proxy, amount, ratio, rebase, priceNeutral, null, null, null, y);
        }

        /** Whether a low and a high estimate exist, so that the line has a range of present values. */
        boolean ranged() {
            return low != null || (yearly != null && yearly.low() != null);
        }
    }

    /**
     * One discount schedule with its factors, computed once per request.
     */
    static final class Sched {
        final DiscountKind kind;
        final DiscountSchedule schedule;
        final boolean undiscounted;
        final Integer horizon;
        private final BigDecimal[] factors;
        /** {@link #factors} in registers (read only), each made on first use. */
        private final AtomicReferenceArray<Decimal34> fastFactors;

        Sched(DiscountKind kind, DiscountSchedule schedule, int maxLineT) {
            this.kind = kind;
            this.schedule = schedule;
            this.undiscounted = schedule.isUndiscounted();
            this.horizon = schedule.horizon().orElse(null);
            int cap = undiscounted ? 0 : horizon != null ? horizon : Math.max(PRECOMPUTED, maxLineT);
            this.factors = schedule.factors(cap).toArray(new BigDecimal[0]);
            this.fastFactors = new AtomicReferenceArray<>(factors.length);
        }

        /** Whether {@link #fastFactor(int)} reaches {@code lastT}. */
        boolean hasFastFactors(int lastT) {
            return lastT < factors.length;
        }

        /**
         * The prepared discount factor DF_t in a register (read only), for {@code t} within
         * {@link #hasFastFactors(int)}; {@link Decimal34.OutOfRange} if it does not fit one.
         */
        Decimal34 fastFactor(int t) {
            Decimal34 f = fastFactors.get(t);
            if (f == null) {
                f = Decimal34.of(factors[t]);
                fastFactors.compareAndSet(t, null, f);
            }
            return f;
        }

        /** Discount factors DF_0..DF_lastT (the shared array when it reaches that far). */
        BigDecimal[] factors(int lastT) {
            return lastT < factors.length ? factors : schedule.factors(lastT).toArray(new BigDecimal[0]);
        }

        /** The rate r_t of year t ≥ 1, or 0 when nothing is discounted or t = 0. */
        BigDecimal rate(int t) {
            return undiscounted || t < 1 ? BigDecimal.ZERO : schedule.rate(t);
        }
    }

    private final ValuationRequest request;
    private final YearIndexing indexing;
    private final Sched standard;
    /** The health schedule, or null when the request has none. */
    private final Sched health;
    private final BenefitYears benefitYears;
    private final Map<MeasureId, Integer> measureIndex = new HashMap<>();
    private final Map<OutcomeId, Integer> outcomeIndex = new HashMap<>();
    private final int[] themeOfOutcome;
    private final Measure[] measures;
    private final int[] outcomeOf;
    private final int[] themeOf;
    private final List<OutcomeId> outcomes;
    private final List<ThemeId> themes;
    private final Resolved[] tableProxies;
    private final LineFailure[] tableFailures;
    private final Map<String, List<Integer>> exclusiveGroups = new LinkedHashMap<>();
    private final Map<PriceYear, PriceIndex.Rebasing> ratios = new ConcurrentHashMap<>();
    private final CountingRules countingRules;

    /** Why a table proxy cannot be used, raised per line when a line needs it. */
    private record LineFailure(String message, RuntimeException cause) {
    }

    Prepared(ValuationRequest request) {
        this.request = request;
        this.indexing = request.discounting().firstYear();
        int maxLineT = request.lines().stream().mapToInt(l -> indexing.discountYear(l.lastContractYear())).max().orElse(0);
        this.standard = new Sched(DiscountKind.STANDARD, request.discounting().schedule(), maxLineT);
        this.health = request.discounting().health().map(h -> new Sched(DiscountKind.HEALTH, h, maxLineT)).orElse(null);
        this.benefitYears = new BenefitYears(request);

        Catalogue c = request.catalogue();
        List<Measure> ms = c.measures();
        this.measures = ms.toArray(new Measure[0]);
        this.outcomes = c.outcomes().stream().map(o -> o.id()).toList();
        this.themes = c.themes().stream().map(t -> t.id()).toList();
        Map<OutcomeId, Integer> outcomeIdx = outcomeIndex;
        for (int i = 0; i < outcomes.size(); i++) {
            outcomeIdx.put(outcomes.get(i), i);
        }
        Map<ThemeId, Integer> themeIdx = new HashMap<>();
        for (int i = 0; i < themes.size(); i++) {
            themeIdx.put(themes.get(i), i);
        }
        this.themeOfOutcome = new int[outcomes.size()];
        for (int i = 0; i < outcomes.size(); i++) {
            themeOfOutcome[i] = themeIdx.get(c.outcome(outcomes.get(i)).orElseThrow().theme());
        }
        this.outcomeOf = new int[measures.length];
        this.themeOf = new int[measures.length];
        this.tableProxies = new Resolved[measures.length];
        this.tableFailures = new LineFailure[measures.length];
        for (int i = 0; i < measures.length; i++) {
            Measure m = measures[i];
            measureIndex.put(m.id(), i);
            outcomeOf[i] = outcomeIdx.get(m.outcome());
            themeOf[i] = themeIdx.get(c.outcome(m.outcome()).orElseThrow().theme());
            int index = i;
            m.exclusiveGroup().ifPresent(g -> exclusiveGroups.computeIfAbsent(g, k -> new ArrayList<>()).add(index));
            Optional<ProxyValue> proxy = request.proxyTable().flatMap(t -> t.proxyFor(m.id()));
            if (proxy.isPresent()) {
                try {
                    tableProxies[i] = resolve(proxy.get(), m);
                } catch (MissingPriceYearException | NoIndexException e) {
                    tableFailures[i] = new LineFailure(e.getMessage(), e);
                }
            }
        }
        this.countingRules = new CountingRules(c, measureIndex, measures.length);
    }

    /** The catalogue's counting rules by measure index. */
    CountingRules countingRules() {
        return countingRules;
    }

    /** No price index in the request but a proxy needs rebasing. */
    static final class NoIndexException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoIndexException(String message) {
            super(message);
        }
    }

    /**
     * Whether a measure's proxies are price-neutral in this request: the measure counts money in the
     * request's currency (spend, donations), so its proxy is pounds per pound — a ratio with no price year.
     * The quantity is money in the prices of the year it is reported, the request's; rebasing the ratio
     * would change the pounds spent (£100,000 of spend in 2024 prices would become £98,091.97).
     */
    boolean priceNeutral(Measure measure) {
        return measure.unit().dimension() == Dimension.MONEY
                && measure.unit().id().equalsIgnoreCase(request.currency().getCurrencyCode());
    }

    private Resolved resolve(ProxyValue proxy, Measure measure) {
        PriceYear from = proxy.priceYear();
        boolean neutral = priceNeutral(measure);
        BigDecimal low = proxy.range().map(r -> r.low().amount()).orElse(null);
        BigDecimal high = proxy.range().map(r -> r.high().amount()).orElse(null);
        if (neutral || from.equals(request.priceYear()) || proxy.yearly().isPresent()) {
            // a proxy that follows the years is valued from its series, each rebased from its own prices: its
            // published amount is not used, so it is not rebased
            return new Resolved(proxy, proxy.amount().amount(), null, null, neutral, low, high);
        }
        PriceIndex.Rebasing rebasing = rebasing(from);
        BigDecimal ratio = rebasing.ratio();
        PriceIndex index = request.priceIndex().orElseThrow();
        return new Resolved(proxy, proxy.amount().amount().multiply(ratio, MathContext.DECIMAL128), ratio,
                new LineValuation.Rebase(index.id(), rebasing), false,
                low == null ? null : low.multiply(ratio, MathContext.DECIMAL128),
                high == null ? null : high.multiply(ratio, MathContext.DECIMAL128));
    }

    /** The rebasing from a price year to the request's, with the index used (for {@link YearlyAmounts}). */
    LineValuation.Rebase rebaseTo(PriceYear from) {
        if (from.equals(request.priceYear())) {
            return null;
        }
        return new LineValuation.Rebase(request.priceIndex().map(PriceIndex::id).orElse(""), rebasing(from));
    }

    /** Raised when a proxy that follows the years cannot be given amounts for a line. */
    static final class YearlyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        YearlyException(String message) {
            super(message);
        }
    }

    PriceIndex.Rebasing rebasing(PriceYear from) {
        PriceIndex.Rebasing r = ratios.get(from);
        if (r == null) {
            PriceIndex index = request.priceIndex().orElseThrow(() -> new NoIndexException("the proxy is in " + from
                    + " prices but the request has no price index to rebase it to " + request.priceYear()));
            r = index.rebasing(from, request.priceYear());
            ratios.put(from, r);
        }
        return r;
    }

    /**
     * The index of a line's measure, or -1 (with an {@link Rule#UNKNOWN_MEASURE} problem) when the catalogue
     * does not have it.
     */
    /** The index of a measure in the catalogue, or -1 when it is not there. */
    int indexOf(MeasureId id) {
        Integer i = measureIndex.get(id);
        return i == null ? -1 : i;
    }

    int measureOf(CommitmentLine line, Problems problems) {
        Integer i = measureIndex.get(line.measure());
        if (i == null) {
            problems.add(line.id(), Rule.UNKNOWN_MEASURE, "line '" + line.id() + "': unknown measure '"
                    + line.measure() + "' (not in the catalogue)");
            return -1;
        }
        return i;
    }

    /**
     * Checks a line of a known measure against every rule and resolves its proxy and discount schedule: the
     * proxy, or null when the line is unvalued or a problem was added (callers compare {@link Problems#size()}).
     */
    Resolved prepare(CommitmentLine line, int measure, Problems problems) {
        check(line, measure, problems);
        Resolved r = proxyFor(line, measure, problems);
        scheduleFor(line, r, problems);
        return r;
    }

    /** Checks the counting rules, adding a problem for each rule broken. */
    void check(CommitmentLine line, int measure, Problems problems) {
        if (measures[measure].firstYearOnly() && line.duration() > 1) {
            problems.add(line.id(), Rule.FIRST_YEAR_ONLY, "line '" + line.id() + "': measure '"
                    + line.measure() + "' counts in the first year only, but the line's duration is " + line.duration()
                    + " years");
        }
    }

    /**
     * The discount schedule of a line: the kind it chooses, else by its proxy's value type (the standard one for a
     * line without a proxy); null with a problem when it chooses the health schedule and the request has none, or
     * when its last year is beyond the schedule's horizon.
     */
    Sched scheduleFor(CommitmentLine line, Resolved proxy, Problems problems) {
        DiscountKind kind = line.discountKind().orElseGet(() -> proxy == null ? DiscountKind.STANDARD
                : request.discounting().kindFor(proxy.proxy().valueType()));
        Sched s = kind == DiscountKind.HEALTH ? health : standard;
        if (s == null) {
            problems.add(line.id(), Rule.DISCOUNTING, "line '" + line.id() + "' asks for the health discount schedule,"
                    + " but the request's discounting has none (give one, e.g. green-book-health)");
            return null;
        }
        long last = (long) line.startYear() + line.duration() - 1;
        if (s.horizon != null && indexing.discountYear((int) last) > s.horizon) {
            problems.add(line.id(), Rule.BEYOND_HORIZON, "line '" + line.id() + "': contract year "
                    + last + " (discount year t = " + indexing.discountYear((int) last)
                    + ") is beyond the horizon of discount schedule '" + s.schedule.id() + "' (t ≤ " + s.horizon + ")");
            return null;
        }
        return s;
    }

    /** The schedule a line was valued with (after {@link #scheduleFor} found no problem). */
    Sched scheduleOf(CommitmentLine line, Resolved proxy) {
        DiscountKind kind = line.discountKind().orElseGet(() -> request.discounting().kindFor(proxy.proxy().valueType()));
        return kind == DiscountKind.HEALTH && health != null ? health : standard;
    }

    /**
     * The proxy for a line, rebased; null when the line is unvalued, and also when the proxy is in another
     * currency or cannot be rebased — then with a problem added (callers compare {@link Problems#size()}).
     */
    Resolved proxyFor(CommitmentLine line, int measure, Problems problems) {
        if (line.proxy().isPresent()) {
            ProxyValue p = line.proxy().get();
            if (!p.amount().currency().equals(request.currency())) {
                problems.add(line.id(), Rule.CURRENCY_MISMATCH, "line '" + line.id() + "': proxy "
                        + p.amount() + " is in " + p.amount().currency().getCurrencyCode() + " but the request is in "
                        + request.currency().getCurrencyCode() + " (svtoms never converts currencies)");
                return null;
            }
            try {
                return yearly(line, resolve(p, measures[measure]), problems);
            } catch (MissingPriceYearException | NoIndexException e) {
                rebasing(line, e.getMessage(), e, problems);
                return null;
            }
        }
        if (tableFailures[measure] != null) {
            rebasing(line, tableFailures[measure].message(), tableFailures[measure].cause(), problems);
            return null;
        }
        Resolved r = tableProxies[measure];
        return r == null ? null : yearly(line, r, problems);
    }

    /** The proxy with the amounts of the line's benefit years when it follows the years; else as it is. */
    private Resolved yearly(CommitmentLine line, Resolved r, Problems problems) {
        if (r.proxy().yearly().isEmpty()) {
            return r;
        }
        try {
            return r.withYearly(YearlyAmounts.of(this, line, r.proxy()));
        } catch (MissingPriceYearException | NoIndexException e) {
            rebasing(line, e.getMessage(), e, problems);
            return null;
        } catch (YearlyException e) {
            problems.add(line.id(), Rule.YEARLY_SERIES, "line '" + line.id() + "': the proxy for measure '"
                    + line.measure() + "' follows the years, but " + e.getMessage());
            return null;
        }
    }

    private void rebasing(CommitmentLine line, String why, RuntimeException cause, Problems problems) {
        problems.add(line.id(), Rule.REBASING, "line '" + line.id() + "': cannot rebase the proxy for measure '"
                + line.measure() + "' to " + request.priceYear() + ": " + why, cause);
    }

    String unvaluedReason(CommitmentLine line) {
        return request.proxyTable().map(t -> "no proxy for measure '" + line.measure() + "' in proxy table '" + t.id()
                + "' and none supplied in the line").orElse("no proxy table in the request and no proxy supplied in the line");
    }

    /**
     * A warning per exclusive group with lines under two or more of its measures; it names the members whose
     * lines the counting rules left out of the totals.
     */
    List<ValuationWarning> exclusiveGroupWarnings(boolean[] used, Map<MeasureId, LeftOutMeasure> leftOut) {
        List<ValuationWarning> out = new ArrayList<>();
        exclusiveGroups.forEach((group, members) -> {
            List<MeasureId> hit = members.stream().filter(i -> used[i]).map(i -> measures[i].id()).toList();
            if (hit.size() > 1) {
                List<String> left = hit.stream().filter(leftOut::containsKey).map(m -> "'" + m + "' (counted under '"
                        + leftOut.get(m).countedUnder() + "')").toList();
                out.add(new ValuationWarning(ValuationWarning.Kind.EXCLUSIVE_GROUP, hit, "lines under "
                        + hit.stream().map(MeasureId::value).collect(Collectors.joining(", ")) + " (exclusive group '"
                        + group + "'): the same spend must not be counted twice — count each pound under one measure only"
                        + (left.isEmpty() ? "" : "; the lines under " + String.join(", ", left)
                        + " are valued but left out of the totals")));
            }
        });
        return out;
    }

    ValuationRequest request() {
        return request;
    }

    Currency currency() {
        return request.currency();
    }

    PriceYear priceYear() {
        return request.priceYear();
    }

    Optional<Contract> contract() {
        return request.contract();
    }

    /** The standard schedule. */
    Sched standard() {
        return standard;
    }

    /** How contract years map to dates. */
    BenefitYears benefitYears() {
        return benefitYears;
    }

    YearIndexing indexing() {
        return indexing;
    }


    Measure measure(int i) {
        return measures[i];
    }

    int measureCount() {
        return measures.length;
    }

    MeasureId measureId(int i) {
        return measures[i].id();
    }

    int outcomeCount() {
        return outcomes.size();
    }

    int themeCount() {
        return themes.size();
    }

    Integer outcomeOfMeasure(int i) {
        return outcomeOf[i];
    }

    /** The index of an outcome in the catalogue. */
    int outcomeIndex(OutcomeId id) {
        return outcomeIndex.get(id);
    }

    /** The theme index of outcome index {@code i}. */
    int themeOfOutcome(int i) {
        return themeOfOutcome[i];
    }

    Integer themeOfMeasure(int i) {
        return themeOf[i];
    }

    OutcomeId outcomeId(int i) {
        return outcomes.get(i);
    }

    ThemeId themeId(int i) {
        return themes.get(i);
    }
}
