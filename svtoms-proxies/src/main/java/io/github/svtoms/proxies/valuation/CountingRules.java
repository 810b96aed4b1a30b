package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.OverlapFamily;
import io.github.svtoms.core.catalogue.PartOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A catalogue's counting rules by measure index, computed once per request: each measure's overlap family and
 * its wholes (direct first, then theirs, breadth first), with the catalogue's reasons. Immutable; thread-safe.
 */
final class CountingRules {
    private final int[] familyOf;
    private final OverlapFamily[] families;
    /** The wholes of each measure, transitively, nearest first; with the reason of the first relation reaching each. */
    private final int[][] wholes;
    private final String[][] wholeReasons;

    CountingRules(Catalogue c, Map<MeasureId, Integer> index, int measures) {
        familyOf = new int[measures];
        Arrays.fill(familyOf, -1);
        families = c.overlapFamilies().toArray(new OverlapFamily[0]);
        for (int f = 0; f < families.length; f++) {
            for (MeasureId m : families[f].measures()) {
                familyOf[index.get(m)] = f;
            }
        }
        wholes = new int[measures][];
        wholeReasons = new String[measures][];
        List<PartOf> rels = c.partOf();
        for (int i = 0; i < measures; i++) {
            wholes[i] = new int[0];
            wholeReasons[i] = new String[0];
        }
        if (rels.isEmpty()) {
            return;
        }
        for (int i = 0; i < measures; i++) {
            Set<Integer> seen = new LinkedHashSet<>();
            List<String> reasons = new ArrayList<>();
            List<Integer> frontier = List.of(i);
            while (!frontier.isEmpty()) {
                List<Integer> next = new ArrayList<>();
                for (int m : frontier) {
                    for (PartOf r : rels) {
                        if (index.get(r.part()) == m) {
                            int w = index.get(r.whole());
                            if (w != i && seen.add(w)) {
                                reasons.add("'" + r.part() + "' is part of '" + r.whole() + "': " + r.reason());
                                next.add(w);
                            }
                        }
                    }
                }
                frontier = next;
            }
            wholes[i] = seen.stream().mapToInt(Integer::intValue).toArray();
            wholeReasons[i] = reasons.toArray(new String[0]);
        }
    }

    int familyCount() {
        return families.length;
    }

    /** The family index of a measure, or -1. */
    int familyOf(int measure) {
        return familyOf[measure];
    }

    OverlapFamily family(int f) {
        return families[f];
    }

    int[] wholes(int measure) {
        return wholes[measure];
    }

    String wholeReason(int measure, int k) {
        return wholeReasons[measure][k];
    }
}
