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
import io.github.svtoms.proxies.EvidenceGrade;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ValueType;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/** A small catalogue, proxy table and price index for the valuation tests. */
final class Fixtures {
    static final Currency GBP = Currency.getInstance("GBP");
    static final PriceYear Y2024 = PriceYear.parse("2024");
    static final PriceYear FY12 = PriceYear.parse("2012-13");
    static final PriceYear FY23 = PriceYear.parse("2023-24");
    static final MeasureId EMPLOYMENT = MeasureId.of("local-employment");
    static final MeasureId LTU_HIRES = MeasureId.of("long-term-unemployed-hires");
    static final MeasureId SME_SPEND = MeasureId.of("local-sme-spend");
    static final MeasureId SUPPLIER_SPEND = MeasureId.of("local-supplier-spend");
    static final MeasureId CARBON = MeasureId.of("carbon-saved");
    static final MeasureId VOLUNTEERING = MeasureId.of("volunteering-hours");
    static final OutcomeId JOBS = OutcomeId.of("more-local-jobs");
    static final OutcomeId SUPPLY = OutcomeId.of("local-supply-chain");
    static final OutcomeId CARBON_OUT = OutcomeId.of("less-carbon");
    static final OutcomeId COMMUNITY = OutcomeId.of("stronger-communities");
    static final ThemeId INEQUALITY = ThemeId.of("economic-inequality");
    static final ThemeId CLIMATE = ThemeId.of("climate-change");
    static final ThemeId WELLBEING = ThemeId.of("wellbeing");

    private Fixtures() {
    }

    static Catalogue catalogue() {
        FrameworkId fw = FrameworkId.of("svtoms-open");
        return Catalogue.builder()
                .framework(Framework.ofMeasures(fw, "svtoms open measures", "svtoms", "2025.1"))
                .theme(new Theme(INEQUALITY, fw, "Tackling economic inequality", ""))
                .theme(new Theme(CLIMATE, fw, "Fighting climate change", ""))
                .theme(new Theme(WELLBEING, fw, "Wellbeing", ""))
                .outcome(new Outcome(JOBS, INEQUALITY, "More local jobs", ""))
                .outcome(new Outcome(SUPPLY, INEQUALITY, "A local supply chain", ""))
                .outcome(new Outcome(CARBON_OUT, CLIMATE, "Less carbon", ""))
                .outcome(new Outcome(COMMUNITY, WELLBEING, "Stronger communities", ""))
                .measure(measure(EMPLOYMENT, JOBS, Unit.FTE_YEARS).build())
                .measure(measure(LTU_HIRES, JOBS, Unit.PEOPLE).firstYearOnly(true).build())
                .measure(measure(SME_SPEND, SUPPLY, Unit.GBP).exclusiveGroup("local-spend").build())
                .measure(measure(SUPPLIER_SPEND, SUPPLY, Unit.GBP).exclusiveGroup("local-spend").build())
                .measure(measure(CARBON, CARBON_OUT, Unit.TCO2E).build())
                .measure(measure(VOLUNTEERING, COMMUNITY, Unit.HOURS).build())
                .build();
    }

    private static Measure.Builder measure(MeasureId id, OutcomeId outcome, Unit unit) {
        return Measure.builder(id).outcome(outcome).name(id.value()).unit(unit)
                .categories(ContractCategory.GOODS, ContractCategory.SERVICES, ContractCategory.WORKS);
    }

    static Provenance gmca() {
        return new Provenance("Unit Cost Database", "GMCA", "v1.4", Optional.empty(), "CC BY 4.0", EvidenceGrade.V2,
                Optional.empty());
    }

    static ProxyValue proxy(String amount, PriceYear year, String defaultDeadweight) {
        return new ProxyValue(Money.of(amount, "GBP"), year, ValueType.ECONOMIC,
                Optional.ofNullable(defaultDeadweight).map(BigDecimal::new), gmca(), Optional.empty());
    }

    /** Every measure but volunteering-hours has a proxy; the hires proxy is in 2012-13 prices. */
    static ProxyTable table() {
        return ProxyTable.builder("test-proxies", "Test proxies", "1", GBP)
                .put(EMPLOYMENT, proxy("10000", Y2024, "0.2"))
                .put(LTU_HIRES, proxy("9800", FY12, null))
                .put(SME_SPEND, proxy("0.25", Y2024, null))
                .put(SUPPLIER_SPEND, proxy("0.2", Y2024, null))
                .put(CARBON, proxy("280", Y2024, null))
                .build();
    }

    /**
     * Deflator values chosen for the tests: 2012-13 = 74.43, 2023-24 = 100, 2024-25 = 103.5, 2024 = 102.5. Rebasing
     * a financial year to calendar 2024 puts 2024 on the financial-year basis by the quarter method:
     * ¼ × 100 + ¾ × 103.5 = 25 + 77.625 = 102.625 (the calendar value 102.5 is on another base and is used only
     * between calendar years).
     */
    static PriceIndex index() {
        return PriceIndex.builder("test-deflator", "test deflator", "test")
                .put(FY12, new BigDecimal("74.43"))
                .put(FY23, new BigDecimal("100"))
                .put(PriceYear.ofFinancial(2024), new BigDecimal("103.5"))
                .put(Y2024, new BigDecimal("102.5"))
                .build();
    }

    static ValuationRequest.Builder request(Discounting discounting) {
        return ValuationRequest.builder(GBP, Y2024, catalogue()).proxyTable(table()).priceIndex(index())
                .discounting(discounting);
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Money gbp(String s) {
        return Money.of(s, "GBP");
    }
}
