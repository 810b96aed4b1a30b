package io.github.svtoms.proxies.calc;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.EvidenceGrade;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.WageSeries;
import io.github.svtoms.proxies.WellbyValue;
import io.github.svtoms.proxies.derivation.StepKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Worked examples of the calculators (python3 decimal, 34 digits, for the long quotients). */
class CalculatorsTest {
    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Money gbp(String s) {
        return Money.of(s, "GBP");
    }

    static final Provenance P = new Provenance("Wellbeing guidance for appraisal", "HM Treasury", "July 2021",
            Optional.empty(), "OGL v3.0", EvidenceGrade.V2, Optional.empty());

    @Test
    void sroiRatiosAndPayback() {
        // the SROI example's PV 117,377.61 on inputs of £50,000, first year £54,000
        Sroi s = Sroi.of(gbp("117377.61"), gbp("50000"), gbp("54000"));
        // 117,377.61 / 50,000 = 2.3475522; net (117,377.61 − 50,000) / 50,000 = 1.3475522; NPV 67,377.61
        assertEquals(0, d("2.3475522").compareTo(s.ratio()));
        assertEquals(0, d("1.3475522").compareTo(s.netRatio()));
        assertEquals(0, gbp("67377.61").compareTo(s.netPresentValue()));
        // payback 50,000 / (54,000 / 12) = 50,000 / 4,500 = 11.11 months
        assertEquals("11.11", s.paybackMonths().orElseThrow().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
        assertTrue(s.derivation().sentences().contains("payback £50,000.00 / (£54,000.00 / 12) = 11.11 months"),
                s.derivation().sentences().toString());
        assertEquals(Optional.empty(), Sroi.of(gbp("1"), gbp("1"), gbp("0")).paybackMonths());
        var e = assertThrows(InvalidValueException.class, () -> Sroi.of(gbp("1"), gbp("0"), gbp("1")));
        assertTrue(e.getMessage().contains("inputs GBP 0"), e.getMessage());
    }

    @Test
    void derivationMoneyFollowsTheOneMoneyPolicyInEveryCurrency() {
        // MoneyFormat.REPORTING: symbols for euros and dollars too, the ISO code otherwise, HALF_EVEN at the
        // minor unit. Payback 50,000 / (54,000 / 12) = 11.11 months, whatever the currency.
        assertTrue(Sroi.of(Money.of("117377.61", "USD"), Money.of("50000", "USD"), Money.of("54000", "USD"))
                .derivation().sentences().contains("payback $50,000.00 / ($54,000.00 / 12) = 11.11 months"));
        assertTrue(Sroi.of(Money.of("117377.61", "EUR"), Money.of("50000", "EUR"), Money.of("54000", "EUR"))
                .derivation().sentences().contains("payback €50,000.00 / (€54,000.00 / 12) = 11.11 months"));
        // the yen has no minor unit; 53,999.5 is a tie at 0 places and 53,999 is odd, so it rounds up to 54,000
        assertTrue(Sroi.of(Money.of("117377", "JPY"), Money.of("50000", "JPY"), Money.of("53999.5", "JPY"))
                .derivation().sentences().contains("payback JPY 50,000 / (JPY 54,000 / 12) = 11.11 months"),
                Sroi.of(Money.of("117377", "JPY"), Money.of("50000", "JPY"), Money.of("53999.5", "JPY"))
                        .derivation().sentences().toString());
    }

    @Test
    void lm3() {
        // (100,000 + 60,000 + 25,000) / 100,000 = 1.85
        Lm3 m = Lm3.of(gbp("100000"), gbp("60000"), gbp("25000"));
        assertEquals(0, d("1.85").compareTo(m.multiplier()));
        assertEquals(0, gbp("185000").compareTo(m.total()));
        assertEquals(StepKind.MULTIPLIER, m.derivation().steps().get(0).kind());
        var r1 = assertThrows(InvalidValueException.class, () -> Lm3.of(gbp("0"), gbp("0"), gbp("0")));
        assertTrue(r1.getMessage().contains("R1 > 0"), r1.getMessage());
        var r2 = assertThrows(InvalidValueException.class, () -> Lm3.of(gbp("100"), gbp("150"), gbp("10")));
        assertTrue(r2.getMessage().contains("R2 ≤ R1") && r2.getMessage().contains("GBP 150"), r2.getMessage());
        var r3 = assertThrows(InvalidValueException.class, () -> Lm3.of(gbp("100"), gbp("50"), gbp("60")));
        assertTrue(r3.getMessage().contains("R3 ≤ R2") && r3.getMessage().contains("GBP 60"), r3.getMessage());
    }

    @Test
    void wellbyRebasedToThePriceYear() {
        WellbyValue w = new WellbyValue(gbp("13000"), gbp("10000"), gbp("16000"), PriceYear.ofCalendar(2019), P);
        PriceIndex index = PriceIndex.builder("gdp-deflator", "GDP deflator", "test")
                .put(PriceYear.ofCalendar(2019), d("81.11")).put(PriceYear.ofCalendar(2024), d("100")).build();
        Wellby v = Wellby.of(d("0.5"), d("20"), d("2"), w, index, PriceYear.ofCalendar(2024));
        // 0.5 × 20 people × 2 years = 20 WELLBYs; £13,000 × 100 / 81.11 = £16,027.6168…; × 20 = £320,552.3363 → 320,552.34
        assertEquals(0, d("20").compareTo(v.wellbys()));
        assertEquals(gbp("320552.34"), v.value().rounded());
        assertEquals(StepKind.REBASE, v.derivation().steps().get(0).kind());
        // same year: no rebasing step, 20 × 13,000 = 260,000
        Wellby same = Wellby.of(d("0.5"), d("20"), d("2"), w, index, PriceYear.ofCalendar(2019));
        assertEquals(0, gbp("260000").compareTo(same.value()));
        assertEquals(1, same.derivation().steps().size());
        assertThrows(InvalidValueException.class, () -> Wellby.of(d("11"), d("1"), d("1"), w, index, PriceYear.ofCalendar(2019)));
    }

    @Test
    void realLivingWageUplift() {
        // 15 workers × 1,950 hours × (12.60 − 11.44) = 29,250 × 1.16 = 33,930.00
        LivingWageUplift u = LivingWageUplift.of(d("15"), d("1950"), gbp("12.60"), gbp("11.44"));
        assertEquals(0, gbp("33930").compareTo(u.uplift()));
        assertEquals(0, d("1.16").compareTo(u.hourlyDifference()));
        // already above the living wage: nothing counted
        assertTrue(LivingWageUplift.of(d("15"), d("1950"), gbp("12.60"), gbp("13.00")).uplift().isZero());
        WageSeries rlw = new WageSeries("real-living-wage-uk", "Real Living Wage (UK)", Currency.getInstance("GBP"), "hour", P,
                Map.of(PriceYear.ofCalendar(2024), d("12.60")));
        assertEquals(u.uplift(), LivingWageUplift.of(d("15"), d("1950"), rlw, PriceYear.ofCalendar(2024), gbp("11.44")).uplift());
        var e = assertThrows(InvalidValueException.class, () -> LivingWageUplift.of(d("-1"), d("1"), gbp("1"), gbp("1")));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }
}
