package io.github.svtoms.core.catalogue;

import static io.github.svtoms.core.catalogue.Fixtures.APPRENTICE_WEEKS;
import static io.github.svtoms.core.catalogue.Fixtures.CARE_LEAVER_HIRES;
import static io.github.svtoms.core.catalogue.Fixtures.CO2_SAVED;
import static io.github.svtoms.core.catalogue.Fixtures.LOCAL_EMPLOYMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.svtoms.core.InvalidValueException;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Overlap families and part-of relations: typed, validated, looked up. */
class CountingRulesTest {
    private static final MeasureId UNKNOWN = MeasureId.of("no-such-measure");

    @Test
    void familiesAndRelationsAreKeptAndLookedUp() {
        OverlapFamily f = new OverlapFamily("carbon", List.of(CO2_SAVED, APPRENTICE_WEEKS), "the same tonnes");
        PartOf p = new PartOf(CARE_LEAVER_HIRES, LOCAL_EMPLOYMENT, "a subset");
        Catalogue c = Fixtures.catalogue().toBuilder().overlapFamily(f).partOf(p).build();
        assertEquals(List.of(f), c.overlapFamilies());
        assertEquals(Optional.of(f), c.overlapFamilyOf(APPRENTICE_WEEKS));
        assertEquals(Optional.empty(), c.overlapFamilyOf(LOCAL_EMPLOYMENT));
        assertEquals(List.of(p), c.partOf());
        assertEquals(List.of(LOCAL_EMPLOYMENT), c.wholesOf(CARE_LEAVER_HIRES));
        assertEquals(List.of(), c.wholesOf(LOCAL_EMPLOYMENT));
        assertEquals(c, c.toBuilder().build(), "the rules survive a copy");
        assertTrue(!c.equals(Fixtures.catalogue()), "the rules take part in equality");
    }

    @Test
    void eachPartIsCheckedOnItsOwn() {
        assertThrows(InvalidValueException.class, () -> new OverlapFamily("one", List.of(CO2_SAVED), "x"));
        assertThrows(InvalidValueException.class, () -> new OverlapFamily("twice", List.of(CO2_SAVED, CO2_SAVED), "x"));
        assertThrows(InvalidValueException.class, () -> new OverlapFamily("Bad Id", List.of(CO2_SAVED, APPRENTICE_WEEKS), "x"));
        assertThrows(InvalidValueException.class, () -> new OverlapFamily("f", List.of(CO2_SAVED, APPRENTICE_WEEKS), " "));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new PartOf(CO2_SAVED, CO2_SAVED, "itself"));
        assertTrue(e.getMessage().contains("co2-saved"), e.getMessage());
    }

    @Test
    void theCatalogueRefusesUnknownMeasuresTwoFamiliesAndCycles() {
        CatalogueValidationException e = assertThrows(CatalogueValidationException.class, () -> Fixtures.catalogue()
                .toBuilder()
                .overlapFamily(new OverlapFamily("a", List.of(CO2_SAVED, UNKNOWN), "x"))
                .overlapFamily(new OverlapFamily("b", List.of(CO2_SAVED, APPRENTICE_WEEKS), "x"))
                .partOf(new PartOf(LOCAL_EMPLOYMENT, CARE_LEAVER_HIRES, "x"))
                .partOf(new PartOf(CARE_LEAVER_HIRES, APPRENTICE_WEEKS, "x"))
                .partOf(new PartOf(APPRENTICE_WEEKS, LOCAL_EMPLOYMENT, "x"))
                .build());
        List<String> problems = e.problems();
        assertTrue(problems.contains("overlap family 'a' lists unknown measure 'no-such-measure'"), problems.toString());
        assertTrue(problems.contains("measure 'co2-saved' is in overlap families 'a' and 'b': a measure belongs to at most"
                + " one family"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("part-of relations form a cycle: local-employment ⊂ "
                + "care-leaver-hires ⊂ apprentice-weeks ⊂ local-employment")), problems.toString());
        assertEquals(3, problems.size(), problems.toString());
    }

    @Test
    void aChainWithoutACycleIsAccepted() {
        Catalogue c = Fixtures.catalogue().toBuilder()
                .partOf(new PartOf(CARE_LEAVER_HIRES, LOCAL_EMPLOYMENT, "x"))
                .partOf(new PartOf(LOCAL_EMPLOYMENT, APPRENTICE_WEEKS, "x"))
                .partOf(new PartOf(CARE_LEAVER_HIRES, APPRENTICE_WEEKS, "x"))
                .build();
        assertEquals(3, c.partOf().size());
    }
}
