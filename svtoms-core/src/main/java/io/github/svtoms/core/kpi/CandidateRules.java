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

    private final ContractProfile profile;
    private final Set<String> sectors;
    private final SelectorIndex index;
    private final List<PriorityGroupId> allowedGroups;
    private final String groupLimitText;
    private final String category;
    private final String valueText;
    private final MeasureTexts texts;

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
    }

    /**
     * The verdict on a measure without the reasons of an eligible one (an ineligible one always has its
     * reason): the cheap path for candidates that may never be kept.
     */
    Verdict evaluate(Measure m, int position) {
        return evaluate(m, position, null);
    }

    /** The verdict on a measure at this catalogue position, with every reason. */
    Verdict explain(Measure m, int position) {
        return evaluate(m, position, new ArrayList<>());
    }

    /** {@code reasons} null: decide without writing the reasons of an eligible verdict. */
    private Verdict evaluate(Measure m, int position, @javax.annotation.Nullable List<String> reasons) {
        if (!m.categories().contains(profile.category())) {
            return new Ineligible(texts.notRelevant(m, profile.category()));
        }
        if (!m.appliesTo(profile.category(), sectors)) {
            String contract = profile.sectors().isEmpty() ? "a contract with no sector tags"
                    : "sector " + Text.ids(profile.sectors());
            return new Ineligible("not relevant to " + contract + ": the measure is limited to sector "
                    + Text.ids(m.sectors()));
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
                        + texts.minimumValue(m, min) + "; this contract is " + valueText);
            }
            if (reasons != null) {
                reasons.add("proportionate: the contract's " + valueText + " meets the measure's minimum of "
                        + texts.minimumValue(m, min));
            }
        }

        Optional<String> groupReason = groupRule(index.hireGroups.get(position), reasons);
        if (groupReason.isPresent()) {
            return new Ineligible(groupReason.get());
        }
        if (reasons != null) {
            if (m.firstYearOnly()) {
                reasons.add("counting rule: each hire counts in its first year only");
            }
            m.exclusiveGroup().ifPresent(g -> reasons.add("counting rule: what this measure counts is not counted"
                    + " again under another measure of exclusive group '" + g + "'"));
        }
        return target(m, reasons);
    }

    /** Rule 5; adds the passing reason to {@code reasons} (when not null) or returns the excluding one. */
    private Optional<String> groupRule(List<PriorityGroupId> groups, @javax.annotation.Nullable List<String> reasons) {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        String counted = "hire measure for priority group " + quoted(groups);
        List<PriorityGroupId> requested = profile.priorityGroups();
        if (requested.isEmpty()) {
            if (reasons == null) {
                return Optional.empty();
            }
            reasons.add(counted + ": no priority groups were requested, so hire measures are not filtered by group");
            return Optional.empty();
        }
        for (PriorityGroupId g : allowedGroups) {
            if (groups.contains(g)) {
                if (reasons == null) {
                    return Optional.empty();
                }
                reasons.add("hire KPI for requested priority group '" + g + "' (" + Text.ordinal(requested.indexOf(g) + 1)
                        + " choice; hire KPIs go to the first " + allowedGroups.size() + " requested groups, "
                        + groupLimitText + ")");
                return Optional.empty();
            }
        }
        for (PriorityGroupId g : requested) {
            if (groups.contains(g)) {
                return Optional.of(counted + ", requested as " + Text.ordinal(requested.indexOf(g) + 1)
                        + " choice: only the first " + allowedGroups.size() + " requested groups get hire KPIs ("
                        + groupLimitText + ")");
            }
        }
        return Optional.of(counted + ", which was not requested (requested: " + Text.ids(requested) + ")");
    }

    private static String quoted(List<PriorityGroupId> groups) {
        return groups.stream().map(g -> "'" + g + "'").reduce((a, b) -> a + ", " + b).orElse("");
    }

    private String currencyReason(String what, Money money) {
        return "the measure's " + what + " is in " + money.currency().getCurrencyCode() + " but the contract is in "
                + profile.value().currency().getCurrencyCode() + ": svtoms never converts currencies";
    }

    private static List<String> done(@javax.annotation.Nullable List<String> reasons) {
        return reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Rule 7. */
    private Verdict target(Measure m, @javax.annotation.Nullable List<String> reasons) {
        if (m.targetRule().isEmpty()) {
            if (reasons != null) {
                reasons.add("no target rule: agree a target with the supplier");
            }
            return new Eligible(Optional.empty(), done(reasons));
        }
        TargetRule rule = m.targetRule().get();
        BigDecimal raw;
        try {
            raw = rule.targetFor(profile.value(), profile.years());
        } catch (CurrencyMismatchException e) {
            return new Ineligible("the measure's target rule is in " + e.actual().getCurrencyCode()
                    + " but the contract is in " + e.expected().getCurrencyCode() + ": svtoms never converts currencies");
        }
        Unit unit = m.unit();
        boolean whole = unit.dimension().wholeNumbers();
        int scale = whole ? 0 : 2;
        BigDecimal target = raw.setScale(scale, RoundingMode.FLOOR);
        if (target.signum() == 0) {
            return new Ineligible("contract too small for this measure: " + derivation(rule, raw) + ", a target of 0");
        }
        if (unit.dimension() == Dimension.BOOLEAN) {
            BigDecimal yes = BigDecimal.ONE;
            if (reasons != null) {
                reasons.add("target yes (1): " + derivation(rule, raw) + (target.compareTo(yes) > 0 ? ", capped at yes"
                        : "") + "; a yes/no measure's minimum, target and stretch are all yes");
            }
            return new Eligible(Optional.of(new Levels(yes, yes, yes)), done(reasons));
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
        if (reasons == null) {
            return new Eligible(Optional.of(new Levels(minimum, target, stretch)), List.of());
        }
        reasons.add("target " + Text.number(target) + " " + unit.name() + ": " + derivation(rule, raw) + rounding);
        String places = whole ? "" : " to 2 decimal places";
        String stretchNote = stretchCapped ? places + ", capped at 100 %" : places;
        reasons.add("levels: minimum " + Text.number(minimum) + " (" + Text.number(profile.minimumFactor()) + " × "
                + Text.number(target) + " = " + Text.number(minimumExact) + ", rounded down" + places + "), stretch "
                + Text.number(stretch) + " (" + Text.number(profile.stretchFactor()) + " × " + Text.number(target)
                + " = " + Text.number(stretchExact) + ", rounded up" + stretchNote + ")");
        return new Eligible(Optional.of(new Levels(minimum, target, stretch)), List.copyOf(reasons));
    }

    private String derivation(TargetRule rule, BigDecimal raw) {
        if (rule instanceof TargetRule.PerContractValue r) {
            BigDecimal steps = profile.value().amount().divide(r.per().amount(), 0, RoundingMode.FLOOR);
            return Text.number(r.quantity()) + " per " + Text.money(r.per()) + " of contract value: floor("
                    + Text.money(profile.value()) + " / " + Text.money(r.per()) + ") = " + Text.number(steps) + ", × "
                    + Text.number(r.quantity()) + " = " + Text.number(raw);
        }
        if (rule instanceof TargetRule.PerContractYear r) {
            return Text.number(r.quantity()) + " per contract year × " + Text.plural(profile.years(), "year", "years")
                    + " = " + Text.number(raw);
        }
        return "fixed at " + Text.number(rule.quantity());
    }
}
