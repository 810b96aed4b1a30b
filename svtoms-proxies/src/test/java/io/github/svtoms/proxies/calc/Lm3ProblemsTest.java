package io.github.svtoms.proxies.calc;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link Lm3#problems}: every rule the rounds break, each with the round it is about, in {@link Lm3#of}'s order. */
class Lm3ProblemsTest {
    private static Money gbp(String a) {
        return Money.of(a, "GBP");
    }

    @Test
    void eachBrokenRuleNamesItsRound() {
        assertEquals(List.of(), Lm3.problems(gbp("100"), gbp("60"), gbp("25")));
        assertEquals(List.of(new Lm3.Problem(1, "LM3 rule R1 > 0 broken: round 1 is GBP 0"),
                        new Lm3.Problem(3, "LM3 rule R3 ≤ R2 broken: round 3 GBP 5 exceeds round 2 GBP 0")),
                Lm3.problems(gbp("0"), gbp("0"), gbp("5")));
        assertEquals(List.of(new Lm3.Problem(3, "LM3 rule R2, R3 ≥ 0 broken: round 2 is GBP 10, round 3 is GBP -1")),
                Lm3.problems(gbp("100"), gbp("10"), gbp("-1")));
        // a negative R2 also puts R3 = 0 above it
        assertEquals(List.of(new Lm3.Problem(2, "LM3 rule R2, R3 ≥ 0 broken: round 2 is GBP -1, round 3 is GBP 0"),
                        new Lm3.Problem(3, "LM3 rule R3 ≤ R2 broken: round 3 GBP 0 exceeds round 2 GBP -1")),
                Lm3.problems(gbp("100"), gbp("-1"), gbp("0")));
        // R1 = 200 > R2 = 100 > R3 = 50: only the minor-unit rule, once per round that breaks it
        assertEquals(List.of(new Lm3.Problem(1, "LM3 round 1 GBP 200.001 has more decimals than GBP has minor units (2): "
                                + "state it in whole minor units of GBP"),
                        new Lm3.Problem(3, "LM3 round 3 GBP 50.005 has more decimals than GBP has minor units (2): state it "
                                + "in whole minor units of GBP")),
                Lm3.problems(gbp("200.001"), gbp("100.00"), gbp("50.005")));
        assertEquals("LM3 rule R2 ≤ R1 broken: round 2 GBP 200 exceeds round 1 GBP 100",
                assertThrows(InvalidValueException.class, () -> Lm3.of(gbp("100"), gbp("200"), gbp("0"))).getMessage());
        assertThrows(InvalidValueException.class, () -> Lm3.problems(gbp("1"), Money.of("1", "EUR"), gbp("1")));
        assertThrows(InvalidValueException.class, () -> new Lm3.Problem(4, "x"));
        assertThrows(InvalidValueException.class, () -> new Lm3.Problem(0, "x"));
        assertEquals(3, new Lm3.Problem(3, "x").round());
    }
}
