package io.github.svtoms.core;

import io.github.svtoms.core.internal.Checks;

/**
 * The one id rule of svtoms: an id has lowercase ASCII letters, digits, {@code -} and {@code .},
 * 1–64 characters, starting with a letter or digit ({@code [a-z0-9][a-z0-9.-]{0,63}}), e.g.
 * {@code local-employment}, {@code nhs-2022}, {@code fm-2024-017}.
 *
 * <p>Every typed id ({@code MeasureId}, {@code ThemeId}, {@code FrameworkId}, {@code ContractId},
 * {@code BidId}, {@code CriterionId}, …), every id-like text (unit ids, sector tags, exclusive groups,
 * proxy table, price index and discount schedule ids, cross-reference schemes) and every file reader
 * checks against this class, so the rule and its message are written once.
 *
 * <p>Stateless and thread-safe.
 */
public final class IdRule {
    /** The rule in words, as quoted in every message about a bad id. */
    public static final String RULE =
            "lowercase letters, digits, '-' and '.', 1-64 characters, starting with a letter or digit";

    /** The longest id, in characters. */
    public static final int MAX_LENGTH = 64;

    private IdRule() {
    }

    /**
     * Whether a text follows the id rule. Checked character by character, since ids are checked on every
     * construction and every read.
     *
     * @param value any text, or null
     * @return {@code true} when it is a valid id; {@code false} for null
     */
    public static boolean isValid(@javax.annotation.Nullable String value) {
        if (value == null) {
            return false;
        }
        int n = value.length();
        if (n < 1 || n > MAX_LENGTH || !lowerOrDigit(value.charAt(0))) {
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

    /**
     * Returns {@code value} when it follows the id rule.
     *
     * @param value the text
     * @param kind what it is, quoted in the message (e.g. {@code "measure id"}, {@code "sector"})
     * @return {@code value}
     * @throws InvalidValueException when it is null ({@code "measure id must not be null"}) or breaks the
     *                               rule ({@link #message(String, String)})
     */
    public static String check(@javax.annotation.Nullable String value, String kind) {
        Checks.notNull(value, kind);
        if (!isValid(value)) {
            throw new InvalidValueException(message(kind, value));
        }
        return value;
    }

    /**
     * The message for a text that breaks the rule, for callers that report rather than throw (file
     * readers): {@code invalid measure id 'Local': an id has lowercase letters, …}.
     *
     * @param kind what it is, e.g. {@code "measure id"}
     * @param value the bad text
     * @return the message, quoting the value and the rule
     */
    public static String message(String kind, @javax.annotation.Nullable String value) {
        Checks.notNull(kind, "kind");
        return "invalid " + kind + " '" + value + "': an id has " + RULE;
    }

    private static boolean lowerOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
