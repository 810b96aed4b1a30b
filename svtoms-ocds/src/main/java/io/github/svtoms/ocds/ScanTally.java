package io.github.svtoms.ocds;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Adds documents up into a {@link ScanSummary}. Mutable and not thread-safe: one per scan. */
final class ScanTally {
    private int documents;
    private int documentsWithProblems;
    private final Map<ReasonKind, Integer> documentProblems = new EnumMap<>(ReasonKind.class);
    private final Scope notices;
    private final Scope lots;

    /** A tally without the minimum weighting check (every reading counted as not applicable). */
    ScanTally() {
        this(null, null);
    }

    /** A tally with the minimum weighting check against a framework (or family) of a catalogue. */
    ScanTally(@javax.annotation.Nullable io.github.svtoms.core.catalogue.Catalogue catalogue,
              @javax.annotation.Nullable io.github.svtoms.core.catalogue.FrameworkId framework) {
        this.notices = new Scope(catalogue, framework);
        this.lots = new Scope(catalogue, framework);
    }

    void add(OcdsDocument d) {
        documents++;
        if (!d.isClean()) {
            documentsWithProblems++;
        }
        Set<ReasonKind> kinds = EnumSet.noneOf(ReasonKind.class);
        d.problems().forEach(r -> kinds.add(r.kind()));
        kinds.forEach(k -> documentProblems.merge(k, 1, Integer::sum));
        for (Notice n : d.notices()) {
            notices.add(n.whole());
            n.lots().forEach(lots::add);
        }
    }

    ScanSummary summary() {
        return new ScanSummary(documents, documentsWithProblems, documentProblems, notices.counts(), lots.counts());
    }

    private static final class Scope {
        private final io.github.svtoms.core.catalogue.Catalogue catalogue;
        private final io.github.svtoms.core.catalogue.FrameworkId framework;
        int readings;
        int usable;
        final Map<ReasonKind, Integer> reasons = new EnumMap<>(ReasonKind.class);
        int withCriteria;
        int withScheme;
        int cannotBeChecked;
        int incomplete;
        int variesByLot;
        int socialValue;
        int socialValueWeighted;
        int dutyApplies;
        int dutyDoesNotApply;
        int dutyCannotBeChecked;
        final int[] weighting = new int[4];

        Scope(@javax.annotation.Nullable io.github.svtoms.core.catalogue.Catalogue catalogue,
              @javax.annotation.Nullable io.github.svtoms.core.catalogue.FrameworkId framework) {
            this.catalogue = catalogue;
            this.framework = framework;
        }

        void add(ContractReading r) {
            readings++;
            if (r.profile().isUsable()) {
                usable++;
            }
            Set<ReasonKind> kinds = EnumSet.noneOf(ReasonKind.class);
            r.profile().reasons().forEach(x -> kinds.add(x.kind()));
            r.criteria().reasons().forEach(x -> kinds.add(x.kind()));
            kinds.forEach(k -> reasons.merge(k, 1, Integer::sum));
            if (r.criteria().isPublished()) {
                withCriteria++;
                switch (r.criteria().weighting()) {
                    case PERCENTAGES -> withScheme++;
                    case CANNOT_BE_CHECKED -> cannotBeChecked++;
                    case INCOMPLETE -> incomplete++;
                    case VARIES_BY_LOT -> variesByLot++;
                    case NONE_PUBLISHED -> {
                        // not published: not counted
                    }
                }
            }
            switch (r.kpiDuty().status()) {
                case APPLIES -> dutyApplies++;
                case DOES_NOT_APPLY -> dutyDoesNotApply++;
                default -> dutyCannotBeChecked++;
            }
            if (catalogue == null || framework == null) {
                weighting[2]++;
            } else {
                switch (WeightingCheck.of(r, catalogue, framework).verdict()) {
                    case MET -> weighting[0]++;
                    case NOT_MET -> weighting[1]++;
                    case NOT_APPLICABLE -> weighting[2]++;
                    case CANNOT_BE_CHECKED -> weighting[3]++;
                }
            }
            if (r.socialValue().presence() == SocialValueCheck.Presence.FOUND) {
                socialValue++;
                if (r.socialValue().weight().isPresent()) {
                    socialValueWeighted++;
                }
            }
        }

        ScanSummary.Counts counts() {
            return new ScanSummary.Counts(readings, usable, reasons, withCriteria, withScheme, cannotBeChecked, incomplete,
                    variesByLot, socialValue, socialValueWeighted,
                    new ScanSummary.DutyCounts(dutyApplies, dutyDoesNotApply, dutyCannotBeChecked),
                    new ScanSummary.WeightingCounts(weighting[0], weighting[1], weighting[2], weighting[3]));
        }
    }
}
