package io.github.svtoms.core.portfolio;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.law.VatBasis;
import io.github.svtoms.core.money.CurrencyMismatchException;
import io.github.svtoms.core.money.Money;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One contract as a portfolio metric sees it. Everything but the id and value is optional: a contract
 * without a social value weighting is a contract without social value; an unknown Real Living Wage answer or
 * spend figure leaves the contract out of that metric. The supplier's identifier lets the Real Living Wage
 * share count suppliers rather than contracts (seed 002: "proportion of suppliers that pay the real living
 * wage"); the VAT basis says whether the value includes VAT.
 *
 * <p>Immutable and thread-safe; value equality over all components. The {@code with…} methods return
 * modified copies.
 *
 * @param id the contract id, unique in its portfolio
 * @param value the contract value, at least 0
 * @param socialValueWeighting the social value weighting used to award it, percent 0–100, if any
 * @param paysRealLivingWage whether the supplier pays the Real Living Wage, if known
 * @param addressableSpend the supplier's addressable spend on the contract, if known
 * @param localSpend of which with local suppliers, at most the addressable spend, if known
 * @param smeSpend of which with SMEs, at most the addressable spend, if known
 * @param vcseSpend of which with voluntary, community and social enterprises, at most the addressable spend, if known
 * @param proxyValueCommitted the proxy social value committed (valued elsewhere), if any
 * @param proxyValueDelivered the proxy social value delivered so far (valued elsewhere), if known
 * @param supplier the supplier's identifier (e.g. {@code GB-COH-01234567}), compared exactly, if known; not blank
 * @param valueBasis whether {@code value} includes VAT, if stated
 */
public record PortfolioContract(ContractId id, Money value, Optional<BigDecimal> socialValueWeighting,
                                Optional<Boolean> paysRealLivingWage, Optional<Money> addressableSpend,
                                Optional<Money> localSpend, Optional<Money> smeSpend, Optional<Money> vcseSpend,
                                Optional<Money> proxyValueCommitted, Optional<Money> proxyValueDelivered,
                                Optional<String> supplier, Optional<VatBasis> valueBasis) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Validates the contract.
     *
     * @param id the id
     * @param value at least 0
     * @param socialValueWeighting 0–100, or empty
     * @param paysRealLivingWage the answer, or empty
     * @param addressableSpend at least 0, or empty
     * @param localSpend 0..addressable, or empty
     * @param smeSpend 0..addressable, or empty
     * @param vcseSpend 0..addressable, or empty
     * @param proxyValueCommitted at least 0, or empty
     * @param proxyValueDelivered at least 0, or empty
     * @param supplier not blank, or empty
     * @param valueBasis the VAT basis, or empty
     * @throws InvalidValueException when a value breaks its rule
     * @throws CurrencyMismatchException when an amount is in another currency than the value
     */
    public PortfolioContract {
        Checks.notNull(id, "contract id");
        String where = " of contract '" + id + "'";
        Checks.notNull(value, "value" + where);
        nonNegative(value, "value", where);
        Checks.notNull(socialValueWeighting, "social value weighting" + where).ifPresent(w -> {
            if (w.signum() < 0 || w.compareTo(HUNDRED) > 0) {
                throw new InvalidValueException("invalid social value weighting " + w.toPlainString() + where
                        + ": a percentage must be between 0 and 100");
            }
        });
        Checks.notNull(paysRealLivingWage, "pays real living wage" + where);
        money(addressableSpend, "addressable spend", value, where);
        money(localSpend, "local spend", value, where);
        money(smeSpend, "SME spend", value, where);
        money(vcseSpend, "VCSE spend", value, where);
        money(proxyValueCommitted, "proxy value committed", value, where);
        money(proxyValueDelivered, "proxy value delivered", value, where);
        if (addressableSpend.isPresent()) {
            Money addressable = addressableSpend.get();
            within(localSpend, "local spend", addressable, where);
            within(smeSpend, "SME spend", addressable, where);
            within(vcseSpend, "VCSE spend", addressable, where);
        }
        Checks.notNull(supplier, "supplier" + where).ifPresent(x -> Checks.notBlank(x, "supplier" + where));
        Checks.notNull(valueBasis, "VAT basis" + where);
    }

    /**
     * A contract without a supplier identifier or VAT basis.
     *
     * @param id the id
     * @param value at least 0
     * @param socialValueWeighting 0–100, or empty
     * @param paysRealLivingWage the answer, or empty
     * @param addressableSpend at least 0, or empty
     * @param localSpend 0..addressable, or empty
     * @param smeSpend 0..addressable, or empty
     * @param vcseSpend 0..addressable, or empty
     * @param proxyValueCommitted at least 0, or empty
     * @param proxyValueDelivered at least 0, or empty
     * @throws InvalidValueException when a value breaks its rule
     * @throws CurrencyMismatchException when an amount is in another currency than the value
     */
    public PortfolioContract(ContractId id, Money value, Optional<BigDecimal> socialValueWeighting,
                             Optional<Boolean> paysRealLivingWage, Optional<Money> addressableSpend,
                             Optional<Money> localSpend, Optional<Money> smeSpend, Optional<Money> vcseSpend,
                             Optional<Money> proxyValueCommitted, Optional<Money> proxyValueDelivered) {
        this(id, value, socialValueWeighting, paysRealLivingWage, addressableSpend, localSpend, smeSpend, vcseSpend,
                proxyValueCommitted, proxyValueDelivered, Optional.empty(), Optional.empty());
    }

    /**
     * The contract value with its VAT basis.
     *
     * @return the value
     */
    public ContractValue contractValue() {
        return new ContractValue(value, valueBasis, Optional.empty());
    }

    /**
     * A copy with the supplier's identifier.
     *
     * @param identifier not blank
     * @return the modified copy
     */
    public PortfolioContract withSupplier(String identifier) {
        return new PortfolioContract(id, value, socialValueWeighting, paysRealLivingWage, addressableSpend, localSpend,
                smeSpend, vcseSpend, proxyValueCommitted, proxyValueDelivered,
                Optional.of(Checks.notBlank(identifier, "supplier")), valueBasis);
    }

    /**
     * A copy stating whether the value includes VAT.
     *
     * @param includesVat whether it does
     * @return the modified copy
     */
    public PortfolioContract withValueIncludesVat(boolean includesVat) {
        return new PortfolioContract(id, value, socialValueWeighting, paysRealLivingWage, addressableSpend, localSpend,
                smeSpend, vcseSpend, proxyValueCommitted, proxyValueDelivered, supplier, Optional.of(VatBasis.of(includesVat)));
    }

    private static void money(Optional<Money> amount, String what, Money value, String where) {
        Checks.notNull(amount, what + where).ifPresent(m -> {
            if (!m.currency().equals(value.currency())) {
                throw new CurrencyMismatchException(value.currency(), m.currency());
            }
            nonNegative(m, what, where);
        });
    }

    private static void nonNegative(Money m, String what, String where) {
        if (m.isNegative()) {
            throw new InvalidValueException("invalid " + what + " " + m + where + ": must be at least 0");
        }
    }

    private static void within(Optional<Money> part, String what, Money addressable, String where) {
        part.ifPresent(p -> {
            if (p.compareTo(addressable) > 0) {
                throw new InvalidValueException("invalid " + what + " " + p + where + ": more than the addressable spend "
                        + addressable);
            }
        });
    }

    /**
     * A contract with a value and nothing else known.
     *
     * @param id the id
     * @param value the value
     * @return the contract
     */
    public static PortfolioContract of(ContractId id, Money value) {
        return new PortfolioContract(id, value, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A copy with a social value weighting.
     *
     * @param percent 0–100
     * @return the modified copy
     */
    public PortfolioContract withSocialValueWeighting(BigDecimal percent) {
        return new PortfolioContract(id, value, Optional.of(Checks.notNull(percent, "weighting")), paysRealLivingWage,
                addressableSpend, localSpend, smeSpend, vcseSpend, proxyValueCommitted, proxyValueDelivered, supplier,
                valueBasis);
    }

    /**
     * A copy with the supplier's Real Living Wage answer.
     *
     * @param pays whether it pays the Real Living Wage
     * @return the modified copy
     */
    public PortfolioContract withPaysRealLivingWage(boolean pays) {
        return new PortfolioContract(id, value, socialValueWeighting, Optional.of(pays), addressableSpend, localSpend,
                smeSpend, vcseSpend, proxyValueCommitted, proxyValueDelivered, supplier, valueBasis);
    }

    /**
     * A copy with spend figures.
     *
     * @param addressable the addressable spend
     * @param local of which local
     * @param sme of which with SMEs
     * @param vcse of which with VCSEs
     * @return the modified copy
     */
    public PortfolioContract withSpend(Money addressable, Money local, Money sme, Money vcse) {
        return new PortfolioContract(id, value, socialValueWeighting, paysRealLivingWage,
                Optional.of(Checks.notNull(addressable, "addressable spend")), Optional.of(Checks.notNull(local, "local spend")),
                Optional.of(Checks.notNull(sme, "SME spend")), Optional.of(Checks.notNull(vcse, "VCSE spend")),
                proxyValueCommitted, proxyValueDelivered, supplier, valueBasis);
    }

    /**
     * A copy with proxy values.
     *
     * @param committed the committed proxy value
     * @param delivered the delivered proxy value, if known
     * @return the modified copy
     */
    public PortfolioContract withProxyValue(Money committed, Optional<Money> delivered) {
        return new PortfolioContract(id, value, socialValueWeighting, paysRealLivingWage, addressableSpend, localSpend,
                smeSpend, vcseSpend, Optional.of(Checks.notNull(committed, "committed proxy value")), delivered, supplier,
                valueBasis);
    }

    /**
     * Whether the contract has social value: a weighting above 0.
     *
     * @return {@code true} with a positive social value weighting
     */
    public boolean hasSocialValue() {
        return socialValueWeighting.map(w -> w.signum() > 0).orElse(false);
    }
}
