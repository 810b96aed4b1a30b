package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;

import java.util.regex.Pattern;

/** The shared id rule. Stateless. */
final class Ids {
    /** The documented rule, quoted in error messages. */
    static final String RULE = "lowercase letters, digits, '-' and '.', 1-64 characters, starting with a letter or digit";
    private static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    private Ids() {
    }

    static String check(String kind, String value) {
        if (value == null) {
            throw new InvalidValueException(kind + " must not be null");
        }
        if (!PATTERN.matcher(value).matches()) {
            throw new InvalidValueException("invalid " + kind + " '" + value + "': an id has " + RULE);
        }
        return value;
    }

    static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }
}
