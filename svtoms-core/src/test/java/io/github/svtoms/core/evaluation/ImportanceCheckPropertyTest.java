package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.Samples;
import io.github.svtoms.core.UkSvm;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.law.Verdict;
import io.github.svtoms.core.money.Money;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the minimum weighting check over 1,000 random tenders under PPN 026 (seeded). */
@ExtendWith(InstancioExtension.class)
class ImportanceCheckPropertyTest {
    static final Framework PPN_026 = UkSvm.ppn026(List.of());

    static int rank(Verdict v) {
        return switch (v) {
            case NOT_MET -> 0;
            case CANNOT_BE_CHECKED -> 1;
            case MET -> 2;
            case NOT_APPLICABLE -> throw new AssertionError("not on the scale");
        };
    }

    static AwardCriteria criteria(int socialValue) {
        return new AwardCriteria(List.of(
                new AwardCriterion(CriterionId.of("price"), "Price", CriterionKind.PRICE,
                        Importance.percent(BigDecimal.valueOf(100 - socialValue))),
                new AwardCriterion(CriterionId.of("sv"), "Social value", CriterionKind.SOCIAL_VALUE,
                        Importance.percent(BigDecimal.valueOf(socialValue)))));
    }

    @Test
    @Seed(2323)
    void moreWeightNeverWorsensTheVerdictAndTheBandsFollowTheGrossValue() {
        int[] seen = new int[Verdict.values().length];
        for (long seed : Samples.seeds(1000)) {
            Random r = new Random(seed);
            // £0.5m to £9.5m in whole pounds
            Money amount = Money.of(BigDecimal.valueOf(500_000 + r.nextInt(9_000_001)), Money.currency("GBP"));
            int kind = r.nextInt(3);
            ContractValue value = kind == 0 ? ContractValue.gross(amount)
                    : kind == 1 ? ContractValue.net(amount) : ContractValue.unstated(amount);
            int low = 1 + r.nextInt(50);
            int high = low + r.nextInt(50);
            Verdict a = ImportanceCheck.minimumWeighting(criteria(low), PPN_026, Optional.of(value)).verdict();
            Verdict b = ImportanceCheck.minimumWeighting(criteria(high), PPN_026, Optional.of(value)).verdict();
            String where = "seed " + seed + ": " + value.describe() + ", " + low + "% then " + high + "%";
            seen[a.ordinal()]++;
            if (a == Verdict.NOT_APPLICABLE || b == Verdict.NOT_APPLICABLE) {
                // only below the £1m floor, and then for every weighting
                assertEquals(a, b, where);
                continue;
            }
            assertTrue(rank(b) >= rank(a), where);
            if (kind == 0) {
                // a gross value decides everything: 20 % from £5m, 10 % below, out of scope below £1m
                BigDecimal g = amount.amount();
                int minimum = g.compareTo(new BigDecimal("5000000")) >= 0 ? 20 : 10;
                Verdict expected = low >= minimum ? Verdict.MET : Verdict.NOT_MET;
                assertEquals(expected, a, where);
            }
        }
        assertTrue(seen[Verdict.MET.ordinal()] > 100);
        assertTrue(seen[Verdict.NOT_MET.ordinal()] > 100);
        assertTrue(seen[Verdict.CANNOT_BE_CHECKED.ordinal()] > 20);
        assertTrue(seen[Verdict.NOT_APPLICABLE.ordinal()] > 5);
    }
}
