package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.PriorityGroup;
import io.github.svtoms.core.catalogue.PriorityGroupId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.money.Money;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.github.svtoms.core.kpi.TestCatalogues.CLIMATE;
import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties over 1,000 seeded, generated contract profiles across all five fixture frameworks, checked
 * against oracles written from the catalogue API rather than from the selector's own code.
 */
@ExtendWith(InstancioExtension.class)
class KpiSelectorPropertiesTest {
    private static final int SAMPLES = 1000;
    private static final List<String> SECTORS = List.of("social-care", "facilities-management", "construction", "equipment");
    private static final Money HUNDRED_THOUSAND = TestCatalogues.gbp("100000.00");
    private static final Money MILLION = TestCatalogues.gbp("1000000.00");

    private final Catalogue catalogue = TestCatalogues.catalogue();
    private final KpiSelector selector = new KpiSelector(catalogue);

    /** The generated choices a profile is made of. */
    record Spec(int mantissa, int magnitude, int years, ContractCategory category, BuyerType buyer, int framework,
                int priorityMask, int priorityShift, int groupMask, int groupShift, int sectorMask, int maxKpis,
                int factors, long growthPence) {
    }

    private List<Spec> specs() {
        List<Spec> specs = Instancio.ofList(Spec.class).size(SAMPLES)
                .generate(field(Spec.class, "mantissa"), gen -> gen.ints().range(100, 999))
                .generate(field(Spec.class, "magnitude"), gen -> gen.ints().range(1, 7))
                .generate(field(Spec.class, "years"), gen -> gen.ints().range(1, 10))
                .generate(field(Spec.class, "framework"), gen -> gen.ints().range(0, TestCatalogues.FRAMEWORKS.size() - 1))
                .generate(field(Spec.class, "priorityMask"), gen -> gen.ints().range(0, 127))
                .generate(field(Spec.class, "priorityShift"), gen -> gen.ints().range(0, 6))
                .generate(field(Spec.class, "groupMask"), gen -> gen.ints().range(0, 127))
                .generate(field(Spec.class, "groupShift"), gen -> gen.ints().range(0, 6))
                .generate(field(Spec.class, "sectorMask"), gen -> gen.ints().range(0, 15))
                .generate(field(Spec.class, "maxKpis"), gen -> gen.ints().range(0, 12))
                .generate(field(Spec.class, "factors"), gen -> gen.ints().range(0, 2))
                .generate(field(Spec.class, "growthPence"), gen -> gen.longs().range(1L, 500_000_000L))
                .create();
        assertEquals(SAMPLES, specs.size());
        return specs;
    }

    private ContractProfile profile(Spec s) {
        Framework f = catalogue.requireFramework(TestCatalogues.FRAMEWORKS.get(s.framework()));
        List<PriorityId> all = f.kind() == FrameworkKind.MEASURES
                ? catalogue.themesOf(f.id()).stream().map(t -> PriorityId.of(t.id().value())).toList()
                : f.priorities().stream().map(p -> p.id()).toList();
        List<PriorityId> priorities = rotatedSubset(all, s.priorityMask(), s.priorityShift());
        List<PriorityGroupId> groups = rotatedSubset(TestCatalogues.GROUPS.stream().map(PriorityGroupId::of).toList(),
                s.groupMask(), s.groupShift());
        List<String> sectors = rotatedSubset(SECTORS, s.sectorMask(), 0);
        BigDecimal pence = BigDecimal.valueOf(s.mantissa()).scaleByPowerOfTen(s.magnitude());
        ContractProfile.Builder b = ContractProfile.builder().framework(f.id())
                .value(Money.of(pence.movePointLeft(2).setScale(2), Money.currency("GBP"))).years(s.years())
                .category(s.category()).buyer(s.buyer()).sectors(sectors).priorities(priorities).priorityGroups(groups)
                .maxKpis(s.maxKpis() == 0 ? null : s.maxKpis());
        if (s.factors() == 1) {
            b.minimumFactor(new BigDecimal("0.5")).stretchFactor(new BigDecimal("2"));
        } else if (s.factors() == 2) {
            b.minimumFactor(BigDecimal.ONE).stretchFactor(BigDecimal.ONE);
        }
        return b.build();
    }

    private static <T> List<T> rotatedSubset(List<T> values, int mask, int shift) {
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            T v = values.get((i + shift) % values.size());
            if ((mask & (1 << i)) != 0) {
                picked.add(v);
            }
        }
        return picked;
    }

    private static int expectedCap(ContractProfile p) {
        if (p.maxKpis().isPresent()) {
            return p.maxKpis().get();
        }
        return p.value().compareTo(HUNDRED_THOUSAND) < 0 ? 3 : p.value().compareTo(MILLION) < 0 ? 6 : 10;
    }

    @Test
    @Seed(12345)
    void neverMoreKpisThanTheCap() {
        for (Spec spec : specs()) {
            ContractProfile p = profile(spec);
            KpiSelection s = selector.select(p);
            assertTrue(s.kpis().size() <= expectedCap(p), () -> p + " gave " + s.kpis().size());
            assertTrue(s.check("kpi-cap").orElseThrow().passed());
        }
    }

    @Test
    @Seed(13579)
    void exclusiveGroupsNeverCapTheSelection() {
        // exclusive groups are a counting rule for valuation, not a cap on the selection: no candidate is excluded
        // for its group, each KPI of a group carries the counting rule in its reasons, and two KPIs of one group
        // are selected together when the cap leaves room
        int pairs = 0;
        for (Spec spec : specs()) {
            ContractProfile p = profile(spec);
            KpiSelection s = selector.select(p);
            java.util.Map<String, Integer> perGroup = new java.util.HashMap<>();
            for (Kpi k : s.kpis()) {
                java.util.Optional<String> g = TestCatalogues.catalogue().requireMeasure(k.measure()).exclusiveGroup();
                if (g.isPresent()) {
                    perGroup.merge(g.get(), 1, Integer::sum);
                    assertTrue(k.reasons().contains("counting rule: what this measure counts is not counted again"
                            + " under another measure of exclusive group '" + g.get() + "'"), () -> p + ": " + k);
                }
            }
            pairs += (int) perGroup.values().stream().filter(n -> n > 1).count();
            s.excluded().forEach(e -> assertFalse(e.reason().contains("exclusive group"), () -> p + ": " + e));
        }
        // the generated profiles do reach the case the old rule excluded
        assertTrue(pairs > 50, "selections with two KPIs of one exclusive group: " + pairs);
    }

    @Test
    @Seed(23456)
    void mandatoryRulesHoldWhenTheCatalogueMakesThemSatisfiable() {
        int satisfiedThemes = 0;
        int satisfiedOutcomes = 0;
        for (Spec spec : specs()) {
            ContractProfile p = profile(spec);
            KpiSelection s = selector.select(p);
            Framework f = catalogue.requireFramework(p.framework());
            Set<ThemeId> mandatory = new LinkedHashSet<>(f.rules().mandatoryThemes());
            if (p.buyer() == BuyerType.NHS) {
                mandatory.add(CLIMATE);
            }
            for (ThemeId t : mandatory) {
                boolean included = s.kpis().stream().anyMatch(k -> k.theme().equals(t));
                RuleCheck c = s.check("mandatory-theme:" + t).orElseThrow();
                assertEquals(included, c.passed(), () -> p + ": " + c);
                boolean satisfiable = expectedCap(p) >= mandatory.size()
                        && catalogue.measuresOfTheme(t).stream().anyMatch(m -> applicable(m, p, f));
                if (satisfiable) {
                    assertTrue(included, () -> p + " lacks mandatory theme " + t + ": " + c);
                    satisfiedThemes++;
                }
            }
            int need = f.rules().minimumOutcomesPerTender();
            Set<OutcomeId> outcomes = s.kpis().stream().map(k -> catalogue.requireMeasure(k.measure()).outcome())
                    .collect(Collectors.toSet());
            RuleCheck oc = s.check("minimum-outcomes").orElseThrow();
            assertEquals(outcomes.size() >= need, oc.passed(), () -> p + ": " + oc);
            if (need > 0 && expectedCap(p) >= mandatory.size() + need
                    && catalogue.measuresOfFramework(f.id()).stream().anyMatch(m -> applicable(m, p, f))) {
                assertTrue(oc.passed(), () -> p + ": " + oc);
                satisfiedOutcomes++;
            }
        }
        // the generator really exercises both rules
        assertTrue(satisfiedThemes > 100, "satisfiable mandatory themes: " + satisfiedThemes);
        assertTrue(satisfiedOutcomes > 50, "satisfiable outcome minimums: " + satisfiedOutcomes);
    }

    /** The oracle: whether a measure passes rules 2, 3 (minimum value), 5 and 7 for this profile. */
    private boolean applicable(Measure m, ContractProfile p, Framework f) {
        if (!m.appliesTo(p.category(), Set.copyOf(p.sectors()))) {
            return false;
        }
        if (m.minimumContractValue().isPresent() && p.value().compareTo(m.minimumContractValue().get()) < 0) {
            return false;
        }
        List<PriorityGroupId> groups = catalogue.priorityGroups().stream().filter(g -> g.measures().contains(m.id()))
                .map(PriorityGroup::id).toList();
        if (!groups.isEmpty() && !p.priorityGroups().isEmpty()) {
            int limit = f.rules().priorityGroupLimit().orElse(3);
            List<PriorityGroupId> first = p.priorityGroups().subList(0, Math.min(limit, p.priorityGroups().size()));
            if (groups.stream().noneMatch(first::contains)) {
                return false;
            }
        }
        return m.targetRule().isEmpty() || m.targetRule().get().targetFor(p.value(), p.years())
                .setScale(m.unit().dimension().wholeNumbers() ? 0 : 2, RoundingMode.FLOOR).signum() > 0;
    }

    @Test
    @Seed(34567)
    void everyCandidateIsSelectedOrExcludedOnceWithAReason() {
        for (Spec spec : specs()) {
            ContractProfile p = profile(spec);
            KpiSelection s = selector.select(p);
            Set<MeasureId> candidates = expectedCandidates(p);
            List<MeasureId> selected = s.selectedMeasures();
            List<MeasureId> excluded = s.excluded().stream().map(ExcludedCandidate::measure).toList();
            Set<MeasureId> seen = new HashSet<>();
            selected.forEach(id -> assertTrue(seen.add(id), () -> id + " listed twice for " + p));
            excluded.forEach(id -> assertTrue(seen.add(id), () -> id + " both selected and excluded for " + p));
            assertTrue(seen.containsAll(candidates), () -> p + ": missing " + candidates.stream()
                    .filter(c -> !seen.contains(c)).toList());
            for (Kpi k : s.kpis()) {
                assertFalse(k.reasons().isEmpty());
                k.reasons().forEach(r -> assertFalse(r.isBlank()));
                assertTrue(k.reasons().stream().anyMatch(r -> r.contains("within the cap")), () -> k.toString());
                if (!candidates.contains(k.measure())) {
                    assertTrue(k.reasons().stream().anyMatch(r -> r.startsWith("added although no chosen priority")),
                            () -> k.toString());
                }
                levelsAreConsistent(k);
            }
            for (ExcludedCandidate e : s.excluded()) {
                assertFalse(e.reason().isBlank());
                if (!candidates.contains(e.measure())) {
                    assertTrue(e.reason().startsWith("cap of "), () -> e.toString());
                }
            }
        }
    }

    private Set<MeasureId> expectedCandidates(ContractProfile p) {
        Framework f = catalogue.requireFramework(p.framework());
        Set<MeasureId> ids = new LinkedHashSet<>();
        if (f.kind() == FrameworkKind.MEASURES) {
            List<ThemeId> themes = p.allPriorities() ? catalogue.themesOf(f.id()).stream().map(Theme::id).toList()
                    : p.priorities().stream().map(id -> ThemeId.of(id.value())).toList();
            themes.forEach(t -> catalogue.measuresOfTheme(t).forEach(m -> ids.add(m.id())));
        } else {
            List<PriorityId> chosen = p.allPriorities() ? f.priorities().stream().map(x -> x.id()).toList() : p.priorities();
            chosen.forEach(id -> catalogue.measuresServing(f.id(), id).forEach(m -> ids.add(m.id())));
        }
        return ids;
    }

    private void levelsAreConsistent(Kpi k) {
        if (!k.hasLevels()) {
            assertTrue(catalogue.requireMeasure(k.measure()).targetRule().isEmpty());
            assertTrue(k.reasons().contains("no target rule: agree a target with the supplier"));
            return;
        }
        int scale = k.unit().dimension().wholeNumbers() ? 0 : 2;
        for (Optional<BigDecimal> level : List.of(k.minimum(), k.target(), k.stretch())) {
            assertEquals(scale, level.orElseThrow().scale(), () -> k.toString());
        }
        assertTrue(k.minimum().get().compareTo(k.target().get()) <= 0);
        assertTrue(k.target().get().compareTo(k.stretch().get()) <= 0);
        assertTrue(k.target().get().signum() > 0);
    }

    @Test
    @Seed(45678)
    void targetsNeverDecreaseWhenTheContractValueGrows() {
        int compared = 0;
        for (Spec spec : specs()) {
            ContractProfile small = profile(spec);
            Money grown = small.value().plus(Money.of(BigDecimal.valueOf(spec.growthPence(), 2), small.value().currency()));
            ContractProfile large = small.toBuilder().value(grown).build();
            Map<MeasureId, Kpi> after = selector.select(large).kpis().stream()
                    .collect(Collectors.toMap(Kpi::measure, k -> k));
            for (Kpi before : selector.select(small).kpis()) {
                Kpi later = after.get(before.measure());
                if (later == null || !before.hasLevels()) {
                    continue;
                }
                compared++;
                assertTrue(later.target().get().compareTo(before.target().get()) >= 0, () -> before + " -> " + later);
                assertTrue(later.minimum().get().compareTo(before.minimum().get()) >= 0, () -> before + " -> " + later);
                assertTrue(later.stretch().get().compareTo(before.stretch().get()) >= 0, () -> before + " -> " + later);
            }
        }
        assertTrue(compared > 1000, "compared KPIs: " + compared);
    }

    @Test
    @Seed(56789)
    void sameInputGivesEqualOutput() {
        KpiSelector other = new KpiSelector(Catalogue.builder().addAll(catalogue).build());
        for (Spec spec : specs()) {
            ContractProfile p = profile(spec);
            KpiSelection first = selector.select(p);
            KpiSelection again = other.select(profile(spec));
            assertEquals(first, again);
            assertEquals(first.hashCode(), again.hashCode());
            assertEquals(first, selector.select(p));
        }
    }

    @Test
    @Seed(24680)
    void knownSectorsFailsExactlyWhenATagIsUsedByNoMeasure() {
        Set<String> inUse = new HashSet<>();
        catalogue.measures().forEach(m -> inUse.addAll(m.sectors()));
        assertEquals(inUse.stream().sorted().toList(), catalogue.sectors());
        for (Spec spec : specs()) {
            ContractProfile p = profile(spec);
            RuleCheck check = selector.select(p).check("known-sectors").orElseThrow();
            List<String> unknown = p.sectors().stream().filter(t -> !inUse.contains(t)).toList();
            assertEquals(unknown.isEmpty(), check.passed(), () -> p.sectors() + ": " + check.detail());
            unknown.forEach(t -> assertTrue(check.detail().contains("'" + t + "'"), check.detail()));
        }
    }

    @Test
    @Seed(97531)
    void commitmentsCarryEveryWholeContractTargetUnchanged() {
        java.time.LocalDate start = java.time.LocalDate.of(2024, 4, 1);
        for (Spec spec : specs()) {
            ContractProfile p = profile(spec);
            KpiSelection s = selector.select(p);
            var made = io.github.svtoms.core.monitoring.KpiCommitments.of(s, start);
            // every KPI is either committed or skipped, once, in KPI order
            List<MeasureId> both = new ArrayList<>();
            made.commitments().forEach(c -> both.add(c.measure()));
            made.skipped().forEach(k -> both.add(k.measure()));
            assertEquals(new HashSet<>(s.selectedMeasures()), new HashSet<>(both));
            assertEquals(s.selectedMeasures().size(), both.size());
            for (var c : made.commitments()) {
                Kpi k = s.kpi(c.measure()).orElseThrow();
                assertFalse(k.isLevel());
                assertEquals(k.target().orElseThrow(), c.target(), "whole-contract target, not per year");
                assertEquals(k.minimum(), c.minimum());
                assertEquals(k.stretch(), c.stretch());
                assertEquals(start, c.start());
                assertEquals(start.plusYears(p.years()), c.end());
            }
            made.skipped().forEach(k -> assertTrue(s.kpi(k.measure()).orElseThrow().isLevel()
                    || !s.kpi(k.measure()).orElseThrow().hasLevels(), k.toString()));
            assertEquals(made.commitments(), made.monitor().commitments());
        }
    }
}
