package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.derivation.DerivationStep;
import io.github.svtoms.proxies.derivation.StepKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static io.github.svtoms.proxies.valuation.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** £1 per £1 is not a price: a proxy per pound of spend is never rebased. */
class PriceNeutralTest {
    private static ProxyValue perPound(String amount, PriceYear year) {
        return new ProxyValue(Money.of(amount, "GBP"), year, ValueType.ECONOMIC, Optional.empty(), gmca(), Optional.empty());
    }

    @Test
    void spendInTheRequestsPricesStaysWhatWasSpent() {
        // £100,000 of SME spend in 2024 prices, proxy £1 per £1 stated in 2012-13 prices.
        // A price would be rebased × 102.625 / 74.43 (= 1.3788…): £137,881.23. A pound per pound is not a price:
        // gross = 100,000 × 1.00 × 1 year = £100,000.00; no adjustment, no discounting: net = PV = £100,000.00.
        ValuationRequest request = request(Discounting.none())
                .line(CommitmentLine.builder("sme", SME_SPEND, new BigDecimal("100000")).proxy(perPound("1.00", FY12)).build())
                .build();
        Valuation v = ValuationEngine.value(request);
        LineValuation l = v.line("sme").orElseThrow();
        assertEquals(new Figures(gbp("100000.00"), gbp("100000.00"), gbp("100000.00")), l.reported());
        assertEquals(gbp("100000.00"), v.totals().presentValue());
        assertTrue(l.priceNeutral());
        assertEquals(Optional.empty(), l.rebasingRatio());
        assertEquals(gbp("1.00"), l.proxyInPriceYear());
        DerivationStep rebase = l.derivation().steps().stream().filter(s -> s.kind() == StepKind.REBASE).findFirst()
                .orElseThrow();
        assertEquals(0, rebase.result().compareTo(BigDecimal.ONE));
        assertTrue(rebase.sentence().startsWith("not rebased: £1.00 per GBP 1 is GBP per GBP, a ratio with no price year;"
                + " the quantity is GBP in 2024 prices"), rebase.sentence());
        assertTrue(l.derivation().sentences().contains("gross 100000 GBP × £1.00 × 1 year = £100,000.00"),
                l.derivation().sentences().toString());
    }

    @Test
    void aRatioOtherThanOneIsNotRebasedEitherAndNoIndexIsNeeded() {
        // £10,000 of local supplier spend at £0.20 per £1 stated in 2025-26, a year the index does not have,
        // and no index at all: 10,000 × 0.20 = £2,000.00, in 2024 prices as the spend is.
        ValuationRequest request = ValuationRequest.builder(GBP, Y2024, catalogue()).proxyTable(table())
                .discounting(Discounting.none())
                .line(CommitmentLine.builder("s", SUPPLIER_SPEND, new BigDecimal("10000"))
                        .proxy(perPound("0.20", PriceYear.parse("2025-26"))).build())
                .build();
        assertEquals(gbp("2000.00"), ValuationEngine.value(request).totals().gross());
    }

    @Test
    void aPriceIsStillRebased() {
        // carbon-saved is per tCO2e, not per pound: £280 in 2012-13 prices is rebased to 2024, put on the
        // financial-year basis by the quarter method: D*[2024] = ¼ × 100 + ¾ × 103.5 = 102.625.
        ValuationRequest request = request(Discounting.none())
                .line(CommitmentLine.builder("c", CARBON, BigDecimal.ONE).proxy(perPound("280", FY12)).build())
                .build();
        LineValuation l = ValuationEngine.value(request).line("c").orElseThrow();
        assertFalse(l.priceNeutral());
        // 280 × 102.625 / 74.43 = 28,735 / 74.43 = 386.0674459…
        assertEquals(gbp("386.07"), l.reported().gross());
    }
}
