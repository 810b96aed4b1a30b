package io.github.svtoms.ocds;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.Measure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled CPV sector table: its tags are exactly those the bundled measures use, and the longest row wins. */
class CpvSectorTableTest {
    private static final CpvSectorTable TABLE = CpvSectorTable.standard();

    private static List<String> tags(String code) {
        return TABLE.rowFor(code).map(CpvSectorTable.Row::sectors).orElse(List.of());
    }

    @Test
    void theTagsAreThoseOfTheBundledMeasures() {
        Set<String> used = new TreeSet<>();
        for (Measure m : Bundled.catalogue().measures()) {
            used.addAll(m.sectors());
        }
        assertEquals(used, new TreeSet<>(TABLE.sectorTags()));
        assertEquals(Set.of("catering", "criminal-justice", "facilities-management", "grounds-maintenance", "health",
                "housing", "social-care"), used);
    }

    @Test
    void rowsAreWellFormed() {
        assertEquals(22, TABLE.rows().size());
        for (CpvSectorTable.Row r : TABLE.rows()) {
            assertTrue(r.code().startsWith(r.prefix()), r.code());
            assertTrue(r.code().substring(r.prefix().length()).chars().allMatch(c -> c == '0'), r.code());
            assertEquals(r, TABLE.rowFor(r.code()).orElseThrow());
        }
        assertEquals("853", new CpvSectorTable.Row("85300000", List.of(), "x").prefix());
        assertEquals("451127", new CpvSectorTable.Row("45112700", List.of(), "x").prefix());
        assertEquals("10", new CpvSectorTable.Row("10000000", List.of(), "x").prefix());
    }

    @Test
    void theLongestRowWins() {
        assertEquals(List.of("health", "social-care"), tags("85000000"));
        assertEquals(List.of("health"), tags("85121000"));
        assertEquals(List.of(), tags("85210000")); // veterinary services: a row with no tag
        assertEquals(Optional.of("85200000"), TABLE.rowFor("85210000").map(CpvSectorTable.Row::code));
        assertEquals(List.of("social-care"), tags("85311000-2")); // a check digit is allowed
        assertEquals(List.of("housing"), tags("70333000"));
        assertEquals(List.of("facilities-management"), tags("70332000"));
        assertEquals(List.of("facilities-management"), tags("50720000")); // under 50700000
        assertEquals(List.of(), tags("50100000"));
        assertEquals(List.of(), tags("33700000"));
        assertEquals(List.of("health"), tags("33141000"));
        assertEquals(Optional.empty(), TABLE.rowFor("45000000"));
    }

    @Test
    void codesAndRowsAreChecked() {
        assertTrue(CpvSectorTable.isCpvCode("45421100-5"));
        assertFalse(CpvSectorTable.isCpvCode("4542110"));
        assertFalse(CpvSectorTable.isCpvCode("45421100-55"));
        assertThrows(InvalidValueException.class, () -> TABLE.rowFor("CPV45"));
        assertThrows(InvalidValueException.class, () -> new CpvSectorTable.Row("853", List.of(), "x"));
        assertThrows(InvalidValueException.class, () -> new CpvSectorTable.Row("85300000", List.of("Social Care"), "x"));
        assertThrows(InvalidValueException.class, () -> new CpvSectorTable.Row("85300000", List.of("a", "a"), "x"));
        assertThrows(InvalidValueException.class, () -> CpvSectorTable.of(List.of(
                new CpvSectorTable.Row("85300000", List.of(), "x"), new CpvSectorTable.Row("85300000", List.of("a"), "y"))));
    }

    @Test
    void anOwnTable() {
        CpvSectorTable own = CpvSectorTable.of(List.of(new CpvSectorTable.Row("80000000", List.of("education"),
                "Education and training services")));
        OcdsReader reader = OcdsReader.builder().sectorTable(own).build();
        Notice n = reader.readJson(Json.json("{'ocid':'x','tender':{'classification':{'scheme':'CPV','id':'80500000'}}}"),
                "t").notices().get(0);
        assertEquals(List.of("education"), n.whole().profile().facts().sectors().value());
        assertEquals(own, reader.sectorTable());
    }
}
