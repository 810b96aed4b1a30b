package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.FileId;
import io.github.svtoms.core.FileIds;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One area of a {@link LocalDefinition}: a list of {@link PostcodeDistricts postcode districts}, of
 * {@link AdministrativeAreas local authority or integrated care board areas} by their ONS codes, or a
 * {@link Radius radius} around a postcode.
 *
 * <p>Every implementation is an immutable, thread-safe record with value equality.
 */
public sealed interface LocalArea permits LocalArea.PostcodeDistricts, LocalArea.AdministrativeAreas, LocalArea.Radius {
    /**
     * The form's id used in files: {@code postcode-districts}, {@code areas} or {@code radius}.
     *
     * @return the id
     */
    String form();

    /**
     * The area in words.
     *
     * @return e.g. {@code postcode districts E1, E2}
     */
    String describe();

    /**
     * Postcode districts (the outward code of a postcode, e.g. {@code E1}, {@code EC1A}, {@code LU1}),
     * normalised to upper case; a postcode is within the area when its outward code is listed.
     *
     * @param districts at least one, no duplicates after normalising
     */
    record PostcodeDistricts(List<String> districts) implements LocalArea {
        private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");

        /**
         * Validates, normalises and copies the districts.
         *
         * @throws InvalidValueException when there is none, one is not a postcode district or one repeats
         */
        public PostcodeDistricts {
            List<String> normal = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String d : Lists.copyOf(districts, "postcode districts")) {
                String n = d.strip().toUpperCase(Locale.ROOT);
                if (!DISTRICT.matcher(n).matches()) {
                    throw new InvalidValueException("invalid postcode district '" + d + "': a district is the outward"
                            + " code of a postcode, one or two letters, a digit and an optional letter or digit (e.g. E1, EC1A, LU1)");
                }
                if (!seen.add(n)) {
                    throw new InvalidValueException("duplicate postcode district '" + n + "': each may be given once");
                }
                normal.add(n);
            }
            if (normal.isEmpty()) {
                throw new InvalidValueException("a postcode-district area needs at least one district");
            }
            districts = List.copyOf(normal);
        }

        /**
         * Whether a full postcode lies in one of the districts.
         *
         * @param postcode a full UK postcode, e.g. {@code E1 6AN} (case and spacing are normalised)
         * @return {@code true} when its outward code is listed
         * @throws InvalidValueException when it is not a full postcode
         */
        public boolean contains(String postcode) {
            return districts.contains(Postcodes.outward(postcode));
        }

        @Override
        public String form() {
            return "postcode-districts";
        }

        @Override
        public String describe() {
            return "postcode districts " + String.join(", ", districts);
        }
    }

    /**
     * Local authority or integrated care board areas by their ONS GSS codes (a letter and eight digits, e.g.
     * {@code E09000030}), each with an optional name.
     *
     * @param type local authority or integrated care board
     * @param codes at least one GSS code, no duplicates
     * @param names readable names in the codes' order, or empty; when given, one per code
     */
    record AdministrativeAreas(AreaType type, List<String> codes, List<String> names) implements LocalArea {
        private static final Pattern GSS = Pattern.compile("[A-Z][0-9]{8}");

        /**
         * Validates and copies.
         *
         * @throws InvalidValueException when there is no code, a code is not a GSS code or repeats, or the names
         *                               do not match the codes one to one
         */
        public AdministrativeAreas {
            Checks.notNull(type, "area type");
            codes = Lists.copyOf(codes, type.words() + " codes");
            if (codes.isEmpty()) {
                throw new InvalidValueException("a " + type.words() + " area needs at least one code");
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String c : codes) {
                if (!GSS.matcher(c).matches()) {
                    throw new InvalidValueException("invalid " + type.words() + " code '" + c
                            + "': an ONS GSS code is an upper-case letter and eight digits, e.g. E09000030");
                }
                if (!seen.add(c)) {
                    throw new InvalidValueException("duplicate " + type.words() + " code '" + c + "': each may be given once");
                }
            }
            names = Lists.copyOf(names, type.words() + " names");
            if (!names.isEmpty() && names.size() != codes.size()) {
                throw new InvalidValueException(names.size() + " names for " + codes.size() + " " + type.words()
                        + " codes: give one name per code, or none");
            }
            names.forEach(n -> Checks.notBlank(n, type.words() + " name"));
        }

        @Override
        public String form() {
            return "areas";
        }

        @Override
        public String describe() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                parts.add(names.isEmpty() ? codes.get(i) : names.get(i) + " (" + codes.get(i) + ")");
            }
            return type.words() + " areas " + String.join(", ", parts);
        }
    }

    /**
     * Within a distance of a postcode.
     *
     * @param centre a full UK postcode, normalised to upper case with one space (e.g. {@code E1 8DE})
     * @param distance greater than 0
     * @param unit kilometres or miles
     */
    record Radius(String centre, BigDecimal distance, DistanceUnit unit) implements LocalArea {
        /**
         * Validates and normalises.
         *
         * @throws InvalidValueException when the centre is not a full postcode or the distance is not positive
         */
        public Radius {
            centre = Postcodes.normalise(centre);
            Checks.notNull(distance, "radius");
            Checks.notNull(unit, "radius unit");
            if (distance.signum() <= 0) {
                throw new InvalidValueException("invalid radius " + distance.toPlainString() + " " + unit.id()
                        + ": must be greater than 0");
            }
        }

        @Override
        public String form() {
            return "radius";
        }

        @Override
        public String describe() {
            return "within " + distance.stripTrailingZeros().toPlainString() + " " + unit.words() + " of " + centre;
        }
    }

    /** Which administrative areas. Immutable and thread-safe (an enum). */
    enum AreaType implements FileId {
        /** Local authority areas. File id {@code local-authority}. */
        LOCAL_AUTHORITY("local-authority", "local authority"),
        /** Integrated care board areas. File id {@code icb}. */
        INTEGRATED_CARE_BOARD("icb", "integrated care board");

        private final String id;
        private final String words;

        AreaType(String id, String words) {
            this.id = id;
            this.words = words;
        }

        /**
         * The id used in files.
         *
         * @return {@code local-authority} or {@code icb}
         */
        @Override
        public String id() {
            return id;
        }

        /**
         * The type in words.
         *
         * @return e.g. {@code integrated care board}
         */
        public String words() {
            return words;
        }

        /**
         * Reads an id written by {@link #id()}.
         *
         * @param id the id
         * @return the type
         * @throws InvalidValueException for any other text
         */
        public static AreaType fromId(String id) {
            return FileIds.parse(AreaType.class, id, "area type");
        }
    }

    /** The unit of a {@link Radius}. Immutable and thread-safe (an enum). */
    enum DistanceUnit implements FileId {
        /** Kilometres. File id {@code km}. */
        KILOMETRES("km", "km"),
        /** Miles. File id {@code miles}. */
        MILES("miles", "miles");

        private final String id;
        private final String words;

        DistanceUnit(String id, String words) {
            this.id = id;
            this.words = words;
        }

        /**
         * The id used in files.
         *
         * @return {@code km} or {@code miles}
         */
        @Override
        public String id() {
            return id;
        }

        /**
         * The unit in words.
         *
         * @return {@code km} or {@code miles}
         */
        public String words() {
            return words;
        }

        /**
         * Reads an id written by {@link #id()}.
         *
         * @param id the id
         * @return the unit
         * @throws InvalidValueException for any other text
         */
        public static DistanceUnit fromId(String id) {
            return FileIds.parse(DistanceUnit.class, id, "distance unit");
        }
    }
}
