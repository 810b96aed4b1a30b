package io.github.svtoms.core.portfolio;

import io.github.svtoms.core.internal.Checks;

import java.util.Optional;

/**
 * The Health Equity Collaborative's yes/no anchor metrics about the organisation itself (seed 002, "Potential
 * metrics", adapted from "How strong is your anchor"):
 * <ol start="3">
 *   <li>guidance in place — "clear and specific organisational guidance in place for suppliers on social value
 *       expectations and priorities" (the seed's wording adds "that relate to SDOH for CYP");</li>
 *   <li>supplier development in place — "a process in place for identifying potential new suppliers,
 *       particularly local organisations …, and working with them to support them to supply".</li>
 * </ol>
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param supplierGuidance whether the guidance is in place, if answered
 * @param supplierDevelopment whether the supplier-development process is in place, if answered
 */
public record OrganisationPractices(Optional<Boolean> supplierGuidance, Optional<Boolean> supplierDevelopment) {
    /** Neither answered. */
    public static final OrganisationPractices UNKNOWN = new OrganisationPractices(Optional.empty(), Optional.empty());

    /**
     * Validates.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is null
     */
    public OrganisationPractices {
        Checks.notNull(supplierGuidance, "supplier guidance");
        Checks.notNull(supplierDevelopment, "supplier development");
    }

    /**
     * Both answered.
     *
     * @param guidance whether supplier guidance is in place
     * @param development whether a supplier-development process is in place
     * @return the practices
     */
    public static OrganisationPractices of(boolean guidance, boolean development) {
        return new OrganisationPractices(Optional.of(guidance), Optional.of(development));
    }
}
