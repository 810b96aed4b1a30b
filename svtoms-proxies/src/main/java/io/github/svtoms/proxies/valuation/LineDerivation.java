package io.github.svtoms.proxies.valuation;

import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.YearIndexing;
import io.github.svtoms.proxies.derivation.Derivation;
import io.github.svtoms.proxies.derivation.DerivationStep;
import io.github.svtoms.proxies.derivation.StepInput;
import io.github.svtoms.proxies.derivation.StepKind;
import io.github.svtoms.proxies.internal.Texts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Builds a line's derivation from its exact values. Stateless. */
final class LineDerivation {
    private LineDerivation() {
    }

    static Derivation of(LineValuation l, LineValuation.Rebase rebase, boolean priceNeutral, PriceYear priceYear,
                         DiscountSchedule schedule, YearIndexing indexing, BigDecimal[] factors, BigDecimal[] rates,
                         YearlyAmounts yearly) {
        Currency c = l.gross().currency();
        ProxyValue proxy = l.proxy();
        BigDecimal amount = proxy.amount().amount();
        String source = proxy.provenance().citation();
        String unit = l.unit().name();
        List<DerivationStep> steps = new ArrayList<>();
        steps.add(new DerivationStep(StepKind.PROXY, List.of(StepInput.number("amount", amount),
                StepInput.text("priceYear", proxy.priceYear().toString()), StepInput.text("source", source),
                StepInput.text("unit", l.unit().id())), amount,
                "proxy " + Texts.money(amount, c) + " per " + unit + " (" + proxy.priceYear() + " prices, " + source + ")"));
        BigDecimal p = l.proxyInPriceYear().amount();
        if (yearly != null) {
            steps.set(0, new DerivationStep(StepKind.PROXY, List.of(StepInput.number("amount", amount),
                    StepInput.text("priceYear", proxy.priceYear().toString()), StepInput.text("source", source),
                    StepInput.text("unit", l.unit().id()), StepInput.text("yearly", yearly.basis())), amount,
                    "proxy follows the years: " + yearly.basis() + " (published figure " + Texts.money(amount, c) + " per "
                            + unit + " in " + proxy.priceYear() + " prices, " + source + ", not used directly)"));
            for (int k = 0; k < yearly.central().length; k++) {
                steps.add(new DerivationStep(StepKind.YEARLY_PROXY, List.of(StepInput.number("benefitYear",
                        BigDecimal.valueOf(k + 1L)), StepInput.text("projected", Boolean.toString(yearly.projected()[k]))),
                        yearly.central()[k], "proxy in benefit year " + (k + 1) + ", " + yearly.texts()[k]));
            }
        } else if (priceNeutral) {
            String code = c.getCurrencyCode();
            steps.add(new DerivationStep(StepKind.REBASE, List.of(StepInput.number("amount", amount),
                    StepInput.text("from", proxy.priceYear().toString()), StepInput.text("to", priceYear.toString()),
                    StepInput.text("method", "price-neutral"), StepInput.number("ratio", BigDecimal.ONE)), p,
                    "not rebased: " + Texts.money(amount, c) + " per " + code + " 1 is " + code + " per " + code
                            + ", a ratio with no price year; the quantity is " + code + " in " + priceYear
                            + " prices (the prices it is reported in), and rebasing would change the money counted"
                            + " — so the proxy stays " + Texts.money(p, c) + " per " + code + " 1"));
        } else if (rebase != null) {
            BigDecimal ratio = l.rebasingRatio().orElseThrow();
            steps.add(new DerivationStep(StepKind.REBASE, List.of(StepInput.number("amount", amount),
                    StepInput.text("from", proxy.priceYear().toString()), StepInput.text("to", priceYear.toString()),
                    StepInput.text("index", rebase.indexId()), StepInput.number("indexFrom", rebase.rebasing().fromValue()),
                    StepInput.number("indexTo", rebase.rebasing().toValue()),
                    StepInput.text("method", rebase.rebasing().method()), StepInput.number("ratio", ratio)), p,
                    "proxy " + Texts.money(amount, c) + " (" + proxy.priceYear() + " prices, " + source + ") × "
                            + Texts.number(rebase.rebasing().toValue()) + " / " + Texts.number(rebase.rebasing().fromValue())
                            + " = " + Texts.money(p, c) + " (" + priceYear + " prices"
                            + (rebase.rebasing().explanation().isEmpty() ? ")" : "; " + rebase.rebasing().explanation() + ")")));
        }
        BigDecimal q = l.quantity();
        int d = l.line().duration();
        if (yearly != null) {
            steps.add(new DerivationStep(StepKind.GROSS, List.of(StepInput.number("quantity", q),
                    StepInput.number("years", BigDecimal.valueOf(d))), l.gross().amount(),
                    "gross Σ " + Texts.number(q) + " " + unit + " × proxy_k over " + years(d) + " = "
                            + Texts.money(l.gross().amount(), c)));
        } else {
            steps.add(new DerivationStep(StepKind.GROSS, List.of(StepInput.number("quantity", q),
                    StepInput.number("proxy", p), StepInput.number("years", BigDecimal.valueOf(d))), l.gross().amount(),
                    "gross " + Texts.number(q) + " " + unit + " × " + Texts.money(p, c) + " × " + years(d) + " = "
                            + Texts.money(l.gross().amount(), c)));
        }
        var line = l.line();
        String dwSource = line.deadweight().isPresent() ? "line"
                : proxy.defaultDeadweight().isPresent() ? "proxy default" : "none given";
        steps.add(new DerivationStep(StepKind.ADJUSTMENT, List.of(StepInput.number("deadweight", l.deadweight()),
                StepInput.text("deadweightSource", dwSource), StepInput.number("displacement", line.displacement()),
                StepInput.number("attribution", line.attribution())), l.adjustmentFactor(),
                "adjustment (1 − " + Texts.number(l.deadweight()) + " deadweight) × (1 − "
                        + Texts.number(line.displacement()) + " displacement) × (1 − " + Texts.number(line.attribution())
                        + " attribution) = " + Texts.number(l.adjustmentFactor())));
        BigDecimal first = l.firstYearNet().amount();
        BigDecimal p1 = yearly != null ? yearly.central()[0] : p;
        steps.add(new DerivationStep(StepKind.NET_FIRST_YEAR, List.of(StepInput.number("quantity", q),
                StepInput.number("proxy", p1), StepInput.number("adjustment", l.adjustmentFactor())), first,
                "net first year " + Texts.number(q) + " × " + Texts.money(p1, c) + " × " + Texts.number(l.adjustmentFactor())
                        + " = " + Texts.money(first, c)));
        BigDecimal net = l.net().amount();
        BigDecimal keep = BigDecimal.ONE.subtract(line.dropOff());
        steps.add(new DerivationStep(StepKind.DROP_OFF, List.of(StepInput.number("firstYear", first),
                StepInput.number("dropOff", line.dropOff()), StepInput.number("years", BigDecimal.valueOf(d))), net,
                d == 1 ? "net over 1 year = " + Texts.money(net, c)
                        : yearly != null ? "net over " + d + " years with drop-off " + Texts.number(line.dropOff()) + ": Σ "
                        + Texts.number(q) + " × proxy_k × " + Texts.number(l.adjustmentFactor()) + " × "
                        + Texts.number(keep) + "^(k − 1), k = 1.." + d + " = " + Texts.money(net, c)
                        : "net over " + d + " years with drop-off " + Texts.number(line.dropOff()) + ": Σ "
                        + Texts.money(first, c) + " × " + Texts.number(keep) + "^(k − 1), k = 1.." + d + " = "
                        + Texts.money(net, c)));
        BigDecimal pv = l.presentValue().amount();
        if (schedule.isUndiscounted()) {
            steps.add(new DerivationStep(StepKind.PRESENT_VALUE, List.of(StepInput.number("net", net),
                    StepInput.text("schedule", schedule.id())), pv, "no discounting: present value = net = " + Texts.money(pv, c)));
        } else {
            int t0 = indexing.discountYear(line.startYear());
            int t1 = indexing.discountYear(line.lastContractYear());
            BigDecimal lastFactor = factors[factors.length - 1];
            steps.add(new DerivationStep(StepKind.DISCOUNT, List.of(StepInput.text("schedule", schedule.id()),
                    StepInput.text("firstYear", indexing.id()), StepInput.number("fromT", BigDecimal.valueOf(t0)),
                    StepInput.number("toT", BigDecimal.valueOf(t1)), StepInput.number("firstFactor", factors[0])), lastFactor,
                    "discount with " + schedule.id() + " (" + kindText(l) + "; first contract year " + indexing.id()
                            + ratesText(rates, t0) + "): contract years "
                            + line.startYear() + (d > 1 ? "–" + line.lastContractYear() : "") + " → t = " + t0
                            + (d > 1 ? "–" + t1 : "") + ", DF_" + t0 + " = " + Texts.number(factors[0], 4)
                            + (d > 1 ? " … DF_" + t1 + " = " + Texts.number(lastFactor, 4) : "")));
            steps.add(new DerivationStep(StepKind.PRESENT_VALUE, List.of(StepInput.number("net", net)), pv,
                    "present value Σ value_k × DF_t over " + years(d) + " = " + Texts.money(pv, c)));
        }
        return new Derivation(steps);
    }

    private static String kindText(LineValuation l) {
        if (l.line().discountKind().isPresent()) {
            return "the " + l.discountKind().id() + " schedule, chosen on the line";
        }
        return l.discountKind() == DiscountKind.HEALTH ? "the health schedule: a health or wellbeing value"
                : "the standard schedule";
    }

    /** The rates by discount year from t = 1, runs of one rate together: "; r_1–r_3 = 3.5 %" (empty for t = 0 alone). */
    private static String ratesText(BigDecimal[] rates, int t0) {
        StringBuilder b = new StringBuilder();
        int i = t0 == 0 ? 1 : 0;
        while (i < rates.length) {
            int j = i;
            while (j + 1 < rates.length && rates[j + 1].compareTo(rates[i]) == 0) {
                j++;
            }
            b.append(b.length() > 0 ? ", " : "; ").append("r_").append(t0 + i).append(j > i ? "–r_" + (t0 + j) : "")
                    .append(" = ").append(Texts.number(rates[i].movePointRight(2))).append(" %");
            i = j + 1;
        }
        return b.toString();
    }

    private static String years(int d) {
        return d == 1 ? "1 year" : d + " years";
    }
}
