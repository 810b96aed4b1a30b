package io.github.svtoms.core.law;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.CurrencyMismatchException;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractValueTest {
    static Money gbp(String a) {
        return Money.of(a, "GBP");
    }

    @Test
    void aValueIsKnownOnTheBasesItStates() {
        ContractValue net = ContractValue.of(gbp("100.00"), false);
        assertEquals(Optional.of(gbp("100.00")), net.net());
        assertEquals(Optional.empty(), net.gross());
        assertEquals(Optional.of(false), net.includesVat());
        ContractValue both = ContractValue.of(gbp("100.00"), gbp("120.00"));
        assertEquals(Optional.of(gbp("100.00")), both.net());
        assertEquals(Optional.of(gbp("120.00")), both.gross());
        assertEquals(Optional.of(true), both.includesVat());
        ContractValue unstated = ContractValue.unstated(gbp("100.00"));
        assertEquals(Optional.empty(), unstated.on(VatBasis.NET));
        assertEquals(Optional.empty(), unstated.includesVat());
        assertEquals("£100.00 (VAT basis not stated)", unstated.describe());
        assertEquals("£100.00 excluding VAT", net.describe());
    }

    @Test
    void grossIsNeverBelowNet() {
        var e = assertThrows(InvalidValueException.class, () -> ContractValue.of(gbp("120.00"), gbp("100.00")));
        assertTrue(e.getMessage().contains("VAT is never negative"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> ContractValue.net(gbp("-0.01")));
        assertThrows(InvalidValueException.class,
                () -> new ContractValue(gbp("1"), Optional.empty(), Optional.of(gbp("2"))));
        assertThrows(CurrencyMismatchException.class, () -> ContractValue.of(gbp("1"), Money.of("2", "EUR")));
        // equal figures are allowed: a zero-rated contract
        assertEquals(Optional.of(gbp("5")), ContractValue.of(gbp("5"), gbp("5")).net());
    }

    @Test
    void perYearAveragesOverTheContractLife() {
        // £15,000,000 over 36 months: 15,000,000 × 12 ÷ 36 = 5,000,000 a year
        ContractValue v = ContractValue.of(gbp("12500000.00"), gbp("15000000.00")).perYear(36);
        assertEquals(0, v.gross().orElseThrow().amount().compareTo(new java.math.BigDecimal("5000000")));
        // 12,500,000 × 12 ÷ 36 = 4,166,666.666…
        assertTrue(v.net().orElseThrow().amount().toPlainString().startsWith("4166666.666666"));
        assertThrows(InvalidValueException.class, () -> v.perYear(0));
    }

    @Test
    void vatBasisIds() {
        assertEquals(VatBasis.GROSS, VatBasis.fromId("gross"));
        assertEquals(VatBasis.NET, VatBasis.of(false));
        assertEquals(VatBasis.GROSS, VatBasis.NET.other());
        assertThrows(InvalidValueException.class, () -> VatBasis.fromId("inc"));
        for (Verdict v : Verdict.values()) {
            assertEquals(v, Verdict.fromId(v.id()));
        }
        for (EvidenceGrade g : EvidenceGrade.values()) {
            assertEquals(g, EvidenceGrade.fromId(g.id()));
        }
        assertEquals("S", EvidenceGrade.SECONDARY.tag());
        for (DutyLevel l : DutyLevel.values()) {
            assertEquals(l, DutyLevel.fromId(l.id()));
        }
        for (Requirement.Status s : Requirement.Status.values()) {
            assertEquals(s, Requirement.Status.fromId(s.id()));
        }
        assertThrows(InvalidValueException.class, () -> Verdict.fromId("pass"));
        assertThrows(InvalidValueException.class, () -> EvidenceGrade.fromId("V"));
        assertThrows(InvalidValueException.class, () -> DutyLevel.fromId("warning"));
    }

    @Test
    void requirementsBecomeFindingsOnceDoneIsKnown() {
        Requirement r = new Requirement("rule", Requirement.Status.REQUIRED, DutyLevel.ERROR, "needed",
                EvidenceGrade.VERIFIED, "Act");
        assertEquals(Verdict.MET, r.against(Optional.of(true)).verdict());
        DutyFinding no = r.against(Optional.of(false));
        assertEquals(Verdict.NOT_MET, no.verdict());
        assertTrue(no.isError());
        assertEquals(Verdict.CANNOT_BE_CHECKED, r.against(Optional.empty()).verdict());
        Requirement advice = new Requirement("rule", Requirement.Status.REQUIRED, DutyLevel.ADVICE, "needed",
                EvidenceGrade.SECONDARY, "guide");
        assertEquals(false, advice.against(Optional.of(false)).isError());
        Requirement not = new Requirement("rule", Requirement.Status.NOT_REQUIRED, DutyLevel.ERROR, "below",
                EvidenceGrade.VERIFIED, "Act");
        assertEquals(Verdict.NOT_APPLICABLE, not.against(Optional.of(false)).verdict());
        Requirement open = new Requirement("rule", Requirement.Status.CANNOT_BE_CHECKED, DutyLevel.ERROR, "open",
                EvidenceGrade.VERIFIED, "Act");
        assertEquals(Verdict.CANNOT_BE_CHECKED, open.against(Optional.of(true)).verdict());
        assertThrows(InvalidValueException.class, () -> new Requirement(" ", Requirement.Status.REQUIRED,
                DutyLevel.ERROR, "x", EvidenceGrade.VERIFIED, "y"));
    }
}
