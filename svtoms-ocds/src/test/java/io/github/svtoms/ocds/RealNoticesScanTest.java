package io.github.svtoms.ocds;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every one of the 250 real releases in the project's shared set goes through the scan: no exception, no
 * document problem, one notice each, and every notice and lot gets a usable profile or its reasons. The
 * counts are pinned, so that a change in how notices are read shows here (and in README-ocds.md).
 */
class RealNoticesScanTest {
    @Test
    void scansAllRealReleases() {
        Path dir = SharedData.directory();
        assertEquals(250, OcdsReader.files(dir).size(), "expected the 250 shared releases in " + dir);
        OcdsScan scan = OcdsReader.standard().scan(dir);
        assertEquals(250, scan.documents().size());
        assertEquals(250, scan.notices().size());
        assertEquals(List.of(), scan.documents().stream().flatMap(d -> d.problems().stream()).toList());
        for (Notice n : scan.notices()) {
            for (ContractReading r : n.readings()) {
                assertTrue(r.profile().isUsable() || !r.profile().reasons().isEmpty(), n.location());
            }
        }
        // s.52: none of the 250 gives amountGross, so only a net value above £5m decides (the duty applies);
        // 37 notices and 20 lots have one (counted independently with a script over the files: awards' or
        // the tender's amount, a lot's own, its awards' or, for an only lot, the notice's); the rest cannot be
        // checked.
        ScanSummary s = scan.summary();
        assertEquals(250, s.documents());
        assertEquals(0, s.documentsWithProblems());
        assertEquals(new ScanSummary.Counts(250, 198, Map.of(
                ReasonKind.NO_VALUE, 47,
                ReasonKind.ZERO_VALUE, 4,
                ReasonKind.NO_PERIOD, 4,
                ReasonKind.PERIODS_DIFFER_BETWEEN_LOTS, 3,
                ReasonKind.CRITERIA_DIFFER_BETWEEN_LOTS, 5,
                ReasonKind.WEIGHTS_NOT_100, 13), 79, 61, 0, 13, 5, 0, 0,
                new ScanSummary.DutyCounts(37, 0, 213),
                new ScanSummary.WeightingCounts(0, 0, 250, 0)), s.notices());
        assertEquals(new ScanSummary.Counts(291, 79, Map.of(
                ReasonKind.NO_VALUE, 27,
                ReasonKind.NO_LOT_VALUE, 185,
                ReasonKind.WEIGHTS_NOT_100, 40), 190, 150, 0, 40, 0, 0, 0,
                new ScanSummary.DutyCounts(20, 0, 271),
                new ScanSummary.WeightingCounts(0, 0, 291, 0)), s.lots());
    }
}
