package io.github.svtoms.core.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The {@code known-sectors} rule check: a contract's sector tag that no measure of the catalogue is limited
 * to makes no measure relevant, which is almost always a wrong tag ({@code care} for {@code social-care}).
 * The check fails, names each such tag and suggests close matches among the tags in use. Stateless.
 */
final class SectorCheck {
    /** At most this many suggestions per unknown tag. */
    private static final int SUGGESTIONS = 3;
    /** At most this many tags in use are listed when nothing is close. */
    private static final int LISTED = 12;

    private SectorCheck() {
    }

    static RuleCheck check(List<String> contractSectors, List<String> inUse, Set<String> inUseSet) {
        if (contractSectors.isEmpty()) {
            return new RuleCheck("known-sectors", true, "no sector tags given: measures limited to sectors do not apply");
        }
        List<String> unknown = contractSectors.stream().filter(s -> !inUseSet.contains(s)).toList();
        if (unknown.isEmpty()) {
            return new RuleCheck("known-sectors", true, "every sector tag is used by a measure of the catalogue: "
                    + String.join(", ", contractSectors));
        }
        List<String> parts = new ArrayList<>();
        for (String u : unknown) {
            List<String> close = closeMatches(u, inUse);
            parts.add("'" + u + "' (" + (close.isEmpty() ? "no close match" : "did you mean "
                    + String.join(" or ", close.stream().map(c -> "'" + c + "'").toList()) + "?") + ")");
        }
        String inUseText = inUse.isEmpty() ? "no measure of the catalogue is limited to a sector"
                : "sectors in use: " + String.join(", ", inUse.subList(0, Math.min(LISTED, inUse.size())))
                + (inUse.size() > LISTED ? " and " + (inUse.size() - LISTED) + " more (Catalogue.sectors())" : "");
        return new RuleCheck("known-sectors", false, (unknown.size() == 1 ? "sector " : "sectors ")
                + String.join(", ", parts) + (unknown.size() == 1 ? " is" : " are") + " used by no measure of the"
                + " catalogue, so " + (unknown.size() == 1 ? "it makes" : "they make") + " no measure relevant; "
                + inUseText);
    }

    /**
     * Tags in use close to an unknown one, best first: those that contain it or that it contains (as
     * {@code social-care} contains {@code care}), then those within an edit distance of a third of its
     * length (at least 1), each group by distance and then alphabetically; at most {@value #SUGGESTIONS}.
     */
    static List<String> closeMatches(String unknown, List<String> inUse) {
        record Scored(String tag, boolean contains, int distance) {
        }
        int limit = Math.max(1, unknown.length() / 3);
        List<Scored> scored = new ArrayList<>();
        for (String tag : inUse) {
            boolean contains = tag.contains(unknown) || unknown.contains(tag);
            int distance = distance(unknown, tag);
            if (contains || distance <= limit) {
                scored.add(new Scored(tag, contains, distance));
            }
        }
        scored.sort(Comparator.comparing((Scored s) -> !s.contains()).thenComparingInt(Scored::distance)
                .thenComparing(Scored::tag));
        return scored.stream().limit(SUGGESTIONS).map(Scored::tag).toList();
    }

    /** The Levenshtein distance: insertions, deletions and substitutions, each 1. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
