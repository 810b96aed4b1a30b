package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.ParentChains;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.svtoms.core.catalogue.Fixtures.LOCAL_EMPLOYMENT;
import static io.github.svtoms.core.catalogue.Fixtures.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A deep chain of parent priorities is checked in one linear pass and indexed without recursion: before,
 * each priority walked its whole chain (a 10,000-deep chain took 5 s and 50,000 never finished) and the
 * serving index recursed once per level (a stack overflow at 50,000).
 */
class DeepPriorityChainTest {
    private static final int DEPTH = 50_000;
    private static final FrameworkId DEEP = FrameworkId.of("deep");

    private static Priority priority(int i, Integer parent, List<MeasureId> measures) {
        return new Priority(PriorityId.of("p" + i), "P" + i, "",
                parent == null ? Optional.empty() : Optional.of(PriorityId.of("p" + parent)), measures);
    }

    @Test
    void aFiftyThousandDeepChainIsValidAndItsRootIsServedByTheDeepestMeasure() {
        List<Priority> chain = new ArrayList<>();
        for (int i = 0; i < DEPTH; i++) {
            chain.add(priority(i, i == 0 ? null : i - 1, i == DEPTH - 1 ? List.of(LOCAL_EMPLOYMENT) : List.of()));
        }
        Catalogue c = builder().framework(Framework.ofPriorities(DEEP, "Deep", "Someone", "1", FrameworkRules.NONE, chain))
                .build();
        // the only measure is on the deepest priority, so the root and the deepest are served by it alone
        assertEquals(List.of(LOCAL_EMPLOYMENT), c.measuresServing(DEEP, PriorityId.of("p0")).stream().map(Measure::id).toList());
        assertEquals(List.of(LOCAL_EMPLOYMENT),
                c.measuresServing(DEEP, PriorityId.of("p" + (DEPTH - 1))).stream().map(Measure::id).toList());
    }

    @Test
    void aDeepTailIntoACycleIsNotItsOwnAncestorButTheCycleIs() {
        // p0 -> p1 -> ... -> p(DEPTH-1) -> c1 <-> c2: the tail leads into the cycle, only c1 and c2 are on it
        List<Priority> ps = new ArrayList<>();
        for (int i = 0; i < DEPTH; i++) {
            ps.add(new Priority(PriorityId.of("p" + i), "P", "", Optional.of(PriorityId.of(i == DEPTH - 1 ? "c1" : "p" + (i + 1))),
                    List.of()));
        }
        ps.add(new Priority(PriorityId.of("c1"), "C1", "", Optional.of(PriorityId.of("c2")), List.of()));
        ps.add(new Priority(PriorityId.of("c2"), "C2", "", Optional.of(PriorityId.of("c1")), List.of()));
        var e = assertThrows(CatalogueValidationException.class, () -> builder()
                .framework(Framework.ofPriorities(DEEP, "Deep", "Someone", "1", FrameworkRules.NONE, ps)).build());
        assertEquals(List.of("framework 'deep' priority 'c1' is its own ancestor",
                "framework 'deep' priority 'c2' is its own ancestor"), e.problems());
    }

    @Test
    void placesAreFoundForCyclesTailsAndChainsEndingAtAnUnknownParent() {
        // a -> b -> c -> b (cycle b, c; a leads into it); r <- s (acyclic); x -> ghost (unknown parent ends it);
        // t -> a (a tail into a tail into the cycle)
        Map<String, String> parent = new java.util.HashMap<>(Map.of("a", "b", "b", "c", "c", "b", "s", "r",
                "x", "ghost", "t", "a"));
        Map<String, ParentChains.Place> places = ParentChains.places(List.of("t", "a", "b", "c", "r", "s", "x"), parent::get);
        assertEquals(Map.of("a", ParentChains.Place.LEADS_INTO_CYCLE, "t", ParentChains.Place.LEADS_INTO_CYCLE,
                "b", ParentChains.Place.IN_CYCLE, "c", ParentChains.Place.IN_CYCLE, "r", ParentChains.Place.ACYCLIC,
                "s", ParentChains.Place.ACYCLIC, "x", ParentChains.Place.ACYCLIC), places);
        // the same relation, nodes in another order: the same places
        assertEquals(places, ParentChains.places(List.of("x", "s", "r", "c", "b", "a", "t"), parent::get));
        // a node that is its own parent is on a cycle of one
        assertEquals(Map.of("z", ParentChains.Place.IN_CYCLE), ParentChains.places(List.of("z"), k -> "z"));
    }
}
