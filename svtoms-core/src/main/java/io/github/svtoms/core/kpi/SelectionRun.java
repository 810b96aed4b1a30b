package io.github.svtoms.core.kpi;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UnknownIdException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.EditionResolution;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.PriorityGroupId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.law.DutyFinding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One run of the selection rules for one profile. Mutable and confined to the thread that calls
 * {@link KpiSelector#select(ContractProfile)}; the selector itself holds only immutable state.
 */
final class SelectionRun {
    /** A chosen priority: for a measure-owning framework, a theme acting as one. */
    record Chosen(PriorityId id, String name, List<Measure> measures, int[] positions) {
        /** @param positions the measures' positions in catalogue order; never modified */
        Chosen {
        }
    }

    /** A theme that must be included, and who requires it. */
    record MandatoryTheme(ThemeId theme, String requiredBy) {
    }

    final Catalogue catalogue;
    final KpiSettings settings;
    final ContractProfile profile;
    final Framework framework;
    final List<Chosen> chosen;
    final int groupLimit;
    final String groupLimitText;
    final List<PriorityGroupId> allowedGroups;
    final CandidateRules rules;
    final Candidates candidates;
    final List<MandatoryTheme> mandatoryThemes = new ArrayList<>();
    final Map<ThemeId, String> mandatoryFailures = new LinkedHashMap<>();
    final Map<ThemeId, Candidate> mandatoryPicks = new LinkedHashMap<>();
    final Cap cap;
    final KpiDuties duties;
    private final FrameworkPlan plan;
    private final SelectorIndex index;
    private final Optional<EditionResolution> edition;

    SelectionRun(SelectorIndex index, KpiSettings settings, ContractProfile profile, FrameworkPlan plan) {
        this(index, settings, profile, plan, Optional.empty());
    }

    SelectionRun(SelectorIndex index, KpiSettings settings, ContractProfile profile, FrameworkPlan plan,
                 Optional<EditionResolution> edition) {
        this.edition = edition;
        this.catalogue = index.catalogue;
        this.index = index;
        this.candidates = new Candidates(index.themes.length);
        this.settings = settings;
        this.profile = profile;
        this.plan = plan;
        this.framework = plan.framework;
        this.duties = new KpiDuties(profile, framework);
        // the duties raise a cap from the size bands; a maximum the request sets itself is the buyer's to change
        Cap bands = Cap.of(settings, profile);
        this.cap = profile.maxKpis().isPresent() ? bands : bands.atLeast(duties.need(), duties.needReason(), profile);
        this.chosen = choosePriorities();
        Optional<Integer> frameworkLimit = framework.rules().priorityGroupLimit();
        this.groupLimit = frameworkLimit.orElse(settings.defaultPriorityGroupLimit());
        this.groupLimitText = frameworkLimit.isPresent() ? "limit of framework " + framework.id()
                : "default limit of " + groupLimit;
        this.allowedGroups = checkGroups();
        this.rules = new CandidateRules(profile, index, allowedGroups, groupLimitText);
    }

    private List<Chosen> choosePriorities() {
        if (profile.allPriorities()) {
            return plan.all;
        }
        List<Chosen> picked = new ArrayList<>();
        for (PriorityId id : profile.priorities()) {
            Chosen c = plan.byId.get(id);
            if (c == null) {
                throw unknownPriority(id, plan.all);
            }
            picked.add(c);
        }
        return List.copyOf(picked);
    }

    private UnknownIdException unknownPriority(PriorityId id, List<Chosen> all) {
        String known = Text.ids(all.stream().map(Chosen::id).toList());
        return new UnknownIdException("unknown priority '" + id + "' in framework '" + framework.id() + "': "
                + (framework.kind() == FrameworkKind.MEASURES
                ? "a measure-owning framework's priorities are its theme ids: " : "its priorities are: ") + known);
    }

    private List<PriorityGroupId> checkGroups() {
        for (PriorityGroupId g : profile.priorityGroups()) {
            catalogue.requirePriorityGroup(g);
            if (!framework.priorityGroups().isEmpty() && !framework.priorityGroups().contains(g)) {
                throw new UnknownIdException("unknown priority group '" + g + "' in framework '" + framework.id()
                        + "': it uses " + Text.ids(framework.priorityGroups()));
            }
        }
        List<PriorityGroupId> requested = profile.priorityGroups();
        return List.copyOf(requested.subList(0, Math.min(groupLimit, requested.size())));
    }

    KpiSelectionReport run() {
        for (Chosen c : chosen) {
            List<Measure> ms = c.measures();
            int[] positions = c.positions();
            for (int i = 0; i < positions.length; i++) {
                Candidate candidate = candidates.get(positions[i]);
                if (candidate == null) {
                    candidate = candidate(ms.get(i), positions[i]);
                    candidates.add(candidate);
                }
                candidate.priorities.add(c.id());
            }
        }
        collectMandatoryThemes();
        mandatoryThemes.forEach(this::pickMandatory);
        supplementOutcomes();
        new Capping(this).apply();
        return result();
    }

    Candidate candidate(Measure m, int position) {
        return new Candidate(m, position, index.themes[position], rules.evaluate(m, position));
    }

    private void collectMandatoryThemes() {
        Map<ThemeId, List<String>> by = new LinkedHashMap<>();
        framework.rules().mandatoryThemes().forEach(t -> by.computeIfAbsent(t, k -> new ArrayList<>())
                .add("framework " + framework.id()));
        settings.mandatoryThemesFor(profile.buyer()).forEach(t -> by.computeIfAbsent(t, k -> new ArrayList<>())
                .add("buyer type " + profile.buyer().id()));
        by.forEach((t, who) -> mandatoryThemes.add(new MandatoryTheme(t, String.join(" and ", who))));
    }

    String themeName(ThemeId id) {
        return catalogue.theme(id).map(Theme::name).orElse(id.value());
    }

    private void pickMandatory(MandatoryTheme mt) {
        ThemeId t = mt.theme();
        if (catalogue.theme(t).isEmpty()) {
            mandatoryFailures.put(t, "theme '" + t + "' is not in this catalogue");
            return;
        }
        Optional<Candidate> existing = candidates.values().stream().filter(c -> c.eligible() && c.theme.equals(t))
                .findFirst();
        if (existing.isPresent()) {
            mandatoryPicks.put(t, existing.get());
            return;
        }
        List<String> tried = new ArrayList<>();
        for (Measure m : mandatorySearchOrder(t)) {
            int position = index.position(m);
            Candidate present = candidates.get(position);
            Candidate c = present != null ? present : candidate(m, position);
            if (c.eligible()) {
                c.addedBecause = "added although no chosen priority maps to it: at least one KPI from theme '"
                        + themeName(t) + "' is required by " + mt.requiredBy();
                candidates.add(c);
                mandatoryPicks.put(t, c);
                return;
            }
            tried.add(m.id() + ": " + ((CandidateRules.Ineligible) c.verdict).reason());
        }
        mandatoryFailures.put(t, tried.isEmpty() ? "the catalogue has no measure of this theme"
                : "no measure of this theme applies to this contract (" + String.join("; ", tried) + ")");
    }

    /** Measures of the theme the framework maps onto, then every catalogue measure of it; catalogue order. */
    private List<Measure> mandatorySearchOrder(ThemeId t) {
        return plan.mandatorySearchOrder(t);
    }

    Set<String> sectorsInUse() {
        return index.sectors;
    }

    int minimumOutcomes() {
        return framework.rules().minimumOutcomesPerTender();
    }

    Set<OutcomeId> eligibleOutcomes() {
        Set<OutcomeId> outcomes = new LinkedHashSet<>();
        candidates.values().stream().filter(Candidate::eligible).forEach(c -> outcomes.add(c.outcome()));
        return outcomes;
    }

    /** Rule 4b: when the candidates cover too few outcomes, add measures of the framework that cover new ones. */
    private void supplementOutcomes() {
        int need = minimumOutcomes();
        if (need == 0) {
            return;
        }
        Set<OutcomeId> covered = eligibleOutcomes();
        if (covered.size() >= need) {
            return;
        }
        for (int i = 0; i < plan.positions.length; i++) {
            Measure m = plan.measures.get(i);
            if (covered.size() >= need) {
                return;
            }
            if (candidates.get(plan.positions[i]) != null || covered.contains(m.outcome())) {
                continue;
            }
            Candidate c = candidate(m, plan.positions[i]);
            if (c.eligible()) {
                c.addedBecause = "added although no chosen priority maps to it: framework " + framework.id()
                        + " requires at least " + Text.plural(need, "social value outcome", "social value outcomes")
                        + " per tender";
                candidates.add(c);
                covered.add(m.outcome());
            }
        }
    }

    private KpiSelectionReport result() {
        List<Kpi> kpis = new ArrayList<>();
        List<ExcludedCandidate> excluded = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            if (c.verdict instanceof CandidateRules.Ineligible no) {
                excluded.add(new ExcludedCandidate(c.measure.id(), no.reason()));
            } else if (!c.kept()) {
                excluded.add(new ExcludedCandidate(c.measure.id(), cap.reason()));
            } else {
                kpis.add(kpi(c));
            }
        }
        int eligible = (int) candidates.values().stream().filter(Candidate::eligible).count();
        KpiDuty duty = duties.duty(kpis, eligible);
        List<DutyFinding> findings = new ArrayList<>();
        if (!framework.scope().isUnrestricted()) {
            findings.add(framework.checkScope(Optional.of(profile.buyer().id()), Optional.of(profile.contractValue())));
        }
        findings.add(duty.finding());
        duties.frameworkMinimum(kpis.size()).ifPresent(findings::add);
        KpiSelection selection = new KpiSelection(framework.id(), profile, kpis, excluded,
                new SelectionChecks(this).checks());
        return new KpiSelectionReport(selection, edition, duty, findings);
    }

    /**
     * The KPI of a kept candidate: its levels now, its reasons ({@link Reasons}) when first read, from the
     * immutable text of this run (the rules, the chosen priorities, why it was added and kept).
     */
    private Kpi kpi(Candidate c) {
        Optional<CandidateRules.Levels> levels = rules.levels(c.measure);
        List<PriorityId> priorities = List.copyOf(c.priorities);
        List<Chosen> chosenNow = chosen;
        CandidateRules rulesNow = rules;
        Measure measure = c.measure;
        int position = c.position;
        String added = c.addedBecause;
        String kept = c.keptBecause;
        Reasons reasons = new Reasons(() -> {
            List<String> out = new ArrayList<>();
            for (PriorityId p : priorities) {
                String name = chosenNow.stream().filter(ch -> ch.id().equals(p)).findFirst().map(Chosen::name)
                        .orElse(p.value());
                out.add("serves chosen priority '" + p + "' (" + name + ")");
            }
            if (added != null) {
                out.add(added);
            }
            out.addAll(((CandidateRules.Eligible) rulesNow.explain(measure, position)).reasons());
            out.add(kept);
            return out;
        });
        return new Kpi(c.measure.id(), c.theme, c.measure.unit(), levels.map(CandidateRules.Levels::minimum),
                levels.map(CandidateRules.Levels::target), levels.map(CandidateRules.Levels::stretch),
                priorities, reasons);
    }

    static InvalidValueException currencyMismatch(ContractProfile profile, KpiSettings settings) {
        return new InvalidValueException("contract value " + profile.value() + " is in "
                + profile.value().currency().getCurrencyCode() + " but the KPI size bands are in "
                + settings.currency().getCurrencyCode() + ": svtoms never converts currencies");
    }
}
