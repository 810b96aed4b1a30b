package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.kpi.Kpi;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.SkippedKpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The commitment lines that value a KPI selection's targets, and the KPIs that give none.
 *
 * <p>A KPI's target is a <b>whole-contract</b> figure ({@link Kpi#target()}); a line's quantity is <b>per
 * benefit year</b> ({@link CommitmentLine#quantity()}). So the target T of a contract of Y years is spread
 * evenly over the years, never repeated in each: a 3-year line made from a target of 3 FTE-years has 1
 * FTE-year a year, not 3. The rules, by the kind of unit:
 * <ul>
 *   <li><b>amounts that add up over the years</b> — FTE-years, hours, weeks, money (GBP), tCO2e, miles, km,
 *       tonnes, WELLBYs, and people and counts (e.g. participants, qualifications): one line from contract
 *       year 1 over the Y years with T ÷ Y a year. FTE-years: 3 FTE-years over 3 years is 1 FTE a year. Money:
 *       £30,000 of local spend over 3 years is £10,000 a year. People: 6 participants over 3 years is 2 a
 *       year;</li>
 *   <li><b>first-year-only measures</b> (hires of disadvantaged people, which count in their first year
 *       only): one one-year line per contract year with that year's share of T, e.g. 3 hires over 3 years are
 *       lines {@code <measure>:year-1}, {@code :year-2} and {@code :year-3} of 1 hire each;</li>
 *   <li><b>levels</b> — percentages and yes/no ({@link Kpi#isLevel()}): no line, as a level held is not a
 *       quantity to multiply by a proxy each year; the KPI is {@linkplain #skipped() skipped} with that
 *       reason;</li>
 *   <li><b>no target</b> (no target rule: the buyer agrees one with the supplier): no line; skipped.</li>
 * </ul>
 *
 * <p><b>Exact shares.</b> The yearly shares are in steps of the unit's precision: whole numbers for people,
 * counts and yes/no, hundredths (pennies for money) for the rest, or the target's own finer decimals. When T
 * ÷ Y is not a whole number of steps, each year gets {@code q = floor(T ÷ Y)} and the r steps left over go,
 * one each, to the <b>last</b> r years, which are discounted the most (so the split never values more than
 * an even spread: no over-claiming). For an amount this is a second line of one step a year over the last r
 * years, id {@code <measure>:years-a-b} (or {@code :year-b}); a line of 0 a year is left out. E.g. 5
 * participants over 3 years: line {@code <measure>} of 1 a year over years 1–3 and line
 * {@code <measure>:years-2-3} of 1 a year, so years 1, 2, 3 hold 1, 2, 2. Either way the lines add up to
 * exactly the target: {@code Σ quantity × duration = T}.
 *
 * <p>The lines have the defaults of {@link CommitmentLine#builder}: no adjustments beyond the proxy's
 * default deadweight. Set displacement, attribution or drop-off with {@link CommitmentLine#toBuilder()}, and
 * value them with {@link ValuationRequest#withLines}. No proxy is consulted here, and none can steer the
 * selection, which is made in svtoms-core.
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param lines the lines, in KPI order
 * @param skipped the KPIs that give no line, with the reason, in KPI order
 */
public record KpiLines(List<CommitmentLine> lines, List<SkippedKpi> skipped) {
    /** Hundredths: the precision of amounts that are not whole numbers. */
    private static final int DECIMALS = 2;

    /**
     * Validates and copies.
     *
     * @param lines the lines
     * @param skipped the skipped KPIs
     * @throws InvalidValueException when a list or an element is missing
     */
    public KpiLines {
        lines = copy(lines, "lines");
        skipped = copy(skipped, "skipped KPIs");
    }

    private static <T> List<T> copy(List<T> values, String what) {
        Checks.notNull(values, what).forEach(v -> Checks.notNull(v, what + " element"));
        return List.copyOf(values);
    }

    /**
     * The lines of a selection's KPIs over its contract's years ({@code selection.profile().years()}).
     *
     * @param selection the selection
     * @param catalogue the catalogue it was selected from (for the first-year-only rule)
     * @return the lines and the skipped KPIs
     * @throws io.github.svtoms.core.UnknownIdException when a KPI's measure is not in the catalogue
     */
    public static KpiLines of(KpiSelection selection, Catalogue catalogue) {
        Checks.notNull(selection, "KPI selection");
        return of(selection.kpis(), selection.profile().years(), catalogue);
    }

    /**
     * The lines of some KPIs (e.g. a selection's, edited) over a contract of {@code years} years.
     *
     * @param kpis the KPIs, their targets whole-contract figures for these years
     * @param years the contract's years, at least 1
     * @param catalogue the catalogue of their measures (for the first-year-only rule)
     * @return the lines and the skipped KPIs
     * @throws InvalidValueException when {@code years} is below 1
     * @throws io.github.svtoms.core.UnknownIdException when a KPI's measure is not in the catalogue
     */
    public static KpiLines of(List<Kpi> kpis, int years, Catalogue catalogue) {
        Checks.notNull(kpis, "KPIs");
        Checks.notNull(catalogue, "catalogue");
        if (years < 1) {
            throw new InvalidValueException("invalid contract duration " + years + " years: must be at least 1");
        }
        List<CommitmentLine> lines = new ArrayList<>();
        List<SkippedKpi> skipped = new ArrayList<>();
        for (Kpi k : kpis) {
            Checks.notNull(k, "KPI");
            if (!k.hasLevels()) {
                skipped.add(new SkippedKpi(k.measure(), "no target: agree one with the supplier, then add a line for '"
                        + k.measure() + "' (quantity per benefit year)"));
            } else if (k.isLevel()) {
                skipped.add(new SkippedKpi(k.measure(), "a level (" + k.unit().name() + ") to hold, not a quantity"
                        + " delivered each year: it has no quantity to value with a proxy"));
            } else {
                Measure m = catalogue.requireMeasure(k.measure());
                spread(k, m, years, lines);
            }
        }
        return new KpiLines(lines, skipped);
    }

    /** Adds the lines of one KPI with a target: T split into Y yearly shares of q, the last r years q + step. */
    private static void spread(Kpi k, Measure m, int years, List<CommitmentLine> out) {
        BigDecimal target = k.target().orElseThrow();
        int scale = Math.max(k.unit().dimension().wholeNumbers() ? 0 : DECIMALS, target.stripTrailingZeros().scale());
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        // in steps: T = n × step = q × Y + r, with 0 ≤ r < Y (exact: T has at most `scale` decimals)
        BigDecimal[] qr = target.movePointRight(scale).setScale(0, RoundingMode.UNNECESSARY)
                .divideAndRemainder(BigDecimal.valueOf(years));
        BigDecimal q = qr[0].movePointLeft(scale);
        int r = qr[1].intValueExact();
        String id = k.measure().value();
        if (m.firstYearOnly()) {
            if (years == 1) {
                out.add(CommitmentLine.of(id, k.measure(), target));
                return;
            }
            for (int year = 1; year <= years; year++) {
                BigDecimal share = year > years - r ? q.add(step) : q;
                if (share.signum() > 0) {
                    out.add(CommitmentLine.builder(id + ":year-" + year, k.measure(), share).startYear(year).build());
                }
            }
            if (target.signum() == 0) {
                out.add(CommitmentLine.of(id, k.measure(), target)); // a zero target is still a commitment
            }
            return;
        }
        if (q.signum() > 0 || r == 0) {
            out.add(CommitmentLine.builder(id, k.measure(), q).duration(years).build());
        }
        if (r > 0) {
            int from = years - r + 1;
            String suffix = from == years ? ":year-" + years : ":years-" + from + "-" + years;
            out.add(CommitmentLine.builder(id + suffix, k.measure(), step).startYear(from).duration(r).build());
        }
    }
}
