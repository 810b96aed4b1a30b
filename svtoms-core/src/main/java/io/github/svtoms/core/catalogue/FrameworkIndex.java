package io.github.svtoms.core.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indexes of one framework of a {@link Catalogue}: the measures it offers, the measures serving each
 * priority (with its descendants) and the priorities each measure serves directly. Built once, on first
 * use, by the catalogue. Immutable and thread-safe.
 */
final class FrameworkIndex {
    final List<Measure> measures;
    private final Map<PriorityId, List<Priority>> children;
    private final Map<PriorityId, Priority> priorities;
    private final Map<MeasureId, Measure> byMeasureId;
    /** The measures serving each priority, computed on first use (a deep chain would make them all O(n²)). */
    private final Map<PriorityId, List<Measure>> serving = new java.util.concurrent.ConcurrentHashMap<>();
    final Map<MeasureId, List<Priority>> servedBy;

    FrameworkIndex(Framework f, List<Measure> all, Map<MeasureId, Measure> byMeasureId,
                   Map<MeasureId, Theme> themeByMeasure) {
        if (f.kind() == FrameworkKind.MEASURES) {
            List<Measure> own = new ArrayList<>();
            for (Measure m : all) {
                if (themeByMeasure.get(m.id()).framework().equals(f.id())) {
                    own.add(m);
                }
            }
            this.measures = List.copyOf(own);
        } else {
            Set<MeasureId> ids = new LinkedHashSet<>();
            f.priorities().forEach(p -> ids.addAll(p.measures()));
            this.measures = ids.stream().map(byMeasureId::get).toList();
        }
        Map<PriorityId, List<Priority>> children = new HashMap<>();
        Map<PriorityId, Priority> byId = new HashMap<>();
        Map<MeasureId, List<Priority>> by = new HashMap<>();
        for (Priority p : f.priorities()) {
            byId.putIfAbsent(p.id(), p);
            p.parent().ifPresent(parent -> children.computeIfAbsent(parent, k -> new ArrayList<>()).add(p));
            for (MeasureId m : new LinkedHashSet<>(p.measures())) {
                by.computeIfAbsent(m, k -> new ArrayList<>()).add(p);
            }
        }
        this.children = children;
        this.priorities = byId;
        this.byMeasureId = byMeasureId;
        this.servedBy = CatalogueIndexes.freeze(by);
    }

    /**
     * The measures serving a priority and its descendants, in depth-first order (the priority's own, then
     * each child's in turn), or null for a priority the framework does not have. Walked with a stack, not
     * recursion, so a chain of any depth is safe.
     */
    @javax.annotation.Nullable
    List<Measure> serving(PriorityId id) {
        Priority root = priorities.get(id);
        if (root == null) {
            return null;
        }
        return serving.computeIfAbsent(id, k -> {
            Set<MeasureId> into = new LinkedHashSet<>();
            Set<PriorityId> visited = new HashSet<>();
            java.util.ArrayDeque<Priority> stack = new java.util.ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                Priority p = stack.pop();
                if (!visited.add(p.id())) {
                    continue;
                }
                into.addAll(p.measures());
                List<Priority> kids = children.getOrDefault(p.id(), List.of());
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(kids.get(i));
                }
            }
            return into.stream().map(byMeasureId::get).toList();
        });
    }
}
