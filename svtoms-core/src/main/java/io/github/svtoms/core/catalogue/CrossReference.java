package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.IdRule;
import io.github.svtoms.core.InvalidValueException;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A pointer from a measure to another framework's code for the same thing, e.g. National TOMs
 * {@code NT1} in edition {@code NT2022}. Codes can be renumbered between editions, so a reference is
 * keyed on scheme, code and edition. svtoms carries such codes as cross-references only, never the
 * other framework's values.
 *
 * <p>Text form (see {@link #parse(String)} and {@link #toString()}): {@code scheme:code} or
 * {@code scheme:code@edition}, e.g. {@code national-toms:NT1@NT2022}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scheme the scheme, following the id rule (e.g. {@code national-toms}, {@code uk-svm-2020})
 * @param code the code in that scheme: letters, digits, {@code . _ -} and spaces, 1–32 characters
 * @param edition the edition the code belongs to, if known (same characters as a code)
 */
public record CrossReference(String scheme, String code, Optional<String> edition) {
    /** The rule for codes and editions, quoted in messages. */
    public static final String CODE_RULE = "letters, digits, '.', '_', '-' and inner spaces, 1-32 characters";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._ -]{0,30}[A-Za-z0-9._-])?");

    /**
     * Validates the reference.
     *
     * @param scheme the scheme id
     * @param code the code
     * @param edition the edition, or empty
     * @throws InvalidValueException when a part breaks its rule
     */
    public CrossReference {
        IdRule.check(scheme, "cross-reference scheme");
        checkCode("cross-reference code", code);
        Checks.notNull(edition, "edition");
        edition.ifPresent(e -> checkCode("cross-reference edition", e));
    }

    /**
     * A reference without an edition.
     *
     * @param scheme the scheme id
     * @param code the code
     * @return the reference
     */
    public static CrossReference of(String scheme, String code) {
        return new CrossReference(scheme, code, Optional.empty());
    }

    /**
     * A reference with an edition.
     *
     * @param scheme the scheme id
     * @param code the code
     * @param edition the edition
     * @return the reference
     */
    public static CrossReference of(String scheme, String code, String edition) {
        return new CrossReference(scheme, code, Optional.of(Checks.notNull(edition, "edition")));
    }

    /**
     * Reads {@code scheme:code} or {@code scheme:code@edition}.
     *
     * @param text the text
     * @return the reference
     * @throws InvalidValueException when the text is not of that form
     */
    public static CrossReference parse(String text) {
        Checks.notNull(text, "cross-reference");
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new InvalidValueException("invalid cross-reference '" + text + "': expected scheme:code or scheme:code@edition");
        }
        String rest = text.substring(colon + 1);
        int at = rest.indexOf('@');
        return at < 0 ? of(text.substring(0, colon), rest)
                : of(text.substring(0, colon), rest.substring(0, at), rest.substring(at + 1));
    }

    private static void checkCode(String what, String value) {
        if (value == null) {
            throw new InvalidValueException(what + " must not be null");
        }
        if (!CODE.matcher(value).matches()) {
            throw new InvalidValueException("invalid " + what + " '" + value + "': expected " + CODE_RULE);
        }
    }

    /**
     * Whether this reference names the given code, in the given edition when one is asked for.
     *
     * @param scheme the scheme id
     * @param code the code
     * @param edition the edition to match, or empty to match any edition
     * @return whether it matches
     */
    public boolean matches(String scheme, String code, Optional<String> edition) {
        return this.scheme.equals(scheme) && this.code.equals(code)
                && (edition.isEmpty() || edition.equals(this.edition));
    }

    /**
     * {@code scheme:code} or {@code scheme:code@edition}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return scheme + ":" + code + edition.map(e -> "@" + e).orElse("");
    }
}
