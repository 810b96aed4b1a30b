package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.OutcomeId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 6: keeps the mandatory KPIs, then enough KPIs for the framework's minimum number of outcomes,
 * then one KPI per chosen priority where possible, then fills the cap in rank order. Exclusive groups
 * do not limit which KPIs are kept: they are a counting rule for valuation (what one measure of a group
 * counts is not counted again under another), stated in each such KPI's reasons. Confined to one
 * {@link SelectionRun}.
 */
final class Capping {
    private final SelectionRun run;
    private final List<Candidate> kept = new ArrayList<>();
    private final List<Candidate> ranked;

    Capping(SelectionRun run) {
        this.run = run;
        this.ranked = run.candidates.values().stream().filter(Candidate::eligible).toList();
    }

    void apply() {
        String within = "kept within the " + run.cap.reason();
        for (SelectionRun.MandatoryTheme mt : run.mandatoryThemes) {
            Candidate c = run.mandatoryPicks.get(mt.theme());
            if (c != null && !c.kept() && room()) {
                keep(c, within + ": covers mandatory theme '" + run.themeName(mt.theme()) + "' (required by "
                        + mt.requiredBy() + ")");
            }
        }
        int need = run.minimumOutcomes();
        for (Candidate c : ranked) {
            Set<OutcomeId> covered = outcomes();
            if (covered.size() >= need || !room()) {
                break;
            }
            if (!c.kept() && !covered.contains(c.outcome())) {
                keep(c, within + ": needed for framework " + run.framework.id() + "'s minimum of "
                        + Text.plural(need, "social value outcome", "social value outcomes") + " per tender");
            }
        }
        for (SelectionRun.Chosen p : run.chosen) {
            if (kept.stream().anyMatch(c -> c.serves(p.id()))) {
                continue;
            }
            Optional<Candidate> first = ranked.stream().filter(c -> !c.kept() && c.serves(p.id()))
                    .findFirst();
            if (first.isPresent() && room()) {
                keep(first.get(), within + " as the first applicable KPI for chosen priority '" + p.id() + "'");
            }
        }
        for (Candidate c : ranked) {
            if (!c.kept() && room()) {
                keep(c, "selected in rank order within the " + run.cap.reason());
            }
        }
    }

    private boolean room() {
        return kept.size() < run.cap.max();
    }

    private void keep(Candidate c, String because) {
        c.keptBecause = because;
        kept.add(c);
    }

    private Set<OutcomeId> outcomes() {
        Set<OutcomeId> out = new HashSet<>();
        kept.forEach(c -> out.add(c.outcome()));
        return out;
    }
}
