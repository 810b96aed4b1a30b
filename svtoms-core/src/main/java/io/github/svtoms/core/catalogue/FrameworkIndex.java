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
    final Map<PriorityId, List<Measure>> serving;
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
        Map<PriorityId, List<Measure>> serve = new HashMap<>();
        for (Priority p : byId.values()) {
            Set<MeasureId> into = new LinkedHashSet<>();
            collect(p, children, into, new HashSet<>());
            serve.put(p.id(), into.stream().map(byMeasureId::get).toList());
        }
        this.serving = java.util.Collections.unmodifiableMap(serve);
        this.servedBy = CatalogueIndexes.freeze(by);
    }

    private static void collect(Priority p, Map<PriorityId, List<Priority>> children, Set<MeasureId> into,
                                Set<PriorityId> visited) {
        if (!visited.add(p.id())) {
            return;
        }
        into.addAll(p.measures());
        for (Priority child : children.getOrDefault(p.id(), List.of())) {
            collect(child, children, into, visited);
        }
    }
}
