package io.github.svtoms.proxies.valuation;

import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.YearIndexing;
import io.github.svtoms.proxies.derivation.DerivationStep;
import io.github.svtoms.proxies.derivation.StepKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import static io.github.svtoms.proxies.valuation.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Worked examples. Expected figures were computed independently with python3 {@code decimal}
 * (34 digits, ROUND_HALF_EVEN, discount factors divided year by year) and by hand.
 */
class WorkedExamplesTest {
    /** The SROI example: 10 people × £10,000, deadweight 20 %, displacement 10 %, attribution 25 %, drop-off 25 %, 3 years. */
    static CommitmentLine sroiLine() {
        return CommitmentLine.builder("c1", EMPLOYMENT, d("10")).duration(3).deadweight(d("0.2")).displacement(d("0.1"))
                .attribution(d("0.25")).dropOff(d("0.25")).build();
    }

    @Test
    void sroiExampleAtConstantRateFirstYearDiscounted() {
        Valuation v = ValuationEngine.value(request(Discounting.constant(d("0.035"), YearIndexing.FIRST_YEAR_DISCOUNTED))
                .line(sroiLine()).build());
        LineValuation l = v.line("c1").orElseThrow();
        // gross = 10 × 10,000 × 3 = 300,000; net_1 = 100,000 × 0.8 × 0.9 × 0.75 = 54,000;
        // then × 0.75 each year: 40,500; 30,375; net = 124,875
        assertEquals(0, d("0.54").compareTo(l.adjustmentFactor()));
        List<YearValue> years = l.years();
        assertEquals(0, d("54000").compareTo(years.get(0).value().amount()));
        assertEquals(0, d("40500").compareTo(years.get(1).value().amount()));
        assertEquals(0, d("30375").compareTo(years.get(2).value().amount()));
        assertEquals(gbp("300000.00"), v.totals().gross());
        assertEquals(gbp("124875.00"), v.totals().net());
        // PV = 54,000/1.035 + 40,500/1.035² + 30,375/1.035³ = 52,173.913 + 37,807.18 + 27,396.51 = 117,377.6061 (python decimal)
        assertEquals(gbp("117377.61"), v.totals().presentValue());
        assertEquals(gbp("117377.61"), l.reported().presentValue());
        assertEquals(0, l.presentValue().amount().setScale(4, RoundingMode.HALF_EVEN).compareTo(d("117377.6061")));
        // t = contract year under the SROI convention: DF_1 = 1/1.035
        assertEquals(1, years.get(0).contractYear());
        assertEquals(0, years.get(0).discountFactor().compareTo(BigDecimal.ONE.divide(d("1.035"), MathContext.DECIMAL128)));
    }

    @Test
    void sroiExampleUnderGreenBookFirstYearUndiscountedWithPercentOfContract() {
        Valuation v = ValuationEngine.value(request(Discounting.greenBook()).contract(new Contract(gbp("1200000.00"), 3))
                .line(sroiLine()).build());
        // PV = 54,000 + 40,500/1.035 + 30,375/1.035² = 54,000 + 39,130.43 + 28,355.39 = 121,485.8223 (python decimal)
        assertEquals(gbp("121485.82"), v.totals().presentValue());
        assertEquals(0, BigDecimal.ONE.compareTo(v.lines().get(0).years().get(0).discountFactor()));
        // 121,485.8223 / 1,200,000 × 100 = 10.1238… → 10.12
        assertEquals(d("10.12"), v.percentOfContract().orElseThrow());
    }

    @Test
    void rebasingA2012To13ProxyTo2023To24Prices() {
        Valuation v = ValuationEngine.value(ValuationRequest.builder(GBP, FY23, catalogue()).proxyTable(table())
                .priceIndex(index()).discounting(Discounting.none())
                .line(CommitmentLine.of("h1", LTU_HIRES, d("2"))).build());
        LineValuation l = v.lines().get(0);
        // 9,800 × 100 / 74.43 = 980,000 / 74.43 = 13,166.7338…; × 2 people = 26,333.4677 → 26,333.47
        assertEquals("13166.73", l.proxyInPriceYear().rounded().amount().toPlainString());
        assertEquals(gbp("26333.47"), v.totals().gross());
        DerivationStep rebase = l.derivation().step(StepKind.REBASE).orElseThrow();
        assertEquals("proxy £9,800.00 (2012-13 prices, GMCA Unit Cost Database v1.4) × 100 / 74.43 = £13,166.73 (2023-24 prices)",
                rebase.sentence());
        // the step can be re-checked by a program: result = amount × ratio, ratio = indexTo / indexFrom
        assertEquals(rebase.number("indexTo").divide(rebase.number("indexFrom"), MathContext.DECIMAL128), rebase.number("ratio"));
        assertEquals(rebase.number("amount").multiply(rebase.number("ratio"), MathContext.DECIMAL128), rebase.result());
        // no adjustments, no discounting: net = PV = gross
        assertEquals(v.totals().gross(), v.totals().presentValue());
        assertEquals(List.of(StepKind.PROXY, StepKind.REBASE, StepKind.GROSS, StepKind.ADJUSTMENT, StepKind.NET_FIRST_YEAR,
                StepKind.DROP_OFF, StepKind.PRESENT_VALUE), l.derivation().kinds());
    }

    @Test
    void fortyYearLineCrossesTheThirtyYearBand() {
        CommitmentLine line = CommitmentLine.builder("long", CARBON, d("1")).duration(40).proxy(
                io.github.svtoms.proxies.ProxyValue.supplied(gbp("1000"), Y2024)).build();
        Valuation gb = ValuationEngine.value(request(Discounting.greenBook()).line(line).build());
        // Σ_{t=0..39} 1000 × DF_t with DF_t = DF_{t-1}/1.035 to t = 30, then /1.03: 22,166.0679 (python decimal)
        assertEquals(gbp("22166.07"), gb.totals().presentValue());
        assertEquals(gbp("40000.00"), gb.totals().net());
        List<YearValue> years = gb.lines().get(0).years();
        // contract year 32 is t = 31: DF_31 = DF_30 / 1.03 = 0.3459
        assertEquals(32, years.get(31).contractYear());
        assertEquals(0, years.get(31).discountFactor().compareTo(years.get(30).discountFactor().divide(d("1.03"),
                MathContext.DECIMAL128)));
        assertEquals("0.3459", years.get(31).discountFactor().setScale(4, RoundingMode.HALF_EVEN).toPlainString());
        // first year discounted: Σ_{t=1..40} = 21,431.1725 (python decimal)
        Valuation disc = ValuationEngine.value(request(new Discounting(DiscountSchedule.greenBook(),
                YearIndexing.FIRST_YEAR_DISCOUNTED)).line(line).build());
        assertEquals(gbp("21431.17"), disc.totals().presentValue());
    }

    @Test
    void laterStartYearIsDiscountedFromItsContractYear() {
        CommitmentLine line = CommitmentLine.builder("s3", CARBON, d("1")).startYear(3).duration(2)
                .proxy(io.github.svtoms.proxies.ProxyValue.supplied(gbp("1000"), Y2024)).build();
        Valuation v = ValuationEngine.value(request(Discounting.greenBook()).line(line).build());
        // contract years 3, 4 → t = 2, 3: 1000/1.035² + 1000/1.035³ = 933.51 + 901.94 = 1,835.4534
        assertEquals(gbp("1835.45"), v.totals().presentValue());
        assertEquals(List.of(3, 4), v.lines().get(0).years().stream().map(YearValue::contractYear).toList());
        assertEquals(List.of(1, 2), v.lines().get(0).years().stream().map(YearValue::benefitYear).toList());
    }

    @Test
    void healthRate() {
        CommitmentLine line = CommitmentLine.builder("h", CARBON, d("1")).duration(3)
                .proxy(io.github.svtoms.proxies.ProxyValue.supplied(gbp("1000"), Y2024)).build();
        Valuation v = ValuationEngine.value(request(Discounting.of(DiscountSchedule.greenBookHealth())).line(line).build());
        // 1000 + 1000/1.015 + 1000/1.015² = 1000 + 985.22 + 970.66 = 2,955.88
        assertEquals(gbp("2955.88"), v.totals().presentValue());
    }

    @Test
    void fullDropOffLeavesOnlyTheFirstYear() {
        CommitmentLine line = CommitmentLine.builder("d", EMPLOYMENT, d("10")).duration(3).deadweight(d("0.2"))
                .displacement(d("0.1")).attribution(d("0.25")).dropOff(BigDecimal.ONE).build();
        Valuation v = ValuationEngine.value(request(Discounting.none()).line(line).build());
        // 54,000 in year 1, then × 0 = 0, 0
        assertEquals(gbp("54000.00"), v.totals().net());
        assertEquals(gbp("300000.00"), v.totals().gross());
    }

    @Test
    void deadweightDefaultsToTheProxysDefault() {
        Valuation v = ValuationEngine.value(request(Discounting.none())
                .line(CommitmentLine.of("e", EMPLOYMENT, d("1.5"))).build());
        // 1.5 FTE-years × 10,000 × (1 − 0.2 default deadweight) = 12,000
        assertEquals(gbp("12000.00"), v.totals().net());
        assertEquals(gbp("15000.00"), v.totals().gross());
        assertEquals("proxy default", v.lines().get(0).derivation().step(StepKind.ADJUSTMENT).orElseThrow()
                .text("deadweightSource"));
    }

    @Test
    void identicalLinesShowIdenticalPenniesAndTheTotalsStateTheDifference() {
        var proxy = io.github.svtoms.proxies.ProxyValue.supplied(gbp("10.005"), Y2024);
        var b = request(Discounting.none());
        for (String id : List.of("a", "b", "c")) {
            b.line(CommitmentLine.builder(id, CARBON, BigDecimal.ONE).proxy(proxy).build());
        }
        Valuation v = ValuationEngine.value(b.build());
        // exact 3 × 10.005 = 30.015 → 30.02 (HALF_EVEN); each line 10.005 → 10.00 (HALF_EVEN, its derivation's
        // "= £10.00"), 3 × 10.00 = 30.00: the lines' rounding adjustment states the missing £0.02.
        assertEquals(gbp("30.02"), v.totals().net());
        assertEquals(List.of(gbp("10.00"), gbp("10.00"), gbp("10.00")),
                v.lines().stream().map(l -> l.reported().net()).toList());
        assertEquals(gbp("0.02"), v.linesRoundingAdjustment().all().net());
        assertEquals(gbp("10.00"), v.lines().get(0).net().rounded());
        assertTrue(v.lines().get(0).derivation().steps().get(v.lines().get(0).derivation().steps().size() - 1).sentence()
                .endsWith("= £10.00"), "the derivation ends with the reported figure");
    }

    @Test
    void largestRemainderDirectly() {
        BigDecimal third = BigDecimal.ONE.divide(d("3"), MathContext.DECIMAL128);
        // 3 × 0.3333… = 0.9999… → 1.00; naive 0.33 × 3 = 0.99; allocation 0.34, 0.33, 0.33
        assertEquals(List.of(d("0.34"), d("0.33"), d("0.33")), LargestRemainder.allocate(List.of(third, third, third), 2));
        // 0.126 + 0.126 + 0.248 = 0.5 exactly; floors 0.12 + 0.12 + 0.24 = 0.48; remainders 0.006, 0.006, 0.008 → third, first
        assertEquals(List.of(d("0.13"), d("0.12"), d("0.25")),
                LargestRemainder.allocate(List.of(d("0.126"), d("0.126"), d("0.248")), 2));
    }

    @Test
    void unvaluedLinesAreListedNotCountedAsZero() {
        Valuation v = ValuationEngine.value(request(Discounting.none())
                .line(CommitmentLine.of("v", VOLUNTEERING, d("120")))
                .line(CommitmentLine.of("c", CARBON, d("2"))).build());
        // only carbon is valued: 2 × 280 = 560
        assertEquals(gbp("560.00"), v.totals().net());
        assertEquals(1, v.unvalued().size());
        UnvaluedLine u = v.unvalued().get(0);
        assertEquals("v", u.lineId());
        assertEquals(d("120"), u.quantity());
        assertEquals("hours", u.unit().id());
        assertTrue(u.reason().contains("volunteering-hours") && u.reason().contains("test-proxies"), u.reason());
        assertFalse(v.byMeasure().containsKey(VOLUNTEERING));
        assertEquals(1, v.summary().unvaluedLines());
        assertEquals(d("120"), v.summary().unvaluedQuantities().get(VOLUNTEERING));
    }

    @Test
    void breakdownsByMeasureOutcomeAndThemeAndTheExclusiveGroupWarning() {
        Valuation v = ValuationEngine.value(request(Discounting.none())
                .line(CommitmentLine.of("sme", SME_SPEND, d("100000")))
                .line(CommitmentLine.of("sup", SUPPLIER_SPEND, d("50000")))
                .line(CommitmentLine.of("co2", CARBON, d("10")))
                .line(CommitmentLine.of("emp", EMPLOYMENT, d("1"))).build());
        // sme 100,000 × 0.25 = 25,000; supplier 50,000 × 0.2 = 10,000; carbon 10 × 280 = 2,800;
        // employment 1 × 10,000 × 0.8 = 8,000; total 45,800
        assertEquals(gbp("45800.00"), v.totals().net());
        assertEquals(List.of(EMPLOYMENT, SME_SPEND, SUPPLIER_SPEND, CARBON), List.copyOf(v.byMeasure().keySet()));
        assertEquals(gbp("35000.00"), v.byOutcome().get(SUPPLY).reported().net());
        assertEquals(gbp("8000.00"), v.byOutcome().get(JOBS).reported().net());
        // theme inequality = jobs + supply chain = 43,000; climate = 2,800
        assertEquals(gbp("43000.00"), v.byTheme().get(INEQUALITY).reported().net());
        assertEquals(gbp("2800.00"), v.byTheme().get(CLIMATE).reported().net());
        assertEquals(1, v.warnings().size());
        ValuationWarning w = v.warnings().get(0);
        assertEquals(ValuationWarning.Kind.EXCLUSIVE_GROUP, w.kind());
        assertEquals(List.of(SME_SPEND, SUPPLIER_SPEND), w.measures());
        assertTrue(w.message().contains("local-spend") && w.message().contains("counted twice"), w.message());
    }

    @Test
    void derivationSentencesOfTheSroiLine() {
        LineValuation l = ValuationEngine.of(request(Discounting.greenBook()).build()).valueLine(sroiLine()).orElseThrow();
        assertEquals(List.of(
                "proxy £10,000.00 per FTE-years (2024 prices, GMCA Unit Cost Database v1.4)",
                "gross 10 FTE-years × £10,000.00 × 3 years = £300,000.00",
                "adjustment (1 − 0.2 deadweight) × (1 − 0.1 displacement) × (1 − 0.25 attribution) = 0.54",
                "net first year 10 × £10,000.00 × 0.54 = £54,000.00",
                "net over 3 years with drop-off 0.25: Σ £54,000.00 × 0.75^(k − 1), k = 1..3 = £124,875.00",
                "discount with green-book (the standard schedule; first contract year undiscounted; r_1–r_2 = 3.5 %): contract years 1–3 → t = 0–2, DF_0 = 1.0000 … DF_2 = 0.9335",
                "present value Σ value_k × DF_t over 3 years = £121,485.82"), l.derivation().sentences());
        // every step is checkable from its exact inputs
        DerivationStep net1 = l.derivation().step(StepKind.NET_FIRST_YEAR).orElseThrow();
        assertEquals(0, net1.number("quantity").multiply(net1.number("proxy")).multiply(net1.number("adjustment"))
                .compareTo(net1.result()));
        BigDecimal sum = l.years().stream().map(y -> y.value().amount().multiply(y.discountFactor(), MathContext.DECIMAL128))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(l.derivation().step(StepKind.PRESENT_VALUE).orElseThrow().result()));
    }
}
