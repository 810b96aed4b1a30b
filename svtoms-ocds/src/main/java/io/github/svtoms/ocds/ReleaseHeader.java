package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;

import java.time.OffsetDateTime;

/**
 * What a release written by {@link OcdsWriter} says about itself and the contract it is about: the
 * contracting process's {@code ocid}, the release {@code id}, its {@code date}, and the contract's {@code id}
 * and {@code awardID} (both required by the OCDS 1.1 release schema for a contract). svtoms invents none of
 * them: they come from the buyer's system or the notice the contract was awarded under.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param ocid the open contracting id, not blank
 * @param releaseId the release id, unique within the ocid, not blank
 * @param date when the release's information was recorded
 * @param contractId the contract's id, not blank
 * @param awardId the id of the award the contract is for, not blank
 */
public record ReleaseHeader(String ocid, String releaseId, OffsetDateTime date, String contractId, String awardId) {
    /**
     * Validates the header.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or blank
     */
    public ReleaseHeader {
        Checks.notBlank(ocid, "ocid");
        Checks.notBlank(releaseId, "release id");
        Checks.notNull(date, "release date");
        Checks.notBlank(contractId, "contract id");
        Checks.notBlank(awardId, "award id");
    }
}
