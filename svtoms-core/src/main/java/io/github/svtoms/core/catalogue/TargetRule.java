package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a measure's target scales with the contract: "n per £X of contract value" (Kent: one
 * qualification per £250,000), "n per contract year", or a fixed number.
 *
 * <p>All implementations are immutable, thread-safe records.
 */
public sealed interface TargetRule permits TargetRule.PerContractValue, TargetRule.PerContractYear, TargetRule.Fixed {

    /**
     * The quantity this rule asks of a contract, before minimum/stretch levels are applied.
     *
     * @param contractValue the contract's total value
     * @param years the contract's duration in whole years, at least 1
     * @return the target quantity, exact and never negative
     * @throws io.github.svtoms.core.money.CurrencyMismatchException when the rule's money is in another currency
     * @throws InvalidValueException when {@code years} is below 1 or the value is negative
     */
    BigDecimal targetFor(Money contractValue, int years);

    /**
     * The quantity named by the rule (the n in "n per ...").
     *
     * @return the quantity
     */
    BigDecimal quantity();

    private static BigDecimal checkQuantity(BigDecimal quantity) {
        Checks.notNull(quantity, "target quantity");
        if (quantity.signum() <= 0) {
            throw new InvalidValueException("invalid target quantity " + quantity.toPlainString() + ": must be greater than 0");
        }
        return quantity;
    }

    private static void checkContract(Money contractValue, int years) {
        Checks.notNull(contractValue, "contract value");
        if (contractValue.isNegative()) {
            throw new InvalidValueException("invalid contract value " + contractValue + ": must not be negative");
        }
        if (years < 1) {
            throw new InvalidValueException("invalid contract duration " + years + " years: must be at least 1");
        }
    }

    /**
     * {@code quantity} for every whole {@code per} of contract value: {@code floor(value / per) × quantity}.
     *
     * @param quantity the n, greater than 0
     * @param per the contract value that earns one n, greater than 0
     */
    record PerContractValue(BigDecimal quantity, Money per) implements TargetRule {
        /**
         * Validates the rule.
         *
         * @param quantity the n, greater than 0
         * @param per the value step, greater than 0
         */
        public PerContractValue {
            checkQuantity(quantity);
            Checks.notNull(per, "target rule 'per' value");
            if (per.signum() <= 0) {
                throw new InvalidValueException("invalid target rule: 'per' value " + per + " must be greater than 0");
            }
        }

        @Override
        public BigDecimal targetFor(Money contractValue, int years) {
            checkContract(contractValue, years);
            BigDecimal steps = contractValue.compareTo(per) < 0 ? BigDecimal.ZERO
                    : contractValue.amount().divide(per.amount(), 0, RoundingMode.FLOOR);
            return steps.multiply(quantity);
        }
    }

    /**
     * {@code quantity} for every contract year: {@code years × quantity}.
     *
     * @param quantity the n, greater than 0
     */
    record PerContractYear(BigDecimal quantity) implements TargetRule {
        /**
         * Validates the rule.
         *
         * @param quantity the n, greater than 0
         */
        public PerContractYear {
            checkQuantity(quantity);
        }

        @Override
        public BigDecimal targetFor(Money contractValue, int years) {
            checkContract(contractValue, years);
            return BigDecimal.valueOf(years).multiply(quantity);
        }
    }

    /**
     * The same quantity for any contract.
     *
     * @param quantity the target, greater than 0
     */
    record Fixed(BigDecimal quantity) implements TargetRule {
        /**
         * Validates the rule.
         *
         * @param quantity the target, greater than 0
         */
        public Fixed {
            checkQuantity(quantity);
        }

        @Override
        public BigDecimal targetFor(Money contractValue, int years) {
            checkContract(contractValue, years);
            return quantity;
        }
    }
}
