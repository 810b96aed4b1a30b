package io.github.svtoms.ocds;

import io.github.svtoms.core.evaluation.CriterionKind;
import io.github.svtoms.core.evaluation.EvaluationScheme;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.ocds.Json.criteria;
import static io.github.svtoms.ocds.Json.kinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Award criteria written by hand: every weight kind, weights as text, and what cannot be used. */
class AwardCriteriaTest {
    /** Each criterion as "kind number→percent provenance". */
    private static List<String> weights(ContractReading r) {
        return r.criteria().criteria().stream().map(c -> c.weight().map(w -> w.kind().ocdsCode() + " "
                + w.number().toPlainString() + "→" + w.percent().map(BigDecimal::toPlainString).orElse("-") + " "
                + w.provenance()).orElse("none")).toList();
    }

    private static List<String> scheme(ContractReading r) {
        EvaluationScheme s = r.criteria().scheme().orElseThrow(() -> new AssertionError(r.criteria().reasons()));
        return s.criteria().stream().map(c -> c.id() + " " + c.kind() + " " + c.weight().toPlainString()).toList();
    }

    @Test
    void percentageExactIsRead() {
        ContractReading r = criteria("[{'type':'price','name':'Price','numbers':[{'number':60,'weight':'percentageExact'}]},"
                + "{'type':'quality','name':'Quality','numbers':[{'number':40,'weight':'percentageExact'}]}]");
        assertEquals(Weighting.PERCENTAGES, r.criteria().weighting());
        assertEquals(List.of("percentageExact 60→60 READ", "percentageExact 40→40 READ"), weights(r));
        assertEquals(List.of("criterion-1 PRICE 60", "criterion-2 QUALITY 40"), scheme(r));
    }

    @Test
    void percentageRangeMiddleIsInferred() {
        ContractReading r = criteria("[{'type':'price','numbers':[{'number':72.5,'weight':'percentageRangeMiddle'}]},"
                + "{'type':'quality','numbers':[{'number':27.5,'weight':'percentageRangeMiddle'}]}]");
        assertEquals(List.of("percentageRangeMiddle 72.5→72.5 INFERRED", "percentageRangeMiddle 27.5→27.5 INFERRED"),
                weights(r));
        assertEquals(List.of("criterion-1 PRICE 72.5", "criterion-2 QUALITY 27.5"), scheme(r));
    }

    @Test
    void decimalsAreHundredths() {
        // 0.35 × 100 = 35.00, 0.65 × 100 = 65.00
        ContractReading r = criteria("[{'type':'price','numbers':[{'number':0.35,'weight':'decimalExact'}]},"
                + "{'type':'quality','numbers':[{'number':0.65,'weight':'decimalExact'}]}]");
        assertEquals(List.of("decimalExact 0.35→35.00 READ", "decimalExact 0.65→65.00 READ"), weights(r));
        assertEquals(List.of("criterion-1 PRICE 35.00", "criterion-2 QUALITY 65.00"), scheme(r));
        ContractReading middle = criteria("[{'type':'price','numbers':[{'number':0.5,'weight':'decimalRangeMiddle'}]},"
                + "{'type':'quality','numbers':[{'number':0.5,'weight':'decimalRangeMiddle'}]}]");
        assertEquals(List.of("decimalRangeMiddle 0.5→50.0 INFERRED", "decimalRangeMiddle 0.5→50.0 INFERRED"),
                weights(middle));
    }

    @Test
    void pointsAreSharesOfTheTotal() {
        // 30 + 50 + 20 = 100 points... 30/100 = 30 %; an exact division needs no rounding
        ContractReading exact = criteria("[{'type':'price','numbers':[{'number':30,'weight':'pointsExact'}]},"
                + "{'type':'quality','numbers':[{'number':50,'weight':'pointsExact'}]},"
                + "{'type':'quality','numbers':[{'number':20,'weight':'pointsExact'}]}]");
        assertEquals(List.of("criterion-1 PRICE 30", "criterion-2 QUALITY 50", "criterion-3 QUALITY 20"), scheme(exact));
        // 1 + 1 + 1 points: 33.333… each; hundredths by largest remainder: 33.34 + 33.33 + 33.33 = 100
        ContractReading thirds = criteria("[{'type':'price','numbers':[{'number':1,'weight':'pointsRangeMiddle'}]},"
                + "{'type':'quality','numbers':[{'number':1,'weight':'pointsRangeMiddle'}]},"
                + "{'type':'quality','numbers':[{'number':1,'weight':'pointsRangeMiddle'}]}]");
        assertEquals(List.of("pointsRangeMiddle 1→33.34 INFERRED", "pointsRangeMiddle 1→33.33 INFERRED",
                "pointsRangeMiddle 1→33.33 INFERRED"), weights(thirds));
        assertTrue(thirds.criteria().criteria().get(0).weight().orElseThrow().how().contains("largest remainder"));
        assertEquals(Weighting.PERCENTAGES, thirds.criteria().weighting());
    }

    @Test
    void anOrderCannotBeChecked() {
        ContractReading r = criteria("[{'type':'quality','name':'Quality','numbers':[{'number':1,'weight':'order'}]},"
                + "{'type':'price','name':'Price','numbers':[{'number':2,'weight':'order'}]}]");
        assertEquals(Weighting.CANNOT_BE_CHECKED, r.criteria().weighting());
        assertEquals(List.of("order 1→- READ", "order 2→- READ"), weights(r));
        assertEquals(List.of(), r.criteria().reasons());
        assertEquals(Optional.empty(), r.criteria().scheme());
    }

    @Test
    void describedCriteriaWithoutNumbersCannotBeChecked() {
        ContractReading r = criteria("[{'type':'quality','name':'Quality','description':'Method statements as set out in"
                + " the invitation to tender'},{'type':'price','name':'Price'}]");
        assertEquals(Weighting.CANNOT_BE_CHECKED, r.criteria().weighting());
        assertEquals(List.of("none", "none"), weights(r));
    }

    @Test
    void weightsWrittenAsTextInTheDescription() {
        assertEquals(List.of("percentageExact 40→40 INFERRED", "percentageExact 60→60 INFERRED"),
                weights(criteria("[{'type':'quality','name':'Quality','description':'40'},{'type':'price','description':'60'}]")));
        assertEquals(List.of("percentageExact 40→40 INFERRED", "percentageExact 60→60 INFERRED"),
                weights(criteria("[{'type':'quality','description':'40 %'},{'type':'price','description':'Weighting: 60%'}]")));
        assertEquals(List.of("percentageExact 17.5→17.5 INFERRED", "percentageExact 82.5→82.5 INFERRED"),
                weights(criteria("[{'type':'quality','description':'17.5 per cent'},{'type':'price','description':'82.5'}]")));
        // a range: the middle; 15-40 → 27.5, 60 to 85 → 72.5
        assertEquals(List.of("percentageRangeMiddle 27.5→27.5 INFERRED", "percentageRangeMiddle 72.5→72.5 INFERRED"),
                weights(criteria("[{'type':'quality','description':'15-40%'},{'type':'cost','description':'60 to 85%'}]")));
        // a number above 100 makes plain numbers points: 400 / 1000 and 600 / 1000
        assertEquals(List.of("pointsExact 400→40 INFERRED", "pointsExact 600→60 INFERRED"),
                weights(criteria("[{'type':'quality','description':'400'},{'type':'price','description':'600'}]")));
        assertEquals(List.of("pointsExact 3→75 INFERRED", "pointsExact 1→25 INFERRED"),
                weights(criteria("[{'type':'quality','description':'3 points'},{'type':'price','description':'1 pt'}]")));
        // plain shares adding up to 1 are decimals
        assertEquals(List.of("decimalExact 0.4→40.0 INFERRED", "decimalExact 0.6→60.0 INFERRED"),
                weights(criteria("[{'type':'quality','description':'0.4'},{'type':'price','description':'0.6'}]")));
    }

    @Test
    void aTextThatLooksLikeAWeightButIsNotOneIsUnreadable() {
        ContractReading r = criteria("[{'type':'quality','description':'40% see ITT'},{'type':'price','description':'60'}]");
        assertEquals(Weighting.INCOMPLETE, r.criteria().weighting());
        assertEquals(List.of(ReasonKind.WEIGHT_UNREADABLE), kinds(r.criteria().reasons()));
        assertEquals("$.tender.lots[0].awardCriteria.criteria[0].description", r.criteria().reasons().get(0).path());
        ContractReading reversed = criteria("[{'type':'quality','description':'40-15%'},{'type':'price','description':'60'}]");
        assertEquals(List.of(ReasonKind.WEIGHT_UNREADABLE), kinds(reversed.criteria().reasons()));
    }

    @Test
    void unknownWeightCodeAndBadNumbersAreUnreadable() {
        assertEquals(List.of(ReasonKind.WEIGHT_UNREADABLE), kinds(criteria(
                "[{'type':'price','numbers':[{'number':60,'weight':'percent'}]},{'type':'quality','description':'40'}]")
                .criteria().reasons()));
        assertEquals(List.of(ReasonKind.WEIGHT_UNREADABLE), kinds(criteria(
                "[{'type':'price','numbers':[{'number':'sixty','weight':'percentageExact'}]}]").criteria().reasons()));
        assertEquals(List.of(ReasonKind.WEIGHT_UNREADABLE), kinds(criteria("['price 60', {'type':'quality'}]")
                .criteria().reasons()));
    }

    @Test
    void weightsThatCannotMakeAScheme() {
        assertEquals(List.of(ReasonKind.WEIGHTS_NOT_100), kinds(criteria(
                "[{'type':'quality','description':'20'},{'type':'price','description':'45'}]").criteria().reasons()));
        assertEquals("they add up to 65 %", criteria("[{'type':'quality','description':'20'},{'type':'price',"
                + "'description':'45'}]").criteria().reasons().get(0).detail());
        assertEquals(List.of(ReasonKind.WEIGHT_MISSING), kinds(criteria(
                "[{'type':'quality','description':'40'},{'type':'price','name':'Price'}]").criteria().reasons()));
        assertEquals(List.of(ReasonKind.MIXED_WEIGHT_KINDS), kinds(criteria(
                "[{'type':'quality','description':'40%'},{'type':'price','description':'60 points'}]").criteria().reasons()));
        assertEquals(List.of(ReasonKind.MIXED_WEIGHT_KINDS), kinds(criteria(
                "[{'type':'quality','numbers':[{'number':1,'weight':'order'}]},{'type':'price','description':'60'}]")
                .criteria().reasons()));
        assertEquals(List.of(ReasonKind.WEIGHT_OUT_OF_RANGE), kinds(criteria(
                "[{'type':'quality','numbers':[{'number':140,'weight':'percentageExact'}]},{'type':'price','description':'60'}]")
                .criteria().reasons()));
        // -40 is below 0 and 140 above 100: one reason each
        assertEquals(List.of(ReasonKind.WEIGHT_OUT_OF_RANGE, ReasonKind.WEIGHT_OUT_OF_RANGE), kinds(criteria(
                "[{'type':'quality','numbers':[{'number':-40,'weight':'percentageExact'}]},"
                        + "{'type':'price','numbers':[{'number':140,'weight':'percentageExact'}]}]").criteria().reasons()));
        assertEquals(List.of(ReasonKind.SEVERAL_PRICE_CRITERIA), kinds(criteria(
                "[{'type':'price','description':'50'},{'type':'cost','name':'Whole-life cost','description':'50'}]")
                .criteria().reasons()));
        assertEquals(List.of(ReasonKind.WEIGHTS_NOT_100), kinds(criteria(
                "[{'type':'price','description':'0 points'},{'type':'quality','description':'0 points'}]").criteria().reasons()));
    }

    @Test
    void aZeroWeightStaysOutOfTheScheme() {
        ContractReading r = criteria("[{'type':'quality','name':'Quality','description':'100%'},{'type':'price','description':'0%'}]");
        assertEquals(Weighting.PERCENTAGES, r.criteria().weighting());
        assertEquals(2, r.criteria().criteria().size());
        assertEquals(List.of("criterion-1 QUALITY 100"), scheme(r));
    }

    @Test
    void theOnlyCriterionWeighsAll() {
        ContractReading r = criteria("[{'type':'price'}]");
        assertEquals(List.of("percentageExact 100→100 INFERRED"), weights(r));
        assertEquals(List.of("criterion-1 PRICE 100"), scheme(r));
        assertEquals("price", r.criteria().criteria().get(0).name());
    }

    @Test
    void socialValueIsAQualityCriterionRecognisedByItsWords() {
        ContractReading r = criteria("[{'type':'price','name':'Price','description':'50'},"
                + "{'type':'quality','name':'Technical','description':'40'},"
                + "{'type':'quality','name':'Community Benefits','description':'10%'}]");
        AwardCriterion sv = r.criteria().criteria().get(2);
        assertEquals(CriterionKind.SOCIAL_VALUE, sv.kind());
        assertEquals(Optional.of("community benefits"), sv.socialValueTerm());
        assertEquals(List.of("criterion-1 PRICE 50", "criterion-2 QUALITY 40", "criterion-3 SOCIAL_VALUE 10"), scheme(r));
        assertEquals(SocialValueCheck.Presence.FOUND, r.socialValue().presence());
        assertEquals(Optional.of(new BigDecimal("10")), r.socialValue().weight());
        assertEquals(Optional.of(true), r.socialValue().meetsMinimum(BigDecimal.TEN));
        assertEquals(Optional.of(false), r.socialValue().meetsMinimum(new BigDecimal("10.01")));
        assertEquals(0, r.criteria().scheme().orElseThrow().socialValueWeighting().compareTo(BigDecimal.TEN));
    }

    @Test
    void socialValueInTheDescriptionOrOnlyInAPriceCriterion() {
        ContractReading byDescription = criteria("[{'type':'quality','name':'Q3','description':'Socio-economic benefits"
                + " of the delivery'},{'type':'price','name':'Price'}]");
        assertEquals(SocialValueCheck.Presence.FOUND, byDescription.socialValue().presence());
        assertEquals(Optional.empty(), byDescription.socialValue().weight());
        assertEquals(Optional.empty(), byDescription.socialValue().meetsMinimum(BigDecimal.TEN));
        ContractReading price = criteria("[{'type':'price','name':'Price including social value','description':'100'}]");
        assertEquals(SocialValueCheck.Presence.NOT_FOUND, price.socialValue().presence());
        assertEquals(Optional.of(false), price.socialValue().meetsMinimum(BigDecimal.TEN));
        ContractReading none = Json.tender("'mainProcurementCategory':'goods'").whole();
        assertEquals(SocialValueCheck.Presence.NO_CRITERIA, none.socialValue().presence());
        assertEquals(Optional.empty(), none.socialValue().meetsMinimum(BigDecimal.TEN));
    }

    @Test
    void ownSocialValueTerms() {
        OcdsReader reader = OcdsReader.builder().socialValueTerms(SocialValueTerms.of(List.of("Kent priorities"))).build();
        Notice n = reader.readJson(Json.json("{'ocid':'x','tender':{'lots':[{'id':'1','awardCriteria':{'criteria':["
                + "{'type':'quality','name':'Kent Priorities','description':'10'},{'type':'price','description':'90'}]}}]}}"),
                "t").notices().get(0);
        assertEquals(Optional.of("kent priorities"), n.lots().get(0).criteria().criteria().get(0).socialValueTerm());
    }

    @Test
    void criteriaFromTheBreakdownAndFromTheCode() {
        // tender.awardCriteriaBreakdown: an entry for lot 2 and one for the rest
        Notice n = Json.tender("'lots':[{'id':'1'},{'id':'2'}],'awardCriteriaBreakdown':["
                + "{'relatedLots':['2'],'awardCriteria':[{'type':'price','numbers':[{'number':70,'weight':'percentageExact'}]},"
                + "{'type':'quality','numbers':[{'number':30,'weight':'percentageExact'}]}]},"
                + "{'awardCriteria':[{'type':'price','numbers':[{'number':100,'weight':'percentageExact'}]}]}]");
        assertEquals(List.of("criterion-1 PRICE 100"), scheme(n.whole()));
        assertEquals(List.of("criterion-1 PRICE 100"), scheme(n.lots().get(0)));
        assertEquals(List.of("criterion-1 PRICE 70", "criterion-2 QUALITY 30"), scheme(n.lots().get(1)));
        assertEquals("$.tender.awardCriteriaBreakdown[0].awardCriteria", n.lots().get(1).criteria().source());
        // OCDS 1.1 tender.awardCriteria 'priceOnly': one price criterion of 100 %, inferred
        ContractReading code = Json.tender("'awardCriteria':'priceOnly'").whole();
        assertEquals(List.of("criterion-1 PRICE 100"), scheme(code));
        assertEquals(Provenance.INFERRED, code.criteria().provenance());
        assertEquals(Weighting.NONE_PUBLISHED, Json.tender("'awardCriteria':'ratedCriteria'").whole().criteria().weighting());
    }

    @Test
    void theNoticeTakesItsLotsCriteriaOnlyWhenTheyAgree() {
        String same = "'awardCriteria':{'criteria':[{'type':'price','description':'60'},{'type':'quality','name':'Q','description':'40%'}]}";
        String sameInOtherWords = "'awardCriteria':{'criteria':[{'type':'price','description':'60%'},{'type':'quality','name':'q','description':'40'}]}";
        Notice agree = Json.tender("'lots':[{'id':'1'," + same + "},{'id':'2'," + sameInOtherWords + "}]");
        assertEquals(Weighting.PERCENTAGES, agree.whole().criteria().weighting());
        assertEquals(Provenance.INFERRED, agree.whole().criteria().provenance());
        String other = "'awardCriteria':{'criteria':[{'type':'price','description':'70'},{'type':'quality','name':'Q','description':'30'}]}";
        Notice differ = Json.tender("'lots':[{'id':'1'," + same + "},{'id':'2'," + other + "}]");
        assertEquals(Weighting.VARIES_BY_LOT, differ.whole().criteria().weighting());
        assertEquals(List.of(ReasonKind.CRITERIA_DIFFER_BETWEEN_LOTS), kinds(differ.whole().criteria().reasons()));
        assertEquals(SocialValueCheck.Presence.NOT_FOUND, differ.whole().socialValue().presence());
        Notice partly = Json.tender("'lots':[{'id':'1'," + same + "},{'id':'2'}]");
        assertEquals(Weighting.VARIES_BY_LOT, partly.whole().criteria().weighting());
    }

    @Test
    void socialValueAcrossLotsThatDiffer() {
        String sv = "'awardCriteria':{'criteria':[{'type':'price','description':'90'},{'type':'quality','name':'Social value','description':'10'}]}";
        String sv20 = "'awardCriteria':{'criteria':[{'type':'price','description':'80'},{'type':'quality','name':'Social value','description':'20'}]}";
        String plain = "'awardCriteria':{'criteria':[{'type':'price','description':'100'}]}";
        Notice mixed = Json.tender("'lots':[{'id':'1'," + plain + "},{'id':'2'," + sv + "}]");
        assertEquals(SocialValueCheck.Presence.FOUND, mixed.whole().socialValue().presence());
        assertEquals(Optional.empty(), mixed.whole().socialValue().weight()); // lot 1 has none
        Notice weights = Json.tender("'lots':[{'id':'1'," + sv + "},{'id':'2'," + sv20 + "}]");
        assertEquals(Optional.empty(), weights.whole().socialValue().weight()); // 10 % and 20 %
        String sv10again = sv.replace("90", "90.0");
        Notice sameWeight = Json.tender("'lots':[{'id':'1'," + sv + "},{'id':'2','title':'x'," + sv10again + "}]");
        // 90 and 90.0 are the same weight, so the lots agree and the notice takes their criteria
        assertEquals(Weighting.PERCENTAGES, sameWeight.whole().criteria().weighting());
        assertEquals(Optional.of(new BigDecimal("10")), sameWeight.whole().socialValue().weight());
    }
}
