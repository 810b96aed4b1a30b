package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits of {@code io.github.svtoms.core.Limits} where values enter the valuation types. */
class EntryLimitsTest {
    private static final MeasureId M = MeasureId.of("local-employment");

    private static String refused(Runnable r) {
        return assertThrows(InvalidValueException.class, r::run).getMessage();
    }

    @Test
    void absurdYearsAndDurationsAreRefusedWhereTheLineIsMade() {
        // before: a duration of 1,000,000,000 ran the engine out of memory precomputing discount factors
        assertEquals("line 'c': duration 1000000000 must be at most 1000 (svtoms's limit on contract years)",
                refused(() -> CommitmentLine.builder("c", M, BigDecimal.ONE).duration(1_000_000_000).build()));
        assertEquals("line 'c': start year 2147483647 must be at most 1000 (svtoms's limit on contract years)",
                refused(() -> CommitmentLine.builder("c", M, BigDecimal.ONE).startYear(Integer.MAX_VALUE).build()));
        // 1000 and 1 is the last allowed line; 1 and 1000 too
        assertEquals(1000, CommitmentLine.builder("c", M, BigDecimal.ONE).startYear(1000).build().lastContractYear());
        assertEquals(1000, CommitmentLine.builder("c", M, BigDecimal.ONE).duration(1000).build().lastContractYear());
        assertEquals("contract years 1001 must be at most 1000 (svtoms's limit on contract years)",
                refused(() -> new Contract(Money.of("1000.00", "GBP"), 1001)));
    }

    @Test
    void quantitiesAndAdjustmentsKeepTheStatedDecimalRule() {
        // 40 significant digits would be rounded to 34 by DECIMAL128: the gross would not equal its derivation
        assertTrue(refused(() -> CommitmentLine.of("c", M, new BigDecimal("123456789012345678901234567.8901234567890")))
                .startsWith("line 'c': quantity 123456789012345678901234567.8901234567890 has more than 34 significant digits"));
        // a scale of a million made one valuation take seconds
        assertTrue(refused(() -> CommitmentLine.of("c", M, BigDecimal.ONE.movePointLeft(1_000_000)))
                .contains("has more than 20 digits after the point"));
        assertTrue(refused(() -> CommitmentLine.builder("c", M, BigDecimal.ONE)
                .deadweight(new BigDecimal("0.1").movePointLeft(30)).build()).startsWith("line 'c': deadweight "));
        assertTrue(refused(() -> ProxyValue.supplied(Money.of(BigDecimal.ONE.movePointLeft(500), java.util.Currency.getInstance("GBP")),
                PriceYear.ofCalendar(2024))).startsWith("proxy amount GBP "));
    }

    /** A quantity that changes after it was checked. */
    static final class Shifty extends BigDecimal {
        private BigDecimal now;

        Shifty(String v) {
            super(v);
            now = new BigDecimal(v);
        }

        @Override
        public BigInteger unscaledValue() {
            return now.unscaledValue();
        }

        @Override
        public int scale() {
            return now.scale();
        }

        @Override
        public int signum() {
            return now.signum();
        }
    }

    @Test
    void aBigDecimalSubclassIsCopiedAtTheLine() {
        Shifty q = new Shifty("2");
        CommitmentLine line = CommitmentLine.of("c", M, q);
        q.now = new BigDecimal("-1E+40");
        assertEquals(new BigDecimal("2"), line.quantity());
        assertSame(BigDecimal.class, line.quantity().getClass());
        Shifty d = new Shifty("0.5");
        CommitmentLine adjusted = CommitmentLine.builder("c", M, BigDecimal.ONE).displacement(d).build();
        d.now = new BigDecimal("7");
        assertEquals(new BigDecimal("0.5"), adjusted.displacement());
    }

    @Test
    void aContractValueMustBeAtLeastOneMinorUnitInWholeMinorUnits() {
        // £0.001 passed "> 0", printed as £0.00 beside "% of contract 31,231,200,000.00 %"
        assertEquals("contract value GBP 0.001 has more decimals than GBP has minor units (2): state it in whole minor "
                + "units of GBP", refused(() -> new Contract(Money.of("0.001", "GBP"), 3)));
        assertEquals(new BigDecimal("0.01"), new Contract(Money.of("0.01", "GBP"), 3).value().amount());
        assertEquals("contract value JPY 1000.5 has more decimals than JPY has minor units (0): state it in whole JPY units",
                refused(() -> new Contract(Money.of("1000.5", "JPY"), 3)));
    }

    @Test
    void lineIdsRefuseInvisibleCharactersAndNoBreakSpaces() {
        assertEquals("commitment line id must not be blank", refused(() -> CommitmentLine.of("\u00a0\u00a0", M, BigDecimal.ONE)));
        assertEquals("commitment line id 'x\\u200B' must not contain the invisible format character U+200B",
                refused(() -> CommitmentLine.of("x\u200b", M, BigDecimal.ONE)));
        assertEquals("commitment line id 'a\\u001B[31m' must not contain the control character U+001B",
                refused(() -> CommitmentLine.of("a\u001b[31m", M, BigDecimal.ONE)));
    }
}
