package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** UK postcode shape: outward code, optional space, inward code (a digit and two letters). Stateless. */
final class Postcodes {
    private static final Pattern FULL = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})");

    private Postcodes() {
    }

    /** Upper case, one space between the outward and inward codes. */
    static String normalise(String postcode) {
        Matcher m = match(postcode);
        return m.group(1) + " " + m.group(2);
    }

    /** The outward code (the district), e.g. {@code E1} of {@code E1 6AN}. */
    static String outward(String postcode) {
        return match(postcode).group(1);
    }

    private static Matcher match(String postcode) {
        Checks.notNull(postcode, "postcode");
        Matcher m = FULL.matcher(postcode.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidValueException("invalid postcode '" + postcode + "': a full UK postcode is an outward code"
                    + " (e.g. E1, EC1A) and an inward code (a digit and two letters), e.g. E1 6AN");
        }
        return m;
    }
}
