package io.github.svtoms.ocds;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over many OCDS documents: how many notices and lots gave a usable contract profile, how often
 * each reason came up, how many publish award criteria, how many of those define an evaluation scheme or
 * cannot be checked, and how many have a social value criterion.
 *
 * <p>A reason kind is counted once per reading (notice or lot) that has it, however many times it occurs
 * there; a document problem once per document.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param documents the documents read
 * @param documentsWithProblems the documents with at least one problem
 * @param documentProblems per kind, the number of documents with that problem
 * @param notices the counts over whole notices
 * @param lots the counts over lots
 */
public record ScanSummary(int documents, int documentsWithProblems, Map<ReasonKind, Integer> documentProblems,
                          Counts notices, Counts lots) {
    /**
     * Counts over readings of one scope (whole notices, or lots).
     *
     * <p>Immutable and thread-safe; value equality over all components.
     *
     * @param readings how many
     * @param usable how many gave a usable contract profile
     * @param reasons per kind, how many readings have it (profile and criteria reasons)
     * @param withCriteria how many publish award criteria (for whole notices, including those whose lots
         *                     have different criteria)
     * @param withScheme how many define an evaluation scheme (percentages adding up to 100)
     * @param cannotBeChecked how many rank or describe their criteria without numbers
     * @param incompleteWeights how many have weights that cannot be read or do not add up
     * @param variesByLot how many whole notices have lots with different criteria (always 0 for lots)
     * @param socialValueFound how many have a social value criterion
     * @param socialValueWeighted how many of those give it a percentage
     * @param kpiDuty the s.52 KPI duty checks ({@link ContractReading#kpiDuty()})
     * @param minimumWeighting the minimum social value weighting checks ({@link WeightingCheck}); all not
     *                         applicable when the scan had no catalogue
     */
    public record Counts(int readings, int usable, Map<ReasonKind, Integer> reasons, int withCriteria, int withScheme,
                         int cannotBeChecked, int incompleteWeights, int variesByLot, int socialValueFound,
                         int socialValueWeighted, DutyCounts kpiDuty, WeightingCounts minimumWeighting) {
        /**
         * Validates the counts and copies the map.
         *
         * @param readings at least 0
         * @param usable between 0 and readings
         * @param reasons each count between 1 and readings
         * @param withCriteria between 0 and readings
         * @param withScheme between 0 and withCriteria
         * @param cannotBeChecked between 0 and withCriteria
         * @param incompleteWeights between 0 and withCriteria
         * @param variesByLot between 0 and withCriteria
         * @param socialValueFound between 0 and withCriteria
         * @param socialValueWeighted between 0 and socialValueFound
         * @param kpiDuty adding up to readings
         * @param minimumWeighting adding up to readings
         * @throws InvalidValueException when a count is out of range
         */
        public Counts {
            within(readings, Integer.MAX_VALUE, "readings");
            within(usable, readings, "usable");
            reasons = sorted(reasons, readings);
            within(withCriteria, readings, "with criteria");
            within(withScheme, withCriteria, "with scheme");
            within(cannotBeChecked, withCriteria, "cannot be checked");
            within(incompleteWeights, withCriteria, "incomplete weights");
            within(variesByLot, withCriteria, "varies by lot");
            within(withScheme + cannotBeChecked + incompleteWeights + variesByLot, withCriteria, "criteria by weighting");
            within(socialValueFound, withCriteria, "social value found");
            within(socialValueWeighted, socialValueFound, "social value weighted");
            Checks.notNull(kpiDuty, "KPI duty counts");
            if (kpiDuty.applies() + kpiDuty.doesNotApply() + kpiDuty.cannotBeChecked() != readings) {
                throw new InvalidValueException("invalid KPI duty counts " + kpiDuty + ": must add up to the "
                        + readings + " readings");
            }
            Checks.notNull(minimumWeighting, "minimum weighting counts");
            if (minimumWeighting.met() + minimumWeighting.notMet() + minimumWeighting.notApplicable()
                    + minimumWeighting.cannotBeChecked() != readings) {
                throw new InvalidValueException("invalid minimum weighting counts " + minimumWeighting
                        + ": must add up to the " + readings + " readings");
            }
        }

        /**
         * How many readings have no usable profile.
         *
         * @return readings minus usable
         */
        public int unusable() {
            return readings - usable;
        }
    }

    /**
     * How many readings the s.52 KPI duty applies to, does not apply to, and cannot be checked for
     * ({@link KpiDutyCheck}). Immutable and thread-safe.
     *
     * @param applies more than £5m including VAT
     * @param doesNotApply £5m or less including VAT
     * @param cannotBeChecked no value, or only a net value of £5m or less
     */
    public record DutyCounts(int applies, int doesNotApply, int cannotBeChecked) {
        /**
         * Validates the counts.
         *
         * @throws InvalidValueException when a count is negative
         */
        public DutyCounts {
            within(applies, Integer.MAX_VALUE, "s.52 applies");
            within(doesNotApply, Integer.MAX_VALUE, "s.52 does not apply");
            within(cannotBeChecked, Integer.MAX_VALUE, "s.52 cannot be checked");
        }
    }

    /**
     * How many readings meet the minimum social value weighting of the edition in force, do not, have none to
     * meet, and cannot be checked ({@link WeightingCheck}). Immutable and thread-safe.
     *
     * @param met the social value weighting meets the minimum
     * @param notMet it is below the minimum (or there is no social value criterion)
     * @param notApplicable no edition in force, no minimum, or not checked (no catalogue)
     * @param cannotBeChecked no criteria, weights that are not percentages, or a band left open by the VAT basis
     */
    public record WeightingCounts(int met, int notMet, int notApplicable, int cannotBeChecked) {
        /**
         * Validates the counts.
         *
         * @throws InvalidValueException when a count is negative
         */
        public WeightingCounts {
            within(met, Integer.MAX_VALUE, "minimum weighting met");
            within(notMet, Integer.MAX_VALUE, "minimum weighting not met");
            within(notApplicable, Integer.MAX_VALUE, "minimum weighting not applicable");
            within(cannotBeChecked, Integer.MAX_VALUE, "minimum weighting cannot be checked");
        }
    }

    /**
     * Validates the summary and copies the map.
     *
     * @param documents at least 0
     * @param documentsWithProblems between 0 and documents
     * @param documentProblems each count between 1 and documents
     * @param notices not null
     * @param lots not null
     * @throws InvalidValueException when a count is out of range
     */
    public ScanSummary {
        within(documents, Integer.MAX_VALUE, "documents");
        within(documentsWithProblems, documents, "documents with problems");
        documentProblems = sorted(documentProblems, documents);
        Checks.notNull(notices, "notice counts");
        Checks.notNull(lots, "lot counts");
    }

    /**
     * The summary of documents already read.
     *
     * @param documents the documents
     * @return the counts
     */
    public static ScanSummary of(List<OcdsDocument> documents) {
        ScanTally tally = new ScanTally();
        Checks.notNull(documents, "documents").forEach(tally::add);
        return tally.summary();
    }

    private static void within(int n, int max, String what) {
        if (n < 0 || n > max) {
            throw new InvalidValueException("invalid count " + n + " of " + what + ": must be between 0 and " + max);
        }
    }

    private static Map<ReasonKind, Integer> sorted(Map<ReasonKind, Integer> counts, int max) {
        Checks.notNull(counts, "reason counts");
        EnumMap<ReasonKind, Integer> out = new EnumMap<>(ReasonKind.class);
        counts.forEach((k, v) -> {
            Checks.notNull(k, "reason kind");
            Checks.notNull(v, "reason count");
            within(v, max, k.name());
            if (v == 0) {
                throw new InvalidValueException("reason " + k + " counted 0 times: only reasons found are listed");
            }
            out.put(k, v);
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * The counts as plain text, one fact per line, e.g. {@code "notices: 250, usable profiles: 181"}.
     *
     * @return the text
     */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("documents: ").append(documents).append(", with problems: ").append(documentsWithProblems).append('\n');
        documentProblems.forEach((k, v) -> b.append("  ").append(v).append(" × ").append(k.description()).append('\n'));
        counts(b, "notices", notices);
        counts(b, "lots", lots);
        return b.toString();
    }

    private static void counts(StringBuilder b, String what, Counts c) {
        b.append(what).append(": ").append(c.readings()).append(", usable profiles: ").append(c.usable())
                .append(", without: ").append(c.unusable()).append('\n');
        c.reasons().forEach((k, v) -> b.append("  ").append(v).append(" × ").append(k.description()).append('\n'));
        b.append("  award criteria published: ").append(c.withCriteria()).append(" (scheme built: ").append(c.withScheme())
                .append(", cannot be checked: ").append(c.cannotBeChecked()).append(", weights incomplete: ")
                .append(c.incompleteWeights()).append(", different in each lot: ").append(c.variesByLot()).append(")\n");
        b.append("  social value criterion: ").append(c.socialValueFound()).append(" (with a percentage: ")
                .append(c.socialValueWeighted()).append(")\n");
        b.append("  s.52 KPI duty (more than £5m including VAT): applies ").append(c.kpiDuty().applies())
                .append(", does not apply ").append(c.kpiDuty().doesNotApply()).append(", cannot be checked ")
                .append(c.kpiDuty().cannotBeChecked()).append('\n');
        b.append("  minimum social value weighting: met ").append(c.minimumWeighting().met()).append(", not met ")
                .append(c.minimumWeighting().notMet()).append(", not applicable ").append(c.minimumWeighting().notApplicable())
                .append(", cannot be checked ").append(c.minimumWeighting().cannotBeChecked()).append('\n');
    }
}
