package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.UnknownIdException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitTest {

    @Test
    void everyStandardIdResolvesToItsConstant() {
        List<Unit> constants = List.of(Unit.FTE_YEARS, Unit.PEOPLE, Unit.HOURS, Unit.WEEKS, Unit.GBP, Unit.TCO2E,
                Unit.MILES, Unit.KM, Unit.TONNES, Unit.PERCENT, Unit.YES_NO, Unit.COUNT, Unit.WELLBYS);
        assertEquals(constants.stream().map(Unit::id).toList(), Unit.standardIds());
        for (Unit u : constants) {
            assertSame(u, Unit.of(u.id()));
            assertEquals(Optional.of(u), Unit.find(u.id()));
        }
    }

    @Test
    void standardUnitsHaveTheirDimensions() {
        assertEquals(Dimension.LABOUR, Unit.of("fte-years").dimension());
        assertEquals(Dimension.EMISSIONS, Unit.of("tco2e").dimension());
        assertEquals("tCO2e", Unit.TCO2E.name());
        assertTrue(Unit.PEOPLE.dimension().wholeNumbers());
    }

    @Test
    void unknownStandardIdIsAnUnknownIdListingTheKnownOnes() {
        var e = assertThrows(UnknownIdException.class, () -> Unit.of("furlongs"));
        assertTrue(e.getMessage().contains("unknown unit 'furlongs'"), e.getMessage());
        assertTrue(e.getMessage().contains("fte-years") && e.getMessage().contains("wellbys"), e.getMessage());
        assertEquals(Optional.empty(), Unit.find("furlongs"));
    }

    @Test
    void nullStandardIdIsATypedError() {
        var e = assertThrows(InvalidValueException.class, () -> Unit.of(null));
        assertTrue(e.getMessage().contains("unit id must not be null"), e.getMessage());
    }

    @Test
    void badUnitIdIsRejected() {
        var e = assertThrows(InvalidValueException.class, () -> new Unit("FTE Years", "FTE-years", Dimension.LABOUR));
        assertTrue(e.getMessage().contains("invalid unit id 'FTE Years'"), e.getMessage());
    }

    @Test
    void blankUnitNameIsRejected() {
        var e = assertThrows(InvalidValueException.class, () -> new Unit("furlongs", "  ", Dimension.DISTANCE));
        assertEquals("unit name must not be blank", e.getMessage());
    }

    @Test
    void missingDimensionIsRejected() {
        var e = assertThrows(InvalidValueException.class, () -> new Unit("furlongs", "furlongs", null));
        assertEquals("unit dimension must not be null", e.getMessage());
    }

    @Test
    void customUnitsAreValuesNotStandard() {
        Unit furlongs = new Unit("furlongs", "furlongs", Dimension.DISTANCE);
        assertEquals(new Unit("furlongs", "furlongs", Dimension.DISTANCE), furlongs);
        assertThrows(UnknownIdException.class, () -> Unit.of("furlongs"));
    }

    @Test
    void standardIdsAreUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> Unit.standardIds().add("x"));
    }
}
