package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.Samples;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties over 1,000 random valid catalogues per test (seeded: each sample is reproducible). */
@ExtendWith(InstancioExtension.class)
class CataloguePropertyTest {
    private static final int SAMPLES = 1000;

    private static List<Long> seeds() {
        return Samples.seeds(SAMPLES);
    }

    @Test
    @Seed(12345)
    void generatedCataloguesAreValidAndVaried() {
        int measures = 0;
        int priorities = 0;
        int withParent = 0;
        for (long seed : seeds()) {
            Catalogue c = RandomCatalogues.parts(seed).builder().build();
            measures += c.measures().size();
            for (Framework f : c.frameworks()) {
                priorities += f.priorities().size();
                withParent += (int) f.priorities().stream().filter(p -> p.parent().isPresent()).count();
            }
        }
        // the generator exercises the interesting shapes, not only empty catalogues
        assertTrue(measures > 5 * SAMPLES, "measures: " + measures);
        assertTrue(priorities > SAMPLES, "priorities: " + priorities);
        assertTrue(withParent > SAMPLES / 4, "child priorities: " + withParent);
    }

    @Test
    @Seed(12345)
    void aCatalogueRebuiltFromItsOwnPartsEqualsItself() {
        for (long seed : seeds()) {
            RandomCatalogues.Parts parts = RandomCatalogues.parts(seed);
            Catalogue c = parts.builder().build();
            String where = "seed " + seed;

            Catalogue viaToBuilder = c.toBuilder().build();
            assertEquals(c, viaToBuilder, where);
            assertEquals(c.hashCode(), viaToBuilder.hashCode(), where);

            Catalogue.Builder b = Catalogue.builder();
            c.frameworks().forEach(b::framework);
            c.themes().forEach(b::theme);
            c.outcomes().forEach(b::outcome);
            c.measures().forEach(b::measure);
            c.priorityGroups().forEach(b::priorityGroup);
            Catalogue viaParts = b.build();
            assertEquals(c, viaParts, where);
            assertEquals(c.hashCode(), viaParts.hashCode(), where);

            // iteration gives back exactly the parts, in declaration order
            assertEquals(parts.frameworks(), c.frameworks(), where);
            assertEquals(parts.measures(), c.measures(), where);
            assertEquals(c, RandomCatalogues.parts(seed).builder().build(), "same seed, same catalogue: " + where);
        }
    }

    @Test
    @Seed(12345)
    void everyMeasureLookupAgreesWithIteration() {
        for (long seed : seeds()) {
            Catalogue c = RandomCatalogues.parts(seed).builder().build();
            String where = "seed " + seed;
            int counted = 0;
            for (Outcome o : c.outcomes()) {
                counted += c.measuresOf(o.id()).size();
            }
            assertEquals(c.measures().size(), counted, "every measure under exactly one outcome: " + where);
            for (Measure m : c.measures()) {
                assertEquals(Optional.of(m), c.measure(m.id()), where);
                assertEquals(m, c.requireMeasure(m.id()), where);
                Outcome outcome = c.requireOutcome(m.outcome());
                assertEquals(outcome, c.outcomeOf(m.id()), where);
                Theme theme = c.requireTheme(outcome.theme());
                assertEquals(theme, c.themeOf(m.id()), where);
                assertTrue(c.measuresOf(outcome.id()).contains(m), where);
                assertTrue(c.measuresOfTheme(theme.id()).contains(m), where);
                assertTrue(c.outcomesOf(theme.id()).contains(outcome), where);
                assertTrue(c.themesOf(theme.framework()).contains(theme), where);
                assertTrue(c.measuresOfFramework(theme.framework()).contains(m), where);
                for (String tag : m.tags()) {
                    assertTrue(c.measuresTagged(tag).contains(m), where);
                }
                for (CrossReference r : m.crossReferences()) {
                    assertTrue(c.measuresWithCode(r.scheme(), r.code(), Optional.empty()).contains(m), where);
                    assertTrue(c.measuresWithCode(r.scheme(), r.code(), r.edition()).contains(m), where);
                }
            }
        }
    }

    @Test
    @Seed(12345)
    void filteredLookupsEqualFilteringTheIteration() {
        for (long seed : seeds()) {
            Catalogue c = RandomCatalogues.parts(seed).builder().build();
            String where = "seed " + seed;
            for (Theme t : c.themes()) {
                List<Measure> expected = c.measures().stream()
                        .filter(m -> c.requireOutcome(m.outcome()).theme().equals(t.id())).toList();
                assertEquals(expected, c.measuresOfTheme(t.id()), where);
            }
            Set<String> tags = new LinkedHashSet<>();
            c.measures().forEach(m -> tags.addAll(m.tags()));
            for (String tag : tags) {
                assertEquals(c.measures().stream().filter(m -> m.tags().contains(tag)).toList(),
                        c.measuresTagged(tag), where);
            }
            for (Framework f : c.frameworks()) {
                List<Measure> expected;
                if (f.kind() == FrameworkKind.MEASURES) {
                    expected = c.measures().stream().filter(m -> c.themeOf(m.id()).framework().equals(f.id())).toList();
                } else {
                    Set<MeasureId> ids = new LinkedHashSet<>();
                    f.priorities().forEach(p -> ids.addAll(p.measures()));
                    expected = ids.stream().map(c::requireMeasure).toList();
                }
                assertEquals(expected, c.measuresOfFramework(f.id()), where);
            }
        }
    }

    @Test
    @Seed(12345)
    void priorityLookupsAgreeWithTheHierarchy() {
        for (long seed : seeds()) {
            Catalogue c = RandomCatalogues.parts(seed).builder().build();
            String where = "seed " + seed;
            for (Framework f : c.frameworks()) {
                for (Priority p : f.priorities()) {
                    // the measures of p and of every descendant, found independently by walking up from each
                    Set<Measure> expected = new LinkedHashSet<>();
                    for (Priority q : f.priorities()) {
                        if (descendsFrom(f, q, p.id())) {
                            q.measures().forEach(m -> expected.add(c.requireMeasure(m)));
                        }
                    }
                    List<Measure> serving = c.measuresServing(f.id(), p.id());
                    assertEquals(expected, new LinkedHashSet<>(serving), where);
                    assertEquals(serving.size(), new LinkedHashSet<>(serving).size(), "each once: " + where);
                    assertEquals(p.measures().stream().distinct().map(c::requireMeasure).toList(),
                            serving.subList(0, (int) p.measures().stream().distinct().count()),
                            "own measures first: " + where);
                    for (MeasureId m : p.measures()) {
                        assertTrue(c.prioritiesServedBy(f.id(), m).contains(p), where);
                    }
                }
                for (Measure m : c.measures()) {
                    List<Priority> expected = new ArrayList<>();
                    f.priorities().stream().filter(p -> p.measures().contains(m.id())).forEach(expected::add);
                    assertEquals(expected, c.prioritiesServedBy(f.id(), m.id()), where);
                }
            }
            for (PriorityGroup g : c.priorityGroups()) {
                assertEquals(Optional.of(g), c.priorityGroup(g.id()), where);
                g.measures().forEach(m -> assertTrue(c.measure(m).isPresent(), where));
            }
        }
    }

    private static boolean descendsFrom(Framework f, Priority q, PriorityId ancestor) {
        Optional<Priority> at = Optional.of(q);
        while (at.isPresent()) {
            if (at.get().id().equals(ancestor)) {
                return true;
            }
            at = at.get().parent().flatMap(f::priority);
        }
        return false;
    }

    @Test
    @Seed(12345)
    void removingAReferencedMeasureIsReported() {
        int checked = 0;
        // about half the generated catalogues have a priority with a measure: draw until 1,000 of them are checked
        for (long seed : Samples.seeds(4 * SAMPLES)) {
            if (checked == SAMPLES) {
                break;
            }
            RandomCatalogues.Parts parts = RandomCatalogues.parts(seed);
            Catalogue c = parts.builder().build();
            Optional<Framework> f = c.frameworks().stream()
                    .filter(x -> x.priorities().stream().anyMatch(p -> !p.measures().isEmpty())).findFirst();
            if (f.isEmpty()) {
                continue;
            }
            Priority p = f.get().priorities().stream().filter(x -> !x.measures().isEmpty()).findFirst().orElseThrow();
            MeasureId gone = p.measures().get(0);
            Catalogue.Builder b = Catalogue.builder();
            c.frameworks().forEach(b::framework);
            c.themes().forEach(b::theme);
            c.outcomes().forEach(b::outcome);
            c.measures().stream().filter(m -> !m.id().equals(gone)).forEach(b::measure);
            c.priorityGroups().forEach(b::priorityGroup);
            var e = org.junit.jupiter.api.Assertions.assertThrows(CatalogueValidationException.class, b::build);
            String expected = "framework '" + f.get().id() + "' priority '" + p.id() + "' points at unknown measure '"
                    + gone + "'";
            assertTrue(e.problems().contains(expected), () -> expected + " not in " + e.problems());
            checked++;
        }
        assertEquals(SAMPLES, checked);
    }
}
