package io.github.svtoms.core.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a catalogue's counting rules: every overlap family's members and every part-of relation's measures
 * exist, family ids are unique, no measure is in two families, no relation is declared twice and the
 * part-of relations form no cycle. Stateless.
 */
final class CountingRulesValidator {
    private CountingRulesValidator() {
    }

    static List<String> problems(Set<MeasureId> measures, List<OverlapFamily> families, List<PartOf> partOf) {
        List<String> problems = new ArrayList<>();
        Set<String> familyIds = new HashSet<>();
        Map<MeasureId, String> familyOf = new HashMap<>();
        for (OverlapFamily f : families) {
            if (!familyIds.add(f.id())) {
                problems.add("overlap family '" + f.id() + "' is declared twice: family ids must be unique");
            }
            for (MeasureId m : f.measures()) {
                if (!measures.contains(m)) {
                    problems.add("overlap family '" + f.id() + "' lists unknown measure '" + m + "'");
                }
                String other = familyOf.putIfAbsent(m, f.id());
                if (other != null && !other.equals(f.id())) {
                    problems.add("measure '" + m + "' is in overlap families '" + other + "' and '" + f.id()
                            + "': a measure belongs to at most one family");
                }
            }
        }
        Map<MeasureId, List<MeasureId>> wholes = new LinkedHashMap<>();
        Set<List<MeasureId>> pairs = new HashSet<>();
        for (PartOf r : partOf) {
            String what = "part-of relation '" + r.part() + "' ⊂ '" + r.whole() + "'";
            if (!measures.contains(r.part())) {
                problems.add(what + ": unknown measure '" + r.part() + "'");
            }
            if (!measures.contains(r.whole())) {
                problems.add(what + ": unknown measure '" + r.whole() + "'");
            }
            if (!pairs.add(List.of(r.part(), r.whole()))) {
                problems.add(what + " is declared twice");
            }
            wholes.computeIfAbsent(r.part(), k -> new ArrayList<>()).add(r.whole());
        }
        // a cycle: a measure that is, through its wholes, part of itself
        Set<MeasureId> done = new HashSet<>();
        for (MeasureId start : wholes.keySet()) {
            List<MeasureId> cycle = cycleFrom(start, wholes, new ArrayList<>(), done);
            if (cycle != null) {
                problems.add("part-of relations form a cycle: " + String.join(" ⊂ ",
                        cycle.stream().map(MeasureId::value).toList()) + " (a measure cannot be part of itself)");
                break;
            }
        }
        return problems;
    }

    /** Depth-first search from {@code m}; the cycle's measures when one is reached, else null. */
    private static List<MeasureId> cycleFrom(MeasureId m, Map<MeasureId, List<MeasureId>> wholes, List<MeasureId> path,
                                             Set<MeasureId> done) {
        int at = path.indexOf(m);
        if (at >= 0) {
            List<MeasureId> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(m);
            return cycle;
        }
        if (done.contains(m)) {
            return null;
        }
        path.add(m);
        for (MeasureId w : wholes.getOrDefault(m, List.of())) {
            List<MeasureId> c = cycleFrom(w, wholes, path, done);
            if (c != null) {
                return c;
            }
        }
        path.remove(path.size() - 1);
        done.add(m);
        return null;
    }
}
