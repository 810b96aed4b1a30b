package io.github.svtoms.proxies.valuation;

import io.github.svtoms.proxies.valuation.LineRejectedException.Rule;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of lines being checked, and the first underlying cause, so that every broken rule
 * is reported at once. Mutable and confined to one call (or one accumulator); allocates nothing until a
 * problem is found.
 */
final class Problems {
    private List<LineProblem> list;
    private Throwable cause;

    void add(String lineId, Rule rule, String message) {
        add(lineId, rule, message, null);
    }

    void add(String lineId, Rule rule, String message, Throwable why) {
        if (list == null) {
            list = new ArrayList<>();
        }
        list.add(new LineProblem(lineId, rule, message));
        if (cause == null) {
            cause = why;
        }
    }

    int size() {
        return list == null ? 0 : list.size();
    }

    /** Throws every problem collected so far, if any, and starts afresh. */
    void throwIfAny() {
        if (list != null) {
            LineRejectedException e = new LineRejectedException(list, cause);
            list = null;
            cause = null;
            throw e;
        }
    }
}
