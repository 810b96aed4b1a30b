package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.EvidenceGrade;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ReferenceData;
import io.github.svtoms.proxies.ValueSeries;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.WageSeries;
import io.github.svtoms.proxies.YearlyBasis;
import io.github.svtoms.proxies.derivation.StepKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.svtoms.proxies.valuation.Fixtures.GBP;
import static io.github.svtoms.proxies.valuation.Fixtures.d;
import static io.github.svtoms.proxies.valuation.Fixtures.gbp;
import static io.github.svtoms.proxies.valuation.Fixtures.gmca;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Worked examples, computed by hand, for discounting by kind, proxies that follow the years (the living wage gap
 * and carbon values by year of emission) and present value ranges.
 */
class YearsAndKindsTest {
    private static final FrameworkId FW = FrameworkId.of("years-test");
    private static final ThemeId THEME = ThemeId.of("all");
    private static final OutcomeId OUTCOME = OutcomeId.of("everything");
    static final MeasureId JOBS = MeasureId.of("local-employment");
    static final MeasureId WELLBYS = MeasureId.of("wellbeing-wellbys");
    static final MeasureId LIVING_WAGE = MeasureId.of("real-living-wage-jobs");
    static final MeasureId CARBON = MeasureId.of("carbon-saved");
    private static final PriceYear Y2024 = PriceYear.ofCalendar(2024);
    private static final PriceYear FY25 = PriceYear.ofFinancial(2025);

    private static Catalogue catalogue() {
        return Catalogue.builder()
                .framework(Framework.ofMeasures(FW, "test", "svtoms", "1"))
                .theme(new Theme(THEME, FW, "All", ""))
                .outcome(new Outcome(OUTCOME, THEME, "Everything", ""))
                .measure(measure(JOBS, Unit.FTE_YEARS))
                .measure(measure(WELLBYS, Unit.WELLBYS))
                .measure(measure(LIVING_WAGE, Unit.FTE_YEARS))
                .measure(measure(CARBON, Unit.TCO2E))
                .build();
    }

    private static Measure measure(MeasureId id, Unit unit) {
        return Measure.builder(id).outcome(OUTCOME).name(id.value()).unit(unit)
                .categories(ContractCategory.GOODS, ContractCategory.SERVICES, ContractCategory.WORKS).build();
    }

    private static ProxyValue proxy(String amount, PriceYear year, ValueType type) {
        return new ProxyValue(Money.of(amount, "GBP"), year, type, Optional.empty(), gmca(), Optional.empty());
    }

    private static Provenance lwf() {
        return new Provenance("Living Wage Foundation rates", "Living Wage Foundation", "2024-2025", Optional.empty(),
                "published figures", EvidenceGrade.V2, Optional.empty());
    }

    /** The Real Living Wage (UK, London) by announcement year and the National Living Wage from each April. */
    private static ReferenceData wages() {
        WageSeries uk = new WageSeries("rlw-uk", "Real Living Wage", GBP, "hour", lwf(),
                Map.of(PriceYear.ofCalendar(2024), d("12.60"), PriceYear.ofCalendar(2025), d("13.45")));
        WageSeries london = new WageSeries("rlw-london", "London Living Wage", GBP, "hour", lwf(),
                Map.of(PriceYear.ofCalendar(2024), d("13.85"), PriceYear.ofCalendar(2025), d("14.80")));
        WageSeries nlw = new WageSeries("nlw", "National Living Wage", GBP, "hour", lwf(),
                Map.of(PriceYear.ofCalendar(2025), d("12.21"), PriceYear.ofCalendar(2026), d("12.71")));
        ValueSeries carbon = new ValueSeries("carbon-values", "carbon values", GBP, "tCO2e", PriceYear.ofCalendar(2022), gmca(),
                Map.of(2025, d("273.06"), 2026, d("277.22")), Map.of(2025, d("136.53"), 2026, d("138.61")),
                Map.of(2025, d("409.60"), 2026, d("415.83")));
        return new ReferenceData(List.of(), List.of(), Optional.empty(), List.of(uk, london, nlw), List.of(carbon));
    }

    static PriceIndex deflator() {
        return PriceIndex.builder("deflator", "deflator", "test")
                .put(PriceYear.ofFinancial(2021), d("87.95"))
                .put(PriceYear.ofFinancial(2022), d("94.22"))
                .put(PriceYear.ofFinancial(2023), d("100"))
                .put(PriceYear.ofFinancial(2024), d("102.37"))
                .put(FY25, d("104.82"))
                .put(PriceYear.ofFinancial(2026), d("106.88"))
                .build();
    }

    private static ProxyTable table() {
        return ProxyTable.builder("years-proxies", "Years proxies", "1", GBP)
                .put(JOBS, proxy("10000", Y2024, ValueType.ECONOMIC))
                .put(WELLBYS, proxy("13000", Y2024, ValueType.SOCIAL_WELLBEING).withRange(gbp("10000"), gbp("16000")))
                .put(LIVING_WAGE, proxy("2418", FY25, ValueType.ECONOMIC)
                        .withYearly(new YearlyBasis.WageGap("rlw-uk", "rlw-london", "nlw")))
                .put(CARBON, proxy("273.06", PriceYear.ofCalendar(2022), ValueType.ECONOMIC)
                        .withYearly(new YearlyBasis.Series("carbon-values", BigDecimal.ONE)))
                .build();
    }

    static ValuationRequest.Builder request(PriceYear priceYear, Discounting discounting) {
        return ValuationRequest.builder(GBP, priceYear, catalogue()).proxyTable(table()).discounting(discounting)
                .reference(wages());
    }

    @Test
    void aWellbyLineTakesTheHealthRateBesideAJobsLineAtTheStandardRate() {
        // Green Book, first year undiscounted; both lines 1 unit a year for 2 years, no adjustment, 2024 prices.
        // jobs (economic, standard 3.5 %):   10,000 + 10,000 / 1.035 = 10,000 + 9,661.8357… = £19,661.84
        // wellby (social-wellbeing, 1.5 %):  13,000 + 13,000 / 1.015 = 13,000 + 12,807.8817… = £25,807.88
        // total: 19,661.8357… + 25,807.8817… = £45,469.72
        ValuationRequest r = request(Y2024, Discounting.greenBook())
                .line(CommitmentLine.builder("jobs", JOBS, BigDecimal.ONE).duration(2).build())
                .line(CommitmentLine.builder("wellby", WELLBYS, BigDecimal.ONE).duration(2).build())
                .build();
        Valuation v = ValuationEngine.value(r);
        LineValuation jobs = v.line("jobs").orElseThrow();
        LineValuation wellby = v.line("wellby").orElseThrow();
        assertEquals(gbp("19661.84"), jobs.reported().presentValue());
        assertEquals(gbp("25807.88"), wellby.reported().presentValue());
        assertEquals(gbp("45469.72"), v.totals().presentValue());
        assertEquals(DiscountKind.STANDARD, jobs.discountKind());
        assertEquals(DiscountKind.HEALTH, wellby.discountKind());
        assertEquals("green-book-health", wellby.discountSchedule().id());
        // each year's rate and factor: t = 0 has no rate, t = 1 is 3.5 % and 1.5 %
        assertEquals(0, jobs.years().get(1).discountRate().compareTo(d("0.035")));
        assertEquals(0, wellby.years().get(1).discountRate().compareTo(d("0.015")));
        assertEquals(0, wellby.years().get(0).discountRate().signum());
        assertEquals(0, wellby.years().get(1).discountFactor().compareTo(DiscountSchedule.greenBookHealth().factor(1)));
        String discount = wellby.derivation().steps().stream().filter(s -> s.kind() == StepKind.DISCOUNT).findFirst()
                .orElseThrow().sentence();
        assertTrue(discount.startsWith("discount with green-book-health (the health schedule: a health or wellbeing value;"
                + " first contract year undiscounted; r_1 = 1.5 %)"), discount);
    }

    @Test
    void aLineMayChooseItsScheduleAndAHealthLineNeedsAHealthSchedule() {
        // the WELLBY line chooses the standard schedule: 13,000 + 13,000 / 1.035 = 13,000 + 12,560.3864… = £25,560.39
        ValuationRequest r = request(Y2024, Discounting.greenBook())
                .line(CommitmentLine.builder("wellby", WELLBYS, BigDecimal.ONE).duration(2)
                        .discountKind(DiscountKind.STANDARD).build())
                .build();
        LineValuation l = ValuationEngine.value(r).line("wellby").orElseThrow();
        assertEquals(gbp("25560.39"), l.reported().presentValue());
        assertTrue(l.derivation().sentences().stream().anyMatch(s -> s.contains("the standard schedule, chosen on the line")));

        // one schedule for every line: the WELLBY line follows it (3.5 %), and a line asking for health is refused
        ValuationRequest single = request(Y2024, Discounting.of(DiscountSchedule.greenBook()))
                .line(CommitmentLine.builder("wellby", WELLBYS, BigDecimal.ONE).duration(2).build())
                .line(CommitmentLine.builder("asks", JOBS, BigDecimal.ONE).discountKind(DiscountKind.HEALTH).build())
                .build();
        LineRejectedException e = assertThrows(LineRejectedException.class, () -> ValuationEngine.value(single));
        assertEquals(1, e.problems().size());
        assertEquals(LineRejectedException.Rule.DISCOUNTING, e.problems().get(0).rule());
        assertTrue(e.getMessage().contains("line 'asks' asks for the health discount schedule"), e.getMessage());
        assertEquals(gbp("25560.39"), ValuationEngine.of(single).valueLine(single.lines().get(0)).orElseThrow()
                .reported().presentValue());
    }

    @Test
    void theLivingWageUpliftFollowsTheRatesInForceEachYearUkAndLondon() {
        // Contract from 1 October 2025, 2 FTE a year for 3 years, 2025-26 prices, no discounting, 1,950 hours per FTE.
        // Financial year Y (April Y – March Y+1): gap = living wage announced in autumn Y−1 − National Living Wage of April Y.
        //   2025-26: UK 12.60 − 12.21 = 0.39;  London 13.85 − 12.21 = 1.64 (2025-26 prices)
        //   2026-27: UK 13.45 − 12.71 = 0.74;  London 14.80 − 12.71 = 2.09, in 2026-27 prices,
        //            × 104.82 / 106.88 (= 0.980726…) → UK 0.725737…, London 2.049717… in 2025-26 prices
        //   2027-28 and later: no rates in the series → the 2026-27 gap held in real terms (projected)
        // Year 1, 1 Oct 2025 – 30 Sep 2026: 182 days of 2025-26 (Oct–Mar), 183 days of 2026-27 (Apr–Sep), 365 days
        //   UK:     (182 × 0.39 + 183 × 0.725737…) / 365 × 1,950 = 0.558328… × 1,950 = £1,088.74 per FTE
        //   London: (182 × 1.64 + 183 × 2.049717…) / 365 × 1,950 = £3,598.57 per FTE
        // Years 2 and 3 (2026-27/2027-28, 2027-28/2028-29): the 2026-27 gap throughout
        //   UK 0.725737… × 1,950 = £1,415.19; London 2.049717… × 1,950 = £3,996.95
        // Gross, 2 FTE: UK 2 × (1,088.7406… + 1,415.1876… + 1,415.1876…) = £7,838.23; London £23,184.93
        // (Without the dates, the fixed published £2,418 would give 2 × 3 × 2,418 = £14,508 for both.)
        ValuationRequest r = request(FY25, Discounting.none()).priceIndex(deflator()).contractStart(LocalDate.of(2025, 10, 1))
                .line(CommitmentLine.builder("uk", LIVING_WAGE, d("2")).duration(3).build())
                .line(CommitmentLine.builder("london", LIVING_WAGE, d("2")).duration(3).wageArea(WageArea.LONDON)
                        .countedSeparately("different workers").build())
                .build();
        Valuation v = ValuationEngine.value(r);
        LineValuation uk = v.line("uk").orElseThrow();
        LineValuation london = v.line("london").orElseThrow();
        assertEquals(List.of(gbp("1088.74"), gbp("1415.19"), gbp("1415.19")),
                uk.years().stream().map(y -> y.proxy().rounded()).toList());
        assertEquals(List.of(gbp("3598.57"), gbp("3996.95"), gbp("3996.95")),
                london.years().stream().map(y -> y.proxy().rounded()).toList());
        assertEquals(gbp("7838.23"), uk.reported().gross());
        assertEquals(gbp("7838.23"), uk.reported().presentValue());
        assertEquals(gbp("23184.93"), london.reported().gross());
        assertTrue(uk.yearly());
        assertTrue(uk.projected());
        assertEquals(List.of(false, true, true), uk.years().stream().map(YearValue::projected).toList());
        assertEquals(LocalDate.of(2027, 10, 1), uk.years().get(2).from());
        assertEquals(LocalDate.of(2028, 9, 30), uk.years().get(2).to());
        List<String> sentences = uk.derivation().sentences();
        assertTrue(sentences.get(0).contains("the contract starts on 2025-10-01"), sentences.get(0));
        assertTrue(sentences.get(1).startsWith("proxy in benefit year 1, contract year 1 (2025-10-01 to 2026-09-30): 2025-26 for"
                + " 182 of 365 days: max(0, £12.60"), sentences.get(1));
        assertTrue(sentences.get(2).contains("held in real terms (projected, not read)"), sentences.get(2));
    }

    @Test
    void withoutAStartDateContractYearOneIsThePriceYearAndTheDerivationSaysSo() {
        // 2025-26 prices, no start date: contract year 1 = 1 April 2025 – 31 March 2026, all in 2025-26:
        // UK gap 12.60 − 12.21 = 0.39 × 1,950 = £760.50 per FTE; 1 FTE, 1 year, no discounting.
        ValuationRequest r = request(FY25, Discounting.none()).priceIndex(deflator())
                .line(CommitmentLine.builder("uk", LIVING_WAGE, BigDecimal.ONE).build())
                .build();
        LineValuation l = ValuationEngine.value(r).line("uk").orElseThrow();
        assertEquals(gbp("760.50"), l.reported().gross());
        assertFalse(l.projected());
        assertTrue(l.derivation().sentences().get(0).contains("the request gives no contract start date, so contract year 1"
                + " is taken to be the price year 2025-26 (from 2025-04-01)"), l.derivation().sentences().get(0));
        // other hours per FTE: 0.39 × 1,820 = £709.80
        ValuationRequest hours = r.toBuilder().hoursPerFte(d("1820")).build();
        assertEquals(gbp("709.80"), ValuationEngine.value(hours).totals().gross());
    }

    @Test
    void carbonIsValuedAtEachYearsValueWithItsLowAndHighRange() {
        // 10 tCO2e a year for 2 years from 1 July 2025, series in 2022 prices and request in 2022 prices (no rebasing),
        // no discounting.
        // Year 1, 1 Jul 2025 – 30 Jun 2026: 184 days of 2025, 181 of 2026 (365):
        //   central (184 × 273.06 + 181 × 277.22) / 365 = (50,243.04 + 50,176.82) / 365 = 275.122904…  → × 10 = 2,751.229…
        //   low     (184 × 136.53 + 181 × 138.61) / 365 = 50,209.93 / 365 = 137.561452…                → × 10 = 1,375.614…
        //   high    (184 × 409.60 + 181 × 415.83) / 365 = 150,631.63 / 365 = 412.689397…               → × 10 = 4,126.893…
        // Year 2, 1 Jul 2026 – 30 Jun 2027: 2027 is beyond the series (2025–2026), so 2026's values are held (projected):
        //   central 2,772.20, low 1,386.10, high 4,158.30
        // PV: central 2,751.229… + 2,772.20 = £5,523.43; low 1,375.614… + 1,386.10 = £2,761.71; high 4,126.893… + 4,158.30 = £8,285.19
        ValuationRequest r = ValuationRequest.builder(GBP, PriceYear.ofCalendar(2022), catalogue()).proxyTable(table())
                .discounting(Discounting.none()).reference(wages()).contractStart(LocalDate.of(2025, 7, 1))
                .line(CommitmentLine.builder("c", CARBON, d("10")).duration(2).build())
                .line(CommitmentLine.builder("jobs", JOBS, BigDecimal.ONE).proxy(proxy("100", PriceYear.ofCalendar(2022),
                        ValueType.ECONOMIC)).build())
                .build();
        Valuation v = ValuationEngine.value(r);
        LineValuation c = v.line("c").orElseThrow();
        assertEquals(gbp("5523.43"), c.reported().presentValue());
        PresentValueRange range = c.presentValueRange().orElseThrow().rounded();
        assertEquals(new PresentValueRange(gbp("2761.71"), gbp("5523.43"), gbp("8285.19")), range);
        assertEquals(List.of(false, true), c.years().stream().map(YearValue::projected).toList());
        // totals: the jobs line (£100, no range) counts at its figure in all three
        assertEquals(Optional.of(new PresentValueRange(gbp("2861.71"), gbp("5623.43"), gbp("8385.19"))),
                v.summary().presentValueRange());
        assertEquals(new PresentValueRange(gbp("2861.71"), gbp("5623.43"), gbp("8385.19")),
                v.summary().presentValueRangeByValueType().get(ValueType.ECONOMIC));
    }

    @Test
    void aWellbyRangeGivesALowAndHighPresentValue() {
        // 2 WELLBYs, 1 year, no discounting: 2 × 10,000 / 13,000 / 16,000 = £20,000 / £26,000 / £32,000
        ValuationRequest r = request(Y2024, Discounting.none())
                .line(CommitmentLine.builder("w", WELLBYS, d("2")).build())
                .build();
        Valuation v = ValuationEngine.value(r);
        assertEquals(Optional.of(new PresentValueRange(gbp("20000.00"), gbp("26000.00"), gbp("32000.00"))),
                v.summary().presentValueRange());
        assertEquals(new PresentValueRange(gbp("20000"), gbp("26000"), gbp("32000")),
                v.line("w").orElseThrow().presentValueRange().orElseThrow());
    }

    @Test
    void aLineWhoseSeriesIsMissingIsRejectedNamingIt() {
        ValuationRequest r = ValuationRequest.builder(GBP, PriceYear.ofCalendar(2022), catalogue()).proxyTable(table())
                .line(CommitmentLine.builder("c", CARBON, d("10")).build())
                .build();
        LineRejectedException e = assertThrows(LineRejectedException.class, () -> ValuationEngine.value(r));
        assertEquals(LineRejectedException.Rule.YEARLY_SERIES, e.problems().get(0).rule());
        assertTrue(e.getMessage().contains("line 'c': the proxy for measure 'carbon-saved' follows the years, but the request"
                + " has no reference data (it needs 'carbon-values')"), e.getMessage());
        ValuationRequest other = r.toBuilder().reference(new ReferenceData(List.of(), List.of(), Optional.empty(),
                List.of())).build();
        e = assertThrows(LineRejectedException.class, () -> ValuationEngine.value(other));
        assertTrue(e.getMessage().contains("the request's reference data has no value series 'carbon-values'"), e.getMessage());
    }

    @Test
    void streamingGivesTheSameRangeAsTheBatch() {
        ValuationRequest r = request(Y2024, Discounting.greenBook())
                .line(CommitmentLine.builder("w", WELLBYS, d("2")).duration(3).build())
                .line(CommitmentLine.builder("j", JOBS, d("1.5")).duration(2).build())
                .build();
        ValuationEngine engine = ValuationEngine.of(r);
        assertEquals(engine.value().summary(), engine.summarise(r.lines().stream()));
    }

    @Test
    void partialSumsWithTheirRangesGiveTheSameSummaryAsTheLines() {
        ValuationRequest r = request(Y2024, Discounting.greenBook())
                .line(CommitmentLine.builder("w1", WELLBYS, d("2")).duration(3).build())
                .line(CommitmentLine.builder("j", JOBS, d("1.5")).duration(2).build())
                .line(CommitmentLine.builder("w2", WELLBYS, d("0.5")).build())
                .build();
        ValuationEngine engine = ValuationEngine.of(r);
        ValuationAccumulator parts = engine.accumulator();
        // one partial sum per measure, in the order of each measure's first line
        for (MeasureId m : List.of(WELLBYS, JOBS)) {
            BigDecimal g = BigDecimal.ZERO;
            BigDecimal n = BigDecimal.ZERO;
            BigDecimal pv = BigDecimal.ZERO;
            BigDecimal low = BigDecimal.ZERO;
            BigDecimal high = BigDecimal.ZERO;
            long lines = 0;
            long ranged = 0;
            ValueType type = null;
            for (CommitmentLine line : r.lines()) {
                if (line.measure().equals(m)) {
                    LineValuation l = engine.valueLine(line).orElseThrow();
                    type = l.valueType();
                    g = g.add(l.gross().amount());
                    n = n.add(l.net().amount());
                    pv = pv.add(l.presentValue().amount());
                    low = low.add(l.presentValueRange().map(x -> x.low().amount()).orElse(l.presentValue().amount()));
                    high = high.add(l.presentValueRange().map(x -> x.high().amount()).orElse(l.presentValue().amount()));
                    lines++;
                    ranged += l.presentValueRange().isPresent() ? 1 : 0;
                }
            }
            parts.addValuedSums(m, type, g, n, pv, lines, low, high, ranged);
        }
        ValuationSummary batch = engine.value().summary();
        assertTrue(batch.presentValueRange().isPresent());
        assertEquals(batch, parts.summary());
    }
}
