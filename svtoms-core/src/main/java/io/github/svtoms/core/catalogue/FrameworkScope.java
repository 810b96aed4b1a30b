package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.law.Threshold;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who and what a framework edition applies to: the kinds of buyer (the file ids of
 * {@code io.github.svtoms.core.kpi.BuyerType}, e.g. {@code central-government}; empty for any buyer), a
 * value floor stated on its VAT basis (PPN 026: £1,000,000 or more including VAT), and exclusions in words
 * (PPN 002: private utilities, MoD defence and security contracts). A scope is checked for a procurement by
 * {@link Framework#checkScope} (with a typed buyer, {@code io.github.svtoms.core.duties.ProcurementDuties#scope}).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param buyerTypes the buyer type ids it applies to, no duplicates; empty for any buyer
 * @param valueFloor the value a contract must reach, if any
 * @param exclusions what it does not apply to, in words, each not blank
 */
public record FrameworkScope(List<String> buyerTypes, Optional<Threshold> valueFloor, List<String> exclusions) {
    /** Any buyer, any value, no exclusion. */
    public static final FrameworkScope ANY = new FrameworkScope(List.of(), Optional.empty(), List.of());

    /**
     * Validates the scope and copies its lists.
     *
     * @throws InvalidValueException when a buyer type breaks the id rule or repeats, or an exclusion is blank
     */
    public FrameworkScope {
        buyerTypes = Lists.copyOf(buyerTypes, "scope buyer types");
        Set<String> seen = new HashSet<>();
        for (String b : buyerTypes) {
            IdRule.check(b, "scope buyer type");
            if (!seen.add(b)) {
                throw new InvalidValueException("duplicate scope buyer type '" + b + "': each may be given once");
            }
        }
        Checks.notNull(valueFloor, "scope value floor");
        exclusions = Lists.copyOf(exclusions, "scope exclusions");
        exclusions.forEach(e -> Checks.notBlank(e, "scope exclusion"));
    }

    /**
     * Whether the scope names no buyer type, value floor or exclusion.
     *
     * @return {@code true} for a scope that applies to every procurement
     */
    public boolean isUnrestricted() {
        return buyerTypes.isEmpty() && valueFloor.isEmpty() && exclusions.isEmpty();
    }

    /**
     * Whether a buyer type is within the scope.
     *
     * @param buyerTypeId the buyer type's file id, e.g. {@code nhs}
     * @return {@code true} when the scope names it or names none
     */
    public boolean coversBuyer(String buyerTypeId) {
        Checks.notNull(buyerTypeId, "buyer type");
        return buyerTypes.isEmpty() || buyerTypes.contains(buyerTypeId);
    }
}
