package io.github.svtoms.core.law;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.core.money.MoneyFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A money threshold as a rule states it: an amount, the {@link VatBasis} it is stated on, and whether a
 * value must be {@link Comparison#AT_LEAST at least} the amount ("£5m and above", "£1m or more") or
 * {@link Comparison#MORE_THAN more than} it ("more than £5 million", "above £5m"). Exactly £5,000,000.00
 * reaches "£5m or more" but not "more than £5m".
 *
 * <p>{@link #test(ContractValue)} tests a contract value on the threshold's basis; when the value is not
 * known on that basis it decides only what cannot depend on the VAT (see the package documentation) and
 * otherwise answers "cannot be checked".
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param amount the amount, at least 0
 * @param basis the VAT basis the rule states
 * @param comparison at least, or more than
 */
public record Threshold(Money amount, VatBasis basis, Comparison comparison) {
    /**
     * Validates the threshold.
     *
     * @throws InvalidValueException when a part is missing or the amount is negative
     */
    public Threshold {
        Checks.notNull(amount, "threshold amount");
        Checks.notNull(basis, "threshold VAT basis");
        Checks.notNull(comparison, "threshold comparison");
        if (amount.isNegative()) {
            throw new InvalidValueException("invalid threshold " + amount + ": must be at least 0");
        }
    }

    /**
     * "{@code amount} or more".
     *
     * @param amount the amount
     * @param basis its VAT basis
     * @return the threshold
     */
    public static Threshold atLeast(Money amount, VatBasis basis) {
        return new Threshold(amount, basis, Comparison.AT_LEAST);
    }

    /**
     * "more than {@code amount}".
     *
     * @param amount the amount
     * @param basis its VAT basis
     * @return the threshold
     */
    public static Threshold moreThan(Money amount, VatBasis basis) {
        return new Threshold(amount, basis, Comparison.MORE_THAN);
    }

    /**
     * Whether an amount on this threshold's basis reaches it.
     *
     * @param onBasis an amount on {@link #basis()}, in the threshold's currency
     * @return {@code true} when it is at least (or more than) the amount
     * @throws io.github.svtoms.core.money.CurrencyMismatchException when the currencies differ
     */
    public boolean reachedBy(Money onBasis) {
        int c = Checks.notNull(onBasis, "amount").compareTo(amount);
        return comparison == Comparison.AT_LEAST ? c >= 0 : c > 0;
    }

    /**
     * Tests a contract value against the threshold.
     *
     * @param value the value
     * @return reached, not reached, or unknown, with the reason
     */
    public ThresholdTest test(ContractValue value) {
        Checks.notNull(value, "contract value");
        if (!value.currency().equals(amount.currency())) {
            return new ThresholdTest(this, value, Optional.empty(), "the value " + value.describe() + " is in "
                    + value.currency().getCurrencyCode() + " and the threshold (" + describe() + ") in "
                    + amount.currency().getCurrencyCode() + ": svtoms never converts currencies");
        }
        Optional<Money> exact = value.on(basis);
        if (exact.isPresent()) {
            boolean reached = reachedBy(exact.get());
            return new ThresholdTest(this, value, Optional.of(reached), MoneyFormat.EXACT.format(exact.get()) + " " + basis.words()
                    + (reached ? " is " : " is not ") + describe());
        }
        List<Money> known = new ArrayList<>();
        known.add(value.amount());
        value.otherBasis().ifPresent(known::add);
        String given = value.describe();
        if (basis == VatBasis.GROSS) {
            // the gross value is at least every figure known
            Money highest = known.stream().max(Money::compareTo).orElseThrow();
            if (reachedBy(highest)) {
                return new ThresholdTest(this, value, Optional.of(true), given + " is " + describe()
                        + " whatever the VAT, since a value including VAT is never below the same value excluding it");
            }
        } else {
            // the net value is at most every figure known
            Money lowest = known.stream().min(Money::compareTo).orElseThrow();
            if (!reachedBy(lowest)) {
                return new ThresholdTest(this, value, Optional.of(false), given + " is not " + describe()
                        + " whatever the VAT, since a value excluding VAT is never above the same value including it");
            }
        }
        return new ThresholdTest(this, value, Optional.empty(), "cannot be checked: the rule is " + describe()
                + " and the value is " + given + "; give the value " + basis.words());
    }

    /**
     * The threshold in words, e.g. {@code more than £5,000,000.00 including VAT} or
     * {@code £1,000,000.00 or more including VAT}.
     *
     * @return the text
     */
    public String describe() {
        return comparison == Comparison.MORE_THAN
                ? "more than " + MoneyFormat.EXACT.format(amount) + " " + basis.words()
                : MoneyFormat.EXACT.format(amount) + " or more " + basis.words();
    }

    /**
     * How a value is compared with the amount. Its {@link #id()} in files is {@code at-least} or
     * {@code more-than}. Immutable and thread-safe (an enum).
     */
    public enum Comparison implements FileId {
        /** At least the amount ("£5m and above", "£1m or more"). */
        AT_LEAST,
        /** More than the amount ("more than £5 million", "above £5m a year"). */
        MORE_THAN;

        /**
         * Reads an id written by {@link #id()}.
         *
         * @param id the id
         * @return the comparison
         * @throws InvalidValueException for any other text
         */
        public static Comparison fromId(String id) {
            return FileIds.parse(Comparison.class, id, "threshold comparison");
        }
    }
}
