package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code known-sectors} check: unknown tags named, close matches suggested. */
class SectorCheckTest {
    private static final List<String> IN_USE = List.of("construction", "criminal-justice", "facilities-management",
            "health", "housing", "social-care");

    private static RuleCheck check(String... sectors) {
        return SectorCheck.check(List.of(sectors), IN_USE, Set.copyOf(IN_USE));
    }

    @Test
    void passesWithKnownTagsOrNone() {
        assertEquals(new RuleCheck("known-sectors", true, "no sector tags given: measures limited to sectors do not"
                + " apply"), check());
        assertEquals(new RuleCheck("known-sectors", true, "every sector tag is used by a measure of the catalogue:"
                + " social-care, health"), check("social-care", "health"));
    }

    @Test
    void namesEachUnknownTagWithCloseMatches() {
        RuleCheck c = check("health", "care", "facilites-management", "catering");
        assertFalse(c.passed());
        // 'care' is inside 'social-care'; 'facilites-management' is one letter from 'facilities-management';
        // 'catering' is 6 or more edits from every tag (more than 8 / 3 = 2)
        assertEquals("sectors 'care' (did you mean 'social-care'?), 'facilites-management' (did you mean"
                + " 'facilities-management'?), 'catering' (no close match) are used by no measure of the catalogue,"
                + " so they make no measure relevant; sectors in use: construction, criminal-justice,"
                + " facilities-management, health, housing, social-care", c.detail());
    }

    @Test
    void closeMatchesContainingComeFirstThenByDistance() {
        // 'house' is in no tag; 'housing' is 3 edits away (e → i, + n, + g) — beyond 5 / 3 = 1
        assertEquals(List.of(), SectorCheck.closeMatches("house", IN_USE));
        // 'housin' is 1 edit from 'housing' (within 6 / 3 = 2)
        assertEquals(List.of("housing"), SectorCheck.closeMatches("housin", IN_USE));
        // 'health-care' contains 'health' and is contained by nothing: 'health' first; 'social-care' is 5 edits away
        assertEquals(List.of("health"), SectorCheck.closeMatches("health-care", IN_USE));
        // at most three suggestions, alphabetical among equals
        List<String> many = List.of("care-a", "care-b", "care-c", "care-d");
        assertEquals(List.of("care-a", "care-b", "care-c"), SectorCheck.closeMatches("care", many));
        assertEquals(0, SectorCheck.distance("care", "care"));
        assertEquals(7, SectorCheck.distance("care", "social-care"));
        assertEquals(3, SectorCheck.distance("kitten", "sitting"));
        assertEquals(6, SectorCheck.distance("", "health"));
    }

    @Test
    void aLongListOfTagsInUseIsCut() {
        List<String> inUse = IntStream.rangeClosed(1, 15).mapToObj(i -> "sector-" + (char) ('a' + i)).toList();
        RuleCheck c = SectorCheck.check(List.of("zzzzzzzzzz"), inUse, Set.copyOf(inUse));
        assertTrue(c.detail().endsWith("sectors in use: sector-b, sector-c, sector-d, sector-e, sector-f, sector-g,"
                + " sector-h, sector-i, sector-j, sector-k, sector-l, sector-m and 3 more (Catalogue.sectors())"),
                c.detail());
        RuleCheck none = SectorCheck.check(List.of("care"), List.of(), Set.of());
        assertEquals("sector 'care' (no close match) is used by no measure of the catalogue, so it makes no measure"
                + " relevant; no measure of the catalogue is limited to a sector", none.detail());
    }

    @Test
    void theSelectionCarriesTheCheck() {
        Catalogue catalogue = TestCatalogues.catalogue();
        KpiSelection s = new KpiSelector(catalogue).select(ContractProfile.builder().framework(TestCatalogues.KENT)
                .value(Money.of("1000000.00", "GBP")).category(ContractCategory.SERVICES).sectors("care", "construction")
                .build());
        RuleCheck c = s.check("known-sectors").orElseThrow();
        assertFalse(c.passed());
        assertEquals(List.of(c), s.failedChecks());
        assertTrue(c.detail().startsWith("sector 'care' (did you mean 'social-care'?) is used by no measure"), c.detail());
        // 'care' matched nothing: the social-care measure is not relevant
        assertTrue(s.exclusion(TestCatalogues.m("community-care-visits")).orElseThrow().reason().startsWith("not relevant"));
    }

    @Test
    void boundaries() {
        // exactly twelve tags in use are all listed, with nothing "more"
        List<String> twelve = IntStream.rangeClosed(1, 12).mapToObj(i -> "sector-" + (char) ('a' + i)).toList();
        assertTrue(SectorCheck.check(List.of("zzzzzzzzzz"), twelve, Set.copyOf(twelve)).detail()
                .endsWith("sector-l, sector-m"));
        // an edit distance equal to the limit is close: 'hxxlth' is 2 edits from 'health', limit 6 / 3 = 2
        assertEquals(List.of("health"), SectorCheck.closeMatches("hxxlth", IN_USE));
        assertEquals(List.of(), SectorCheck.closeMatches("hxxxth", IN_USE)); // 3 edits
        // a tag containing the unknown one comes before a closer one that does not
        assertEquals(List.of("social-care", "cars"), SectorCheck.closeMatches("care", List.of("cars", "social-care")));
        // among the rest, nearer first, whatever the alphabet says
        assertEquals(List.of("zbcdef", "abcdxy"), SectorCheck.closeMatches("abcdef", List.of("abcdxy", "zbcdef")));
    }
}
