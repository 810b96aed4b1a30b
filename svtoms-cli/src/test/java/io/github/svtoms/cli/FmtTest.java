package io.github.svtoms.cli;

import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command's figures: money by the one policy of MoneyFormat, and which cells align as figures. */
class FmtTest {
    @Test
    void moneyIsTheOnePolicyOfMoneyFormat() {
        assertEquals(List.of("£2,000.00", "€2,000.00", "$2,000.00", "CHF 2,000.00"),
                Stream.of("GBP", "EUR", "USD", "CHF").map(c -> Fmt.money(Money.of("2000", c))).toList());
        // exact keeps 0.0735 and pads 1.5; a proxy under one unit keeps 4 places (0.0825|5: a tie, 5 odd, up),
        // one above it the minor unit (12.34|5: a tie, 4 even, stays)
        assertEquals(List.of("£0.0735", "£1.50", "£0.0826", "£12.34", "-€0.5000"),
                List.of(Fmt.moneyExact(Money.of("0.0735", "GBP")), Fmt.moneyExact(Money.of("1.5", "GBP")),
                        Fmt.proxy(Money.of("0.08255", "GBP")), Fmt.proxy(Money.of("12.345", "GBP")),
                        Fmt.proxy(Money.of("-0.5", "EUR"))));
    }

    @Test
    void figuresAreNumbersPercentagesAndMoneyAsWritten() {
        for (String figure : new String[] {"1", "1,250", "0.5", "12.34%", "-3", "+2", "£1,234.56", "-£5.00", "€5.00",
                "$5.00", "CHF 1,000.00", "JPY 1,000"}) {
            assertTrue(Fmt.isFigure(figure), figure);
        }
        for (String text : new String[] {"", "v2", "local-employment", "FTE-years", "GBP", "£", "1 000", "chf 5.00",
                "12.34 %"}) {
            assertFalse(Fmt.isFigure(text), text);
        }
    }
}
