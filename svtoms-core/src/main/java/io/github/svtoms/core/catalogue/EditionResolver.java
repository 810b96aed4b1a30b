package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.UnknownIdException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Picks the framework edition that applies to a procurement by the date it <em>commenced</em> — never by
 * today's date, so a tender commenced on 31 December 2026 keeps PPN 002 ({@code uk-svm-2025}) even when it is
 * evaluated in 2027, and one commenced on 1 January 2027 gets PPN 026 ({@code uk-svm-2027}).
 *
 * <p>The rules:
 * <ol>
 *   <li>A family id (e.g. {@code uk-svm}): the editions of the family whose {@link FrameworkPeriod} contains
 *       the date. None: no edition applies. Several (a transition, e.g. PPN 06/20 and PPN 002 from 24 February
 *       to 30 September 2025): the one whose period starts latest, the others named as also in force. The
 *       {@link FrameworkStatus} plays no part: a superseded edition still applies to procurements commenced
 *       within its period.</li>
 *   <li>A framework id: that framework, if it has no period or its period contains the date; otherwise none,
 *       naming the edition of its family in force on that date when there is one.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class EditionResolver {
    private EditionResolver() {
    }

    /**
     * The edition in force on a commencement date.
     *
     * @param catalogue the catalogue holding the editions
     * @param familyOrFramework a family id ({@code uk-svm}) or a framework id ({@code uk-svm-2025}, {@code kent})
     * @param commencement the date the procurement commenced
     * @return the edition chosen and why, or why none applies
     * @throws UnknownIdException when the id is neither a framework nor a family of the catalogue
     */
    public static EditionResolution resolve(Catalogue catalogue, FrameworkId familyOrFramework, LocalDate commencement) {
        Checks.notNull(catalogue, "catalogue");
        Checks.notNull(familyOrFramework, "framework or family id");
        Checks.notNull(commencement, "commencement date");
        Optional<Framework> named = catalogue.framework(familyOrFramework);
        if (named.isPresent()) {
            return framework(catalogue, named.get(), commencement);
        }
        List<Framework> editions = editionsOf(catalogue, familyOrFramework);
        if (editions.isEmpty()) {
            throw new UnknownIdException("unknown framework or family '" + familyOrFramework + "' in this catalogue");
        }
        return family(familyOrFramework, editions, commencement);
    }

    /**
     * The editions of a family, in catalogue order.
     *
     * @param catalogue the catalogue
     * @param family the family id
     * @return the editions; empty when the id is no family of the catalogue
     */
    public static List<Framework> editionsOf(Catalogue catalogue, FrameworkId family) {
        Checks.notNull(catalogue, "catalogue");
        Checks.notNull(family, "family id");
        return catalogue.frameworks().stream().filter(f -> f.family().equals(Optional.of(family))).toList();
    }

    /**
     * Whether an id names a family of the catalogue (and so must be resolved by date).
     *
     * @param catalogue the catalogue
     * @param id the id
     * @return {@code true} when some framework is an edition of it
     */
    public static boolean isFamily(Catalogue catalogue, FrameworkId id) {
        return !editionsOf(catalogue, id).isEmpty();
    }

    private static EditionResolution family(FrameworkId family, List<Framework> editions, LocalDate date) {
        List<Framework> inForce = editions.stream().filter(f -> f.appliesOn(date))
                .sorted(Comparator.comparing((Framework f) -> f.period().orElseThrow().from()).reversed())
                .toList();
        if (inForce.isEmpty()) {
            return new EditionResolution(family, date, Optional.empty(), "no edition of family '" + family
                    + "' applies to a procurement commenced on " + date + "; its editions apply to procurements commenced "
                    + periods(editions), List.of());
        }
        Framework chosen = inForce.get(0);
        List<Framework> others = editions.stream().filter(f -> inForce.contains(f) && !f.equals(chosen)).toList();
        String reason = "family '" + family + "': " + chosen.id() + " applies to procurements commenced "
                + chosen.period().orElseThrow().describe() + ", which contains the commencement date " + date
                + " (never today's date)";
        if (!others.isEmpty()) {
            reason += "; " + others.stream().map(f -> f.id() + " (" + f.period().orElseThrow().describe() + ")")
                    .collect(Collectors.joining(", ")) + " also applied on that date, and the edition whose period"
                    + " starts latest is chosen";
        }
        return new EditionResolution(family, date, Optional.of(chosen), reason,
                others.stream().map(Framework::id).toList());
    }

    private static EditionResolution framework(Catalogue catalogue, Framework f, LocalDate date) {
        if (f.period().isEmpty()) {
            return new EditionResolution(f.id(), date, Optional.of(f), "framework '" + f.id()
                    + "' states no period, so it applies whenever it is named", List.of());
        }
        String period = f.period().get().describe();
        if (f.appliesOn(date)) {
            return new EditionResolution(f.id(), date, Optional.of(f), "framework '" + f.id()
                    + "' applies to procurements commenced " + period + ", which contains the commencement date " + date,
                    List.of());
        }
        String reason = "framework '" + f.id() + "' applies to procurements commenced " + period
                + ", which does not contain the commencement date " + date;
        if (f.family().isPresent()) {
            List<Framework> editions = editionsOf(catalogue, f.family().get());
            EditionResolution instead = family(f.family().get(), editions, date);
            reason += instead.edition().map(e -> "; the edition of family '" + f.family().get() + "' in force on that date is "
                    + e.id()).orElse("; no edition of family '" + f.family().get() + "' applies on that date");
        }
        return new EditionResolution(f.id(), date, Optional.empty(), reason, List.of());
    }

    private static String periods(List<Framework> editions) {
        return editions.stream().map(f -> f.id() + " " + f.period().map(FrameworkPeriod::describe).orElse("(no period)"))
                .collect(Collectors.joining("; "));
    }
}
