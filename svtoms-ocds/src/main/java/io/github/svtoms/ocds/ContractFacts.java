package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.law.ContractValue;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.kpi.BuyerType;
import io.github.svtoms.core.money.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything svtoms read from a notice (or one of its lots) about the contract, whether or not it is
 * enough for a {@link io.github.svtoms.core.kpi.ContractProfile}: each piece is a {@link Fact} marked
 * read or inferred, and a piece that could not be read is empty (the {@link ProfileReading} then says
 * why). It also carries what a contract profile cannot hold yet: the value both net and gross of VAT,
 * the dates, the CPV codes, the commencement date and the SME / VCSE suitability.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param category what is bought: {@code mainProcurementCategory}, or inferred from the main CPV code
 * @param netValue the value net of VAT ({@code amount}), if usable
 * @param grossValue the value including VAT (UK {@code amountGross}), if usable
 * @param period the contract period, if usable
 * @param years the contract's duration in whole years (at least 1), derived from the period
 * @param sectors svtoms sector tags from the CPV codes, always inferred (possibly an empty list)
 * @param cpvCodes the CPV codes found, eight digits each, main code first, no duplicates
 * @param buyer the buyer type
 * @param commencement the date taken as the start of the procurement (to choose a framework edition),
 *                     always inferred, if any date was found
 * @param suitability SME / VCSE suitability as stated
 */
public record ContractFacts(Optional<Fact<ContractCategory>> category, Optional<Fact<Money>> netValue,
                            Optional<Fact<Money>> grossValue, Optional<Fact<ContractPeriod>> period,
                            Optional<Fact<Integer>> years, Fact<List<String>> sectors, List<String> cpvCodes,
                            Fact<BuyerType> buyer, Optional<Fact<LocalDate>> commencement,
                            Suitability suitability) {
    /**
     * Validates the facts and copies the list.
     *
     * @param category optional
     * @param netValue optional
     * @param grossValue optional
     * @param period optional
     * @param years optional, at least 1
     * @param sectors not null
     * @param cpvCodes not null
     * @param buyer not null
     * @param commencement optional
     * @param suitability not null
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or years is below 1
     */
    public ContractFacts {
        Checks.notNull(category, "category");
        Checks.notNull(netValue, "net value");
        Checks.notNull(grossValue, "gross value");
        Checks.notNull(period, "period");
        Checks.notNull(years, "years");
        years.ifPresent(y -> {
            if (y.value() < 1) {
                throw new InvalidValueException("invalid contract duration " + y.value()
                        + " years: must be at least 1");
            }
        });
        Checks.notNull(sectors, "sectors");
        cpvCodes = List.copyOf(Checks.notNull(cpvCodes, "CPV codes"));
        Checks.notNull(buyer, "buyer");
        Checks.notNull(commencement, "commencement");
        Checks.notNull(suitability, "suitability");
    }

    /**
     * The value a contract profile takes: net of VAT when the notice gives it, else the gross value.
     *
     * @return the value, or empty when neither is usable
     */
    public Optional<Fact<Money>> value() {
        return netValue.isPresent() ? netValue : grossValue;
    }

    /**
     * The contract value with its VAT basis, as core's rules take it: the net value (as given, the same as
     * {@link #value()}) with the gross value as the figure on the other basis when the notice gives both, else whichever is given. When the two figures
     * cannot stand together (another currency, or a gross figure below the net one) only the net value is
     * kept, so a figure that contradicts the other is never used.
     *
     * @return the value, or empty when neither figure is usable
     */
    public Optional<ContractValue> contractValue() {
        if (netValue.isPresent()) {
            Money net = netValue.get().value();
            if (grossValue.isPresent()) {
                try {
                    return Optional.of(new ContractValue(net, Optional.of(io.github.svtoms.core.law.VatBasis.NET),
                            Optional.of(grossValue.get().value())));
                } catch (SvtomsException e) {
                    return Optional.of(ContractValue.net(net));
                }
            }
            return Optional.of(ContractValue.net(net));
        }
        return grossValue.map(g -> ContractValue.gross(g.value()));
    }

    /**
     * Whether {@link #value()} is net or gross of VAT.
     *
     * @return the basis, or empty when there is no value
     */
    public Optional<VatBasis> valueBasis() {
        return netValue.isPresent() ? Optional.of(VatBasis.NET)
                : grossValue.map(g -> VatBasis.GROSS);
    }
}
