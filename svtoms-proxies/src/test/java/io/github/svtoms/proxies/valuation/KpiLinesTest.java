package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.TargetRule;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.Kpi;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.core.kpi.SkippedKpi;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.proxies.valuation.Fixtures.CARBON;
import static io.github.svtoms.proxies.valuation.Fixtures.EMPLOYMENT;
import static io.github.svtoms.proxies.valuation.Fixtures.GBP;
import static io.github.svtoms.proxies.valuation.Fixtures.LTU_HIRES;
import static io.github.svtoms.proxies.valuation.Fixtures.SME_SPEND;
import static io.github.svtoms.proxies.valuation.Fixtures.VOLUNTEERING;
import static io.github.svtoms.proxies.valuation.Fixtures.Y2024;
import static io.github.svtoms.proxies.valuation.Fixtures.d;
import static io.github.svtoms.proxies.valuation.Fixtures.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * KPIs to commitment lines: a whole-contract target spread over the contract's years, per unit kind, with
 * worked examples, and the lines valued without counting a target once a year.
 */
class KpiLinesTest {
    static final MeasureId PARTICIPANTS = MeasureId.of("employability-participants");
    static final MeasureId PROMPT_PAYMENT = MeasureId.of("prompt-payment-share");
    static final MeasureId CARBON_PLAN = MeasureId.of("carbon-reduction-plan");
    static final MeasureId MODERN_SLAVERY = MeasureId.of("modern-slavery-review");
    private static final ThemeId INEQUALITY = ThemeId.of("economic-inequality");
    private static final ThemeId CLIMATE = ThemeId.of("climate-change");

    /**
     * The valuation fixtures' measures with target rules, plus a non-hire people measure, a percentage, a
     * yes/no and a measure without a target rule, all under the measure-owning framework svtoms-open.
     */
    static Catalogue catalogue() {
        FrameworkId fw = FrameworkId.of("svtoms-open");
        OutcomeId jobs = OutcomeId.of("more-local-jobs");
        OutcomeId supply = OutcomeId.of("local-supply-chain");
        OutcomeId carbon = OutcomeId.of("less-carbon");
        return Catalogue.builder()
                .framework(Framework.ofMeasures(fw, "svtoms open measures", "svtoms", "2025.1"))
                .theme(new Theme(INEQUALITY, fw, "Tackling economic inequality", ""))
                .theme(new Theme(CLIMATE, fw, "Fighting climate change", ""))
                .outcome(new Outcome(jobs, INEQUALITY, "More local jobs", ""))
                .outcome(new Outcome(supply, INEQUALITY, "A local supply chain", ""))
                .outcome(new Outcome(carbon, CLIMATE, "Less carbon", ""))
                .measure(measure(EMPLOYMENT, jobs, Unit.FTE_YEARS, perValue("1", "250000")))
                .measure(measure(LTU_HIRES, jobs, Unit.PEOPLE, perValue("1", "500000")).toBuilder().firstYearOnly(true)
                        .build())
                .measure(measure(PARTICIPANTS, jobs, Unit.PEOPLE, new TargetRule.PerContractYear(d("5"))))
                .measure(measure(SME_SPEND, supply, Unit.GBP, perValue("10000", "400000")))
                .measure(measure(PROMPT_PAYMENT, supply, Unit.PERCENT, new TargetRule.Fixed(d("95"))))
                .measure(measure(MODERN_SLAVERY, supply, Unit.COUNT, null))
                .measure(measure(CARBON, carbon, Unit.TCO2E, new TargetRule.PerContractYear(d("2.5"))))
                .measure(measure(CARBON_PLAN, carbon, Unit.YES_NO, new TargetRule.Fixed(BigDecimal.ONE)))
                .measure(measure(VOLUNTEERING, carbon, Unit.HOURS, perValue("10", "100000")))
                .build();
    }

    private static TargetRule perValue(String quantity, String per) {
        return new TargetRule.PerContractValue(d(quantity), gbp(per));
    }

    private static Measure measure(MeasureId id, OutcomeId outcome, Unit unit, TargetRule rule) {
        return Measure.builder(id).outcome(outcome).name(id.value()).unit(unit).targetRule(rule)
                .categories(ContractCategory.GOODS, ContractCategory.SERVICES, ContractCategory.WORKS).build();
    }

    static Kpi kpi(MeasureId measure, Unit unit, String target) {
        Optional<BigDecimal> t = Optional.ofNullable(target).map(BigDecimal::new);
        return new Kpi(measure, INEQUALITY, unit, t, t, t, List.of(), List.of("test"));
    }

    private static CommitmentLine line(String id, MeasureId measure, String quantity, int start, int duration) {
        return CommitmentLine.builder(id, measure, d(quantity)).startYear(start).duration(duration).build();
    }

    private static KpiLines lines(int years, Kpi... kpis) {
        return KpiLines.of(List.of(kpis), years, catalogue());
    }

    @Test
    void anAmountThatDividesEvenlyIsOneLineOverTheContractNotTheTargetEachYear() {
        // 3 FTE-years over 3 years = 1.00 FTE a year (precision: hundredths), not 3 a year
        assertEquals(List.of(line("local-employment", EMPLOYMENT, "1.00", 1, 3)),
                lines(3, kpi(EMPLOYMENT, Unit.FTE_YEARS, "3")).lines());
        // money: £30,000.00 of local SME spend over 3 years = £10,000.00 a year
        assertEquals(List.of(line("local-sme-spend", SME_SPEND, "10000.00", 1, 3)),
                lines(3, kpi(SME_SPEND, Unit.GBP, "30000.00")).lines());
        // people (not hires): 6 participants over 3 years = 2 a year, whole people
        assertEquals(List.of(line("employability-participants", PARTICIPANTS, "2", 1, 3)),
                lines(3, kpi(PARTICIPANTS, Unit.PEOPLE, "6")).lines());
        // a one-year contract: the whole target in year 1
        assertEquals(List.of(line("carbon-saved", CARBON, "7.50", 1, 1)), lines(1, kpi(CARBON, Unit.TCO2E, "7.5")).lines());
    }

    @Test
    void aRemainderGoesOneStepAYearToTheLastYears() {
        // 5 participants over 3 years: 5 = 1 × 3 + 2 → 1 a year over years 1–3, plus 1 a year over years 2–3:
        // years hold 1, 2, 2 and 1 × 3 + 1 × 2 = 5
        assertEquals(List.of(line("employability-participants", PARTICIPANTS, "1", 1, 3),
                        line("employability-participants:years-2-3", PARTICIPANTS, "1", 2, 2)),
                lines(3, kpi(PARTICIPANTS, Unit.PEOPLE, "5")).lines());
        // 4 FTE-years over 3 years: 400 hundredths = 133 × 3 + 1 → 1.33 a year, plus 0.01 in year 3: 3.99 + 0.01 = 4
        assertEquals(List.of(line("local-employment", EMPLOYMENT, "1.33", 1, 3),
                        line("local-employment:year-3", EMPLOYMENT, "0.01", 3, 1)),
                lines(3, kpi(EMPLOYMENT, Unit.FTE_YEARS, "4")).lines());
        // £100.00 over 3 years: 10,000 pence = 3,333 × 3 + 1 → £33.33 a year and 1p more in year 3
        assertEquals(List.of(line("local-sme-spend", SME_SPEND, "33.33", 1, 3),
                        line("local-sme-spend:year-3", SME_SPEND, "0.01", 3, 1)),
                lines(3, kpi(SME_SPEND, Unit.GBP, "100.00")).lines());
        // finer decimals than hundredths keep their own precision: 0.005 tCO2e over 2 years = 0.002 + 0.003
        assertEquals(List.of(line("carbon-saved", CARBON, "0.002", 1, 2), line("carbon-saved:year-2", CARBON, "0.001", 2, 1)),
                lines(2, kpi(CARBON, Unit.TCO2E, "0.005")).lines());
        // fewer steps than years: 2 participants over 5 years → no line of 0 a year; 1 a year in years 4–5
        assertEquals(List.of(line("employability-participants:years-4-5", PARTICIPANTS, "1", 4, 2)),
                lines(5, kpi(PARTICIPANTS, Unit.PEOPLE, "2")).lines());
    }

    @Test
    void firstYearOnlyHiresAreOneYearLinesInTheYearOfHire() {
        // 3 hires over 3 years: one a year, each counted in its own first year
        assertEquals(List.of(line("long-term-unemployed-hires:year-1", LTU_HIRES, "1", 1, 1),
                        line("long-term-unemployed-hires:year-2", LTU_HIRES, "1", 2, 1),
                        line("long-term-unemployed-hires:year-3", LTU_HIRES, "1", 3, 1)),
                lines(3, kpi(LTU_HIRES, Unit.PEOPLE, "3")).lines());
        // 2 hires over 3 years: 0, 1, 1 (the year with none has no line)
        assertEquals(List.of(line("long-term-unemployed-hires:year-2", LTU_HIRES, "1", 2, 1),
                        line("long-term-unemployed-hires:year-3", LTU_HIRES, "1", 3, 1)),
                lines(3, kpi(LTU_HIRES, Unit.PEOPLE, "2")).lines());
        // 7 hires over 3 years: 2, 2, 3
        assertEquals(List.of("2", "2", "3"), lines(3, kpi(LTU_HIRES, Unit.PEOPLE, "7")).lines().stream()
                .map(l -> l.quantity().toPlainString()).toList());
        // a one-year contract: one line with the measure's id
        assertEquals(List.of(line("long-term-unemployed-hires", LTU_HIRES, "4", 1, 1)),
                lines(1, kpi(LTU_HIRES, Unit.PEOPLE, "4")).lines());
        // a zero target is still a commitment, of 0
        assertEquals(List.of(line("long-term-unemployed-hires", LTU_HIRES, "0", 1, 1)),
                lines(3, kpi(LTU_HIRES, Unit.PEOPLE, "0")).lines());
        assertEquals(List.of(line("employability-participants", PARTICIPANTS, "0", 1, 3)),
                lines(3, kpi(PARTICIPANTS, Unit.PEOPLE, "0")).lines());
    }

    @Test
    void levelsAndKpisWithoutATargetGiveNoLine() {
        KpiLines l = lines(3, kpi(PROMPT_PAYMENT, Unit.PERCENT, "95"), kpi(CARBON_PLAN, Unit.YES_NO, "1"),
                kpi(MODERN_SLAVERY, Unit.COUNT, null), kpi(CARBON, Unit.TCO2E, "6"));
        assertEquals(List.of(line("carbon-saved", CARBON, "2.00", 1, 3)), l.lines());
        assertEquals(List.of(
                new SkippedKpi(PROMPT_PAYMENT, "a level (%) to hold, not a quantity delivered each year: it has no"
                        + " quantity to value with a proxy"),
                new SkippedKpi(CARBON_PLAN, "a level (yes/no) to hold, not a quantity delivered each year: it has no"
                        + " quantity to value with a proxy"),
                new SkippedKpi(MODERN_SLAVERY, "no target: agree one with the supplier, then add a line for"
                        + " 'modern-slavery-review' (quantity per benefit year)")), l.skipped());
    }

    @Test
    void aSelectionBecomesLinesThatValueTheTargetOnce() {
        Catalogue catalogue = catalogue();
        ContractProfile profile = ContractProfile.builder().framework(FrameworkId.of("svtoms-open"))
                .value(gbp("1200000.00")).years(3).category(ContractCategory.SERVICES).build();
        KpiSelection selection = new KpiSelector(catalogue).select(profile);
        // targets: employment floor(1,200,000 / 250,000) = 4 FTE-years; hires floor(1,200,000 / 500,000) = 2;
        // participants 5 × 3 = 15; SME spend floor(3) × 10,000 = £30,000; carbon 2.5 × 3 = 7.5 tCO2e;
        // volunteering floor(12) × 10 = 120 hours; prompt payment 95 %; carbon plan yes; modern slavery: none
        KpiLines l = KpiLines.of(selection, catalogue);
        assertEquals(List.of(
                line("local-employment", EMPLOYMENT, "1.33", 1, 3),                // 1.33 × 3 + 0.01 = 4
                line("local-employment:year-3", EMPLOYMENT, "0.01", 3, 1),
                line("long-term-unemployed-hires:year-2", LTU_HIRES, "1", 2, 1),    // 0, 1, 1 = 2
                line("long-term-unemployed-hires:year-3", LTU_HIRES, "1", 3, 1),
                line("employability-participants", PARTICIPANTS, "5", 1, 3),       // 5 × 3 = 15
                line("local-sme-spend", SME_SPEND, "10000.00", 1, 3),              // 10,000 × 3 = 30,000
                line("carbon-saved", CARBON, "2.50", 1, 3),                        // 2.5 × 3 = 7.5
                line("volunteering-hours", VOLUNTEERING, "40.00", 1, 3)),          // 40 × 3 = 120
                l.lines());
        assertEquals(List.of(PROMPT_PAYMENT, MODERN_SLAVERY, CARBON_PLAN), l.skipped().stream().map(SkippedKpi::measure)
                .toList());
        // each KPI's lines add up to its target: Σ quantity × duration
        for (Kpi k : selection.kpis()) {
            BigDecimal sum = l.lines().stream().filter(x -> x.measure().equals(k.measure()))
                    .map(x -> x.quantity().multiply(BigDecimal.valueOf(x.duration()))).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!l.skipped().stream().map(SkippedKpi::measure).toList().contains(k.measure())) {
                assertEquals(0, sum.compareTo(k.target().orElseThrow()), k.measure() + ": " + sum);
            }
        }

        // valued with the fixtures' proxies (no discounting): each gross is target × proxy, not × 3 again
        ValuationRequest request = ValuationRequest.builder(GBP, Y2024, catalogue).proxyTable(Fixtures.table())
                .priceIndex(Fixtures.index()).discounting(Discounting.none()).build().withLines(l.lines());
        Valuation v = ValuationEngine.value(request);
        // employment: 4 FTE-years × £10,000 = £40,000 (a line of 4 a year over 3 years would give £120,000)
        assertEquals(gbp("40000.00"), v.byMeasure().get(EMPLOYMENT).reported().gross());
        // SME spend: £30,000 × 0.25 = £7,500
        assertEquals(gbp("7500.00"), v.byMeasure().get(SME_SPEND).reported().gross());
        // carbon: 7.5 t × £280 = £2,100
        assertEquals(gbp("2100.00"), v.byMeasure().get(CARBON).reported().gross());
        // hires: 2 × £9,800 in 2012-13 prices × 102.625 / 74.43 = 27,024.72 (2024 on the financial-year basis:
        // ¼ × 100 + ¾ × 103.5 = 102.625)
        assertEquals(gbp("27024.72"), v.byMeasure().get(LTU_HIRES).reported().gross());
    }

    @Test
    void errors() {
        assertThrows(InvalidValueException.class, () -> lines(0, kpi(CARBON, Unit.TCO2E, "1")));
        assertThrows(UnknownIdException.class, () -> lines(3, kpi(MeasureId.of("nt99"), Unit.TCO2E, "1")));
        assertThrows(InvalidValueException.class, () -> new KpiLines(null, List.of()));
        assertThrows(InvalidValueException.class, () -> KpiLines.of(null, catalogue()));
        List<CommitmentLine> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertThrows(InvalidValueException.class, () -> new KpiLines(withNull, List.of()));
        assertTrue(lines(3).lines().isEmpty());
    }
}
