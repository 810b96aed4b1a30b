package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.PriorityGroupId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Writes the rule checks of a finished {@link SelectionRun}, in a fixed order. */
final class SelectionChecks {
    private final SelectionRun run;
    private final List<Candidate> kept;

    SelectionChecks(SelectionRun run) {
        this.run = run;
        this.kept = run.candidates.values().stream().filter(Candidate::kept).toList();
    }

    List<RuleCheck> checks() {
        List<RuleCheck> checks = new ArrayList<>();
        checks.add(new RuleCheck("kpi-cap", kept.size() <= run.cap.max(), Text.plural(kept.size(), "KPI", "KPIs")
                + " selected; " + run.cap.reason() + " (" + run.cap.source() + ")"));
        mandatoryThemes(checks);
        checks.add(minimumOutcomes());
        checks.add(priorityGroups());
        checks.add(priorityCoverage());
        checks.add(SectorCheck.check(run.profile.sectors(), run.catalogue.sectors(), run.sectorsInUse()));
        checks.add(new RuleCheck("no-financial-proxies", true, "no financial proxy value was consulted: KPI"
                + " selection lives in svtoms-core, which cannot see proxies, so money does not steer which"
                + " outcomes are sought (Kent principle 12)"));
        return checks;
    }

    private void mandatoryThemes(List<RuleCheck> checks) {
        if (run.mandatoryThemes.isEmpty()) {
            checks.add(new RuleCheck("mandatory-themes", true, "framework " + run.framework.id() + " and buyer type "
                    + run.profile.buyer().id() + " make no theme mandatory"));
            return;
        }
        for (SelectionRun.MandatoryTheme mt : run.mandatoryThemes) {
            String name = run.themeName(mt.theme());
            Optional<Candidate> in = kept.stream().filter(c -> c.theme.equals(mt.theme())).findFirst();
            String detail;
            if (in.isPresent()) {
                detail = name + " theme included: yes (" + in.get().measure.id() + "; required by " + mt.requiredBy() + ")";
            } else {
                String why = run.mandatoryFailures.getOrDefault(mt.theme(), "the " + run.cap.reason()
                        + " leaves no room for it beside the other mandatory KPIs");
                detail = name + " theme included: no (required by " + mt.requiredBy() + "): " + why;
            }
            checks.add(new RuleCheck("mandatory-theme:" + mt.theme(), in.isPresent(), detail));
        }
    }

    private RuleCheck minimumOutcomes() {
        int need = run.minimumOutcomes();
        String fw = "framework " + run.framework.id();
        if (need == 0) {
            return new RuleCheck("minimum-outcomes", true, fw + " sets no minimum number of social value outcomes per tender");
        }
        Set<OutcomeId> covered = new HashSet<>();
        kept.forEach(c -> covered.add(c.outcome()));
        boolean passed = covered.size() >= need;
        String detail = Text.plural(covered.size(), "social value outcome", "social value outcomes") + " selected; " + fw
                + " requires at least " + need + " per tender";
        if (!passed) {
            detail += run.eligibleOutcomes().size() < need
                    ? ": the catalogue has too few measures of the framework that apply to this contract"
                    : ": the " + run.cap.reason() + " is too small";
        }
        return new RuleCheck("minimum-outcomes", passed, detail);
    }

    private RuleCheck priorityGroups() {
        List<PriorityGroupId> requested = run.profile.priorityGroups();
        if (requested.isEmpty()) {
            return new RuleCheck("priority-groups", true,
                    "no priority groups requested: hire measures are not filtered by group");
        }
        List<PriorityGroupId> rest = requested.subList(run.allowedGroups.size(), requested.size());
        String detail = "hire KPIs only for the first " + run.allowedGroups.size() + " of "
                + requested.size() + " requested priority groups (" + run.groupLimitText + "): "
                + Text.ids(run.allowedGroups) + (rest.isEmpty() ? "" : "; not for: " + Text.ids(rest));
        return new RuleCheck("priority-groups", true, detail);
    }

    private RuleCheck priorityCoverage() {
        List<String> missing = new ArrayList<>();
        for (SelectionRun.Chosen p : run.chosen) {
            if (kept.stream().noneMatch(c -> c.serves(p.id()))) {
                boolean any = run.candidates.values().stream().anyMatch(c -> c.eligible() && c.serves(p.id()));
                missing.add(p.id() + (any ? " (" + run.cap.reason() + ")" : " (no applicable measure)"));
            }
        }
        String scope = run.profile.allPriorities() ? "all priorities of framework " + run.framework.id()
                + ", in framework order" : "chosen in the request";
        String count = Text.plural(run.chosen.size(), "priority", "priorities") + " (" + scope + ")";
        return missing.isEmpty()
                ? new RuleCheck("priority-coverage", true, "each of " + count + " has a KPI")
                : new RuleCheck("priority-coverage", false, "of " + count + ", no KPI for: " + String.join("; ", missing));
    }
}
