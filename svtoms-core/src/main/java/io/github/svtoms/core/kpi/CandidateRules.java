package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.Dimension;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.PriorityGroupId;
import io.github.svtoms.core.catalogue.TargetRule;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.money.CurrencyMismatchException;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules 2, 3 (minimum value), 5 and 7 for one measure and one profile: relevance, proportionality,
 * priority groups, and the target with its levels. The first rule that fails excludes the measure with
 * its reason; a measure that passes them all is eligible, with a reason per rule. Immutable; one per
 * selection.
 */
final class CandidateRules {
    /** The verdict on a measure. */
    sealed interface Verdict permits Eligible, Ineligible {
    }

    /**
     * Passes every per-measure rule; {@code levels} is empty when the measure has no target rule.
     * {@code reasons} is empty when the verdict was reached without explaining it ({@link #evaluate(Measure, int)});
     * {@link #explain(Measure, int)} gives the same verdict with its reasons.
     */
    record Eligible(Optional<Levels> levels, List<String> reasons) implements Verdict {
    }

    /** Fails a rule. */
    record Ineligible(String reason) implements Verdict {
    }

    /** Minimum, target and stretch. */
    record Levels(BigDecimal minimum, BigDecimal target, BigDecimal stretch) {
    }

    private static final String PERCENT = "percent";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");
    /** An eligible verdict reached without its reasons or levels ({@link #evaluate(Measure, int)}). */
    static final Eligible UNEXPLAINED = new Eligible(Optional.empty(), List.of());

    private final ContractProfile profile;
    private final Set<String> sectors;
    private final SelectorIndex index;
    private final List<PriorityGroupId> allowedGroups;
    private final String groupLimitText;
    private final String category;
    private final String valueText;
    private final MeasureTexts texts;
    private final int categoryBit;
    /** The excluding reason for a measure limited to other sectors, up to the measure's sector tags. */
    private final String notRelevantSectors;
    private final String yearsText;

    CandidateRules(ContractProfile profile, SelectorIndex index, List<PriorityGroupId> allowedGroups,
                   String groupLimitText) {
        this.profile = profile;
        this.index = index;
        this.texts = index.texts;
        this.category = profile.category().id();
        this.valueText = Text.money(profile.value());
        this.sectors = Set.copyOf(profile.sectors());
        this.allowedGroups = allowedGroups;
        this.groupLimitText = groupLimitText;
        this.categoryBit = 1 << profile.category().ordinal();
        this.notRelevantSectors = "not relevant to " + (profile.sectors().isEmpty() ? "a contract with no sector tags"
                : "sector " + Text.ids(profile.sectors())) + ": the measure is limited to sector ";
        this.yearsText = Text.plural(profile.years(), "year", "years");
    }

    /**
     * The verdict on a measure without the reasons of an eligible one (an ineligible one always has its
     * reason): the cheap path for candidates that may never be kept. An eligible verdict from here carries no
     * levels either ({@link #UNEXPLAINED}); {@link #explain(Measure, int)} gives them.
     */
    Verdict evaluate(Measure m, int position) {
        return evaluate(m, position, null);
    }

    /** The verdict on a measure at this catalogue position, with every reason. */
    Verdict explain(Measure m, int position) {
        return evaluate(m, position, new ArrayList<>());
    }

    /** {@code reasons} null: decide without writing the reasons, or computing the levels, of an eligible verdict. */
    private Verdict evaluate(Measure m, int position, @javax.annotation.Nullable List<String> reasons) {
        if ((index.categories[position] & categoryBit) == 0) {
            return new Ineligible(texts.notRelevant(position, profile.category()));
        }
        List<String> measureSectors = m.sectors();
        if (!measureSectors.isEmpty() && !anyContractSector(measureSectors)) {
            return new Ineligible(notRelevantSectors + texts.sectors(position));
        }
        if (reasons != null) {
            reasons.add("relevant: applies to " + category + " contracts"
                    + (m.sectors().isEmpty() ? "" : " in sector " + Text.ids(m.sectors().stream()
                    .filter(sectors::contains).toList())));
        }

        Money value = profile.value();
        if (m.minimumContractValue().isPresent()) {
            Money min = m.minimumContractValue().get();
            if (!min.currency().equals(value.currency())) {
                return new Ineligible(currencyReason("minimum contract value", min));
            }
            if (value.compareTo(min) < 0) {
                return new Ineligible("not proportionate: the measure needs a contract of at least "
                        + texts.minimumValue(position) + "; this contract is " + valueText);
            }
            if (reasons != null) {
                reasons.add("proportionate: the contract's " + valueText + " meets the measure's minimum of "
                        + texts.minimumValue(position));
            }
        }

        List<PriorityGroupId> groups = index.hireGroups.get(position);
        if (!groups.isEmpty()) {
            String groupReason = groupRule(groups, reasons);
            if (groupReason != null) {
                return new Ineligible(groupReason);
            }
        }
        if (reasons != null) {
            if (m.firstYearOnly()) {
                reasons.add("counting rule: each hire counts in its first year only");
            }
            m.exclusiveGroup().ifPresent(g -> reasons.add("counting rule: what this measure counts is not counted"
                    + " again under another measure of exclusive group '" + g + "'"));
            return target(m, position, reasons);
        }
        return decide(m, position);
    }

    /** Whether one of the measure's sector tags is a sector of the contract. */
    private boolean anyContractSector(List<String> measureSectors) {
        for (int i = 0, n = measureSectors.size(); i < n; i++) {
            if (sectors.contains(measureSectors.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule 5 for a hire measure of {@code groups} (not empty); adds the passing reason to {@code reasons} (when
     * not null).
     *
     * @return the excluding reason, or null when the measure passes
     */
    @javax.annotation.Nullable
    private String groupRule(List<PriorityGroupId> groups, @javax.annotation.Nullable List<String> reasons) {
        List<PriorityGroupId> requested = profile.priorityGroups();
        if (requested.isEmpty()) {
            if (reasons != null) {
                reasons.add(counted(groups)
                        + ": no priority groups were requested, so hire measures are not filtered by group");
            }
            return null;
        }
        for (PriorityGroupId g : allowedGroups) {
            if (groups.contains(g)) {
                if (reasons != null) {
                    reasons.add("hire KPI for requested priority group '" + g + "' ("
                            + Text.ordinal(requested.indexOf(g) + 1) + " choice; hire KPIs go to the first "
                            + allowedGroups.size() + " requested groups, " + groupLimitText + ")");
                }
                return null;
            }
        }
        for (PriorityGroupId g : requested) {
            if (groups.contains(g)) {
                return counted(groups) + ", requested as " + Text.ordinal(requested.indexOf(g) + 1)
                        + " choice: only the first " + allowedGroups.size() + " requested groups get hire KPIs ("
                        + groupLimitText + ")";
            }
        }
        return counted(groups) + ", which was not requested (requested: " + Text.ids(requested) + ")";
    }

    private static String counted(List<PriorityGroupId> groups) {
        return "hire measure for priority group " + quoted(groups);
    }

    private static String quoted(List<PriorityGroupId> groups) {
        return groups.stream().map(g -> "'" + g + "'").reduce((a, b) -> a + ", " + b).orElse("");
    }

    private String currencyReason(String what, Money money) {
        return "the measure's " + what + " is in " + money.currency().getCurrencyCode() + " but the contract is in "
                + profile.value().currency().getCurrencyCode() + ": svtoms never converts currencies";
    }

    /**
     * Rule 7 without reasons or levels: the measure is eligible unless its target rule is in another currency
     * or its target, floored to the unit's precision, is 0 — exactly when {@link #target} says so.
     */
    private Verdict decide(Measure m, int position) {
        if (m.targetRule().isEmpty()) {
            return UNEXPLAINED;
        }
        TargetRule rule = m.targetRule().get();
        BigDecimal raw;
        try {
            raw = rule.targetFor(profile.value(), profile.years());
        } catch (CurrencyMismatchException e) {
            return currencyMismatch(e);
        }
        // raw.setScale(scale, FLOOR) is 0 exactly when 0 <= raw < 10^-scale
        BigDecimal unitStep = m.unit().dimension().wholeNumbers() ? BigDecimal.ONE : HUNDREDTH;
        if (raw.signum() == 0 || raw.signum() > 0 && raw.compareTo(unitStep) < 0) {
            return tooSmall(rule, raw, position);
        }
        return UNEXPLAINED;
    }

    private static Ineligible currencyMismatch(CurrencyMismatchException e) {
        return new Ineligible("the measure's target rule is in " + e.actual().getCurrencyCode()
                + " but the contract is in " + e.expected().getCurrencyCode() + ": svtoms never converts currencies");
    }

    private Ineligible tooSmall(TargetRule rule, BigDecimal raw, int position) {
        return new Ineligible("contract too small for this measure: " + derivation(rule, raw, position)
                + ", a target of 0");
    }

    /**
     * The levels of an eligible measure, exactly as {@link #explain(Measure, int)} gives them, without the text.
     *
     * @param m a measure whose verdict is eligible
     * @return its minimum, target and stretch; empty when it has no target rule
     */
    Optional<Levels> levels(Measure m) {
        if (m.targetRule().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal raw = m.targetRule().get().targetFor(profile.value(), profile.years());
        Unit unit = m.unit();
        int scale = unit.dimension().wholeNumbers() ? 0 : 2;
        BigDecimal target = raw.setScale(scale, RoundingMode.FLOOR);
        if (unit.dimension() == Dimension.BOOLEAN) {
            return Optional.of(new Levels(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
        }
        if (PERCENT.equals(unit.id()) && target.compareTo(HUNDRED) > 0) {
            target = HUNDRED.setScale(scale);
        }
        BigDecimal minimum = profile.minimumFactor().multiply(target).setScale(scale, RoundingMode.FLOOR);
        BigDecimal stretch = profile.stretchFactor().multiply(target).setScale(scale, RoundingMode.CEILING);
        if (PERCENT.equals(unit.id()) && stretch.compareTo(HUNDRED) > 0) {
            stretch = HUNDRED.setScale(scale);
        }
        return Optional.of(new Levels(minimum, target, stretch));
    }

    /** Rule 7, with its reasons. */
    private Verdict target(Measure m, int position, List<String> reasons) {
        if (m.targetRule().isEmpty()) {
            reasons.add("no target rule: agree a target with the supplier");
            return new Eligible(Optional.empty(), List.copyOf(reasons));
        }
        TargetRule rule = m.targetRule().get();
        BigDecimal raw;
        try {
            raw = rule.targetFor(profile.value(), profile.years());
        } catch (CurrencyMismatchException e) {
            return currencyMismatch(e);
        }
        Unit unit = m.unit();
        boolean whole = unit.dimension().wholeNumbers();
        int scale = whole ? 0 : 2;
        BigDecimal target = raw.setScale(scale, RoundingMode.FLOOR);
        if (target.signum() == 0) {
            return tooSmall(rule, raw, position);
        }
        if (unit.dimension() == Dimension.BOOLEAN) {
            BigDecimal yes = BigDecimal.ONE;
            reasons.add("target yes (1): " + derivation(rule, raw, position) + (target.compareTo(yes) > 0
                    ? ", capped at yes" : "") + "; a yes/no measure's minimum, target and stretch are all yes");
            return new Eligible(Optional.of(new Levels(yes, yes, yes)), List.copyOf(reasons));
        }
        String rounding = target.compareTo(raw) == 0 ? ""
                : ", rounded down to " + (whole ? "a whole number" : "2 decimal places");
        if (PERCENT.equals(unit.id()) && target.compareTo(HUNDRED) > 0) {
            target = HUNDRED.setScale(scale);
            rounding += ", capped at 100 %";
        }
        BigDecimal minimumExact = profile.minimumFactor().multiply(target);
        BigDecimal stretchExact = profile.stretchFactor().multiply(target);
        BigDecimal minimum = minimumExact.setScale(scale, RoundingMode.FLOOR);
        BigDecimal stretch = stretchExact.setScale(scale, RoundingMode.CEILING);
        boolean stretchCapped = PERCENT.equals(unit.id()) && stretch.compareTo(HUNDRED) > 0;
        if (stretchCapped) {
            stretch = HUNDRED.setScale(scale);
        }
        reasons.add("target " + Text.number(target) + " " + unit.name() + ": " + derivation(rule, raw, position)
                + rounding);
        String places = whole ? "" : " to 2 decimal places";
        String stretchNote = stretchCapped ? places + ", capped at 100 %" : places;
        reasons.add("levels: minimum " + Text.number(minimum) + " (" + Text.number(profile.minimumFactor()) + " × "
                + Text.number(target) + " = " + Text.number(minimumExact) + ", rounded down" + places + "), stretch "
                + Text.number(stretch) + " (" + Text.number(profile.stretchFactor()) + " × " + Text.number(target)
                + " = " + Text.number(stretchExact) + ", rounded up" + stretchNote + ")");
        return new Eligible(Optional.of(new Levels(minimum, target, stretch)), List.copyOf(reasons));
    }

    private String derivation(TargetRule rule, BigDecimal raw, int position) {
        String quantity = texts.quantity(position);
        if (rule instanceof TargetRule.PerContractValue r) {
            BigDecimal steps = profile.value().amount().divide(r.per().amount(), 0, RoundingMode.FLOOR);
            String per = texts.per(position);
            return quantity + " per " + per + " of contract value: floor(" + valueText + " / " + per + ") = "
                    + Text.number(steps) + ", × " + quantity + " = " + Text.number(raw);
        }
        if (rule instanceof TargetRule.PerContractYear) {
            return quantity + " per contract year × " + yearsText + " = " + Text.number(raw);
        }
        return "fixed at " + quantity;
    }
}
