package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;

import java.util.Optional;

/**
 * Whether the procurement (or a lot) is stated to be suitable for small and medium-sized enterprises and
 * for voluntary, community and social enterprises: the {@code suitability} object of the OCDS suitability
 * extension and the UK extension ({@code sme}, {@code vcse}). Either may be absent; nothing is inferred.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param sme suitable for SMEs, if stated
 * @param vcse suitable for VCSEs, if stated
 * @param source the JSON path read, or a note that the notice does not say
 */
public record Suitability(Optional<Boolean> sme, Optional<Boolean> vcse, String source) {
    /**
     * Validates the suitability.
     *
     * @param sme optional
     * @param vcse optional
     * @param source not blank
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing
     */
    public Suitability {
        Checks.notNull(sme, "sme");
        Checks.notNull(vcse, "vcse");
        Checks.notBlank(source, "suitability source");
    }

    /**
     * Suitability the notice does not state.
     *
     * @param path the path looked at
     * @return neither stated
     */
    public static Suitability notStated(String path) {
        return new Suitability(Optional.empty(), Optional.empty(), "not stated (no " + path + ")");
    }
}
