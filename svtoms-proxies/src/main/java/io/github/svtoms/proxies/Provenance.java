package io.github.svtoms.proxies;

import io.github.svtoms.core.internal.Checks;

import java.util.Optional;

/**
 * Where a figure comes from: the source's title, its publisher, edition, URL and licence, how directly
 * it was read, a reference within it (table, row, page), and — when the figure was read in a secondary copy —
 * where it was read. The source is always the primary publication a reader can check (ONS's Annual Survey of
 * Hours and Earnings, the Living Wage Foundation's rates); a trade article, newspaper or repository mirror that
 * carried the figure is {@link #readIn()}, and the figure's {@link #evidence()} is then {@link EvidenceGrade#V2}.
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
 * @param readIn the secondary copy the figure was read in (title, date, URL), if it was not read in the source
 */
public record Provenance(String source, String publisher, String edition, Optional<String> url, String licence,
                         EvidenceGrade evidence, Optional<String> reference, Optional<String> readIn) {
    private static final Provenance SUPPLIED = new Provenance("supplied in the valuation request", "request",
            "request", Optional.empty(), "as supplied", EvidenceGrade.U, Optional.empty(), Optional.empty());

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
     * @param readIn empty or not blank
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
        Checks.notNull(readIn, "provenance read in").ifPresent(r -> Checks.notBlank(r, "provenance read in"));
    }

    /**
     * A provenance read in the source itself (no secondary copy).
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
    public Provenance(String source, String publisher, String edition, Optional<String> url, String licence,
                      EvidenceGrade evidence, Optional<String> reference) {
        this(source, publisher, edition, url, licence, evidence, reference, Optional.empty());
    }

    /**
     * A copy recording the secondary copy the figure was read in.
     *
     * @param copy the copy's title, date and URL; not blank
     * @return the modified copy
     */
    public Provenance withReadIn(String copy) {
        return new Provenance(source, publisher, edition, url, licence, evidence, reference,
                Optional.of(Checks.notBlank(copy, "provenance read in")));
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
