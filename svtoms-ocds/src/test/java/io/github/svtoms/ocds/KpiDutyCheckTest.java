package io.github.svtoms.ocds;

import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiDuty;
import io.github.svtoms.core.law.VatBasis;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The s.52 KPI duty from a notice's value, and the Procurement Act facts the profile carries. */
class KpiDutyCheckTest {
    private static KpiDutyCheck duty(String value) {
        return Json.read("{'ocid':'x','tender':{'mainProcurementCategory':'services','value':" + value
                + ",'contractPeriod':{'durationInMonths':24}}}").notices().get(0).whole().kpiDuty();
    }

    @Test
    void grossValuesDecideAtTheThreshold() {
        // exactly £5,000,000.00 including VAT is not more than £5m
        assertEquals(KpiDuty.Status.DOES_NOT_APPLY,
                duty("{'amount':4166666.67,'amountGross':5000000.00,'currency':'GBP'}").status());
        assertEquals(KpiDuty.Status.APPLIES,
                duty("{'amount':4166666.68,'amountGross':5000000.01,'currency':'GBP'}").status());
        assertEquals(KpiDuty.Status.DOES_NOT_APPLY, duty("{'amountGross':4800000,'currency':'GBP'}").status());
    }

    @Test
    void aNetValueAloneDecidesOnlyWhatVatCannotChange() {
        KpiDutyCheck above = duty("{'amount':5000000.01,'currency':'GBP'}");
        assertEquals(KpiDuty.Status.APPLIES, above.status());
        assertTrue(above.detail().contains("whatever the VAT"), above.detail());
        KpiDutyCheck below = duty("{'amount':4500000,'currency':'GBP'}");
        assertEquals(KpiDuty.Status.CANNOT_BE_CHECKED, below.status());
        assertTrue(below.detail().startsWith("cannot be checked"), below.detail());
        // exactly £5m net: with VAT it may be over
        assertEquals(KpiDuty.Status.CANNOT_BE_CHECKED, duty("{'amount':5000000,'currency':'GBP'}").status());
    }

    @Test
    void noValueOrAnotherCurrencyCannotBeChecked() {
        KpiDutyCheck none = duty("{'currency':'GBP'}");
        assertEquals(KpiDuty.Status.CANNOT_BE_CHECKED, none.status());
        assertEquals(Optional.empty(), none.value());
        assertTrue(none.detail().contains("no usable contract value"), none.detail());
        assertEquals(KpiDuty.Status.CANNOT_BE_CHECKED, duty("{'amount':9000000,'currency':'EUR'}").status());
    }

    @Test
    void aGrossFigureBelowTheNetOneIsNotUsed() {
        // contradictory figures: only the net value is kept, which alone cannot decide
        KpiDutyCheck c = duty("{'amount':4000000,'amountGross':3000000,'currency':'GBP'}");
        assertEquals(KpiDuty.Status.CANNOT_BE_CHECKED, c.status());
        assertEquals(Optional.empty(), c.value().orElseThrow().otherBasis());
    }

    @Test
    void theProfileCarriesTheVatBasisAndTheCommencementDate() {
        OcdsReader reader = OcdsReader.builder().framework(FrameworkId.of("svtoms-open")).build();
        ContractProfile p = reader.readJson(Json.json(Json.RELEASE), "r").notices().get(0).whole().profile().profile()
                .orElseThrow();
        // Json.RELEASE: amount 2400000.00 net, amountGross 2880000.00, tender period start 2025-01-10
        assertEquals(Money.of("2400000.00", "GBP"), p.value());
        assertEquals(Optional.of(VatBasis.NET), p.valueBasis());
        assertEquals(Optional.of(Money.of("2880000.00", "GBP")), p.valueOnOtherBasis());
        assertEquals(Optional.of(LocalDate.of(2025, 1, 10)), p.commencement());
    }
}
