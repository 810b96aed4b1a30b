package io.github.svtoms.catalog;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.proxies.ReferenceData;


/**
 * The content hash of reference data: the SHA-256 of its canonical {@code svtoms-reference/1} writing. A written
 * valuation request records the reference data it was valued with ({@code referenceUsed}) — the default price
 * index, the carbon values by year, the wage rates — and reading it with other reference data is refused, never a
 * silent revaluation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sha256 64 lower-case hexadecimal digits
 */
public record ReferenceDataDigest(String sha256) {
    /**
     * Validates the digest.
     *
     * @throws InvalidValueException when the hash is not 64 lower-case hexadecimal digits
     */
    public ReferenceDataDigest {
        Checks.notNull(sha256, "reference data sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new InvalidValueException("invalid reference data sha256 '" + sha256
                    + "': must be 64 lower-case hexadecimal digits");
        }
    }

    /**
     * The digest of reference data.
     *
     * @param reference the reference data
     * @return its digest
     */
    public static ReferenceDataDigest of(ReferenceData reference) {
        Checks.notNull(reference, "reference data");
        return new ReferenceDataDigest(ProxyTableDigest.sha256Hex(Formats.REFERENCE_DATA.toJson(reference)));
    }

    /**
     * A short form for messages: {@code sha256 3f493e250998…}.
     *
     * @return the text
     */
    public String describe() {
        return "sha256 " + sha256.substring(0, 12) + "…";
    }
}
