package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UkSvm;
import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.law.EvidenceGrade;
import io.github.svtoms.core.law.Verdict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.core.UkSvm.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The boundaries of LAW.md: which Social Value Model applies by the date the procurement commenced. */
class EditionResolverTest {
    static final FrameworkId KENT = FrameworkId.of("kent");
    static final Catalogue CATALOGUE = Catalogue.builder()
            .framework(UkSvm.ppn0620(List.of()))
            .framework(UkSvm.ppn002(List.of()))
            .framework(UkSvm.ppn026(List.of()))
            .framework(Framework.ofPriorities(KENT, "Together for Social Value", "Kent County Council", "2023",
                    FrameworkRules.NONE, List.of()))
            .build();

    static EditionResolution resolve(FrameworkId id, String date) {
        return EditionResolver.resolve(CATALOGUE, id, LocalDate.parse(date));
    }

    static FrameworkId chosen(String date) {
        return resolve(UkSvm.FAMILY, date).require().id();
    }

    @Test
    void theLastDayOf2026StaysOnPpn002AndTheFirstDayOf2027GetsPpn026() {
        assertEquals(UkSvm.PPN_002, chosen("2026-12-31"));
        assertEquals(UkSvm.PPN_026, chosen("2027-01-01"));
        EditionResolution r = resolve(UkSvm.FAMILY, "2027-01-01");
        assertTrue(r.reason().contains("uk-svm-2027 applies to procurements commenced from 2027-01-01"), r.reason());
        assertTrue(r.reason().contains("never today's date"), r.reason());
        assertEquals(List.of(), r.alsoInForce());
    }

    @Test
    void ppn002AppliesFrom24February2025BesidePpn0620UntilItBecomesMandatory() {
        assertEquals(UkSvm.PPN_06_20, chosen("2025-02-23"));
        // both apply from 24 Feb to 30 Sep 2025; the edition whose period starts latest is chosen
        EditionResolution transition = resolve(UkSvm.FAMILY, "2025-02-24");
        assertEquals(UkSvm.PPN_002, transition.require().id());
        assertEquals(List.of(UkSvm.PPN_06_20), transition.alsoInForce());
        assertTrue(transition.reason().contains("uk-svm-2020 (2021-01-01 to 2025-09-30) also applied"),
                transition.reason());
        assertEquals(List.of(UkSvm.PPN_06_20), resolve(UkSvm.FAMILY, "2025-09-30").alsoInForce());
        assertEquals(List.of(), resolve(UkSvm.FAMILY, "2025-10-01").alsoInForce());
        assertEquals(UkSvm.PPN_06_20, chosen("2021-01-01"));
    }

    @Test
    void noEditionBeforeTheFirstPeriod() {
        EditionResolution none = resolve(UkSvm.FAMILY, "2020-12-31");
        assertFalse(none.found());
        assertTrue(none.reason().contains("no edition of family 'uk-svm' applies to a procurement commenced on 2020-12-31"),
                none.reason());
        assertTrue(none.reason().contains("uk-svm-2020 2021-01-01 to 2025-09-30"), none.reason());
        var e = assertThrows(NoEditionInForceException.class, none::require);
        assertEquals("uk-svm", e.requested());
        assertEquals(LocalDate.of(2020, 12, 31), e.commencement());
        assertEquals(none.reason(), e.getMessage());
    }

    @Test
    void aNamedEditionOutsideItsPeriodNamesTheOneInForce() {
        EditionResolution r = resolve(UkSvm.PPN_002, "2027-03-01");
        assertFalse(r.found());
        assertTrue(r.reason().contains("does not contain the commencement date 2027-03-01"), r.reason());
        assertTrue(r.reason().contains("in force on that date is uk-svm-2027"), r.reason());
        assertTrue(resolve(UkSvm.PPN_002, "2026-12-31").found());
        assertTrue(resolve(UkSvm.PPN_06_20, "2020-01-01").reason().contains("no edition of family 'uk-svm' applies"));
    }

    @Test
    void aFrameworkWithoutAPeriodAppliesWheneverItIsNamed() {
        EditionResolution r = resolve(KENT, "1999-01-01");
        assertEquals(KENT, r.require().id());
        assertTrue(r.reason().contains("states no period"), r.reason());
        assertTrue(CATALOGUE.requireFramework(KENT).appliesOn(LocalDate.of(2100, 1, 1)));
    }

    @Test
    void theStatusPlaysNoPart() {
        // PPN 06/20 is superseded, yet it still applies to procurements commenced within its period
        assertEquals(FrameworkStatus.SUPERSEDED, CATALOGUE.requireFramework(UkSvm.PPN_06_20).status());
        assertEquals(UkSvm.PPN_06_20, chosen("2023-06-01"));
    }

    @Test
    void unknownIdsAreTypedErrors() {
        var e = assertThrows(UnknownIdException.class, () -> resolve(FrameworkId.of("uk-svm-9999"), "2027-01-01"));
        assertTrue(e.getMessage().contains("unknown framework or family 'uk-svm-9999'"), e.getMessage());
        assertTrue(EditionResolver.isFamily(CATALOGUE, UkSvm.FAMILY));
        assertFalse(EditionResolver.isFamily(CATALOGUE, KENT));
        assertEquals(3, EditionResolver.editionsOf(CATALOGUE, UkSvm.FAMILY).size());
    }

    @Test
    void provenanceGradesTheFacts() {
        Framework ppn026 = CATALOGUE.requireFramework(UkSvm.PPN_026);
        assertEquals(Optional.of(EvidenceGrade.SECONDARY), ppn026.evidence());
        assertEquals(4, ppn026.secondaryFacts().size());
        ppn026.secondaryFacts().forEach(f -> assertEquals(Optional.of(RuleProvenance.AWAITS_PRIMARY_TEXT), f.note()));
        assertEquals(Optional.empty(), CATALOGUE.requireFramework(KENT).evidence());
        Framework verified = CATALOGUE.requireFramework(KENT).withProvenance(List.of(RuleProvenance.verified("x", "y")));
        assertEquals(Optional.of(EvidenceGrade.VERIFIED), verified.evidence());
    }

    @Test
    void ppn026ScopeFloorIsOneMillionIncludingVat() {
        Framework ppn026 = CATALOGUE.requireFramework(UkSvm.PPN_026);
        // £999,999.99 including VAT is below the £1m floor: out of scope
        var below = ppn026.checkScope(Optional.of(UkSvm.CENTRAL), Optional.of(ContractValue.gross(gbp("999999.99"))));
        assertEquals(Verdict.NOT_APPLICABLE, below.verdict());
        assertTrue(below.detail().contains("outside the scope of framework uk-svm-2027"), below.detail());
        // exactly £1,000,000.00 including VAT: "£1m or more" → in scope
        var at = ppn026.checkScope(Optional.of(UkSvm.CENTRAL), Optional.of(ContractValue.gross(gbp("1000000.00"))));
        assertEquals(Verdict.MET, at.verdict());
        assertEquals(Framework.SCOPE_RULE, at.rule());
        assertEquals(Optional.of(EvidenceGrade.SECONDARY), at.evidence());
        // net £900,000: the gross value could be £1.08m — cannot be checked, not out of scope
        var net = ppn026.checkScope(Optional.of(UkSvm.CENTRAL), Optional.of(ContractValue.net(gbp("900000.00"))));
        assertEquals(Verdict.CANNOT_BE_CHECKED, net.verdict());
        // net £1,000,000.00: gross ≥ net, so in scope whatever the VAT
        assertEquals(Verdict.MET, ppn026.checkScope(Optional.of(UkSvm.CENTRAL),
                Optional.of(ContractValue.net(gbp("1000000.00")))).verdict());
        // an NHS buyer is not central government
        var nhs = ppn026.checkScope(Optional.of("nhs"), Optional.of(ContractValue.gross(gbp("2000000.00"))));
        assertEquals(Verdict.NOT_APPLICABLE, nhs.verdict());
        assertTrue(nhs.detail().contains("buyer type nhs is not among central-government"), nhs.detail());
        assertEquals(Verdict.CANNOT_BE_CHECKED, ppn026.checkScope(Optional.empty(),
                Optional.of(ContractValue.gross(gbp("2000000.00")))).verdict());
        assertEquals(Verdict.CANNOT_BE_CHECKED, ppn026.checkScope(Optional.of(UkSvm.CENTRAL), Optional.empty()).verdict());
        // PPN 002 quotes its exclusions without testing them
        var ppn002 = CATALOGUE.requireFramework(UkSvm.PPN_002).checkScope(Optional.of(UkSvm.CENTRAL), Optional.empty());
        assertEquals(Verdict.MET, ppn002.verdict());
        assertTrue(ppn002.detail().contains("excludes private utilities; MoD defence and security contracts"), ppn002.detail());
        assertEquals(Verdict.MET, CATALOGUE.requireFramework(KENT).checkScope(Optional.empty(), Optional.empty()).verdict());
    }

    @Test
    void periodsAndScopesValidate() {
        assertThrows(InvalidValueException.class,
                () -> FrameworkPeriod.of(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1)));
        FrameworkPeriod day = FrameworkPeriod.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1));
        assertTrue(day.contains(LocalDate.of(2027, 1, 1)));
        assertFalse(day.contains(LocalDate.of(2027, 1, 2)));
        assertFalse(day.contains(LocalDate.of(2026, 12, 31)));
        assertEquals("from 2027-01-01", FrameworkPeriod.from(LocalDate.of(2027, 1, 1)).describe());
        assertThrows(InvalidValueException.class,
                () -> new FrameworkScope(List.of("Central Government"), Optional.empty(), List.of()));
        assertThrows(InvalidValueException.class,
                () -> new FrameworkScope(List.of("nhs", "nhs"), Optional.empty(), List.of()));
        assertThrows(InvalidValueException.class,
                () -> new FrameworkScope(List.of(), Optional.empty(), List.of(" ")));
        assertTrue(FrameworkScope.ANY.isUnrestricted());
        assertTrue(FrameworkScope.ANY.coversBuyer("nhs"));
        assertEquals(FrameworkStatus.SUPERSEDED, FrameworkStatus.fromId("superseded"));
        assertThrows(InvalidValueException.class, () -> FrameworkStatus.fromId("withdrawn"));
    }

    @Test
    void aSecondaryFactNeedsItsNote() {
        var e = assertThrows(InvalidValueException.class,
                () -> new RuleProvenance("20% at £5m", "PPN 026", EvidenceGrade.SECONDARY, Optional.empty()));
        assertTrue(e.getMessage().contains("must say that it awaits the primary text"), e.getMessage());
        assertThrows(InvalidValueException.class,
                () -> new RuleProvenance("x", "y", EvidenceGrade.VERIFIED, Optional.of(" ")));
    }
}
