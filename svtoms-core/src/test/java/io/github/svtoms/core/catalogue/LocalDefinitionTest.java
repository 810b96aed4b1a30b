package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The structured definition of "local" that the ELFT evaluation (seed 000) asks for. */
class LocalDefinitionTest {
    static final LocalArea.PostcodeDistricts EAST_LONDON = new LocalArea.PostcodeDistricts(List.of("e1", " E2 ", "EC1A"));

    @Test
    void postcodeDistrictsAreNormalisedAndMatchOutwardCodes() {
        assertEquals(List.of("E1", "E2", "EC1A"), EAST_LONDON.districts());
        assertTrue(EAST_LONDON.contains("e1 6an"));
        assertTrue(EAST_LONDON.contains("EC1A1BB"));
        // E14 is not E1: districts match whole outward codes, not prefixes
        assertEquals(false, EAST_LONDON.contains("E14 5AB"));
        assertThrows(InvalidValueException.class, () -> EAST_LONDON.contains("E1"));
        assertThrows(InvalidValueException.class, () -> new LocalArea.PostcodeDistricts(List.of("E1", "e1")));
        assertThrows(InvalidValueException.class, () -> new LocalArea.PostcodeDistricts(List.of("1E")));
        assertThrows(InvalidValueException.class, () -> new LocalArea.PostcodeDistricts(List.of()));
    }

    @Test
    void aDefinitionCoversAPostcodeOnlyWhereDistrictsDecide() {
        LocalDefinition districtsOnly = new LocalDefinition("ELFT catchment", LocalDefinition.Basis.BASE, List.of(EAST_LONDON));
        assertEquals(Optional.of(true), districtsOnly.coversPostcode("E2 8AA"));
        assertEquals(Optional.of(false), districtsOnly.coversPostcode("LU1 2AB"));
        LocalArea.AdministrativeAreas luton = new LocalArea.AdministrativeAreas(LocalArea.AreaType.LOCAL_AUTHORITY,
                List.of("E06000032"), List.of("Luton"));
        LocalDefinition mixed = new LocalDefinition("ELFT geography", LocalDefinition.Basis.BENEFIT,
                List.of(EAST_LONDON, luton));
        assertEquals(Optional.of(true), mixed.coversPostcode("E1 6AN"));
        // a Luton postcode may be in the local authority area, but svtoms holds no geographic data to say
        assertEquals(Optional.empty(), mixed.coversPostcode("LU1 2AB"));
        assertEquals("ELFT geography (local benefit): postcode districts E1, E2, EC1A; or local authority areas"
                + " Luton (E06000032)", mixed.describe());
    }

    @Test
    void areasAndRadiiValidate() {
        assertThrows(InvalidValueException.class, () -> new LocalArea.AdministrativeAreas(LocalArea.AreaType.INTEGRATED_CARE_BOARD,
                List.of("North East London"), List.of()));
        assertThrows(InvalidValueException.class, () -> new LocalArea.AdministrativeAreas(LocalArea.AreaType.LOCAL_AUTHORITY,
                List.of("E06000032", "E09000030"), List.of("Luton")));
        assertThrows(InvalidValueException.class, () -> new LocalArea.AdministrativeAreas(LocalArea.AreaType.LOCAL_AUTHORITY,
                List.of(), List.of()));
        LocalArea.Radius radius = new LocalArea.Radius("e1 8de", new BigDecimal("10.0"), LocalArea.DistanceUnit.MILES);
        assertEquals("E1 8DE", radius.centre());
        assertEquals("within 10 miles of E1 8DE", radius.describe());
        assertThrows(InvalidValueException.class, () -> new LocalArea.Radius("E1", BigDecimal.ONE, LocalArea.DistanceUnit.KILOMETRES));
        assertThrows(InvalidValueException.class, () -> new LocalArea.Radius("E1 8DE", BigDecimal.ZERO, LocalArea.DistanceUnit.KILOMETRES));
        assertThrows(InvalidValueException.class, () -> new LocalDefinition("x", LocalDefinition.Basis.BASE, List.of()));
        assertEquals(LocalDefinition.Basis.BENEFIT, LocalDefinition.Basis.fromId("benefit"));
        assertEquals(LocalArea.AreaType.INTEGRATED_CARE_BOARD, LocalArea.AreaType.fromId("icb"));
        assertEquals(LocalArea.DistanceUnit.KILOMETRES, LocalArea.DistanceUnit.fromId("km"));
        assertThrows(InvalidValueException.class, () -> LocalDefinition.Basis.fromId("home"));
        assertEquals("radius", radius.form());
        assertEquals("postcode-districts", EAST_LONDON.form());
        assertEquals("integrated care board areas E54000029",
                new LocalArea.AdministrativeAreas(LocalArea.AreaType.INTEGRATED_CARE_BOARD, List.of("E54000029"), List.of())
                        .describe());
    }
}
