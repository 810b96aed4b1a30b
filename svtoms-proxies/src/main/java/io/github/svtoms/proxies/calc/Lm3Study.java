package io.github.svtoms.proxies.calc;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;

import java.util.Optional;

/**
 * The three rounds of a Local Multiplier 3 study, in one currency: round 1 the income (e.g. the contract
 * value), round 2 what is spent locally on suppliers and staff, round 3 what those re-spend locally. The
 * LM3 rules on the amounts (R1 &gt; 0, 0 ≤ R2 ≤ R1, 0 ≤ R3 ≤ R2) are checked by {@link #lm3()}, so a study
 * that breaks them can still be held, read and written.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param description what was measured, if given (not blank)
 * @param round1 income
 * @param round2 local spend on suppliers and staff
 * @param round3 local re-spend by them
 */
public record Lm3Study(Optional<String> description, Money round1, Money round2, Money round3) {
    /**
     * Validates the study.
     *
     * @throws InvalidValueException when a component is null, the description is blank or the rounds are in
     *         different currencies
     */
    public Lm3Study {
        Checks.notNull(description, "description").ifPresent(d -> Checks.notBlank(d, "description"));
        Checks.notNull(round1, "LM3 round 1");
        Checks.notNull(round2, "LM3 round 2");
        Checks.notNull(round3, "LM3 round 3");
        if (!round1.currency().equals(round2.currency()) || !round1.currency().equals(round3.currency())) {
            throw new InvalidValueException("LM3 rounds " + round1 + ", " + round2 + ", " + round3 + " must share one currency");
        }
    }

    /**
     * Computes the multiplier; see {@link Lm3#of(Money, Money, Money)}.
     *
     * @return the multiplier with its derivation
     * @throws InvalidValueException naming the broken LM3 rule and the values
     */
    public Lm3 lm3() {
        return Lm3.of(round1, round2, round3);
    }
}
