package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.OutcomeId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 6: keeps the mandatory KPIs, then enough KPIs for the framework's minimum number of outcomes,
 * then one KPI per chosen priority where possible, then fills the cap in rank order. At most one KPI of
 * each exclusive group is kept (local SME spend is not also local spend): the others are excluded with
 * that reason, which leaves room under the cap for a KPI that counts something else. Confined to one
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
            if (c != null && !c.kept() && !blocked(c) && room()) {
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
            if (!c.kept() && !blocked(c) && !covered.contains(c.outcome())) {
                keep(c, within + ": needed for framework " + run.framework.id() + "'s minimum of "
                        + Text.plural(need, "social value outcome", "social value outcomes") + " per tender");
            }
        }
        for (SelectionRun.Chosen p : run.chosen) {
            if (kept.stream().anyMatch(c -> c.serves(p.id()))) {
                continue;
            }
            Optional<Candidate> first = ranked.stream().filter(c -> !c.kept() && !blocked(c) && c.serves(p.id()))
                    .findFirst();
            if (first.isPresent() && room()) {
                keep(first.get(), within + " as the first applicable KPI for chosen priority '" + p.id() + "'");
            }
        }
        for (Candidate c : ranked) {
            if (!c.kept() && !blocked(c) && room()) {
                keep(c, "selected in rank order within the " + run.cap.reason());
            }
        }
        for (Candidate c : ranked) {
            if (!c.kept()) {
                sameGroup(c).ifPresent(k -> c.excludedBecause = "counts the same thing as KPI '" + k.measure.id()
                        + "' (exclusive group '" + k.measure.exclusiveGroup().orElseThrow()
                        + "'): one KPI per exclusive group, so nothing is counted twice");
            }
        }
    }

    /** Whether a KPI already kept belongs to the candidate's exclusive group. */
    private boolean blocked(Candidate c) {
        return sameGroup(c).isPresent();
    }

    private Optional<Candidate> sameGroup(Candidate c) {
        Optional<String> group = c.measure.exclusiveGroup();
        return group.isEmpty() ? Optional.empty()
                : kept.stream().filter(k -> k.measure.exclusiveGroup().equals(group)).findFirst();
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
