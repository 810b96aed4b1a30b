package io.github.svtoms.core.kpi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The candidates of one selection, by catalogue position and in the order they became candidates (the
 * order of a map that is only ever appended to). Mutable and confined to one {@link SelectionRun}.
 */
final class Candidates {
    private final Candidate[] byPosition;
    private final List<Candidate> inOrder = new ArrayList<>();
    private final List<Candidate> view = Collections.unmodifiableList(inOrder);

    Candidates(int catalogueSize) {
        this.byPosition = new Candidate[catalogueSize];
    }

    /** @return the candidate at this catalogue position, or null */
    Candidate get(int position) {
        return byPosition[position];
    }

    /** Adds a candidate not yet present; a candidate already present keeps its place. */
    void add(Candidate c) {
        if (byPosition[c.position] == null) {
            byPosition[c.position] = c;
            inOrder.add(c);
        }
    }

    /** @return the candidates in the order they were added; a live, unmodifiable view */
    List<Candidate> values() {
        return view;
    }
}
