package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UkSvm;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.EditionResolver;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.law.EvidenceGrade;
import io.github.svtoms.core.law.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.svtoms.core.UkSvm.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** s.23 importance and the minimum weighting that follows the edition and the value band. */
class ImportanceCheckTest {
    static final Framework PPN_002 = UkSvm.ppn002(List.of());
    static final Framework PPN_026 = UkSvm.ppn026(List.of());

    static AwardCriteria weighted(String price, String quality, String socialValue) {
        return new AwardCriteria(List.of(
                new AwardCriterion(CriterionId.of("price"), "Price", CriterionKind.PRICE, Importance.percent(new BigDecimal(price))),
                new AwardCriterion(CriterionId.of("quality"), "Quality", CriterionKind.QUALITY,
                        Importance.percent(new BigDecimal(quality))),
                new AwardCriterion(CriterionId.of("sv"), "Social value", CriterionKind.SOCIAL_VALUE,
                        Importance.percent(new BigDecimal(socialValue)))));
    }

    static DutyFinding check(AwardCriteria criteria, Framework f, ContractValue value) {
        return ImportanceCheck.minimumWeighting(criteria, f, Optional.of(value));
    }

    static ContractValue gross(String amount) {
        return ContractValue.gross(gbp(amount));
    }

    @Test
    void ppn026NeedsTwentyPercentAtExactlyFiveMillion() {
        DutyFinding ten = check(weighted("60", "30", "10"), PPN_026, gross("5000000.00"));
        assertEquals(Verdict.NOT_MET, ten.verdict());
        assertTrue(ten.isError());
        assertEquals("social value weighting 10% is below the 20% minimum of framework uk-svm-2027: 10% flat minimum;"
                + " 20% for contracts worth £5,000,000.00 or more including VAT (£5,000,000.00 including VAT is"
                + " £5,000,000.00 or more including VAT)", ten.detail());
        assertEquals(Optional.of(EvidenceGrade.SECONDARY), ten.evidence());
        assertTrue(ten.source().endsWith("Procurement Act 2023 s.23"), ten.source());
        assertEquals(Verdict.MET, check(weighted("50", "30", "20"), PPN_026, gross("5000000.00")).verdict());
        // one penny below £5m: the flat 10 % applies
        DutyFinding below = check(weighted("60", "30", "10"), PPN_026, gross("4999999.99"));
        assertEquals(Verdict.MET, below.verdict());
        assertTrue(below.detail().contains("not 20% for contracts worth"), below.detail());
        assertEquals(Verdict.NOT_MET, check(weighted("61", "30", "9"), PPN_026, gross("4999999.99")).verdict());
    }

    @Test
    void belowTheOneMillionFloorPpn026DoesNotApply() {
        DutyFinding out = check(weighted("70", "25", "5"), PPN_026, gross("999999.99"));
        assertEquals(Verdict.NOT_APPLICABLE, out.verdict());
        assertTrue(out.detail().startsWith("outside the scope of framework uk-svm-2027: £999,999.99 including VAT is not"
                + " £1,000,000.00 or more including VAT"), out.detail());
        assertEquals(Verdict.NOT_MET, check(weighted("70", "25", "5"), PPN_026, gross("1000000.00")).verdict());
    }

    @Test
    void aRankedOrDescribedSocialValueCriterionCannotBeChecked() {
        AwardCriteria ranked = new AwardCriteria(List.of(
                new AwardCriterion(CriterionId.of("quality"), "Quality", CriterionKind.QUALITY, Importance.rank(1)),
                new AwardCriterion(CriterionId.of("price"), "Price", CriterionKind.PRICE, Importance.rank(2)),
                new AwardCriterion(CriterionId.of("sv"), "Social value", CriterionKind.SOCIAL_VALUE, Importance.rank(3))));
        DutyFinding r = check(ranked, PPN_002, gross("2000000.00"));
        assertEquals(Verdict.CANNOT_BE_CHECKED, r.verdict());
        assertTrue(r.detail().startsWith("cannot be checked: the social value criteria give their relative importance as"
                + " a ranking or a description"), r.detail());
        assertTrue(r.detail().endsWith("10% minimum of framework uk-svm-2025: 10% flat minimum"), r.detail());
        AwardCriteria described = new AwardCriteria(List.of(new AwardCriterion(CriterionId.of("sv"), "Social value",
                CriterionKind.SOCIAL_VALUE, Importance.described("of equal importance to quality"))));
        assertEquals(Verdict.CANNOT_BE_CHECKED, check(described, PPN_002, gross("2000000.00")).verdict());
        assertEquals(Optional.empty(), described.socialValueWeighting());
        // ranked price and quality do not stop a weighted social value criterion being checked
        AwardCriteria mixed = new AwardCriteria(List.of(
                new AwardCriterion(CriterionId.of("quality"), "Quality", CriterionKind.QUALITY, Importance.rank(1)),
                new AwardCriterion(CriterionId.of("sv"), "Social value", CriterionKind.SOCIAL_VALUE,
                        Importance.percent(BigDecimal.TEN))));
        assertEquals(Verdict.MET, check(mixed, PPN_002, gross("2000000.00")).verdict());
    }

    @Test
    void aBandThatTheVatDecidesLeavesTheMinimumOpen() {
        // no value: 10 % meets the flat minimum but the 20 % band may apply
        DutyFinding open = ImportanceCheck.minimumWeighting(weighted("60", "30", "10"), PPN_026, Optional.empty());
        assertEquals(Verdict.CANNOT_BE_CHECKED, open.verdict());
        assertTrue(open.detail().contains("whether the higher minimum applies cannot be checked"), open.detail());
        // 20 % meets every minimum the contract could face
        assertEquals(Verdict.MET, ImportanceCheck.minimumWeighting(weighted("50", "30", "20"), PPN_026, Optional.empty())
                .verdict());
        // 9 % is below the flat minimum whatever the value
        assertEquals(Verdict.NOT_MET, ImportanceCheck.minimumWeighting(weighted("61", "30", "9"), PPN_026, Optional.empty())
                .verdict());
        // net £4.5m: the gross value may reach £5m
        assertEquals(Verdict.CANNOT_BE_CHECKED, check(weighted("60", "30", "10"), PPN_026,
                ContractValue.net(gbp("4500000.00"))).verdict());
        // net £5m: the gross value is at least £5m, so 20 % applies whatever the VAT
        assertEquals(Verdict.NOT_MET, check(weighted("60", "30", "10"), PPN_026,
                ContractValue.net(gbp("5000000.00"))).verdict());
    }

    @Test
    void noSocialValueCriterionIsZeroPercentAndNoMinimumIsNotApplicable() {
        AwardCriteria none = new AwardCriteria(List.of(
                new AwardCriterion(CriterionId.of("price"), "Price", CriterionKind.PRICE, Importance.rank(1))));
        DutyFinding f = check(none, PPN_002, gross("2000000.00"));
        assertEquals(Verdict.NOT_MET, f.verdict());
        assertTrue(f.detail().startsWith("the tender has no social value criterion, so its social value weighting is 0%"));
        Framework brighton = TestFrameworks.get(TestFrameworks.BRIGHTON);
        DutyFinding na = check(weighted("60", "30", "10"), brighton, gross("2000000.00"));
        assertEquals(Verdict.NOT_APPLICABLE, na.verdict());
        assertEquals(Optional.empty(), na.evidence());
    }

    @Test
    void anEvaluationRequestChecksTheEditionChosenByDate() {
        Catalogue c = Catalogue.builder().framework(UkSvm.ppn002(List.of())).framework(UkSvm.ppn026(List.of())).build();
        EvaluationScheme scheme = EvaluationScheme.of(List.of(
                Criterion.price(CriterionId.of("price"), "Price", BigDecimal.valueOf(60)),
                Criterion.quality(CriterionId.of("quality"), "Quality", BigDecimal.valueOf(30)),
                Criterion.socialValue(CriterionId.of("sv"), "Social value", BigDecimal.TEN)));
        Bid bid = Bid.of(BidId.of("a"), gbp("100.00")).withQualityMark(CriterionId.of("quality"), BigDecimal.valueOf(50))
                .withSocialValueMarks(CriterionId.of("sv"), SocialValueMarks.of(BigDecimal.valueOf(50)));
        EvaluationRequest base = EvaluationRequest.of(scheme, List.of(bid)).withContractValue(gross("6000000.00"));
        // commenced 2026-12-31: PPN 002, flat 10 % → met
        EvaluationResult before = base.withEdition(EditionResolver.resolve(c, UkSvm.FAMILY, LocalDate.of(2026, 12, 31)))
                .evaluate();
        assertEquals(UkSvm.PPN_002, before.request().framework().orElseThrow().id());
        assertEquals(Verdict.MET, before.duties().get(0).verdict());
        // commenced 2027-01-01: PPN 026, 20 % at £6m → not met
        EvaluationResult after = base.withEdition(EditionResolver.resolve(c, UkSvm.FAMILY, LocalDate.of(2027, 1, 1)))
                .evaluate();
        assertEquals(Verdict.NOT_MET, after.duties().get(0).verdict());
        assertEquals(ImportanceCheck.RULE, after.duties().get(0).rule());
        // the older framework check still reports the flat minimum as it always did
        assertTrue(after.frameworkCheck().orElseThrow().passed());
        assertEquals(List.of(), EvaluationRequest.of(scheme, List.of(bid)).evaluate().duties());
        assertThrows(InvalidValueException.class, () -> new EvaluationRequest(Optional.of(PPN_002), scheme, List.of(bid),
                Map.of(), Optional.empty(), Optional.of(EditionResolver.resolve(c, UkSvm.FAMILY, LocalDate.of(2027, 1, 1)))));
        assertThrows(io.github.svtoms.core.catalogue.NoEditionInForceException.class,
                () -> base.withEdition(EditionResolver.resolve(c, UkSvm.FAMILY, LocalDate.of(2020, 1, 1))));
    }

    @Test
    void aRankedTenderIsCheckedWithoutScoringBids() {
        AwardCriteria ranked = new AwardCriteria(List.of(
                new AwardCriterion(CriterionId.of("quality"), "Quality", CriterionKind.QUALITY, Importance.rank(1)),
                new AwardCriterion(CriterionId.of("price"), "Price", CriterionKind.PRICE, Importance.rank(2)),
                new AwardCriterion(CriterionId.of("sv"), "Social value", CriterionKind.SOCIAL_VALUE, Importance.rank(3))));
        EvaluationResult r = EvaluationRequest.criteriaOnly(Optional.of(PPN_026), ranked)
                .withContractValue(gross("6000000.00")).evaluate();
        assertEquals(Optional.empty(), r.evaluation());
        assertEquals(Optional.empty(), r.winner());
        assertEquals(Optional.empty(), r.frameworkCheck());
        assertEquals(Optional.empty(), r.request().currency());
        assertEquals(1, r.duties().size());
        assertEquals(Verdict.CANNOT_BE_CHECKED, r.duties().get(0).verdict());
        assertTrue(r.duties().get(0).detail().endsWith("20% minimum of framework uk-svm-2027: 10% flat minimum; 20% for"
                + " contracts worth £5,000,000.00 or more including VAT (£6,000,000.00 including VAT is £5,000,000.00 or"
                + " more including VAT)"), r.duties().get(0).detail());
        // bids are scored only against percentage weights
        Bid bid = Bid.of(BidId.of("a"), gbp("100.00"));
        var e = assertThrows(InvalidValueException.class, () -> new EvaluationRequest(Optional.of(PPN_026), ranked,
                Optional.empty(), List.of(bid), Map.of(), Optional.empty(), Optional.empty()));
        assertEquals("bids without a scoring scheme: svtoms scores bids only when every criterion has a percentage weight",
                e.getMessage());
        EvaluationScheme scheme = EvaluationScheme.of(List.of(
                Criterion.price(CriterionId.of("price"), "Price", BigDecimal.valueOf(100))));
        assertThrows(InvalidValueException.class, () -> new EvaluationRequest(Optional.empty(), ranked,
                Optional.of(scheme), List.of(bid), Map.of(), Optional.empty(), Optional.empty()));
        assertThrows(InvalidValueException.class, () -> EvaluationRequest.criteriaOnly(Optional.empty(),
                new AwardCriteria(List.of())));
        // a scored request publishes its scheme's criteria, weighted by percentage
        EvaluationRequest scored = EvaluationRequest.of(scheme, List.of(bid));
        assertEquals(scheme.awardCriteria(), scored.criteria());
        assertEquals(BidId.of("a"), scored.evaluate().winner().orElseThrow().bid());
    }

    @Test
    void importanceFormsValidate() {
        assertThrows(InvalidValueException.class, () -> Importance.percent(BigDecimal.ZERO));
        assertThrows(InvalidValueException.class, () -> Importance.percent(new BigDecimal("100.01")));
        assertThrows(InvalidValueException.class, () -> Importance.rank(0));
        assertThrows(InvalidValueException.class, () -> Importance.described(" "));
        assertEquals("percentage", Importance.percent(BigDecimal.ONE).form());
        assertEquals("rank", Importance.rank(1).form());
        assertEquals("description", Importance.described("x").form());
        assertThrows(InvalidValueException.class, () -> new AwardCriteria(List.of(
                new AwardCriterion(CriterionId.of("a"), "A", CriterionKind.PRICE, Importance.rank(1)),
                new AwardCriterion(CriterionId.of("a"), "B", CriterionKind.QUALITY, Importance.rank(2)))));
        // two social value criteria add up: 6 + 4 = 10
        AwardCriteria split = new AwardCriteria(List.of(
                new AwardCriterion(CriterionId.of("sv1"), "Specified", CriterionKind.SOCIAL_VALUE, Importance.percent(BigDecimal.valueOf(6))),
                new AwardCriterion(CriterionId.of("sv2"), "Open", CriterionKind.SOCIAL_VALUE, Importance.percent(BigDecimal.valueOf(4)))));
        assertEquals(0, BigDecimal.TEN.compareTo(split.socialValueWeighting().orElseThrow()));
        assertEquals(Optional.of(BigDecimal.ZERO), new AwardCriteria(List.of()).socialValueWeighting());
    }
}
