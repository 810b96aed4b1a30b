package io.github.svtoms.core.law;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.CurrencyMismatchException;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.core.money.MoneyFormat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Optional;

/**
 * A contract's value as the buyer gave it, saying whether VAT is in: the amount, its {@link VatBasis} (empty
 * when the buyer did not say — every VAT-based rule then decides only what cannot depend on the VAT), and,
 * when both are known, the amount on the other basis. Maps onto a request's {@code contract.value},
 * {@code contract.valueIncludesVat} and, where given, the other figure.
 *
 * <p>VAT is never negative, so a gross amount is never below the net amount of the same contract.
 *
 * <p>Immutable and thread-safe; value equality over all components (amounts compare with
 * {@link Money#equals}, which is scale-sensitive).
 *
 * @param amount the value as given, at least 0
 * @param basis whether {@code amount} includes VAT; empty when not stated
 * @param otherBasis the value on the other basis, if known (only when {@code basis} is stated); in the same
 *                   currency; a gross figure is at least the net figure
 */
public record ContractValue(Money amount, Optional<VatBasis> basis, Optional<Money> otherBasis) {
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /**
     * Validates the value.
     *
     * @throws InvalidValueException when an amount is negative, the other basis is given without a basis, or
     *                               the gross figure is below the net figure
     * @throws CurrencyMismatchException when the two figures are in different currencies
     */
    public ContractValue {
        Checks.notNull(amount, "contract value");
        Checks.notNull(basis, "VAT basis of the contract value");
        Checks.notNull(otherBasis, "contract value on the other VAT basis");
        if (amount.isNegative()) {
            throw new InvalidValueException("invalid contract value " + amount + ": must be at least 0");
        }
        if (otherBasis.isPresent()) {
            Money other = otherBasis.get();
            if (basis.isEmpty()) {
                throw new InvalidValueException("contract value " + amount + " gives a figure on the other VAT basis ("
                        + other + ") without saying whether " + amount + " includes VAT");
            }
            if (!other.currency().equals(amount.currency())) {
                throw new CurrencyMismatchException(amount.currency(), other.currency());
            }
            Money net = basis.get() == VatBasis.NET ? amount : other;
            Money gross = basis.get() == VatBasis.NET ? other : amount;
            if (net.isNegative() || gross.compareTo(net) < 0) {
                throw new InvalidValueException("invalid contract value: " + gross + " including VAT is below " + net
                        + " excluding VAT; VAT is never negative, so the gross value is at least the net value");
            }
        }
    }

    /**
     * A value excluding VAT.
     *
     * @param amount at least 0
     * @return the value
     */
    public static ContractValue net(Money amount) {
        return new ContractValue(amount, Optional.of(VatBasis.NET), Optional.empty());
    }

    /**
     * A value including VAT.
     *
     * @param amount at least 0
     * @return the value
     */
    public static ContractValue gross(Money amount) {
        return new ContractValue(amount, Optional.of(VatBasis.GROSS), Optional.empty());
    }

    /**
     * A value whose VAT basis was not stated (e.g. a request written before svtoms asked).
     *
     * @param amount at least 0
     * @return the value
     */
    public static ContractValue unstated(Money amount) {
        return new ContractValue(amount, Optional.empty(), Optional.empty());
    }

    /**
     * A value with a {@code valueIncludesVat} flag.
     *
     * @param amount at least 0
     * @param includesVat whether it includes VAT
     * @return the value
     */
    public static ContractValue of(Money amount, boolean includesVat) {
        return new ContractValue(amount, Optional.of(VatBasis.of(includesVat)), Optional.empty());
    }

    /**
     * A value known on both bases; the gross figure is the value as given.
     *
     * @param net excluding VAT
     * @param gross including VAT, at least {@code net}
     * @return the value
     */
    public static ContractValue of(Money net, Money gross) {
        return new ContractValue(gross, Optional.of(VatBasis.GROSS), Optional.of(Checks.notNull(net, "net value")));
    }

    /**
     * The value on a basis, if known.
     *
     * @param on the basis
     * @return the amount, or empty when it is not known on that basis
     */
    public Optional<Money> on(VatBasis on) {
        Checks.notNull(on, "VAT basis");
        if (basis.isEmpty()) {
            return Optional.empty();
        }
        return basis.get() == on ? Optional.of(amount) : otherBasis;
    }

    /**
     * The value excluding VAT, if known.
     *
     * @return the net amount or empty
     */
    public Optional<Money> net() {
        return on(VatBasis.NET);
    }

    /**
     * The value including VAT, if known.
     *
     * @return the gross amount or empty
     */
    public Optional<Money> gross() {
        return on(VatBasis.GROSS);
    }

    /**
     * Whether the value as given includes VAT.
     *
     * @return the flag, or empty when not stated
     */
    public Optional<Boolean> includesVat() {
        return basis.map(b -> b == VatBasis.GROSS);
    }

    /**
     * The currency.
     *
     * @return the currency of the amounts
     */
    public Currency currency() {
        return amount.currency();
    }

    /**
     * The yearly average over a contract's life: every figure × 12 ÷ {@code months}, in
     * {@link MathContext#DECIMAL128} (PPN 006 averages the value over the contract's life).
     *
     * @param months the contract's length in months, at least 1
     * @return the average per year, on the same bases
     * @throws InvalidValueException when {@code months} is below 1
     */
    public ContractValue perYear(int months) {
        if (months < 1) {
            throw new InvalidValueException("invalid contract length " + months + " months: must be at least 1");
        }
        BigDecimal m = BigDecimal.valueOf(months);
        return new ContractValue(perYear(amount, m), basis, otherBasis.map(o -> perYear(o, m)));
    }

    private static Money perYear(Money figure, BigDecimal months) {
        return figure.multipliedBy(TWELVE).dividedBy(months, MathContext.DECIMAL128);
    }

    /**
     * The value in words, e.g. {@code £6,000,000.00 including VAT (£5,000,000.00 excluding VAT)} or
     * {@code £6,000,000.00 (VAT basis not stated)}.
     *
     * @return the text
     */
    public String describe() {
        if (basis.isEmpty()) {
            return MoneyFormat.EXACT.format(amount) + " (VAT basis not stated)";
        }
        return MoneyFormat.EXACT.format(amount) + " " + basis.get().words()
                + otherBasis.map(o -> " (" + MoneyFormat.EXACT.format(o) + " " + basis.get().other().words() + ")").orElse("");
    }
}
