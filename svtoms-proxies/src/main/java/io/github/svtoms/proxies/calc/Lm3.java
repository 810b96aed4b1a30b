package io.github.svtoms.proxies.calc;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.derivation.Derivation;
import io.github.svtoms.proxies.derivation.DerivationStep;
import io.github.svtoms.proxies.derivation.StepInput;
import io.github.svtoms.proxies.derivation.StepKind;
import io.github.svtoms.proxies.internal.Texts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The LM3 local multiplier (New Economics Foundation, 2002): round 1 is the income (e.g. the contract
 * value), round 2 what is spent locally on suppliers and staff, round 3 what those re-spend locally;
 * {@code LM3 = (R1 + R2 + R3) / R1}, between 1 and 3. Quotient in {@link MathContext#DECIMAL128}.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param multiplier {@code (R1 + R2 + R3) / R1}
 * @param total {@code R1 + R2 + R3}, exact
 * @param derivation how it was computed
 */
public record Lm3(BigDecimal multiplier, Money total, Derivation derivation) {
    /**
     * Validates the result.
     */
    public Lm3 {
        Checks.notNull(multiplier, "multiplier");
        Checks.notNull(total, "total");
        Checks.notNull(derivation, "derivation");
    }

    /**
     * A broken LM3 rule and the round it belongs to, so that a reader can place it at that round's value.
     *
     * @param round 1, 2 or 3
     * @param message the rule and the values
     */
    public record Problem(int round, String message) {
        /**
         * Validates the problem.
         *
         * @param round 1, 2 or 3
         * @param message not blank
         */
        public Problem {
            if (round < 1 || round > 3) {
                throw new InvalidValueException("LM3 round " + round + " must be 1, 2 or 3");
            }
            Checks.notBlank(message, "message");
        }
    }

    /**
     * Every LM3 rule the rounds break, in the order {@link #of} checks them: R1 &gt; 0; R2, R3 ≥ 0; R2 ≤ R1;
     * R3 ≤ R2; and each round an amount of money as stated ({@link io.github.svtoms.core.Limits#statedMoney}:
     * a whole number of the currency's minor units, so that the rounds, shown at the minor unit, add up to
     * the total shown).
     *
     * @param round1 income, in one currency with the others
     * @param round2 spent locally
     * @param round3 re-spent locally
     * @return the problems, empty when the rounds keep every rule
     * @throws InvalidValueException when a round is null or the currencies differ
     */
    public static List<Problem> problems(Money round1, Money round2, Money round3) {
        Checks.notNull(round1, "LM3 round 1");
        Checks.notNull(round2, "LM3 round 2");
        Checks.notNull(round3, "LM3 round 3");
        if (!round1.currency().equals(round2.currency()) || !round1.currency().equals(round3.currency())) {
            throw new InvalidValueException("LM3 rounds " + round1 + ", " + round2 + ", " + round3 + " must share one currency");
        }
        List<Problem> out = new java.util.ArrayList<>();
        if (round1.signum() <= 0) {
            out.add(new Problem(1, "LM3 rule R1 > 0 broken: round 1 is " + round1));
        }
        if (round2.isNegative()) {
            out.add(new Problem(2, "LM3 rule R2, R3 ≥ 0 broken: round 2 is " + round2 + ", round 3 is " + round3));
        }
        if (round3.isNegative()) {
            out.add(new Problem(3, "LM3 rule R2, R3 ≥ 0 broken: round 2 is " + round2 + ", round 3 is " + round3));
        }
        if (round2.compareTo(round1) > 0) {
            out.add(new Problem(2, "LM3 rule R2 ≤ R1 broken: round 2 " + round2 + " exceeds round 1 " + round1));
        }
        if (round3.compareTo(round2) > 0) {
            out.add(new Problem(3, "LM3 rule R3 ≤ R2 broken: round 3 " + round3 + " exceeds round 2 " + round2));
        }
        Money[] rounds = {round1, round2, round3};
        for (int i = 0; i < 3; i++) {
            if (rounds[i].signum() >= 0) {
                try {
                    io.github.svtoms.core.Limits.statedMoney(rounds[i].amount(), rounds[i].currency(), false,
                            "LM3 round " + (i + 1));
                } catch (InvalidValueException e) {
                    out.add(new Problem(i + 1, e.getMessage()));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Computes LM3.
     *
     * @param round1 income, &gt; 0
     * @param round2 local spend, 0 ≤ R2 ≤ R1
     * @param round3 local re-spend, 0 ≤ R3 ≤ R2
     * @return the multiplier
     * @throws InvalidValueException naming the broken rule and the values
     */
    public static Lm3 of(Money round1, Money round2, Money round3) {
        Checks.notNull(round1, "LM3 round 1");
        Checks.notNull(round2, "LM3 round 2");
        Checks.notNull(round3, "LM3 round 3");
        if (!round1.currency().equals(round2.currency()) || !round1.currency().equals(round3.currency())) {
            throw new InvalidValueException("LM3 rounds " + round1 + ", " + round2 + ", " + round3 + " must share one currency");
        }
        List<Problem> problems = problems(round1, round2, round3);
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems.get(0).message());
        }
        var c = round1.currency();
        Money total = round1.plus(round2).plus(round3);
        BigDecimal m = total.amount().divide(round1.amount(), MathContext.DECIMAL128);
        DerivationStep step = new DerivationStep(StepKind.MULTIPLIER, List.of(StepInput.number("round1", round1.amount()),
                StepInput.number("round2", round2.amount()), StepInput.number("round3", round3.amount())), m,
                "LM3 (" + Texts.money(round1.amount(), c) + " + " + Texts.money(round2.amount(), c) + " + "
                        + Texts.money(round3.amount(), c) + ") / " + Texts.money(round1.amount(), c) + " = "
                        + Texts.number(m, 2));
        return new Lm3(m, total, new Derivation(List.of(step)));
    }
}
