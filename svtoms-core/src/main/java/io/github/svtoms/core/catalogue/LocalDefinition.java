package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

import java.util.List;
import java.util.Optional;

/**
 * A structured definition of "local", which the ELFT evaluation (seed 000) asks for because "local" was used
 * for all of the trust's geography rather than a defined neighbourhood: a name, whether it defines where a
 * supplier or worker is <em>based</em> or where the <em>benefit</em> lands (the report distinguishes a "local
 * base" from "local benefit"), and the areas that count as local — postcode districts, local authority or
 * integrated care board areas, or a radius around a postcode; a place is local when it is in any of them.
 * Stored with a commitment ({@code io.github.svtoms.core.monitoring.Commitment#local()}).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param name a readable name, e.g. {@code ELFT catchment}
 * @param basis what must be local: the base or the benefit
 * @param areas at least one area
 */
public record LocalDefinition(String name, Basis basis, List<LocalArea> areas) {
    /**
     * Validates and copies.
     *
     * @throws InvalidValueException when the name is blank or there is no area
     */
    public LocalDefinition {
        Checks.notBlank(name, "local definition name");
        Checks.notNull(basis, "basis of local definition '" + name + "'");
        areas = Lists.copyOf(areas, "areas of local definition '" + name + "'");
        if (areas.isEmpty()) {
            throw new InvalidValueException("local definition '" + name + "' needs at least one area");
        }
    }

    /**
     * Whether a full postcode is local. Decided only by postcode districts: a postcode outside them is
     * "unknown" when the definition also has administrative areas or a radius, which need geographic data
     * svtoms does not hold.
     *
     * @param postcode a full UK postcode
     * @return {@code true} when a listed district contains it; {@code false} when every area is a postcode-district
     *         list and none contains it; empty otherwise
     * @throws InvalidValueException when it is not a full postcode
     */
    public Optional<Boolean> coversPostcode(String postcode) {
        String outward = Postcodes.outward(postcode);
        boolean allDistricts = true;
        for (LocalArea a : areas) {
            if (a instanceof LocalArea.PostcodeDistricts d) {
                if (d.districts().contains(outward)) {
                    return Optional.of(true);
                }
            } else {
                allDistricts = false;
            }
        }
        return allDistricts ? Optional.of(false) : Optional.empty();
    }

    /**
     * The definition in words.
     *
     * @return e.g. {@code ELFT catchment (local base): postcode districts E1, E2; or local authority areas …}
     */
    public String describe() {
        return name + " (local " + basis.id() + "): " + String.join("; or ", areas.stream().map(LocalArea::describe).toList());
    }

    /** What a local definition makes local. Immutable and thread-safe (an enum). */
    public enum Basis implements FileId {
        /** Where a supplier, its site or its workers are based ("local base"). File id {@code base}. */
        BASE,
        /** Where the benefit lands, e.g. the residents hired or served ("local benefit"). File id {@code benefit}. */
        BENEFIT;

        /**
         * Reads an id written by {@link #id()}.
         *
         * @param id the id
         * @return the basis
         * @throws InvalidValueException for any other text
         */
        public static Basis fromId(String id) {
            return FileIds.parse(Basis.class, id, "local basis");
        }
    }
}
