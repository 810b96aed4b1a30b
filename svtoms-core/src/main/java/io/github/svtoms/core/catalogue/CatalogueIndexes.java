package io.github.svtoms.core.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The lookup indexes of a {@link Catalogue}, so that its queries do not scan every measure: themes by
 * framework, outcomes by theme, measures by outcome, by theme and by tag, each measure's theme, the sector
 * tags in use, and per
 * framework (built on first use) a {@link FrameworkIndex}. Every list keeps declaration order. Immutable
 * apart from the per-framework cache, a concurrent map of immutable values; thread-safe.
 */
final class CatalogueIndexes {
    final Map<FrameworkId, List<Theme>> themesByFramework;
    final Map<ThemeId, List<Outcome>> outcomesByTheme;
    final Map<OutcomeId, List<Measure>> measuresByOutcome;
    final Map<ThemeId, List<Measure>> measuresByTheme;
    final Map<MeasureId, Theme> themeByMeasure;
    final Map<String, List<Measure>> measuresByTag;
    /** The sector tags measures are limited to, sorted, each once. */
    final List<String> sectors;
    private final List<Measure> measures;
    private final Map<MeasureId, Measure> measuresById;
    private final ConcurrentMap<FrameworkId, FrameworkIndex> frameworks = new ConcurrentHashMap<>();

    CatalogueIndexes(List<Theme> themes, List<Outcome> outcomes, List<Measure> measures,
                     Map<ThemeId, Theme> themesById, Map<OutcomeId, Outcome> outcomesById,
                     Map<MeasureId, Measure> measuresById) {
        this.measures = measures;
        this.measuresById = measuresById;
        this.themesByFramework = group(themes, Theme::framework);
        this.outcomesByTheme = group(outcomes, Outcome::theme);
        this.measuresByOutcome = group(measures, Measure::outcome);
        this.measuresByTheme = group(measures, m -> outcomesById.get(m.outcome()).theme());
        Map<MeasureId, Theme> themeOf = new HashMap<>();
        Map<String, List<Measure>> tagged = new HashMap<>();
        for (Measure m : measures) {
            themeOf.put(m.id(), themesById.get(outcomesById.get(m.outcome()).theme()));
            for (String tag : m.tags()) {
                tagged.computeIfAbsent(tag, k -> new ArrayList<>()).add(m);
            }
        }
        this.themeByMeasure = Collections.unmodifiableMap(themeOf);
        this.measuresByTag = freeze(tagged);
        Set<String> sectorTags = new TreeSet<>();
        measures.forEach(m -> sectorTags.addAll(m.sectors()));
        this.sectors = List.copyOf(sectorTags);
    }

    /**
     * The indexes of one framework of the catalogue, built on first use.
     *
     * @param f the framework
     * @return its indexes
     */
    FrameworkIndex framework(Framework f) {
        FrameworkIndex index = frameworks.get(f.id());
        if (index == null) {
            index = new FrameworkIndex(f, measures, measuresById, themeByMeasure);
            FrameworkIndex raced = frameworks.putIfAbsent(f.id(), index);
            if (raced != null) {
                index = raced;
            }
        }
        return index;
    }

    /** Groups values by a key, each group in the values' order; the result and its lists are unmodifiable. */
    private static <K, V> Map<K, List<V>> group(List<V> values, Function<V, K> key) {
        Map<K, List<V>> map = new HashMap<>();
        for (V v : values) {
            map.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v);
        }
        return freeze(map);
    }

    /**
     * @param map groups being built
     * @return an unmodifiable copy with unmodifiable lists
     */
    static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
        Map<K, List<V>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }
}
