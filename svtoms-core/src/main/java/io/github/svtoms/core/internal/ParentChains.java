package io.github.svtoms.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the cycles of a parent relation (each node has at most one parent) in one pass: every node is
 * walked once, so a chain of any depth is checked in time linear in its length, with no recursion.
 *
 * <p>Stateless and thread-safe.
 */
public final class ParentChains {
    /** Where a node stands with respect to the cycles of its chain. */
    public enum Place {
        /** Its chain of parents ends (at a root or at an unknown parent). */
        ACYCLIC,
        /** It is on a cycle: walking up from it comes back to it. */
        IN_CYCLE,
        /** It is not on a cycle but its chain of parents runs into one. */
        LEADS_INTO_CYCLE
    }

    private ParentChains() {
    }

    /**
     * The place of every node.
     *
     * @param nodes the nodes, each once (a repeated node keeps its first parent)
     * @param parent a node's parent, or null for none; a parent that is not among {@code nodes} ends the chain
     * @param <K> the node type (compared with {@code equals})
     * @return the place of each node
     */
    public static <K> Map<K, Place> places(List<K> nodes, Function<K, K> parent) {
        Checks.notNull(nodes, "nodes");
        Checks.notNull(parent, "parent");
        Map<K, K> parentOf = new HashMap<>();
        for (K k : nodes) {
            if (!parentOf.containsKey(k)) {
                parentOf.put(k, parent.apply(k));
            }
        }
        Map<K, Place> place = new HashMap<>();
        Map<K, Integer> onPath = new HashMap<>();
        List<K> path = new ArrayList<>();
        for (K start : nodes) {
            if (place.containsKey(start)) {
                continue;
            }
            path.clear();
            onPath.clear();
            K cur = start;
            while (cur != null && parentOf.containsKey(cur) && !place.containsKey(cur) && !onPath.containsKey(cur)) {
                onPath.put(cur, path.size());
                path.add(cur);
                cur = parentOf.get(cur);
            }
            if (cur != null && onPath.containsKey(cur)) {
                int first = onPath.get(cur);
                for (int i = 0; i < path.size(); i++) {
                    place.put(path.get(i), i < first ? Place.LEADS_INTO_CYCLE : Place.IN_CYCLE);
                }
            } else {
                Place end = cur == null || !place.containsKey(cur) || place.get(cur) == Place.ACYCLIC
                        ? Place.ACYCLIC : Place.LEADS_INTO_CYCLE;
                for (K k : path) {
                    place.put(k, end);
                }
            }
        }
        return place;
    }
}
