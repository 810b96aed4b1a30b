package io.github.svtoms.ocds;

import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.ocds.Json.kinds;
import static io.github.svtoms.ocds.Json.tender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pieces of a contract profile, from hand-written releases. */
class ContractProfileReadingTest {
    private static final String SIZED = "'mainProcurementCategory':'works','value':{'amount':500000,'currency':'GBP'},";

    @Test
    void theRichReleaseGivesAFullProfile() {
        Notice n = Json.notice(Json.RELEASE);
        assertEquals(Optional.of("ocds-test-1"), n.ocid());
        assertEquals(Optional.of("r1"), n.releaseId());
        assertEquals(List.of("tender"), n.tags());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 1)), n.date());
        assertEquals(Optional.of("Kent County Council"), n.buyerName());
        ContractReading w = n.whole();
        ContractProfile p = w.profile().profile().orElseThrow();
        assertEquals(FrameworkId.of("svtoms-open"), p.framework());
        assertEquals(Money.of("2400000.00", "GBP"), p.value()); // net, scale kept
        assertEquals(3, p.years()); // 2025-04-01 to 2028-03-31
        assertEquals(ContractCategory.SERVICES, p.category());
        assertEquals(List.of("social-care"), p.sectors()); // CPV 85310000 under 85300000
        assertEquals(BuyerType.LOCAL_AUTHORITY, p.buyer());
        assertTrue(p.allPriorities());
        ContractFacts f = w.profile().facts();
        assertEquals(Optional.of(Money.of("2880000.00", "GBP")), f.grossValue().map(Fact::value));
        assertEquals(Optional.of(VatBasis.NET), f.valueBasis());
        assertEquals(List.of("85310000"), f.cpvCodes());
        Fact<LocalDate> commencement = f.commencement().orElseThrow();
        assertEquals(LocalDate.of(2025, 1, 10), commencement.value());
        assertEquals(Provenance.INFERRED, commencement.provenance());
        assertEquals(new Suitability(Optional.of(true), Optional.of(true), "$.tender.suitability"), f.suitability());
        ContractReading lot = n.lots().get(0);
        assertEquals(Optional.of("1"), lot.lotId());
        assertEquals(Optional.of("North"), lot.title());
        ContractProfile lp = lot.profile().profile().orElseThrow();
        assertEquals(Money.of("1000000", "GBP"), lp.value());
        assertEquals(3, lp.years()); // durationInMonths 36 = 3 years, read
        assertEquals(Provenance.READ, lot.profile().facts().years().orElseThrow().provenance());
        assertEquals(SocialValueCheck.Presence.FOUND, lot.socialValue().presence());
    }

    @Test
    void theFrameworkIsTheReaders() {
        OcdsReader reader = OcdsReader.builder().framework(FrameworkId.of("kent")).build();
        Notice n = reader.readJson(Json.json(Json.RELEASE), "x").notices().get(0);
        assertEquals(FrameworkId.of("kent"), n.whole().profile().profile().orElseThrow().framework());
    }

    @Test
    void grossOnlyIsUsedAndSaysSo() {
        ContractReading w = tender("'mainProcurementCategory':'goods','value':{'amountGross':120000,'currency':'GBP'},"
                + "'contractPeriod':{'durationInDays':365}").whole();
        assertEquals(Optional.of(VatBasis.GROSS), w.profile().facts().valueBasis());
        assertEquals(Optional.empty(), w.profile().facts().netValue());
        assertEquals(Money.of("120000", "GBP"), w.profile().profile().orElseThrow().value());
        // a net amount of 0 with a gross one: the gross is used
        ContractReading zeroNet = tender("'mainProcurementCategory':'goods','value':{'amount':0,'amountGross':12,"
                + "'currency':'GBP'},'contractPeriod':{'durationInDays':365}").whole();
        assertEquals(Optional.of(VatBasis.GROSS), zeroNet.profile().facts().valueBasis());
    }

    @Test
    void valuesThatCannotBeUsed() {
        String period = "'contractPeriod':{'durationInDays':365},'mainProcurementCategory':'goods',";
        assertEquals(List.of(ReasonKind.NO_VALUE), kinds(tender(period + "'title':'x'").whole().profile().reasons()));
        assertEquals(List.of(ReasonKind.ZERO_VALUE), kinds(tender(period + "'value':{'amount':0,'currency':'GBP'}")
                .whole().profile().reasons()));
        assertEquals(List.of(ReasonKind.NEGATIVE_VALUE), kinds(tender(period + "'value':{'amount':-5,'currency':'GBP'}")
                .whole().profile().reasons()));
        assertEquals(List.of(ReasonKind.BAD_AMOUNT), kinds(tender(period + "'value':{'amount':'a lot','currency':'GBP'}")
                .whole().profile().reasons()));
        assertEquals(List.of(ReasonKind.BAD_AMOUNT), kinds(tender(period + "'value':{'amount':1e30,'currency':'GBP'}")
                .whole().profile().reasons()));
        assertEquals(List.of(ReasonKind.NO_CURRENCY), kinds(tender(period + "'value':{'amount':5}")
                .whole().profile().reasons()));
        assertEquals(List.of(ReasonKind.UNKNOWN_CURRENCY), kinds(tender(period + "'value':{'amount':5,'currency':'QQQ'}")
                .whole().profile().reasons()));
        // an amount written as text is read, and says so
        ContractReading text = tender(period + "'value':{'amount':' 1500.50 ','currency':'gbp'}").whole();
        assertEquals(Money.of("1500.50", "GBP"), text.profile().profile().orElseThrow().value());
        assertTrue(text.profile().facts().netValue().orElseThrow().how().contains("written as text"));
    }

    @Test
    void awardsAndLots() {
        String base = "'mainProcurementCategory':'services','contractPeriod':{'durationInDays':730},";
        // two awards with different values and no tender value
        Notice differ = Json.notice("{'ocid':'a','tender':{" + base + "'title':'t'},'awards':["
                + "{'id':'1','value':{'amount':10,'currency':'GBP'}},{'id':'2','value':{'amount':20,'currency':'GBP'}}]}");
        assertEquals(List.of(ReasonKind.AWARD_VALUES_DIFFER), kinds(differ.whole().profile().reasons()));
        // two awards that agree
        Notice agree = Json.notice("{'ocid':'a','tender':{" + base + "'title':'t'},'awards':["
                + "{'id':'1','value':{'amount':10,'currency':'GBP'}},{'id':'2','value':{'amount':10,'currency':'GBP'}}]}");
        assertEquals(Money.of("10", "GBP"), agree.whole().profile().profile().orElseThrow().value());
        // a lot takes the value of its award; another lot of several has none of its own
        Notice lots = Json.notice("{'ocid':'a','tender':{" + base + "'value':{'amount':99,'currency':'GBP'},"
                + "'lots':[{'id':'A'},{'id':'B'}]},'awards':[{'id':'1','relatedLots':['A'],"
                + "'value':{'amount':40,'currency':'GBP'}}]}");
        assertEquals(Money.of("40", "GBP"), lots.lots().get(0).profile().profile().orElseThrow().value());
        assertEquals(List.of(ReasonKind.NO_LOT_VALUE), kinds(lots.lots().get(1).profile().reasons()));
        // the lots take the notice's period, inferred, since they give none
        Fact<Integer> years = lots.lots().get(0).profile().facts().years().orElseThrow();
        assertEquals(2, years.value());
        assertEquals(Provenance.INFERRED, years.provenance());
        assertEquals(Money.of("99", "GBP"), lots.whole().profile().profile().orElseThrow().value());
    }

    @Test
    void periods() {
        // 18 months: 1.5 years, rounded half up to 2, inferred; 24 months: 2 years, read
        Fact<Integer> eighteen = tender(SIZED + "'contractPeriod':{'durationInMonths':18}").whole().profile().facts()
                .years().orElseThrow();
        assertEquals(2, eighteen.value());
        assertEquals(Provenance.INFERRED, eighteen.provenance());
        Fact<Integer> twentyFour = tender(SIZED + "'contractPeriod':{'durationInMonths':24}").whole().profile().facts()
                .years().orElseThrow();
        assertEquals(2, twentyFour.value());
        assertEquals(Provenance.READ, twentyFour.provenance());
        // 2025-01-01 to 2026-06-29: 545 days = 1.49 years → 1
        assertEquals(1, tender(SIZED + "'contractPeriod':{'startDate':'2025-01-01','endDate':'2026-06-29'}").whole()
                .profile().profile().orElseThrow().years());
        // end before start
        ContractReading backwards = tender(SIZED + "'contractPeriod':{'startDate':'2025-04-01T00:00:00Z',"
                + "'endDate':'2025-03-31T00:00:00Z'}").whole();
        assertEquals(List.of(ReasonKind.END_BEFORE_START), kinds(backwards.profile().reasons()));
        assertEquals("start 2025-04-01, end 2025-03-31", backwards.profile().reasons().get(0).detail());
        assertEquals("contract end before start: start 2025-04-01, end 2025-03-31 (at $.tender.contractPeriod)",
                backwards.profile().reasons().get(0).message());
        // end before start, but a duration: the duration, inferred
        ContractReading rescued = tender(SIZED + "'contractPeriod':{'startDate':'2025-04-01','endDate':'2024-03-31',"
                + "'durationInDays':730}").whole();
        assertEquals(2, rescued.profile().profile().orElseThrow().years());
        assertEquals(Provenance.INFERRED, rescued.profile().facts().period().orElseThrow().provenance());
        assertEquals(Optional.empty(), rescued.profile().facts().period().orElseThrow().value().end());
        assertEquals(List.of(ReasonKind.NO_PERIOD_END), kinds(tender(SIZED + "'contractPeriod':{'startDate':'2025-04-01'}")
                .whole().profile().reasons()));
        assertEquals(List.of(ReasonKind.NO_PERIOD_START), kinds(tender(SIZED + "'contractPeriod':{'endDate':'2025-04-01'}")
                .whole().profile().reasons()));
        assertEquals(List.of(ReasonKind.BAD_DATE, ReasonKind.NO_PERIOD_START), kinds(tender(SIZED
                + "'contractPeriod':{'startDate':'1st April','endDate':'2025-04-01'}").whole().profile().reasons()));
        for (String bad : List.of("0", "-3", "1.5", "'soon'", "99999999")) {
            assertEquals(List.of(ReasonKind.BAD_DURATION), kinds(tender(SIZED + "'contractPeriod':{'durationInDays':"
                    + bad + "}").whole().profile().reasons()), bad);
        }
        assertEquals(List.of(ReasonKind.NO_PERIOD), kinds(tender(SIZED + "'contractPeriod':{}").whole().profile().reasons()));
        // a bad start date does not matter when a duration gives the period
        assertTrue(tender(SIZED + "'contractPeriod':{'startDate':'x','durationInDays':400}").whole().profile().isUsable());
    }

    @Test
    void lotsWithDifferentPeriods() {
        Notice n = tender(SIZED + "'lots':[{'id':'1','contractPeriod':{'durationInDays':365}},"
                + "{'id':'2','contractPeriod':{'durationInDays':730}}]");
        assertEquals(List.of(ReasonKind.PERIODS_DIFFER_BETWEEN_LOTS), kinds(n.whole().profile().reasons()));
        assertEquals(1, n.lots().get(0).profile().facts().years().orElseThrow().value());
        assertEquals(2, n.lots().get(1).profile().facts().years().orElseThrow().value());
    }

    @Test
    void categories() {
        String sized = "'value':{'amount':5,'currency':'GBP'},'contractPeriod':{'durationInDays':5},";
        assertEquals(List.of(ReasonKind.UNKNOWN_CATEGORY), kinds(tender(sized + "'mainProcurementCategory':'consultancy'")
                .whole().profile().reasons()));
        assertEquals(List.of(ReasonKind.NO_CATEGORY), kinds(tender(sized + "'title':'t'").whole().profile().reasons()));
        Fact<ContractCategory> works = tender(sized + "'classification':{'scheme':'CPV','id':'45000000-7'}").whole()
                .profile().facts().category().orElseThrow();
        assertEquals(ContractCategory.WORKS, works.value());
        assertEquals(Provenance.INFERRED, works.provenance());
        assertEquals(ContractCategory.GOODS, tender(sized + "'classification':{'scheme':'cpv','id':'33100000'}").whole()
                .profile().facts().category().orElseThrow().value());
        // a lot's own category (eForms notices give one per lot)
        Notice n = tender(sized + "'mainProcurementCategory':'Services','lots':[{'id':'1','mainProcurementCategory':'goods'}]");
        assertEquals(ContractCategory.SERVICES, n.whole().profile().facts().category().orElseThrow().value());
        assertEquals(ContractCategory.GOODS, n.lots().get(0).profile().facts().category().orElseThrow().value());
    }

    private static Fact<BuyerType> buyer(String classifications, String name) {
        return Json.notice("{'ocid':'b','buyer':{'id':'p'},'parties':[{'id':'p','name':'" + name + "','roles':['buyer'],"
                + "'details':{'classifications':[" + classifications + "]}}],'tender':{}}").whole().profile().facts().buyer();
    }

    @Test
    void buyerTypes() {
        Fact<BuyerType> uk = buyer("{'scheme':'UK_CA_TYPE','id':'publicAuthorityCentralGovernment'}", "Anything");
        assertEquals(BuyerType.CENTRAL_GOVERNMENT, uk.value());
        assertEquals(Provenance.READ, uk.provenance());
        assertEquals(BuyerType.NHS, buyer("{'scheme':'UK_CA_TYPE','id':'publicAuthoritySubCentralGovernment'},"
                + "{'scheme':'COFOG','id':'07','description':'Health'}", "A trust").value());
        assertEquals(BuyerType.CENTRAL_GOVERNMENT, buyer("{'scheme':'TED_CA_TYPE','id':'Ministry or any other national or"
                + " federal authority'},{'scheme':'COFOG','id':'07'}", "Department of Health").value());
        assertEquals(BuyerType.LOCAL_AUTHORITY, buyer("{'scheme':'ted_ca_type','id':'  Regional  or local   authority '}",
                "x").value());
        Fact<BuyerType> disagree = buyer("{'scheme':'TED_CA_TYPE','id':'Regional or local authority'},"
                + "{'scheme':'TED_CA_TYPE','id':'National or federal agency/office'}", "Police and Crime Commissioner");
        assertEquals(BuyerType.OTHER, disagree.value());
        assertEquals(Provenance.INFERRED, disagree.provenance());
        Fact<BuyerType> utility = buyer("{'scheme':'UK_CA_TYPE','id':'privateUtility'}", "Water plc");
        assertEquals(BuyerType.OTHER, utility.value());
        assertEquals(Provenance.READ, utility.provenance());
        // by name, inferred, when the classifications say nothing specific
        assertEquals(BuyerType.LOCAL_AUTHORITY, buyer("{'scheme':'TED_CA_TYPE','id':'Body governed by public law'}",
                "Cyngor Sir Ceredigion").value());
        assertEquals(BuyerType.NHS, buyer("", "Walsall Healthcare NHS Trust").value());
        assertEquals(BuyerType.CENTRAL_GOVERNMENT, buyer("", "DfT - Department for Transport").value());
        assertEquals(BuyerType.OTHER, buyer("", "Medical Research Council").value());
        assertEquals(BuyerType.OTHER, buyer("", "Arts Council England").value());
        assertEquals(Provenance.INFERRED, buyer("", "Arts Council England").provenance());
    }

    @Test
    void commencementAndSuitability() {
        Notice published = Json.notice("{'ocid':'c','date':'2025-05-05T10:00:00Z','tender':{'datePublished':'2025-04-04T10:00:00+01:00',"
                + "'suitability':{'sme':false},'lots':[{'id':'1','suitability':{'vcse':'true'}}]}}");
        Fact<LocalDate> c = published.whole().profile().facts().commencement().orElseThrow();
        assertEquals(LocalDate.of(2025, 4, 4), c.value());
        assertTrue(c.how().startsWith("$.tender.datePublished"));
        Fact<LocalDate> release = Json.notice("{'ocid':'c','date':'2025-05-05T23:30:00-05:00','tender':{}}").whole()
                .profile().facts().commencement().orElseThrow();
        assertEquals(LocalDate.of(2025, 5, 5), release.value()); // the calendar date as written
        assertEquals(Optional.empty(), Json.notice("{'ocid':'c','tender':{}}").whole().profile().facts().commencement());
        assertEquals(new Suitability(Optional.of(false), Optional.empty(), "$.tender.suitability"),
                published.whole().profile().facts().suitability());
        assertEquals(new Suitability(Optional.empty(), Optional.of(true), "$.tender.lots[0].suitability"),
                published.lots().get(0).profile().facts().suitability());
    }

    @Test
    void hugeExponentsAreNotNumbers() {
        // 1e999999999 is 11 characters; as a plain number it would be a billion digits
        Notice n = Json.notice("{'ocid':1e999999999,'tender':{'mainProcurementCategory':'goods','value':{'amount':"
                + "1e999999999,'currency':'GBP'},'contractPeriod':{'durationInDays':0E+999999999},'lots':[{'id':"
                + "1e999999999,'awardCriteria':{'criteria':[{'type':'price','numbers':[{'number':0e999999999,"
                + "'weight':'percentageExact'}]}]}}]}}");
        assertEquals(Optional.of("1E+999999999"), n.ocid());
        assertEquals(List.of(ReasonKind.BAD_AMOUNT, ReasonKind.BAD_DURATION), kinds(n.whole().profile().reasons()));
        assertEquals(Optional.of("1E+999999999"), n.lots().get(0).lotId());
        assertEquals(List.of(ReasonKind.WEIGHT_UNREADABLE), kinds(n.lots().get(0).criteria().reasons()));
        // an exponent within bounds is a number: 1.5E+3 = 1500
        ContractReading small = tender("'mainProcurementCategory':'goods','value':{'amount':1.5E+3,'currency':'GBP'},"
                + "'contractPeriod':{'durationInDays':3.65E+2}").whole();
        assertEquals(0, small.profile().profile().orElseThrow().value().amount().compareTo(new java.math.BigDecimal("1500")));
        assertEquals(1, small.profile().profile().orElseThrow().years());
    }

    @Test
    void membersBrokenByWhitespaceAreFound() {
        ContractReading w = tender("'mainProcurementCategory':'goods','va lue':{'amo\\nunt':7,'currency':'GBP'},"
                + "'contractPeriod':{'durationInDays':10}").whole();
        assertEquals(Money.of("7", "GBP"), w.profile().profile().orElseThrow().value());
    }
}
