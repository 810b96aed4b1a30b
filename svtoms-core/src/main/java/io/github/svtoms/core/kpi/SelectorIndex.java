package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.PriorityGroup;
import io.github.svtoms.core.catalogue.PriorityGroupId;
import io.github.svtoms.core.catalogue.ThemeId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What a {@link KpiSelector} computes once about its catalogue: each measure's position in catalogue
 * order, its theme, its categories as a bit mask and the catalogue priority groups it is a hire measure of,
 * by position; the {@link MeasureTexts}; and the per-framework {@link FrameworkPlan}s (built on the first
 * selection for each framework). Immutable once built apart from that cache, a concurrent map of immutable
 * values; thread-safe.
 */
final class SelectorIndex {
    final Catalogue catalogue;
    /** Position of each measure in catalogue order. */
    final Map<MeasureId, Integer> order;
    /** Theme of the measure at each position. */
    final ThemeId[] themes;
    /** Catalogue priority groups the measure at each position is a hire measure of, in group order. */
    final List<List<PriorityGroupId>> hireGroups;
    /** Categories of the measure at each position: bit {@code 1 << ordinal} per category it applies to. */
    final int[] categories;
    final MeasureTexts texts;
    /** The catalogue's sector tags in use, for the {@code known-sectors} check. */
    final Set<String> sectors;
    private final ConcurrentMap<FrameworkId, FrameworkPlan> plans = new ConcurrentHashMap<>();

    SelectorIndex(Catalogue catalogue) {
        this.catalogue = catalogue;
        List<Measure> measures = catalogue.measures();
        Map<MeasureId, Integer> positions = new HashMap<>();
        this.themes = new ThemeId[measures.size()];
        for (int i = 0; i < measures.size(); i++) {
            positions.put(measures.get(i).id(), i);
            themes[i] = catalogue.themeOf(measures.get(i).id()).id();
        }
        this.order = Collections.unmodifiableMap(positions);
        this.categories = new int[measures.size()];
        for (int i = 0; i < measures.size(); i++) {
            for (ContractCategory c : measures.get(i).categories()) {
                categories[i] |= 1 << c.ordinal();
            }
        }
        this.texts = new MeasureTexts(measures);
        List<List<PriorityGroupId>> groups = new ArrayList<>(Collections.nCopies(measures.size(), List.of()));
        for (PriorityGroup g : catalogue.priorityGroups()) {
            for (MeasureId m : g.measures()) {
                int i = positions.get(m);
                List<PriorityGroupId> before = groups.get(i);
                List<PriorityGroupId> with = new ArrayList<>(before);
                with.add(g.id());
                groups.set(i, List.copyOf(with));
            }
        }
        this.hireGroups = List.copyOf(groups);
        this.sectors = Set.copyOf(catalogue.sectors());
    }

    /**
     * @param m a measure of the catalogue
     * @return its position in catalogue order
     */
    int position(Measure m) {
        return order.get(m.id());
    }

    /**
     * The plan for a framework, built on first use.
     *
     * @param id the framework id
     * @return the plan
     * @throws io.github.svtoms.core.UnknownIdException when the framework is not in the catalogue
     */
    FrameworkPlan plan(FrameworkId id) {
        FrameworkPlan plan = plans.get(id);
        if (plan == null) {
            plan = new FrameworkPlan(this, catalogue.requireFramework(id));
            FrameworkPlan raced = plans.putIfAbsent(id, plan);
            if (raced != null) {
                plan = raced;
            }
        }
        return plan;
    }
}
