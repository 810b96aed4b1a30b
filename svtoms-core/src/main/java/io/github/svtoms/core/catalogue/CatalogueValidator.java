package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.ParentChains;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Checks a catalogue's parts as a whole and lists every problem. Stateless. */
final class CatalogueValidator {
    private static final Base NONE = new Base(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    private CatalogueValidator() {
    }

    /**
     * The elements of a valid catalogue, by id, that the checked parts are added to.
     *
     * @param frameworks frameworks by id
     * @param themes themes by id
     * @param outcomes outcomes by id
     * @param measures measures by id
     * @param groups priority groups by id
     */
    record Base(Map<FrameworkId, Framework> frameworks, Map<ThemeId, Theme> themes, Map<OutcomeId, Outcome> outcomes,
                Map<MeasureId, Measure> measures, Map<PriorityGroupId, PriorityGroup> groups) {
    }

    static List<String> problems(List<Framework> frameworks, List<Theme> themes, List<Outcome> outcomes,
                                 List<Measure> measures, List<PriorityGroup> groups) {
        return problems(NONE, frameworks, themes, outcomes, measures, groups);
    }

    /**
     * The problems of parts added to a valid base: every rule is checked on every added element, each
     * reference resolved in the base and the additions, and an id the base already has is a duplicate.
     * The base's own elements are not checked again: they were valid, and additions cannot break them.
     */
    static List<String> problems(Base base, List<Framework> frameworks, List<Theme> themes, List<Outcome> outcomes,
                                 List<Measure> measures, List<PriorityGroup> groups) {
        List<String> problems = new ArrayList<>();
        Map<FrameworkId, Framework> fw = unique("framework", base.frameworks(), frameworks, Framework::id, problems);
        Map<ThemeId, Theme> th = unique("theme", base.themes(), themes, Theme::id, problems);
        Map<OutcomeId, Outcome> oc = unique("outcome", base.outcomes(), outcomes, Outcome::id, problems);
        Map<MeasureId, Measure> ms = unique("measure", base.measures(), measures, Measure::id, problems);
        Map<PriorityGroupId, PriorityGroup> pg = unique("priority group", base.groups(), groups, PriorityGroup::id,
                problems);

        for (Theme t : themes) {
            Framework f = fw.get(t.framework());
            if (f == null) {
                problems.add("theme '" + t.id() + "' belongs to unknown framework '" + t.framework() + "'");
            } else if (f.kind() != FrameworkKind.MEASURES) {
                problems.add("theme '" + t.id() + "' belongs to framework '" + t.framework()
                        + "', which is a priority framework: only measure-owning frameworks own themes");
            }
        }
        for (Outcome o : outcomes) {
            if (!th.containsKey(o.theme())) {
                problems.add("outcome '" + o.id() + "' belongs to unknown theme '" + o.theme() + "'");
            }
        }
        for (Measure m : measures) {
            if (!oc.containsKey(m.outcome())) {
                problems.add("measure '" + m.id() + "' serves unknown outcome '" + m.outcome() + "'");
            }
        }
        for (PriorityGroup g : groups) {
            for (MeasureId id : g.measures()) {
                if (!ms.containsKey(id)) {
                    problems.add("priority group '" + g.id() + "' points at unknown measure '" + id + "'");
                }
            }
        }
        for (Framework f : frameworks) {
            checkFramework(f, th, ms, pg, problems);
        }
        checkFamilies(frameworks, fw, problems);
        return problems;
    }

    /**
     * A family's editions are chosen by date: each needs a period, no two may start on the same day, and a
     * family id must not also be a framework id (a request naming it would be ambiguous).
     */
    private static void checkFamilies(List<Framework> frameworks, Map<FrameworkId, Framework> byId,
                                      List<String> problems) {
        Map<FrameworkId, Map<java.time.LocalDate, FrameworkId>> starts = new LinkedHashMap<>();
        Set<FrameworkId> reported = new HashSet<>();
        for (Framework f : frameworks) {
            if (f.family().isEmpty()) {
                continue;
            }
            FrameworkId family = f.family().get();
            if (byId.containsKey(family) && reported.add(family)) {
                problems.add("family id '" + family + "' of framework '" + f.id() + "' is also a framework id:"
                        + " a family id must differ from every framework id");
            }
            if (f.period().isEmpty()) {
                problems.add("framework '" + f.id() + "' is an edition of family '" + family + "' but has no period:"
                        + " a family's editions are chosen by the procurement's commencement date");
                continue;
            }
            java.time.LocalDate from = f.period().get().from();
            FrameworkId other = starts.computeIfAbsent(family, k -> new LinkedHashMap<>()).putIfAbsent(from, f.id());
            if (other != null && !other.equals(f.id())) {
                problems.add("frameworks '" + other + "' and '" + f.id() + "' of family '" + family + "' both start on "
                        + from + ": the edition in force on a date would be ambiguous");
            }
        }
    }

    private static void checkFramework(Framework f, Map<ThemeId, Theme> themes, Map<MeasureId, Measure> measures,
                                       Map<PriorityGroupId, PriorityGroup> groups, List<String> problems) {
        String where = "framework '" + f.id() + "'";
        if (f.kind() == FrameworkKind.MEASURES && !f.priorities().isEmpty()) {
            problems.add(where + " owns measures but lists priorities: only priority frameworks have priorities");
        }
        for (ThemeId t : f.rules().mandatoryThemes()) {
            if (!themes.containsKey(t)) {
                problems.add(where + " makes unknown theme '" + t + "' mandatory");
            }
        }
        for (PriorityGroupId g : f.priorityGroups()) {
            if (!groups.containsKey(g)) {
                problems.add(where + " uses unknown priority group '" + g + "'");
            }
        }
        Map<PriorityId, Priority> byId = unique(where + " priority", Map.of(), f.priorities(), Priority::id, problems);
        // one linear pass over the parent chains: a priority on a cycle is its own ancestor; one whose chain
        // merely runs into a cycle is not (the cycle is reported on its members)
        Map<PriorityId, ParentChains.Place> places = ParentChains.places(
                f.priorities().stream().map(Priority::id).toList(),
                id -> byId.containsKey(id) ? byId.get(id).parent().orElse(null) : null);
        for (Priority p : f.priorities()) {
            for (MeasureId m : p.measures()) {
                if (!measures.containsKey(m)) {
                    problems.add(where + " priority '" + p.id() + "' points at unknown measure '" + m + "'");
                }
            }
            p.parent().ifPresent(parent -> {
                if (!byId.containsKey(parent)) {
                    problems.add(where + " priority '" + p.id() + "' has unknown parent '" + parent + "'");
                } else if (places.get(p.id()) == ParentChains.Place.IN_CYCLE) {
                    problems.add(where + " priority '" + p.id() + "' is its own ancestor");
                }
            });
        }
    }


    /**
     * The base's elements and the added ones by id (the first with an id wins), reporting each id given
     * more than once, once.
     */
    private static <K, V> Map<K, V> unique(String kind, Map<K, V> base, List<V> values, Function<V, K> id,
                                           List<String> problems) {
        Map<K, V> map = new LinkedHashMap<>(base);
        Map<K, Integer> reported = new HashMap<>();
        for (V v : values) {
            K key = id.apply(v);
            if (map.putIfAbsent(key, v) != null && reported.merge(key, 1, Integer::sum) == 1) {
                problems.add("duplicate " + kind + " id '" + key + "'");
            }
        }
        return map;
    }
}
