package io.github.svtoms.core.evaluation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkRules;
import io.github.svtoms.core.catalogue.WeightingBand;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.law.DutyFinding;
import io.github.svtoms.core.law.DutyLevel;
import io.github.svtoms.core.law.ThresholdTest;
import io.github.svtoms.core.law.Verdict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The minimum social value weighting of a framework edition checked against a tender's award criteria, with
 * the relative importance in any form the Procurement Act 2023 s.23 allows and the minimum that follows the
 * contract value (rule id {@value #RULE}, level {@link DutyLevel#ERROR}).
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>A framework with no minimum (flat or by value): {@link Verdict#NOT_APPLICABLE}.</li>
 *   <li>A contract value below the framework's value floor (PPN 026: £1,000,000 or more including VAT, so
 *       £999,999.99 is out of scope): {@link Verdict#NOT_APPLICABLE}.</li>
 *   <li>The minimum is the flat minimum raised by every {@link WeightingBand} the value reaches (PPN 026: 10 %
 *       below £5,000,000, 20 % at £5,000,000 and above including VAT — exactly £5,000,000.00 needs 20 %). A band
 *       that cannot be tested (no value, the other VAT basis, another currency) leaves the minimum open between
 *       the two.</li>
 *   <li>No social value criterion: the weighting is 0 %. A social value criterion ranked or described, not
 *       weighted: {@link Verdict#CANNOT_BE_CHECKED}.</li>
 *   <li>The weighting meets the highest minimum it could be: {@link Verdict#MET}; it is below the minimum that
 *       certainly applies: {@link Verdict#NOT_MET}; otherwise {@link Verdict#CANNOT_BE_CHECKED}.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class ImportanceCheck {
    /** The rule id, the same as {@link FrameworkCheck#MINIMUM_WEIGHTING}. */
    public static final String RULE = FrameworkCheck.MINIMUM_WEIGHTING;

    private ImportanceCheck() {
    }

    /**
     * Checks the social value weighting of award criteria against a framework edition's minimum.
     *
     * @param criteria the award criteria as published
     * @param framework the framework edition (chosen by commencement date)
     * @param value the contract value, if known
     * @return the finding
     */
    public static DutyFinding minimumWeighting(AwardCriteria criteria, Framework framework, Optional<ContractValue> value) {
        Checks.notNull(criteria, "award criteria");
        Checks.notNull(framework, "framework");
        Checks.notNull(value, "contract value");
        FrameworkRules rules = framework.rules();
        String fw = "framework " + framework.id();
        if (rules.minimumSocialValueWeighting().isEmpty() && rules.weightingBands().isEmpty()) {
            return finding(framework, Verdict.NOT_APPLICABLE, fw + " sets no minimum social value weighting");
        }
        if (framework.scope().valueFloor().isPresent() && value.isPresent()) {
            ThresholdTest floor = framework.scope().valueFloor().get().test(value.get());
            if (floor.isNotReached()) {
                return finding(framework, Verdict.NOT_APPLICABLE, "outside the scope of " + fw + ": " + floor.detail()
                        + ", its value floor, so its minimum weighting does not apply");
            }
        }
        BigDecimal certain = rules.minimumSocialValueWeighting().orElse(BigDecimal.ZERO);
        BigDecimal possible = certain;
        List<String> basis = new ArrayList<>();
        rules.minimumSocialValueWeighting().ifPresent(m -> basis.add(pct(m) + " flat minimum"));
        List<String> open = new ArrayList<>();
        for (WeightingBand band : rules.weightingBands()) {
            String bandText = pct(band.minimum()) + " for contracts worth " + band.from().describe();
            if (value.isEmpty()) {
                possible = possible.max(band.minimum());
                open.add(bandText + " (no contract value given)");
                continue;
            }
            ThresholdTest t = band.from().test(value.get());
            if (t.isReached()) {
                certain = certain.max(band.minimum());
                possible = possible.max(band.minimum());
                basis.add(bandText + " (" + t.detail() + ")");
            } else if (t.cannotBeChecked()) {
                possible = possible.max(band.minimum());
                open.add(bandText + " (" + t.detail() + ")");
            } else {
                basis.add("not " + bandText + " (" + t.detail() + ")");
            }
        }
        String minimum = pct(certain) + " minimum of " + fw + (basis.isEmpty() ? "" : ": " + String.join("; ", basis));
        if (criteria.socialValueCriteria().isEmpty() && certain.signum() > 0) {
            return finding(framework, Verdict.NOT_MET, "the tender has no social value criterion, so its social value"
                    + " weighting is 0%, below the " + minimum);
        }
        Optional<BigDecimal> weighting = criteria.socialValueWeighting();
        if (weighting.isEmpty()) {
            return finding(framework, Verdict.CANNOT_BE_CHECKED, "cannot be checked: the social value criteria give"
                    + " their relative importance as a ranking or a description (s.23 allows percentages, a ranking or"
                    + " a description), not a percentage, so the weighting cannot be compared with the " + minimum);
        }
        BigDecimal w = weighting.get();
        String sv = "social value weighting " + pct(w);
        if (w.compareTo(possible) >= 0) {
            return finding(framework, Verdict.MET, sv + " meets the " + minimum
                    + (open.isEmpty() ? "" : "; it also meets " + String.join("; ", open)));
        }
        if (w.compareTo(certain) < 0) {
            return finding(framework, Verdict.NOT_MET, sv + " is below the " + minimum);
        }
        return finding(framework, Verdict.CANNOT_BE_CHECKED, sv + " meets the " + minimum + ", but whether the higher"
                + " minimum applies cannot be checked: " + String.join("; ", open));
    }

    private static DutyFinding finding(Framework framework, Verdict verdict, String detail) {
        return new DutyFinding(RULE, verdict, DutyLevel.ERROR, detail, framework.evidence(),
                framework.name() + " (" + framework.publisher() + ", " + framework.edition() + "); Procurement Act 2023 s.23");
    }

    private static String pct(BigDecimal value) {
        return Numbers.plain(value) + "%";
    }
}
