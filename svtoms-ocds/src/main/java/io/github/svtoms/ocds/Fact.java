package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;

/**
 * One fact about a contract read from a notice, with where it came from: whether it was
 * {@link Provenance#READ read} or {@link Provenance#INFERRED inferred}, and how — the JSON path it was
 * read at, and for an inferred fact the rule that derived it (e.g. {@code "tender.lots[0].contractPeriod
 * .durationInDays 1440: 3.94 years, rounded to 4"}).
 *
 * <p>Immutable and thread-safe when the value is (every value svtoms-ocds puts in a fact is); value
 * equality over all components.
 *
 * @param value the value
 * @param provenance read or inferred
 * @param how where it was read and, when inferred, how it was derived; not blank
 * @param <T> the value's type
 */
public record Fact<T>(T value, Provenance provenance, String how) {
    /**
     * Validates the fact.
     *
     * @param value not null
     * @param provenance not null
     * @param how not blank
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing
     */
    public Fact {
        Checks.notNull(value, "fact value");
        Checks.notNull(provenance, "provenance");
        Checks.notBlank(how, "how the fact was found");
    }

    /**
     * A fact read from the notice.
     *
     * @param value the value
     * @param how the JSON path it was read at
     * @param <T> the value's type
     * @return the fact
     */
    public static <T> Fact<T> read(T value, String how) {
        return new Fact<>(value, Provenance.READ, how);
    }

    /**
     * A fact derived from something else.
     *
     * @param value the value
     * @param how what it was derived from, and the rule
     * @param <T> the value's type
     * @return the fact
     */
    public static <T> Fact<T> inferred(T value, String how) {
        return new Fact<>(value, Provenance.INFERRED, how);
    }

    /**
     * Whether the fact was inferred rather than read.
     *
     * @return {@code true} for {@link Provenance#INFERRED}
     */
    public boolean isInferred() {
        return provenance == Provenance.INFERRED;
    }
}
