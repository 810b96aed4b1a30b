package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.InvalidValueException;

/** The shared id rule. Stateless. */
final class Ids {
    /** The documented rule, quoted in error messages. */
    static final String RULE = "lowercase letters, digits, '-' and '.', 1-64 characters, starting with a letter or digit";

    private Ids() {
    }

    static String check(String kind, String value) {
        if (value == null) {
            throw new InvalidValueException(kind + " must not be null");
        }
        if (!matches(value)) {
            throw new InvalidValueException("invalid " + kind + " '" + value + "': an id has " + RULE);
        }
        return value;
    }

    static boolean isValid(String value) {
        return value != null && matches(value);
    }

    /**
     * Whether a value matches {@code [a-z0-9][a-z0-9.-]{0,63}}, checked character by character (ids are
     * checked on every construction, so this avoids a regex match each time).
     */
    private static boolean matches(String value) {
        int n = value.length();
        if (n < 1 || n > 64 || !lowerOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = value.charAt(i);
            if (!lowerOrDigit(c) && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
