package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What every selection for one framework shares, computed once per selector and framework: the
 * framework's priorities as {@link SelectionRun.Chosen} (for a measure-owning framework, its themes) with
 * their measures in catalogue order, the framework's measures in catalogue order, and, on first use per
 * theme, the search order for a mandatory theme. Immutable once built (the per-theme cache is a
 * concurrent map of immutable lists) and thread-safe.
 */
final class FrameworkPlan {
    final Framework framework;
    final List<SelectionRun.Chosen> all;
    final Map<PriorityId, SelectionRun.Chosen> byId;
    /** The framework's measures in catalogue order. */
    final List<Measure> measures;
    /** Their positions in catalogue order; never modified. */
    final int[] positions;
    private final Catalogue catalogue;
    private final ConcurrentMap<ThemeId, List<Measure>> mandatoryOrder = new ConcurrentHashMap<>();

    FrameworkPlan(SelectorIndex index, Framework framework) {
        this.catalogue = index.catalogue;
        this.framework = framework;
        Catalogue catalogue = index.catalogue;
        Comparator<Measure> order = Comparator.comparingInt(index::position);
        List<SelectionRun.Chosen> chosen = new ArrayList<>();
        if (framework.kind() == FrameworkKind.MEASURES) {
            for (Theme t : catalogue.themesOf(framework.id())) {
                List<Measure> ms = catalogue.measuresOfTheme(t.id());
                chosen.add(new SelectionRun.Chosen(PriorityId.of(t.id().value()), t.name(), ms, positions(index, ms)));
            }
        } else {
            for (Priority p : framework.priorities()) {
                List<Measure> ms = new ArrayList<>(catalogue.measuresServing(framework.id(), p.id()));
                ms.sort(order);
                chosen.add(new SelectionRun.Chosen(p.id(), p.name(), List.copyOf(ms), positions(index, ms)));
            }
        }
        this.all = List.copyOf(chosen);
        Map<PriorityId, SelectionRun.Chosen> ids = new HashMap<>();
        for (SelectionRun.Chosen c : all) {
            ids.putIfAbsent(c.id(), c);
        }
        this.byId = Map.copyOf(ids);
        List<Measure> ms = new ArrayList<>(catalogue.measuresOfFramework(framework.id()));
        ms.sort(order);
        this.measures = List.copyOf(ms);
        this.positions = positions(index, ms);
    }

    private static int[] positions(SelectorIndex index, List<Measure> measures) {
        int[] positions = new int[measures.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = index.position(measures.get(i));
        }
        return positions;
    }

    /**
     * Measures of the theme the framework maps onto, then every catalogue measure of it; catalogue order.
     *
     * @param t a theme of the catalogue
     * @return the search order
     */
    List<Measure> mandatorySearchOrder(ThemeId t) {
        List<Measure> cached = mandatoryOrder.get(t);
        if (cached != null) {
            return cached;
        }
        Set<Measure> order = new LinkedHashSet<>();
        for (Measure m : measures) {
            if (catalogue.themeOf(m.id()).id().equals(t)) {
                order.add(m);
            }
        }
        order.addAll(catalogue.measuresOfTheme(t));
        List<Measure> computed = List.copyOf(order);
        List<Measure> raced = mandatoryOrder.putIfAbsent(t, computed);
        return raced != null ? raced : computed;
    }
}
