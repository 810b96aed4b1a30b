package io.github.svtoms.proxies.valuation;

import io.github.svtoms.proxies.Estimate;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ReferenceData;
import io.github.svtoms.proxies.ValueSeries;
import io.github.svtoms.proxies.WageSeries;
import io.github.svtoms.proxies.YearlyBasis;
import io.github.svtoms.proxies.internal.Texts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The amounts per unit of a proxy that follows the years ({@link YearlyBasis}), one per benefit year of a line,
 * in the request's prices, exact ({@link MathContext#DECIMAL128}), with what each was computed from.
 *
 * <p>A benefit year that spans two calendar (or financial) years takes each year's value for the days it has in
 * it: {@code Σ days_Y × value_Y / days}. A year the series does not reach takes the nearest year's value, held
 * in real terms, and is marked as projected.
 *
 * <p>Immutable once made (the arrays are not shared outside the package).
 *
 * @param central the central amount of each benefit year (index k − 1)
 * @param low the low amounts, or null when the basis gives no range
 * @param high the high amounts, or null when the basis gives no range
 * @param texts what each benefit year's amount was computed from, for the derivation
 * @param projected whether a benefit year took a value the series does not have for it
 * @param basis what the amounts follow, for the derivation
 */
record YearlyAmounts(BigDecimal[] central, BigDecimal[] low, BigDecimal[] high, String[] texts, boolean[] projected,
                     String basis) {
    private static final MathContext MC = MathContext.DECIMAL128;

    /** Whether any benefit year's amount is projected. */
    boolean anyProjected() {
        for (boolean b : projected) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    static YearlyAmounts of(Prepared p, CommitmentLine line, ProxyValue proxy) {
        YearlyBasis b = proxy.yearly().orElseThrow();
        ReferenceData ref = p.request().reference().orElseThrow(() -> new Prepared.YearlyException(
                "the request has no reference data (it needs " + ids(b) + ")"));
        if (b instanceof YearlyBasis.Series s) {
            ValueSeries vs = ref.valueSeries(s.series()).orElseThrow(() -> new Prepared.YearlyException(
                    "the request's reference data has no value series '" + s.series() + "'"));
            currency(p, vs.currency(), "value series '" + vs.id() + "'");
            return series(p, line, s, vs);
        }
        YearlyBasis.WageGap w = (YearlyBasis.WageGap) b;
        boolean london = line.wageArea().orElse(WageArea.UK) == WageArea.LONDON;
        String livingId = london ? w.livingLondon() : w.living();
        WageSeries living = ref.wageSeries(livingId).orElseThrow(() -> new Prepared.YearlyException(
                "the request's reference data has no wage series '" + livingId + "'"));
        WageSeries floor = ref.wageSeries(w.floor()).orElseThrow(() -> new Prepared.YearlyException(
                "the request's reference data has no wage series '" + w.floor() + "'"));
        currency(p, living.currency(), "wage series '" + living.id() + "'");
        currency(p, floor.currency(), "wage series '" + floor.id() + "'");
        return wageGap(p, line, living, floor, london);
    }

    private static String ids(YearlyBasis b) {
        return String.join(", ", b.seriesIds().stream().map(i -> "'" + i + "'").toList());
    }

    private static void currency(Prepared p, Currency c, String what) {
        if (!c.equals(p.currency())) {
            throw new Prepared.YearlyException(what + " is in " + c.getCurrencyCode() + " but the request is in "
                    + p.currency().getCurrencyCode() + " (svtoms never converts currencies)");
        }
    }

    private static YearlyAmounts series(Prepared p, CommitmentLine line, YearlyBasis.Series s, ValueSeries vs) {
        int d = line.duration();
        Currency c = p.currency();
        LineValuation.Rebase rb = p.rebaseTo(vs.priceYear());
        BigDecimal ratio = rb == null ? null : rb.rebasing().ratio();
        boolean unitFactor = s.factor().compareTo(BigDecimal.ONE) == 0;
        BigDecimal[][] out = new BigDecimal[3][d];
        String[] texts = new String[d];
        boolean[] projected = new boolean[d];
        BenefitYears years = p.benefitYears();
        Estimate[] estimates = Estimate.values();
        for (int k = 1; k <= d; k++) {
            int cy = line.startYear() + k - 1;
            List<BenefitYears.Part> parts = years.calendarParts(cy);
            long total = years.days(cy);
            StringBuilder t = new StringBuilder("contract year " + cy + " (" + years.from(cy) + " to " + years.to(cy) + "): ");
            List<String> held = new ArrayList<>();
            for (int e = 0; e < 3; e++) {
                BigDecimal w;
                if (parts.size() == 1) {
                    w = vs.value(estimates[e], vs.nearest(parts.get(0).year()));
                } else {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (BenefitYears.Part part : parts) {
                        sum = sum.add(vs.value(estimates[e], vs.nearest(part.year())).multiply(BigDecimal.valueOf(part.days())));
                    }
                    w = sum.divide(BigDecimal.valueOf(total), MC);
                }
                BigDecimal a = unitFactor ? w : w.multiply(s.factor(), MC);
                out[e][k - 1] = ratio == null ? a : a.multiply(ratio, MC);
            }
            for (int i = 0; i < parts.size(); i++) {
                BenefitYears.Part part = parts.get(i);
                int read = vs.nearest(part.year());
                if (read != part.year()) {
                    projected[k - 1] = true;
                    held.add(part.year() + " is outside the series (" + vs.firstYear() + "–" + vs.lastYear() + "): "
                            + read + "'s value held in real terms (projected, not read)");
                }
                t.append(i > 0 ? ", " : "").append(part.year()).append(parts.size() > 1 ? " for " + part.days() + " of "
                        + total + " days" : "").append(" at ").append(Texts.money(vs.value(Estimate.CENTRAL, read), c))
                        .append(" per ").append(vs.per());
            }
            t.append(unitFactor ? "" : " × " + Texts.number(s.factor()) + " " + vs.per() + " per unit")
                    .append(ratio == null ? "" : " × rebasing " + Texts.number(ratio, 6))
                    .append(" = ").append(Texts.money(out[1][k - 1], c)).append(" (low ")
                    .append(Texts.money(out[0][k - 1], c)).append(", high ").append(Texts.money(out[2][k - 1], c)).append(")");
            held.forEach(h -> t.append("; ").append(h));
            texts[k - 1] = t.toString();
        }
        String basis = "each year's value in " + vs.name() + " (" + vs.priceYear() + " prices, " + vs.provenance().citation()
                + ")" + (unitFactor ? "" : " × " + Texts.number(s.factor()) + " " + vs.per() + " per unit")
                + (rb == null ? "" : ", rebased to " + p.priceYear() + " prices by " + rb.indexId() + " ("
                + rb.rebasing().method() + ")") + "; " + years.basisText();
        return new YearlyAmounts(out[1], out[0], out[2], texts, projected, basis);
    }

    private static YearlyAmounts wageGap(Prepared p, CommitmentLine line, WageSeries living, WageSeries floor,
                                         boolean london) {
        int d = line.duration();
        Currency c = p.currency();
        BigDecimal hours = p.request().hoursPerFte();
        BigDecimal[] out = new BigDecimal[d];
        String[] texts = new String[d];
        boolean[] projected = new boolean[d];
        BenefitYears years = p.benefitYears();
        for (int k = 1; k <= d; k++) {
            int cy = line.startYear() + k - 1;
            List<BenefitYears.Part> parts = years.financialParts(cy);
            long total = years.days(cy);
            StringBuilder t = new StringBuilder("contract year " + cy + " (" + years.from(cy) + " to " + years.to(cy) + "): ");
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal single = null;
            for (int i = 0; i < parts.size(); i++) {
                BenefitYears.Part part = parts.get(i);
                int g = gapYear(living, floor, part.year());
                if (g == Integer.MIN_VALUE) {
                    throw new Prepared.YearlyException("wage series '" + living.id() + "' and '" + floor.id()
                            + "' have no financial year in common (a living wage announced in Y − 1 and a floor from April Y)");
                }
                BigDecimal rlw = living.value(PriceYear.ofCalendar(g - 1));
                BigDecimal nlw = floor.value(PriceYear.ofCalendar(g));
                BigDecimal gap = rlw.subtract(nlw).max(BigDecimal.ZERO);
                PriceYear fy = PriceYear.ofFinancial(g);
                LineValuation.Rebase rb = p.rebaseTo(fy);
                BigDecimal real = rb == null ? gap : gap.multiply(rb.rebasing().ratio(), MC);
                if (parts.size() == 1) {
                    single = real;
                } else {
                    sum = sum.add(real.multiply(BigDecimal.valueOf(part.days())));
                }
                t.append(i > 0 ? "; " : "").append(PriceYear.ofFinancial(part.year()))
                        .append(parts.size() > 1 ? " for " + part.days() + " of " + total + " days" : "")
                        .append(": max(0, ").append(Texts.money(rlw, c)).append(" (").append(living.name()).append(", ")
                        .append(g - 1).append(") − ").append(Texts.money(nlw, c)).append(" (").append(floor.name())
                        .append(", April ").append(g).append(")) = ").append(Texts.money(gap, c)).append(" an hour in ")
                        .append(fy).append(" prices");
                if (rb != null) {
                    t.append(" × rebasing ").append(Texts.number(rb.rebasing().ratio(), 6)).append(" = ")
                            .append(Texts.money(real, c));
                }
                if (g != part.year()) {
                    projected[k - 1] = true;
                    t.append(" — ").append(PriceYear.ofFinancial(part.year())).append(" has no announced rates in the")
                            .append(" series: the ").append(fy).append(" gap is held in real terms (projected, not read)");
                }
            }
            BigDecimal hourly = single != null ? single : sum.divide(BigDecimal.valueOf(total), MC);
            out[k - 1] = hourly.multiply(hours, MC);
            t.append(" → ").append(Texts.money(hourly, c)).append(" an hour × ").append(Texts.number(hours))
                    .append(" hours per FTE = ").append(Texts.money(out[k - 1], c)).append(" per FTE-year");
            texts[k - 1] = t.toString();
        }
        String basis = "the living wage gap of each year: " + (london ? "London" : "UK") + " rate (" + living.id()
                + ", " + living.provenance().citation() + ") announced in the autumn before the financial year, minus the"
                + " floor (" + floor.id() + ", " + floor.provenance().citation() + ") in force from its April, × "
                + Texts.number(hours) + " paid hours per FTE, each year's gap rebased from its own prices to "
                + p.priceYear() + " prices; " + years.basisText();
        return new YearlyAmounts(out, null, null, texts, projected, basis);
    }

    /**
     * The financial year whose gap stands for financial year {@code y}: {@code y} when the living wage of
     * {@code y − 1} and the floor of {@code y} are both known, else the latest earlier year with both, else the
     * earliest later one; {@link Integer#MIN_VALUE} when there is none.
     */
    private static int gapYear(WageSeries living, WageSeries floor, int y) {
        if (has(living, floor, y)) {
            return y;
        }
        int best = Integer.MIN_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        for (PriceYear py : floor.values().keySet()) {
            if (py.isFinancial()) {
                continue;
            }
            int g = py.startYear();
            if (has(living, floor, g)) {
                int dist = g <= y ? y - g : (g - y) * 2 + 1; // earlier years first at equal distance
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = g;
                }
            }
        }
        return best;
    }

    private static boolean has(WageSeries living, WageSeries floor, int y) {
        return living.values().containsKey(PriceYear.ofCalendar(y - 1)) && floor.values().containsKey(PriceYear.ofCalendar(y));
    }
}
