package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.UnknownIdException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * An immutable, validated catalogue of social value frameworks, themes, outcomes, measures and
 * priority groups, possibly from several frameworks at once, cross-referenced.
 *
 * <p>Built with {@link #builder()}; {@link Builder#build()} checks everything at once (unique ids, no
 * dangling reference from measure to outcome to theme to framework, from priority to measure, from
 * rules to themes, from overlap families and part-of relations to measures; no measure in two families, no
 * part-of cycle) and reports every problem in one {@link CatalogueValidationException} — a half-built
 * catalogue never exists. Iteration follows declaration order.
 *
 * <p><b>Counting rules.</b> Besides each measure's exclusive group (a per-person or per-pound rule, raised as
 * a warning), a catalogue declares {@linkplain #overlapFamilies() overlap families} (measures that count the
 * same outcome in different units) and {@linkplain #partOf() part-of relations} (a part's quantity is inside
 * its whole's), which a valuation uses to count each thing once.
 *
 * <p>Immutable and thread-safe; value equality over its contents in order.
 */
public final class Catalogue {
    private final Map<FrameworkId, Framework> frameworks;
    private final Map<ThemeId, Theme> themes;
    private final Map<OutcomeId, Outcome> outcomes;
    private final Map<MeasureId, Measure> measures;
    private final Map<PriorityGroupId, PriorityGroup> priorityGroups;
    private final List<Framework> frameworksList;
    private final List<Theme> themesList;
    private final List<Outcome> outcomesList;
    private final List<Measure> measuresList;
    private final List<PriorityGroup> priorityGroupsList;
    private final List<OverlapFamily> overlapFamilies;
    private final List<PartOf> partOf;
    private final Map<MeasureId, OverlapFamily> familyOfMeasure;
    /**
     * Lookup indexes, built on first use and published once through the final reference (a race may
     * build equal indexes twice; the first one published wins). Immutable once published.
     */
    private final AtomicReference<CatalogueIndexes> indexes = new AtomicReference<>();

    private Catalogue(Builder b) {
        this.frameworks = index(b.frameworks, Framework::id);
        this.themes = index(b.themes, Theme::id);
        this.outcomes = index(b.outcomes, Outcome::id);
        this.measures = index(b.measures, Measure::id);
        this.priorityGroups = index(b.priorityGroups, PriorityGroup::id);
        this.frameworksList = List.copyOf(frameworks.values());
        this.themesList = List.copyOf(themes.values());
        this.outcomesList = List.copyOf(outcomes.values());
        this.measuresList = List.copyOf(measures.values());
        this.priorityGroupsList = List.copyOf(priorityGroups.values());
        this.overlapFamilies = List.copyOf(index(b.overlapFamilies, OverlapFamily::id).values());
        this.partOf = List.copyOf(new LinkedHashSet<>(b.partOf));
        Map<MeasureId, OverlapFamily> family = new LinkedHashMap<>();
        overlapFamilies.forEach(f -> f.measures().forEach(m -> family.put(m, f)));
        this.familyOfMeasure = java.util.Collections.unmodifiableMap(family);
    }

    private CatalogueIndexes indexes() {
        CatalogueIndexes i = indexes.get();
        if (i == null) {
            indexes.compareAndSet(null,
                    new CatalogueIndexes(themesList, outcomesList, measuresList, themes, outcomes, measures));
            i = indexes.get();
        }
        return i;
    }

    private FrameworkIndex indexOf(Framework f) {
        return indexes().framework(f);
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> id) {
        Map<K, V> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(id.apply(v), v));
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this catalogue's contents, to extend or overlay it. Its {@link Builder#build()}
     * checks what is added against this catalogue and itself: this catalogue is valid already.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(this).addAll(this);
    }

    /** @return every framework, in declaration order */
    public List<Framework> frameworks() {
        return frameworksList;
    }

    /** @return every theme, in declaration order */
    public List<Theme> themes() {
        return themesList;
    }

    /** @return every outcome, in declaration order */
    public List<Outcome> outcomes() {
        return outcomesList;
    }

    /** @return every measure, in declaration order */
    public List<Measure> measures() {
        return measuresList;
    }

    /** @return every priority group, in declaration order */
    public List<PriorityGroup> priorityGroups() {
        return priorityGroupsList;
    }

    /**
     * The framework with this id.
     *
     * @param id the id
     * @return the framework, or empty
     */
    public Optional<Framework> framework(FrameworkId id) {
        return Optional.ofNullable(frameworks.get(Checks.notNull(id, "framework id")));
    }

    /**
     * The framework with this id.
     *
     * @param id the id
     * @return the framework
     * @throws UnknownIdException when there is none
     */
    public Framework requireFramework(FrameworkId id) {
        return framework(id).orElseThrow(() -> unknown("framework", id));
    }

    /**
     * The theme with this id.
     *
     * @param id the id
     * @return the theme, or empty
     */
    public Optional<Theme> theme(ThemeId id) {
        return Optional.ofNullable(themes.get(Checks.notNull(id, "theme id")));
    }

    /**
     * The theme with this id.
     *
     * @param id the id
     * @return the theme
     * @throws UnknownIdException when there is none
     */
    public Theme requireTheme(ThemeId id) {
        return theme(id).orElseThrow(() -> unknown("theme", id));
    }

    /**
     * The outcome with this id.
     *
     * @param id the id
     * @return the outcome, or empty
     */
    public Optional<Outcome> outcome(OutcomeId id) {
        return Optional.ofNullable(outcomes.get(Checks.notNull(id, "outcome id")));
    }

    /**
     * The outcome with this id.
     *
     * @param id the id
     * @return the outcome
     * @throws UnknownIdException when there is none
     */
    public Outcome requireOutcome(OutcomeId id) {
        return outcome(id).orElseThrow(() -> unknown("outcome", id));
    }

    /**
     * The measure with this id.
     *
     * @param id the id
     * @return the measure, or empty
     */
    public Optional<Measure> measure(MeasureId id) {
        return Optional.ofNullable(measures.get(Checks.notNull(id, "measure id")));
    }

    /**
     * The measure with this id.
     *
     * @param id the id
     * @return the measure
     * @throws UnknownIdException when there is none
     */
    public Measure requireMeasure(MeasureId id) {
        return measure(id).orElseThrow(() -> unknown("measure", id));
    }

    /**
     * The priority group with this id.
     *
     * @param id the id
     * @return the group, or empty
     */
    public Optional<PriorityGroup> priorityGroup(PriorityGroupId id) {
        return Optional.ofNullable(priorityGroups.get(Checks.notNull(id, "priority group id")));
    }

    /**
     * The priority group with this id.
     *
     * @param id the id
     * @return the group
     * @throws UnknownIdException when there is none
     */
    public PriorityGroup requirePriorityGroup(PriorityGroupId id) {
        return priorityGroup(id).orElseThrow(() -> unknown("priority group", id));
    }

    private UnknownIdException unknown(String kind, Object id) {
        return new UnknownIdException("unknown " + kind + " '" + id + "' in this catalogue");
    }

    /**
     * The outcome a measure serves.
     *
     * @param id the measure id
     * @return its outcome
     * @throws UnknownIdException when the measure is not in the catalogue
     */
    public Outcome outcomeOf(MeasureId id) {
        return outcomes.get(requireMeasure(id).outcome());
    }

    /**
     * The theme a measure falls under (through its outcome).
     *
     * @param id the measure id
     * @return its theme
     * @throws UnknownIdException when the measure is not in the catalogue
     */
    public Theme themeOf(MeasureId id) {
        Theme theme = indexes().themeByMeasure.get(Checks.notNull(id, "measure id"));
        if (theme == null) {
            throw unknown("measure", id);
        }
        return theme;
    }

    /**
     * The themes a framework owns, in declaration order.
     *
     * @param id the framework id
     * @return its themes (empty for a priority framework)
     * @throws UnknownIdException when the framework is not in the catalogue
     */
    public List<Theme> themesOf(FrameworkId id) {
        requireFramework(id);
        return indexes().themesByFramework.getOrDefault(id, List.of());
    }

    /**
     * The outcomes under a theme, in declaration order.
     *
     * @param id the theme id
     * @return the outcomes
     * @throws UnknownIdException when the theme is not in the catalogue
     */
    public List<Outcome> outcomesOf(ThemeId id) {
        requireTheme(id);
        return indexes().outcomesByTheme.getOrDefault(id, List.of());
    }

    /**
     * The measures serving an outcome, in declaration order.
     *
     * @param id the outcome id
     * @return the measures
     * @throws UnknownIdException when the outcome is not in the catalogue
     */
    public List<Measure> measuresOf(OutcomeId id) {
        requireOutcome(id);
        return indexes().measuresByOutcome.getOrDefault(id, List.of());
    }

    /**
     * The measures under a theme, in declaration order.
     *
     * @param id the theme id
     * @return the measures
     * @throws UnknownIdException when the theme is not in the catalogue
     */
    public List<Measure> measuresOfTheme(ThemeId id) {
        requireTheme(id);
        return indexes().measuresByTheme.getOrDefault(id, List.of());
    }

    /**
     * The measures carrying a tag, in declaration order.
     *
     * @param tag the tag
     * @return the measures
     */
    public List<Measure> measuresTagged(String tag) {
        Checks.notNull(tag, "tag");
        return indexes().measuresByTag.getOrDefault(tag, List.of());
    }

    /**
     * The sector tags in use: every tag some measure is {@linkplain Measure#sectors() limited to}, sorted
     * (by {@link String#compareTo}), each once. A contract profile's sector tags only make a difference
     * when they are among these (KPI selection warns of one that is not). Measures open to any sector add
     * none.
     *
     * @return the tags, sorted, unmodifiable; empty when no measure is limited to sectors
     */
    public List<String> sectors() {
        return indexes().sectors;
    }

    /**
     * The measures a framework offers: for a measure-owning framework, those under its themes in
     * declaration order; for a priority framework, those its priorities map onto, in priority order,
     * each once.
     *
     * @param id the framework id
     * @return the measures
     * @throws UnknownIdException when the framework is not in the catalogue
     */
    public List<Measure> measuresOfFramework(FrameworkId id) {
        return indexOf(requireFramework(id)).measures;
    }

    /**
     * The measures that serve a priority: its own, then those of its descendants, each once.
     *
     * @param framework the priority framework
     * @param priority the priority
     * @return the measures, in order
     * @throws UnknownIdException when the framework or the priority is unknown
     */
    public List<Measure> measuresServing(FrameworkId framework, PriorityId priority) {
        Framework f = requireFramework(framework);
        List<Measure> serving = indexOf(f).serving(Checks.notNull(priority, "priority id"));
        if (serving == null) {
            throw new UnknownIdException("unknown priority '" + priority + "' in framework '" + framework + "'");
        }
        return serving;
    }

    /**
     * The priorities of a framework that a measure serves directly, in priority order.
     *
     * @param framework the framework
     * @param measure the measure
     * @return the priorities
     * @throws UnknownIdException when the framework is unknown
     */
    public List<Priority> prioritiesServedBy(FrameworkId framework, MeasureId measure) {
        Checks.notNull(measure, "measure id");
        return indexOf(requireFramework(framework)).servedBy.getOrDefault(measure, List.of());
    }

    /**
     * The measures carrying another framework's code, e.g. {@code ("national-toms", "NT1", "NT2022")}.
     *
     * @param scheme the scheme id
     * @param code the code
     * @param edition the edition to match, or empty for any edition
     * @return the measures, in declaration order
     */
    public List<Measure> measuresWithCode(String scheme, String code, Optional<String> edition) {
        Checks.notNull(scheme, "scheme");
        Checks.notNull(code, "code");
        Checks.notNull(edition, "edition");
        return measures.values().stream()
                .filter(m -> m.crossReferences().stream().anyMatch(r -> r.matches(scheme, code, edition)))
                .toList();
    }

    /**
     * The overlap families: measures that count the same outcome in different units, so that a valuation
     * counts the family once.
     *
     * @return the families, in declaration order
     */
    public List<OverlapFamily> overlapFamilies() {
        return overlapFamilies;
    }

    /**
     * The family a measure belongs to.
     *
     * @param id the measure id
     * @return its family, or empty when it is in none
     */
    public Optional<OverlapFamily> overlapFamilyOf(MeasureId id) {
        return Optional.ofNullable(familyOfMeasure.get(Checks.notNull(id, "measure id")));
    }

    /**
     * The part-of relations: a part's quantity is counted inside its whole's, so that a valuation leaves the
     * part out of the totals when its whole is present.
     *
     * @return the relations, in declaration order (no cycle)
     */
    public List<PartOf> partOf() {
        return partOf;
    }

    /**
     * The measures a measure is directly part of.
     *
     * @param id the measure id
     * @return the wholes, in declaration order of the relations
     */
    public List<MeasureId> wholesOf(MeasureId id) {
        Checks.notNull(id, "measure id");
        return partOf.stream().filter(r -> r.part().equals(id)).map(PartOf::whole).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Catalogue c && frameworks().equals(c.frameworks()) && themes().equals(c.themes())
                && outcomes().equals(c.outcomes()) && measures().equals(c.measures())
                && priorityGroups().equals(c.priorityGroups()) && overlapFamilies.equals(c.overlapFamilies)
                && partOf.equals(c.partOf);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(frameworks(), themes(), outcomes(), measures(), priorityGroups(), overlapFamilies,
                partOf);
    }

    @Override
    public String toString() {
        return "Catalogue[" + frameworks.size() + " frameworks, " + themes.size() + " themes, " + outcomes.size()
                + " outcomes, " + measures.size() + " measures, " + priorityGroups.size() + " priority groups]";
    }

    /**
     * Collects a catalogue's parts in declaration order; {@link #build()} validates them all at once.
     * Not thread-safe; use one per thread.
     */
    public static final class Builder {
        private final List<Framework> frameworks = new ArrayList<>();
        private final List<Theme> themes = new ArrayList<>();
        private final List<Outcome> outcomes = new ArrayList<>();
        private final List<Measure> measures = new ArrayList<>();
        private final List<PriorityGroup> priorityGroups = new ArrayList<>();
        private final List<OverlapFamily> overlapFamilies = new ArrayList<>();
        private final List<PartOf> partOf = new ArrayList<>();
        /** The valid catalogue this builder started from ({@link Catalogue#toBuilder()}), or null. */
        @javax.annotation.Nullable
        private final Catalogue base;

        private Builder() {
            this(null);
        }

        private Builder(@javax.annotation.Nullable Catalogue base) {
            this.base = base;
        }

        /**
         * Adds a framework.
         *
         * @param value the framework
         * @return this builder
         */
        public Builder framework(Framework value) {
            frameworks.add(Checks.notNull(value, "framework"));
            return this;
        }

        /**
         * Adds a theme.
         *
         * @param value the theme
         * @return this builder
         */
        public Builder theme(Theme value) {
            themes.add(Checks.notNull(value, "theme"));
            return this;
        }

        /**
         * Adds an outcome.
         *
         * @param value the outcome
         * @return this builder
         */
        public Builder outcome(Outcome value) {
            outcomes.add(Checks.notNull(value, "outcome"));
            return this;
        }

        /**
         * Adds a measure.
         *
         * @param value the measure
         * @return this builder
         */
        public Builder measure(Measure value) {
            measures.add(Checks.notNull(value, "measure"));
            return this;
        }

        /**
         * Adds a priority group.
         *
         * @param value the group
         * @return this builder
         */
        public Builder priorityGroup(PriorityGroup value) {
            priorityGroups.add(Checks.notNull(value, "priority group"));
            return this;
        }

        /**
         * Adds an overlap family. Its members must be measures of the catalogue built, and no measure may be in
         * two families.
         *
         * @param value the family
         * @return this builder
         */
        public Builder overlapFamily(OverlapFamily value) {
            overlapFamilies.add(Checks.notNull(value, "overlap family"));
            return this;
        }

        /**
         * Adds a part-of relation. Both measures must be in the catalogue built, and the relations may form no
         * cycle.
         *
         * @param value the relation
         * @return this builder
         */
        public Builder partOf(PartOf value) {
            partOf.add(Checks.notNull(value, "part-of relation"));
            return this;
        }

        /**
         * Adds everything in a catalogue, after what this builder already holds.
         *
         * @param catalogue the catalogue
         * @return this builder
         */
        public Builder addAll(Catalogue catalogue) {
            Checks.notNull(catalogue, "catalogue");
            frameworks.addAll(catalogue.frameworks.values());
            themes.addAll(catalogue.themes.values());
            outcomes.addAll(catalogue.outcomes.values());
            measures.addAll(catalogue.measures.values());
            priorityGroups.addAll(catalogue.priorityGroups.values());
            overlapFamilies.addAll(catalogue.overlapFamilies);
            partOf.addAll(catalogue.partOf);
            return this;
        }

        /**
         * Validates everything at once and builds the catalogue. A builder made by
         * {@link Catalogue#toBuilder()} checks only what was added, against the catalogue it started from and
         * the additions: the elements it started from are valid, and adding elements cannot make them invalid,
         * so the problems are the ones checking everything would find.
         *
         * @return the catalogue
         * @throws CatalogueValidationException listing every problem, when there is any
         */
        public Catalogue build() {
            List<String> problems = base == null
                    ? CatalogueValidator.problems(frameworks, themes, outcomes, measures, priorityGroups)
                    : CatalogueValidator.problems(new CatalogueValidator.Base(base.frameworks, base.themes, base.outcomes,
                                    base.measures, base.priorityGroups),
                            added(frameworks, base.frameworks.size()), added(themes, base.themes.size()),
                            added(outcomes, base.outcomes.size()), added(measures, base.measures.size()),
                            added(priorityGroups, base.priorityGroups.size()));
            problems = new ArrayList<>(problems);
            Set<MeasureId> measureIds = new java.util.HashSet<>();
            measures.forEach(m -> measureIds.add(m.id()));
            problems.addAll(CountingRulesValidator.problems(measureIds, overlapFamilies, partOf));
            if (!problems.isEmpty()) {
                throw new CatalogueValidationException(problems);
            }
            return new Catalogue(this);
        }

        private static <T> List<T> added(List<T> all, int before) {
            return all.subList(before, all.size());
        }
    }
}
