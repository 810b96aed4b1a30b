package io.github.svtoms.proxies.calc;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An LM3 study holds its rounds in one currency; the LM3 rules are checked when it is computed. */
class Lm3StudyTest {
    @Test
    void computesTheMultiplierOfItsRounds() {
        Lm3Study s = new Lm3Study(Optional.of("Salford"), Money.of("1000000.00", "GBP"), Money.of("420000.00", "GBP"),
                Money.of("126000.00", "GBP"));
        // (1,000,000 + 420,000 + 126,000) / 1,000,000 = 1.546
        assertEquals(new BigDecimal("1.546"), s.lm3().multiplier());
        assertEquals(Lm3.of(s.round1(), s.round2(), s.round3()), s.lm3());
    }

    @Test
    void roundsInDifferentCurrenciesAreRefusedAtOnce() {
        var e = assertThrows(InvalidValueException.class, () -> new Lm3Study(Optional.empty(), Money.of("1", "GBP"),
                Money.of("1", "EUR"), Money.of("1", "GBP")));
        assertTrue(e.getMessage().endsWith("must share one currency"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> new Lm3Study(Optional.empty(), Money.of("1", "GBP"),
                Money.of("1", "GBP"), Money.of("1", "EUR")));
    }

    @Test
    void aBlankDescriptionOrAMissingRoundIsRefused() {
        Money one = Money.of("1", "GBP");
        assertEquals("description must not be blank", assertThrows(InvalidValueException.class,
                () -> new Lm3Study(Optional.of(" "), one, one, one)).getMessage());
        assertEquals("LM3 round 2 must not be null", assertThrows(InvalidValueException.class,
                () -> new Lm3Study(Optional.empty(), one, null, one)).getMessage());
    }

    @Test
    void aStudyBreakingTheRulesIsHeldAndRefusedWhenComputed() {
        Lm3Study s = new Lm3Study(Optional.empty(), Money.of("0", "GBP"), Money.of("0", "GBP"), Money.of("0", "GBP"));
        assertEquals("LM3 rule R1 > 0 broken: round 1 is GBP 0", assertThrows(InvalidValueException.class, s::lm3).getMessage());
    }
}
