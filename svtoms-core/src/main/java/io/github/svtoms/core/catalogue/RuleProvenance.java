package io.github.svtoms.core.catalogue;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.law.EvidenceGrade;

import java.util.Optional;

/**
 * Where one fact behind a framework edition's rules comes from and how well it is evidenced, e.g. "minimum
 * social value weighting 20 % at £5m and above", PPN 026, {@link EvidenceGrade#SECONDARY}, "awaits the primary
 * text". A fact graded [S] must carry a note saying it awaits the primary text.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param fact the fact, in words
 * @param source the instrument or document it comes from, e.g. {@code PPN 026 (5 Aug 2026)}
 * @param grade [V] read in the primary text, or [S] from secondary sources
 * @param note a note; required (not blank) for an [S] fact
 */
public record RuleProvenance(String fact, String source, EvidenceGrade grade, Optional<String> note) {
    /** The note every [S] fact gets from {@link #secondary(String, String)}. */
    public static final String AWAITS_PRIMARY_TEXT = "[S] from secondary sources, consistent across them; awaits the primary text";

    /**
     * Validates the provenance.
     *
     * @throws InvalidValueException when a part is missing or blank, or an [S] fact has no note
     */
    public RuleProvenance {
        Checks.notBlank(fact, "provenance fact");
        Checks.notBlank(source, "provenance source of '" + fact + "'");
        Checks.notNull(grade, "evidence grade of '" + fact + "'");
        Checks.notNull(note, "provenance note of '" + fact + "'");
        note.ifPresent(n -> Checks.notBlank(n, "provenance note of '" + fact + "'"));
        if (grade == EvidenceGrade.SECONDARY && note.isEmpty()) {
            throw new InvalidValueException("fact '" + fact + "' is graded [S] without a note: an [S] fact must say"
                    + " that it awaits the primary text");
        }
    }

    /**
     * A fact read in the primary text.
     *
     * @param fact the fact
     * @param source the source
     * @return the provenance
     */
    public static RuleProvenance verified(String fact, String source) {
        return new RuleProvenance(fact, source, EvidenceGrade.VERIFIED, Optional.empty());
    }

    /**
     * A fact from secondary sources, with the note {@value #AWAITS_PRIMARY_TEXT}.
     *
     * @param fact the fact
     * @param source the source
     * @return the provenance
     */
    public static RuleProvenance secondary(String fact, String source) {
        return new RuleProvenance(fact, source, EvidenceGrade.SECONDARY, Optional.of(AWAITS_PRIMARY_TEXT));
    }
}
