package io.github.svtoms.proxies;

import io.github.svtoms.core.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriceYearTest {
    @Test
    void parsesCalendarAndFinancialYearsAndWritesThemBack() {
        PriceYear c = PriceYear.parse("2022");
        assertFalse(c.isFinancial());
        assertEquals(2022, c.startYear());
        assertEquals("2022", c.toString());

        PriceYear f = PriceYear.parse("2012-13");
        assertTrue(f.isFinancial());
        assertEquals(2012, f.startYear());
        assertEquals("2012-13", f.toString());
        assertEquals(PriceYear.ofFinancial(2012), f);

        // the century boundary: 1999-00
        assertEquals("1999-00", PriceYear.parse("1999-00").toString());
        assertEquals(PriceYear.ofFinancial(1999), PriceYear.parse("1999-00"));
    }

    @Test
    void rejectsEverythingElseQuotingTheText() {
        for (String bad : List.of("22", "2022-24", "2012-2013", "2012/13", " 2022", "2022 ", "FY2022", "", "2012-1")) {
            var e = assertThrows(InvalidValueException.class, () -> PriceYear.parse(bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        var e = assertThrows(InvalidValueException.class, () -> PriceYear.parse("2012-14"));
        assertTrue(e.getMessage().contains("-13"), e.getMessage());
    }

    @Test
    void ordersByStartYearCalendarBeforeFinancial() {
        List<PriceYear> years = new ArrayList<>(List.of(PriceYear.parse("2013"), PriceYear.parse("2012-13"),
                PriceYear.parse("2012"), PriceYear.parse("2011-12")));
        years.sort(null);
        assertEquals(List.of("2011-12", "2012", "2012-13", "2013"), years.stream().map(PriceYear::toString).toList());
        assertTrue(PriceYear.ofCalendar(2012).compareTo(PriceYear.ofFinancial(2012)) < 0);
        assertFalse(PriceYear.ofCalendar(2012).equals(PriceYear.ofFinancial(2012)));
    }

    @Test
    void rejectsYearsWithoutFourDigits() {
        assertThrows(InvalidValueException.class, () -> PriceYear.ofCalendar(999));
        assertThrows(InvalidValueException.class, () -> PriceYear.ofFinancial(9999));
    }
}
