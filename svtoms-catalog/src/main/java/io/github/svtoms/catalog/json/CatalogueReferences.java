package io.github.svtoms.catalog.json;

import io.github.svtoms.core.internal.ParentChains;
import io.github.svtoms.catalog.json.CatalogueReader.Parts;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkKind;
import io.github.svtoms.core.catalogue.Measure;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Outcome;
import io.github.svtoms.core.catalogue.OutcomeId;
import io.github.svtoms.core.catalogue.OverlapFamily;
import io.github.svtoms.core.catalogue.PartOf;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.PriorityGroup;
import io.github.svtoms.core.catalogue.PriorityGroupId;
import io.github.svtoms.core.catalogue.PriorityId;
import io.github.svtoms.core.catalogue.Theme;
import io.github.svtoms.core.catalogue.ThemeId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks the references of one catalogue file against itself and the base catalogue it is read over,
 * before the core builder sees them, so that each dangling reference is reported at its own JSON path:
 * unique ids, theme → measure-owning framework, outcome → theme, measure → outcome, priority group →
 * measures, framework → mandatory themes and priority groups, priority → measures and parent (no
 * cycles), overlap families and part-of relations → measures (no measure in two families, no part-of cycle). When the file extends its base, an id already in the base is an error; when it overlays
 * the base, such an element replaces the base's, but a measure may not change its unit.
 *
 * <p>Stateless; confined to one read.
 */
final class CatalogueReferences {
    private CatalogueReferences() {
    }

    static void check(Reading r, Parts parts, Catalogue base, boolean overlay) {
        unique(r, "framework", "$.frameworks", parts.frameworks(), Framework::id, id -> base.framework(id).isPresent(), overlay);
        unique(r, "theme", "$.themes", parts.themes(), Theme::id, id -> base.theme(id).isPresent(), overlay);
        unique(r, "outcome", "$.outcomes", parts.outcomes(), Outcome::id, id -> base.outcome(id).isPresent(), overlay);
        unique(r, "priority group", "$.priorityGroups", parts.priorityGroups(), PriorityGroup::id,
                id -> base.priorityGroup(id).isPresent(), overlay);
        unique(r, "measure", "$.measures", parts.measures(), Measure::id, id -> base.measure(id).isPresent(), overlay);

        // what a reference may point at: this file's elements, then the base's (looked up, not copied)
        Map<FrameworkId, FrameworkKind> ownFrameworks = new HashMap<>();
        parts.frameworks().stream().filter(x -> x != null).forEach(fw -> ownFrameworks.put(fw.id(), fw.kind()));
        Function<FrameworkId, FrameworkKind> frameworks = id -> {
            FrameworkKind own = ownFrameworks.get(id);
            return own != null ? own : base.framework(id).map(Framework::kind).orElse(null);
        };
        Set<ThemeId> ownThemes = ids(parts.themes(), Theme::id);
        Predicate<ThemeId> themes = id -> ownThemes.contains(id) || base.theme(id).isPresent();
        Set<OutcomeId> ownOutcomes = ids(parts.outcomes(), Outcome::id);
        Predicate<OutcomeId> outcomes = id -> ownOutcomes.contains(id) || base.outcome(id).isPresent();
        Set<MeasureId> ownMeasures = ids(parts.measures(), Measure::id);
        Predicate<MeasureId> measures = id -> ownMeasures.contains(id) || base.measure(id).isPresent();
        Set<PriorityGroupId> ownGroups = ids(parts.priorityGroups(), PriorityGroup::id);
        Predicate<PriorityGroupId> groups = id -> ownGroups.contains(id) || base.priorityGroup(id).isPresent();

        for (int i = 0; i < parts.themes().size(); i++) {
            Theme t = parts.themes().get(i);
            if (t != null) {
                FrameworkKind kind = frameworks.apply(t.framework());
                if (kind == null) {
                    r.problem("$.themes[" + i + "].framework", "unknown framework '" + t.framework() + "'");
                } else if (kind != FrameworkKind.MEASURES) {
                    r.problem("$.themes[" + i + "].framework", "framework '" + t.framework()
                            + "' is a priority framework: only measure-owning frameworks own themes");
                }
            }
        }
        for (int i = 0; i < parts.outcomes().size(); i++) {
            Outcome o = parts.outcomes().get(i);
            if (o != null && !themes.test(o.theme())) {
                r.problem("$.outcomes[" + i + "].theme", "unknown theme '" + o.theme() + "'");
            }
        }
        for (int i = 0; i < parts.measures().size(); i++) {
            Measure m = parts.measures().get(i);
            if (m == null) {
                continue;
            }
            if (!outcomes.test(m.outcome())) {
                r.problem("$.measures[" + i + "].outcome", "unknown outcome '" + m.outcome() + "'");
            }
            Optional<Measure> old = base.measure(m.id());
            if (overlay && old.isPresent() && !old.get().unit().equals(m.unit())) {
                r.problem("$.measures[" + i + "].unit", "unit conflict: measure '" + m.id() + "' has unit '"
                        + old.get().unit().id() + "' in the base catalogue and '" + m.unit().id()
                        + "' here: an overlay may not change a measure's unit");
            }
        }
        for (int i = 0; i < parts.priorityGroups().size(); i++) {
            PriorityGroup g = parts.priorityGroups().get(i);
            if (g != null) {
                measureRefs(r, "$.priorityGroups[" + i + "].measures", g.measures(), measures);
            }
        }
        for (int i = 0; i < parts.frameworks().size(); i++) {
            Framework fw = parts.frameworks().get(i);
            if (fw != null) {
                framework(r, "$.frameworks[" + i + "]", fw, themes, measures, groups);
            }
        }
        countingRules(r, parts, base, overlay, measures);
    }

    /**
     * Overlap families and part-of relations: unique family ids (an overlay's family replaces the base's of
     * that id), known measures, no measure in two families (the file's or the base's), no part-of cycle
     * through the file's and the base's relations.
     */
    private static void countingRules(Reading r, Parts parts, Catalogue base, boolean overlay,
                                      Predicate<MeasureId> measures) {
        unique(r, "overlap family", "$.overlapFamilies", parts.overlapFamilies(), OverlapFamily::id,
                id -> base.overlapFamilies().stream().anyMatch(x -> x.id().equals(id)), overlay);
        Set<String> own = ids(parts.overlapFamilies(), OverlapFamily::id);
        Map<MeasureId, String> familyOf = new HashMap<>();
        base.overlapFamilies().stream().filter(x -> !own.contains(x.id()))
                .forEach(x -> x.measures().forEach(m -> familyOf.put(m, x.id())));
        for (int i = 0; i < parts.overlapFamilies().size(); i++) {
            OverlapFamily fam = parts.overlapFamilies().get(i);
            if (fam == null) {
                continue;
            }
            String p = "$.overlapFamilies[" + i + "].measures";
            measureRefs(r, p, fam.measures(), measures);
            for (int j = 0; j < fam.measures().size(); j++) {
                String other = familyOf.putIfAbsent(fam.measures().get(j), fam.id());
                if (other != null && !other.equals(fam.id())) {
                    r.problem(p + "[" + j + "]", "measure '" + fam.measures().get(j) + "' is already in overlap family '"
                            + other + "': a measure belongs to at most one family");
                }
            }
        }
        Map<MeasureId, List<MeasureId>> wholes = new HashMap<>();
        Set<List<MeasureId>> pairs = new HashSet<>();
        base.partOf().forEach(x -> {
            wholes.computeIfAbsent(x.part(), k -> new java.util.ArrayList<>()).add(x.whole());
            pairs.add(List.of(x.part(), x.whole()));
        });
        for (int i = 0; i < parts.partOf().size(); i++) {
            PartOf rel = parts.partOf().get(i);
            if (rel == null) {
                continue;
            }
            String p = "$.partOf[" + i + "]";
            if (!measures.test(rel.part())) {
                r.problem(p + ".part", "unknown measure '" + rel.part() + "'");
            }
            if (!measures.test(rel.whole())) {
                r.problem(p + ".whole", "unknown measure '" + rel.whole() + "'");
            }
            if (!pairs.add(List.of(rel.part(), rel.whole())) && !overlay) {
                r.problem(p, "part-of relation '" + rel.part() + "' ⊂ '" + rel.whole() + "' is already declared");
                continue;
            }
            if (reaches(rel.whole(), rel.part(), wholes, new HashSet<>())) {
                r.problem(p, "part-of relation '" + rel.part() + "' ⊂ '" + rel.whole() + "' closes a cycle: '"
                        + rel.whole() + "' is already part of '" + rel.part() + "' (a measure cannot be part of itself)");
                continue;
            }
            wholes.computeIfAbsent(rel.part(), k -> new java.util.ArrayList<>()).add(rel.whole());
        }
    }

    /** Whether {@code from} is, through the relations, part of {@code to}. */
    private static boolean reaches(MeasureId from, MeasureId to, Map<MeasureId, List<MeasureId>> wholes,
                                   Set<MeasureId> seen) {
        if (from.equals(to)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (MeasureId w : wholes.getOrDefault(from, List.of())) {
            if (reaches(w, to, wholes, seen)) {
                return true;
            }
        }
        return false;
    }

    private static void framework(Reading r, String p, Framework fw, Predicate<ThemeId> themes,
                                  Predicate<MeasureId> measures, Predicate<PriorityGroupId> groups) {
        List<ThemeId> mandatory = fw.rules().mandatoryThemes();
        for (int j = 0; j < mandatory.size(); j++) {
            if (!themes.test(mandatory.get(j))) {
                r.problem(p + ".rules.mandatoryThemes[" + j + "]", "unknown theme '" + mandatory.get(j) + "'");
            }
        }
        for (int j = 0; j < fw.priorityGroups().size(); j++) {
            if (!groups.test(fw.priorityGroups().get(j))) {
                r.problem(p + ".priorityGroups[" + j + "]", "unknown priority group '" + fw.priorityGroups().get(j) + "'");
            }
        }
        Map<PriorityId, Priority> byId = new HashMap<>();
        Map<PriorityId, Integer> firstAt = new HashMap<>();
        for (int j = 0; j < fw.priorities().size(); j++) {
            Priority pr = fw.priorities().get(j);
            if (byId.putIfAbsent(pr.id(), pr) != null) {
                r.problem(p + ".priorities[" + j + "].id", "duplicate priority id '" + pr.id() + "' (first at "
                        + p + ".priorities[" + firstAt.get(pr.id()) + "])");
            } else {
                firstAt.put(pr.id(), j);
            }
        }
        // one linear pass over the parent chains (a chain of any depth is walked once)
        Map<PriorityId, ParentChains.Place> places = ParentChains.places(
                fw.priorities().stream().map(Priority::id).toList(),
                id -> byId.containsKey(id) ? byId.get(id).parent().orElse(null) : null);
        for (int j = 0; j < fw.priorities().size(); j++) {
            Priority pr = fw.priorities().get(j);
            String pp = p + ".priorities[" + j + "]";
            measureRefs(r, pp + ".measures", pr.measures(), measures);
            if (pr.parent().isPresent()) {
                PriorityId parent = pr.parent().get();
                if (!byId.containsKey(parent)) {
                    r.problem(pp + ".parent", "unknown parent priority '" + parent + "' in framework '" + fw.id() + "'");
                } else if (places.get(pr.id()) == ParentChains.Place.IN_CYCLE) {
                    r.problem(pp + ".parent", "priority '" + pr.id() + "' is its own ancestor");
                } else if (places.get(pr.id()) == ParentChains.Place.LEADS_INTO_CYCLE) {
                    r.problem(pp + ".parent", "priority '" + pr.id() + "' has a chain of parents that leads into a "
                            + "cycle (it never reaches a root)");
                }
            }
        }
    }


    private static void measureRefs(Reading r, String path, List<MeasureId> ids, Predicate<MeasureId> measures) {
        for (int j = 0; j < ids.size(); j++) {
            if (!measures.test(ids.get(j))) {
                r.problem(path + "[" + j + "]", "unknown measure '" + ids.get(j) + "'");
            }
        }
    }

    /** The ids of the elements that were read (a null is an element that had a problem). */
    private static <T, K> Set<K> ids(List<T> values, Function<T, K> id) {
        Set<K> out = new HashSet<>();
        for (T v : values) {
            if (v != null) {
                out.add(id.apply(v));
            }
        }
        return out;
    }

    private static <T, K> void unique(Reading r, String kind, String path, List<T> values, Function<T, K> id,
                                      Function<K, Boolean> inBase, boolean overlay) {
        Map<K, Integer> first = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            T v = values.get(i);
            if (v == null) {
                continue;
            }
            K key = id.apply(v);
            Integer at = first.putIfAbsent(key, i);
            if (at != null) {
                r.problem(path + "[" + i + "].id", "duplicate " + kind + " id '" + key + "' (first at " + path + "[" + at + "])");
            } else if (!overlay && inBase.apply(key)) {
                r.problem(path + "[" + i + "].id", kind + " '" + key + "' is already defined in the catalogue this file "
                        + "extends: read it as an overlay to replace it");
            }
        }
    }
}
