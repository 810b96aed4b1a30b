package io.github.svtoms.core.kpi;

import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The wording helpers behind the selection's reasons: money with grouping, ordinals and plurals. */
class TextTest {
    @Test
    void moneyGroupsThousandsAndPadsToTheMinorUnit() {
        assertEquals("£0.00", Text.money(Money.of("0", "GBP")));
        assertEquals("£999.00", Text.money(Money.of("999", "GBP")));
        assertEquals("£1,000.00", Text.money(Money.of("1000", "GBP")));
        assertEquals("£12,345.60", Text.money(Money.of("12345.6", "GBP")));
        assertEquals("£123,456.78", Text.money(Money.of("123456.78", "GBP")));
        assertEquals("£1,234,567.00", Text.money(Money.of("1234567", "GBP")));
        // a scale above the minor unit is kept, never rounded
        assertEquals("£250,000.125", Text.money(Money.of("250000.125", "GBP")));
        assertEquals("-£1,500.50", Text.money(Money.of("-1500.5", "GBP")));
        // the one money policy (MoneyFormat): a symbol for euros and dollars too, the ISO code otherwise
        assertEquals("€2,000.00", Text.money(Money.of("2000", "EUR")));
        assertEquals("$2,000.00", Text.money(Money.of("2000", "USD")));
        assertEquals("CHF 2,000.00", Text.money(Money.of("2000", "CHF")));
        // the yen has no minor unit: no decimal point added
        assertEquals("JPY 1,000", Text.money(Money.of("1000", "JPY")));
    }

    @Test
    void ordinalsAndPlurals() {
        List<String> expected = List.of("0th", "1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "14th", "21st",
                "22nd", "23rd", "101st", "111th", "112th", "113th", "1002nd");
        List<Integer> n = List.of(0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 21, 22, 23, 101, 111, 112, 113, 1002);
        assertEquals(expected, n.stream().map(Text::ordinal).toList());
        assertEquals("1 KPI", Text.plural(1, "KPI", "KPIs"));
        assertEquals("0 KPIs", Text.plural(0, "KPI", "KPIs"));
        assertEquals("2 KPIs", Text.plural(2, "KPI", "KPIs"));
        assertEquals("1.50", Text.number(new BigDecimal("1.50")));
        assertEquals("1000", Text.number(new BigDecimal("1E+3")));
        assertEquals("a, b, c", Text.ids(List.of("a", "b", "c")));
        assertEquals("", Text.ids(List.of()));
    }
}
