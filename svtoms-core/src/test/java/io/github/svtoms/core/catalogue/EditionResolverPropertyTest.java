package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.Samples;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the edition resolver over 1,000 random families of dated editions (seeded). */
@ExtendWith(InstancioExtension.class)
class EditionResolverPropertyTest {
    static final FrameworkId FAMILY = FrameworkId.of("family");
    static final LocalDate ORIGIN = LocalDate.of(2020, 1, 1);

    @Test
    @Seed(4242)
    void theResolverNeverPicksAnEditionWhosePeriodExcludesTheDate() {
        int found = 0;
        int transitions = 0;
        int none = 0;
        for (long seed : Samples.seeds(1000)) {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(4);
            List<Framework> editions = new ArrayList<>();
            Set<LocalDate> starts = new HashSet<>();
            Catalogue.Builder b = Catalogue.builder();
            for (int i = 0; i < n; i++) {
                LocalDate from;
                do {
                    from = ORIGIN.plusDays(r.nextInt(3000));
                } while (!starts.add(from));
                Optional<LocalDate> to = r.nextInt(4) == 0 ? Optional.empty() : Optional.of(from.plusDays(r.nextInt(1500)));
                Framework f = Framework.ofPriorities(FrameworkId.of("family-" + i), "Edition " + i, "p", "e",
                        FrameworkRules.NONE, List.of()).withEdition(FAMILY, new FrameworkPeriod(from, to));
                editions.add(f);
                b.framework(f);
            }
            Catalogue c = b.build();
            for (int k = 0; k < 5; k++) {
                LocalDate date = ORIGIN.plusDays(r.nextInt(5000) - 500);
                EditionResolution res = EditionResolver.resolve(c, FAMILY, date);
                List<Framework> containing = editions.stream().filter(f -> f.period().orElseThrow().contains(date)).toList();
                String where = "seed " + seed + ", date " + date;
                if (containing.isEmpty()) {
                    assertFalse(res.found(), where);
                    none++;
                    continue;
                }
                Framework chosen = res.require();
                found++;
                assertTrue(chosen.period().orElseThrow().contains(date), where);
                LocalDate latest = containing.stream().map(f -> f.period().orElseThrow().from()).max(LocalDate::compareTo)
                        .orElseThrow();
                assertEquals(latest, chosen.period().orElseThrow().from(), where);
                assertEquals(containing.size() - 1, res.alsoInForce().size(), where);
                for (FrameworkId other : res.alsoInForce()) {
                    assertTrue(c.requireFramework(other).appliesOn(date), where);
                }
                if (!res.alsoInForce().isEmpty()) {
                    transitions++;
                }
                // naming the chosen edition itself gives the same edition
                assertEquals(chosen, EditionResolver.resolve(c, chosen.id(), date).require(), where);
            }
        }
        // the samples exercise every case
        assertTrue(found > 1000, "found " + found);
        assertTrue(transitions > 100, "transitions " + transitions);
        assertTrue(none > 100, "none " + none);
    }
}
