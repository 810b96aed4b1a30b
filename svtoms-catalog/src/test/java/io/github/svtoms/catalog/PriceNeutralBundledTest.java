package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Discounting;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open table's £1-per-£1 rows are price-neutral. Local SME spend is the one spend measure left unvalued: it is
 * part of local spend, and until the valuation leaves a part out of the totals when its whole is present, valuing
 * it would count the same pounds twice in a request that has both (the ELFT example does).
 */
class PriceNeutralBundledTest {
    private static final List<String> SPEND = List.of("local-supplier-spend", "sme-spend", "vcse-spend",
            "diverse-supplier-spend", "community-donations");

    @Test
    void smeSpendInTwentyTwentyFourPricesStaysOneHundredThousandPounds() {
        // £100,000 of SME spend reported in 2024 prices, proxy £1 per £1 (stated with the edition year 2025-26).
        // Rebased as a price it became 100,000 × D[2024] / D[2025-26] = £98,091.97; as pounds per pound it is
        // 100,000 × 1.00 = £100,000.00 gross; no deadweight by default, no discounting: net = PV = £100,000.00.
        ValuationRequest request = Bundled.valuationRequest(Currency.getInstance("GBP"), PriceYear.parse("2024"))
                .discounting(Discounting.none())
                .line(CommitmentLine.builder("sme", MeasureId.of("sme-spend"), new BigDecimal("100000")).build())
                .build();
        LineValuation l = ValuationEngine.value(request).line("sme").orElseThrow();
        Money pounds = Money.of("100000.00", "GBP");
        assertEquals(pounds, l.reported().gross());
        assertEquals(pounds, l.reported().presentValue());
        assertTrue(l.priceNeutral());
        assertTrue(l.derivation().sentences().get(1).startsWith("not rebased: £1.00 per GBP 1 is GBP per GBP"),
                l.derivation().sentences().toString());
    }

    @Test
    void everySpendMeasureIsValuedAtOnePoundPerPoundAndNeverRebased() {
        // £1,000 under each spend measure in 2022 prices, one year, no adjustment, no discounting: £1,000.00 each,
        // local SME spend included; it is part of local spend and of SME spend, so it is shown but left out of the
        // totals: £1,000 × 5 counted measures (local, SME, VCSE, diverse, donations) = £5,000.00.
        var b = Bundled.valuationRequest(Currency.getInstance("GBP"), PriceYear.parse("2022")).discounting(Discounting.none());
        SPEND.forEach(m -> b.line(CommitmentLine.builder(m, MeasureId.of(m), new BigDecimal("1000")).build()));
        b.line(CommitmentLine.builder("local-sme-spend", MeasureId.of("local-sme-spend"), new BigDecimal("1000")).build());
        Valuation v = ValuationEngine.value(b.build());
        assertEquals(List.of(), v.unvalued(), "every spend measure has a value");
        assertEquals(List.of("local-sme-spend"), v.doubleCounted().stream().map(d -> d.line()).toList());
        assertEquals("local-supplier-spend", v.doubleCounted().get(0).countedUnder(), "its first whole in the catalogue");
        assertEquals(Money.of(1000 * SPEND.size() + ".00", "GBP"), v.totals().presentValue());
        List<String> all = new java.util.ArrayList<>(SPEND);
        all.add("local-sme-spend");
        for (String m : all) {
            LineValuation l = v.line(m).orElseThrow();
            assertEquals(Money.of("1000.00", "GBP"), l.reported().presentValue(), m);
            assertTrue(l.priceNeutral(), m);
        }
        // local SME spend is part of local spend: the exclusive-group warning stays, and says the line was left out
        assertTrue(v.warnings().stream().anyMatch(w -> w.measures().contains(MeasureId.of("local-sme-spend"))
                && w.measures().contains(MeasureId.of("local-supplier-spend"))
                && w.message().contains("'local-sme-spend' (counted under 'local-supplier-spend') are valued but left out"
                + " of the totals")), v.warnings().toString());
    }
}
