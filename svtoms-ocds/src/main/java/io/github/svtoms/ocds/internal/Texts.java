package io.github.svtoms.ocds.internal;

import java.util.List;

/** Small text helpers for reason details and explanations. Stateless and thread-safe. */
final class Texts {
    private Texts() {
    }

    /** The text cut to {@code max} characters (with "…"), control characters replaced by spaces. */
    static String shorten(String s, int max) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), max + 1));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        return s.length() > max ? b.append('…').toString() : b.toString();
    }

    /** The items joined with ", ", at most {@code max} of them, then "and N more". */
    static String list(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
    }
}
