package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.TargetRule;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.catalogue.Unit;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The target and level rules of one candidate, with the exact reasons given: percentages capped at 100 %
 * (the target, the stretch, or neither when exactly 100), yes/no targets, rounding down to whole numbers
 * or 2 places, targets that round to 0, sector relevance, counting rules and the minimum contract value
 * at its boundary. Each measure has its own outcome and the contract is large enough (cap 10) that every
 * eligible measure is kept.
 */
class CandidateReasonsTest {
    private static final FrameworkId F = FrameworkId.of("open");
    private static final ThemeId T = ThemeId.of("theme");
    private static final Money VALUE = Money.of("2000000.00", "GBP");

    private static Measure.Builder measure(String id, Unit unit) {
        return Measure.builder(MeasureId.of(id)).outcome(OutcomeId.of("o-" + id)).name(id).unit(unit)
                .categories(ContractCategory.SERVICES);
    }

    private static final List<Measure> MEASURES = List.of(
            measure("pct-capped", Unit.PERCENT).targetRule(new TargetRule.PerContractYear(new BigDecimal("40"))).build(),
            measure("pct-eighty", Unit.PERCENT).targetRule(new TargetRule.Fixed(new BigDecimal("80"))).build(),
            measure("pct-hundred", Unit.PERCENT).targetRule(new TargetRule.Fixed(new BigDecimal("100"))).build(),
            measure("pct-fifty", Unit.PERCENT).targetRule(new TargetRule.Fixed(new BigDecimal("50"))).build(),
            measure("yes-capped", Unit.YES_NO).targetRule(new TargetRule.Fixed(new BigDecimal("2"))).build(),
            measure("yes-plain", Unit.YES_NO).targetRule(new TargetRule.Fixed(BigDecimal.ONE)).build(),
            measure("whole-rounded", Unit.COUNT).targetRule(new TargetRule.PerContractYear(new BigDecimal("0.5"))).build(),
            measure("decimal-rounded", Unit.HOURS).targetRule(new TargetRule.PerContractYear(new BigDecimal("0.333"))).build(),
            measure("too-small", Unit.COUNT).targetRule(new TargetRule.Fixed(new BigDecimal("0.5"))).build(),
            measure("sector-care", Unit.PEOPLE).sectors("care").firstYearOnly(true).exclusiveGroup("g")
                    .targetRule(new TargetRule.Fixed(new BigDecimal("3"))).build(),
            measure("min-equal", Unit.COUNT).minimumContractValue(VALUE).targetRule(new TargetRule.Fixed(BigDecimal.ONE))
                    .build(),
            measure("min-above", Unit.COUNT).minimumContractValue(Money.of("2000000.01", "GBP"))
                    .targetRule(new TargetRule.Fixed(BigDecimal.ONE)).build());

    static Catalogue catalogue() {
        Catalogue.Builder b = Catalogue.builder().framework(Framework.ofMeasures(F, "Open", "svtoms", "1"))
                .theme(new Theme(T, F, "Theme", ""));
        for (Measure m : MEASURES) {
            b.outcome(new Outcome(m.outcome(), T, "Outcome " + m.id(), ""));
            b.measure(m);
        }
        return b.build();
    }

    private static KpiSelection select(BigDecimal stretchFactor) {
        return new KpiSelector(catalogue()).select(ContractProfile.builder().framework(F).value(VALUE).years(3)
                .category(ContractCategory.SERVICES).sectors("housing", "care").stretchFactor(stretchFactor).build());
    }

    private static Kpi kpi(KpiSelection s, String id) {
        return s.kpi(MeasureId.of(id)).orElseThrow(() -> new AssertionError(id + " not selected: " + s.excluded()));
    }

    private static void levels(Kpi k, String min, String target, String stretch) {
        assertEquals(Optional.of(new BigDecimal(min)), k.minimum(), k.measure() + " minimum");
        assertEquals(Optional.of(new BigDecimal(target)), k.target(), k.measure() + " target");
        assertEquals(Optional.of(new BigDecimal(stretch)), k.stretch(), k.measure() + " stretch");
    }

    private static void reason(Kpi k, String expected) {
        assertTrue(k.reasons().contains(expected), k.measure() + ": no reason '" + expected + "' in " + k.reasons());
    }

    @Test
    void percentagesAreCappedAt100() {
        KpiSelection s = select(ContractProfile.DEFAULT_STRETCH_FACTOR);
        // 40 × 3 years = 120 → 100.00; minimum 0.8 × 100.00 = 80.000 → 80.00; stretch 1.5 × 100.00 = 150.000 → 100.00
        Kpi capped = kpi(s, "pct-capped");
        levels(capped, "80.00", "100.00", "100.00");
        reason(capped, "target 100.00 %: 40 per contract year × 3 years = 120, capped at 100 %");
        reason(capped, "levels: minimum 80.00 (0.8 × 100.00 = 80.000, rounded down to 2 decimal places), stretch 100.00"
                + " (1.5 × 100.00 = 150.000, rounded up to 2 decimal places, capped at 100 %)");
        // 80 → 80.00 (no rounding); minimum 64.000 → 64.00; stretch 120.000 → capped 100.00
        Kpi eighty = kpi(s, "pct-eighty");
        levels(eighty, "64.00", "80.00", "100.00");
        reason(eighty, "target 80.00 %: fixed at 80");
        reason(eighty, "levels: minimum 64.00 (0.8 × 80.00 = 64.000, rounded down to 2 decimal places), stretch 100.00"
                + " (1.5 × 80.00 = 120.000, rounded up to 2 decimal places, capped at 100 %)");
        // exactly 100 is not capped
        reason(kpi(s, "pct-hundred"), "target 100.00 %: fixed at 100");
        // a stretch of exactly 100: 2 × 50.00 = 100.0000 → 100.00, not capped
        Kpi fifty = kpi(select(new BigDecimal("2")), "pct-fifty");
        levels(fifty, "40.00", "50.00", "100.00");
        reason(fifty, "levels: minimum 40.00 (0.8 × 50.00 = 40.000, rounded down to 2 decimal places), stretch 100.00"
                + " (2 × 50.00 = 100.00, rounded up to 2 decimal places)");
    }

    @Test
    void yesNoTargetsAreYes() {
        KpiSelection s = select(ContractProfile.DEFAULT_STRETCH_FACTOR);
        Kpi capped = kpi(s, "yes-capped");
        levels(capped, "1", "1", "1");
        reason(capped, "target yes (1): fixed at 2, capped at yes; a yes/no measure's minimum, target and stretch are"
                + " all yes");
        Kpi plain = kpi(s, "yes-plain");
        levels(plain, "1", "1", "1");
        reason(plain, "target yes (1): fixed at 1; a yes/no measure's minimum, target and stretch are all yes");
    }

    @Test
    void targetsRoundDownAndATargetOf0Excludes() {
        KpiSelection s = select(ContractProfile.DEFAULT_STRETCH_FACTOR);
        // 0.5 × 3 = 1.5 → 1 (count: whole numbers); minimum 0.8 → 0; stretch 1.5 → 2
        Kpi whole = kpi(s, "whole-rounded");
        levels(whole, "0", "1", "2");
        reason(whole, "target 1 count: 0.5 per contract year × 3 years = 1.5, rounded down to a whole number");
        reason(whole, "levels: minimum 0 (0.8 × 1 = 0.8, rounded down), stretch 2 (1.5 × 1 = 1.5, rounded up)");
        // 0.333 × 3 = 0.999 → 0.99 (hours: 2 places); minimum 0.792 → 0.79; stretch 1.485 → 1.49
        Kpi decimal = kpi(s, "decimal-rounded");
        levels(decimal, "0.79", "0.99", "1.49");
        reason(decimal, "target 0.99 hours: 0.333 per contract year × 3 years = 0.999, rounded down to 2 decimal places");
        reason(decimal, "levels: minimum 0.79 (0.8 × 0.99 = 0.792, rounded down to 2 decimal places), stretch 1.49"
                + " (1.5 × 0.99 = 1.485, rounded up to 2 decimal places)");
        assertEquals("contract too small for this measure: fixed at 0.5, a target of 0",
                s.exclusion(MeasureId.of("too-small")).orElseThrow().reason());
    }

    @Test
    void relevanceCountingRulesAndTheMinimumContractValue() {
        KpiSelection s = select(ContractProfile.DEFAULT_STRETCH_FACTOR);
        Kpi care = kpi(s, "sector-care");
        reason(care, "relevant: applies to services contracts in sector care");
        reason(care, "counting rule: each hire counts in its first year only");
        reason(care, "counting rule: what this measure counts is not counted again under another measure of exclusive"
                + " group 'g'");
        Kpi equal = kpi(s, "min-equal");
        // a measures framework's themes are its priorities: the first reason is the theme served
        assertEquals(List.of("serves chosen priority 'theme' (Theme)", "relevant: applies to services contracts",
                "proportionate: the contract's £2,000,000.00 meets the measure's minimum of £2,000,000.00",
                "target 1 count: fixed at 1",
                "levels: minimum 0 (0.8 × 1 = 0.8, rounded down), stretch 2 (1.5 × 1 = 1.5, rounded up)"),
                equal.reasons().subList(0, 5));
        assertEquals("not proportionate: the measure needs a contract of at least £2,000,000.01; this contract is"
                + " £2,000,000.00", s.exclusion(MeasureId.of("min-above")).orElseThrow().reason());
        // no counting-rule reasons on a measure without counting rules
        assertTrue(equal.reasons().stream().noneMatch(r -> r.startsWith("counting rule")), equal.reasons().toString());
        assertEquals(10, s.kpis().size(), s.selectedMeasures().toString());
    }
}
