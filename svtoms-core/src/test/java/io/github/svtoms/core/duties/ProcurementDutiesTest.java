package io.github.svtoms.core.duties;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UkSvm;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.law.DutyLevel;
import io.github.svtoms.core.law.EvidenceGrade;
import io.github.svtoms.core.law.Requirement;
import io.github.svtoms.core.law.Verdict;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.github.svtoms.core.UkSvm.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcurementDutiesTest {
    static Requirement crp(ContractValue value, int months) {
        return ProcurementDuties.carbonReductionPlan(BuyerType.CENTRAL_GOVERNMENT, value, months);
    }

    @Test
    void exactlyFiveMillionAYearDoesNotRequireACarbonReductionPlan() {
        // £15,000,000.00 over 36 months: 15,000,000.00 × 12 ÷ 36 = £5,000,000.00 a year, not above £5m
        Requirement at = crp(ContractValue.gross(gbp("15000000.00")), 36);
        assertEquals(Requirement.Status.NOT_REQUIRED, at.status());
        assertTrue(at.reason().startsWith("averaged over 36 months, £15,000,000.00 including VAT is £5,000,000"),
                at.reason());
        assertEquals(EvidenceGrade.SECONDARY, at.evidence());
        assertEquals(Verdict.NOT_APPLICABLE, at.against(Optional.of(false)).verdict());
        // £15,000,000.03 over 36 months: 15,000,000.03 × 12 ÷ 36 = £5,000,000.01 a year, above £5m
        Requirement above = crp(ContractValue.gross(gbp("15000000.03")), 36);
        assertEquals(Requirement.Status.REQUIRED, above.status());
        assertTrue(above.required());
        DutyFinding notAsked = above.against(Optional.of(false));
        assertEquals(Verdict.NOT_MET, notAsked.verdict());
        assertTrue(notAsked.isError());
        assertEquals(ProcurementDuties.CARBON_REDUCTION_PLAN, notAsked.rule());
        // a one-year contract of exactly £5m is not above £5m a year either
        assertEquals(Requirement.Status.NOT_REQUIRED, crp(ContractValue.gross(gbp("5000000.00")), 12).status());
        // a six-month contract of £2,500,000.01: 2,500,000.01 × 12 ÷ 6 = £5,000,000.02 a year
        assertEquals(Requirement.Status.REQUIRED, crp(ContractValue.gross(gbp("2500000.01")), 6).status());
    }

    @Test
    void theVatDecidesOnlyWhenItCan() {
        // net £5,000,000.01 a year: above £5m including VAT whatever the VAT
        assertEquals(Requirement.Status.REQUIRED, crp(ContractValue.net(gbp("15000000.03")), 36).status());
        // net £5,000,000.00 a year: zero-rated it is not above £5m
        Requirement open = crp(ContractValue.net(gbp("15000000.00")), 36);
        assertEquals(Requirement.Status.CANNOT_BE_CHECKED, open.status());
        assertEquals(Verdict.CANNOT_BE_CHECKED, open.against(Optional.of(true)).verdict());
        assertThrows(InvalidValueException.class, () -> crp(ContractValue.gross(gbp("1.00")), 0));
    }

    @Test
    void ppn006BindsCentralGovernment() {
        Requirement nhs = ProcurementDuties.carbonReductionPlan(BuyerType.NHS, ContractValue.gross(gbp("90000000.00")), 12);
        assertEquals(Requirement.Status.NOT_REQUIRED, nhs.status());
        assertEquals("PPN 006 binds central government; the buyer is nhs", nhs.reason());
    }

    @Test
    void aModernSlaveryStatementFromThirtySixMillion() {
        Requirement at = ProcurementDuties.modernSlaveryStatement(gbp("36000000.00"));
        assertEquals(Requirement.Status.REQUIRED, at.status());
        assertEquals(EvidenceGrade.VERIFIED, at.evidence());
        assertEquals("Modern Slavery Act 2015 s.54", at.source());
        assertEquals(Requirement.Status.NOT_REQUIRED,
                ProcurementDuties.modernSlaveryStatement(gbp("35999999.99")).status());
        Requirement euro = ProcurementDuties.modernSlaveryStatement(Money.of("50000000.00", "EUR"));
        assertEquals(Requirement.Status.CANNOT_BE_CHECKED, euro.status());
        assertTrue(euro.reason().contains("never converts currencies"), euro.reason());
        assertEquals(Verdict.MET, at.against(Optional.of(true)).verdict());
    }

    @Test
    void nhsModernSlaveryExpectationsAreAdviceWithNoValueThreshold() {
        Requirement nhs = ProcurementDuties.nhsModernSlavery(BuyerType.NHS);
        assertEquals(Requirement.Status.REQUIRED, nhs.status());
        assertEquals(DutyLevel.ADVICE, nhs.level());
        assertEquals(EvidenceGrade.SECONDARY, nhs.evidence());
        DutyFinding notDone = nhs.against(Optional.of(false));
        assertEquals(Verdict.NOT_MET, notDone.verdict());
        assertFalse(notDone.isError());
        assertEquals(Requirement.Status.NOT_REQUIRED, ProcurementDuties.nhsModernSlavery(BuyerType.LOCAL_AUTHORITY).status());
    }

    @Test
    void scopeUsesTheBuyerTypeAndTheValueFloor() {
        var ppn026 = UkSvm.ppn026(List.of());
        assertEquals(Verdict.NOT_APPLICABLE, ProcurementDuties.scope(ppn026, BuyerType.CENTRAL_GOVERNMENT,
                ContractValue.gross(gbp("999999.99"))).verdict());
        assertEquals(Verdict.MET, ProcurementDuties.scope(ppn026, BuyerType.CENTRAL_GOVERNMENT,
                ContractValue.gross(gbp("1000000.00"))).verdict());
        assertEquals(Verdict.NOT_APPLICABLE, ProcurementDuties.scope(ppn026, BuyerType.LOCAL_AUTHORITY,
                ContractValue.gross(gbp("9000000.00"))).verdict());
    }
}
