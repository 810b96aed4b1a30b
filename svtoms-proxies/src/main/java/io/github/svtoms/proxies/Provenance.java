package io.github.svtoms.proxies;

import io.github.svtoms.core.internal.Checks;

import java.util.Optional;

/**
 * Where a figure comes from: the source's title, its publisher, edition, URL and licence, how directly
 * it was read, and a reference within it (table, row, page).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param source the source's title, e.g. {@code Unit Cost Database}
 * @param publisher who publishes it, e.g. {@code GMCA}
 * @param edition its edition or version, e.g. {@code v1.4}
 * @param url where it is published, if known
 * @param licence the licence of the figure, e.g. {@code CC BY 4.0}
 * @param evidence how directly the figure was read
 * @param reference where in the source, if given
 */
public record Provenance(String source, String publisher, String edition, Optional<String> url, String licence,
                         EvidenceGrade evidence, Optional<String> reference) {
    private static final Provenance SUPPLIED = new Provenance("supplied in the valuation request", "request",
            "request", Optional.empty(), "as supplied", EvidenceGrade.U, Optional.empty());

    /**
     * Validates the provenance.
     *
     * @param source not blank
     * @param publisher not blank
     * @param edition not blank
     * @param url empty or not blank
     * @param licence not blank
     * @param evidence the grade
     * @param reference empty or not blank
     * @throws io.github.svtoms.core.InvalidValueException when a part is missing or blank
     */
    public Provenance {
        Checks.notBlank(source, "provenance source");
        Checks.notBlank(publisher, "provenance publisher");
        Checks.notBlank(edition, "provenance edition");
        Checks.notNull(url, "provenance url").ifPresent(u -> Checks.notBlank(u, "provenance url"));
        Checks.notBlank(licence, "provenance licence");
        Checks.notNull(evidence, "provenance evidence grade");
        Checks.notNull(reference, "provenance reference").ifPresent(r -> Checks.notBlank(r, "provenance reference"));
    }

    /**
     * The provenance of a proxy given inline in a valuation request: source "supplied in the valuation
     * request", publisher and edition "request", licence "as supplied", evidence {@link EvidenceGrade#U}.
     *
     * @return that provenance
     */
    public static Provenance suppliedInRequest() {
        return SUPPLIED;
    }

    /**
     * A short citation: {@code "GMCA Unit Cost Database v1.4"}.
     *
     * @return publisher, source and edition
     */
    public String citation() {
        if (this.equals(SUPPLIED)) {
            return "supplied in request";
        }
        // publisher, source and edition, without repeating a part the source already names
        String cited = source.startsWith(publisher) ? source : publisher + " " + source;
        return source.contains(edition) ? cited : cited + " " + edition;
    }
}
