package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.ThemeId;

import java.util.ArrayList;
import java.util.List;

/**
 * A candidate measure during one selection: the chosen priorities it serves, its verdict, and the
 * reasons gathered while capping. Mutable, confined to one {@link SelectionRun}.
 */
final class Candidate {
    final Measure measure;
    /** Its position in catalogue order. */
    final int position;
    final ThemeId theme;
    final List<PriorityId> priorities = new ArrayList<>(2);
    final CandidateRules.Verdict verdict;
    /** Why it is a candidate at all when no chosen priority maps to it; null for ordinary candidates. */
    String addedBecause;
    String keptBecause;

    Candidate(Measure measure, int position, ThemeId theme, CandidateRules.Verdict verdict) {
        this.measure = measure;
        this.position = position;
        this.theme = theme;
        this.verdict = verdict;
    }

    boolean eligible() {
        return verdict instanceof CandidateRules.Eligible;
    }

    boolean kept() {
        return keptBecause != null;
    }

    OutcomeId outcome() {
        return measure.outcome();
    }

    boolean serves(PriorityId p) {
        return priorities.contains(p);
    }
}
