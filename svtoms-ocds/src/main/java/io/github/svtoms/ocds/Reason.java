package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;

/**
 * Why one piece of a notice cannot be used: the {@link ReasonKind kind}, the details (the values found,
 * e.g. {@code "amount 0 GBP"} or {@code "start 2025-04-01, end 2025-03-31"}) and the JSON path where the
 * piece was looked for.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param kind the kind of problem
 * @param detail what was found; may be empty when the kind says it all
 * @param path the JSON path looked at, e.g. {@code $.releases[0].tender.value}; for a document problem,
 *             the path of the value concerned or {@code $}
 */
public record Reason(ReasonKind kind, String detail, String path) {
    /**
     * Validates the reason.
     *
     * @param kind not null
     * @param detail not null
     * @param path not blank
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing
     */
    public Reason {
        Checks.notNull(kind, "reason kind");
        Checks.notNull(detail, "reason detail");
        Checks.notBlank(path, "reason path");
    }

    /**
     * The reason as one line: the kind's description, the details and the path, e.g.
     * {@code "no contract value in the notice (at $.tender.value)"}.
     *
     * @return the message
     */
    public String message() {
        return kind.description() + (detail.isEmpty() ? "" : ": " + detail) + " (at " + path + ")";
    }

    @Override
    public String toString() {
        return kind + ": " + message();
    }
}
