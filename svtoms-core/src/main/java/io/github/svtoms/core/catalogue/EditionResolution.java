package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which framework edition applies to a procurement commenced on a date, and why: the result of
 * {@link EditionResolver#resolve(Catalogue, FrameworkId, LocalDate)}. When none applies, {@link #edition()} is
 * empty and {@link #reason()} says why; {@link #require()} turns that into a {@link NoEditionInForceException}.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param requested the family or framework id the request named
 * @param commencement the date the procurement commenced
 * @param edition the edition chosen, if one applies
 * @param reason why it was chosen, or why none applies, naming the dates
 * @param alsoInForce other editions of the family whose period also contains the date (a transition, e.g.
 *                    PPN 06/20 beside PPN 002 until 30 September 2025), in catalogue order
 */
public record EditionResolution(FrameworkId requested, LocalDate commencement, Optional<Framework> edition,
                                String reason, List<FrameworkId> alsoInForce) {
    /**
     * Validates and copies.
     *
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or the reason is blank
     */
    public EditionResolution {
        Checks.notNull(requested, "requested framework");
        Checks.notNull(commencement, "commencement date");
        Checks.notNull(edition, "edition");
        Checks.notBlank(reason, "reason");
        alsoInForce = Lists.copyOf(alsoInForce, "editions also in force");
    }

    /**
     * Whether an edition applies.
     *
     * @return {@code true} when {@link #edition()} is present
     */
    public boolean found() {
        return edition.isPresent();
    }

    /**
     * The edition chosen.
     *
     * @return the edition
     * @throws NoEditionInForceException when none applies, with {@link #reason()} as its message
     */
    public Framework require() {
        return edition.orElseThrow(() -> new NoEditionInForceException(requested.value(), commencement, reason));
    }
}
