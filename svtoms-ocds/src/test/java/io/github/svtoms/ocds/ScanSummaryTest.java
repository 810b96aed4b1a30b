package io.github.svtoms.ocds;

import io.github.svtoms.core.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The counts over documents, worked out by hand for three small ones. */
class ScanSummaryTest {
    /**
     * A: the rich release — notice and lot usable, criteria 50 / 40 / 10 with social value 10 %.
     * B: goods, 365 days, no value, two lots with criteria 20 / 45 — notice: no value, weights 65 %; each
     * lot: no lot value, weights 65 %. C: not JSON. s.52: A's notice is £2,880,000.00 including VAT, so the duty
     * does not apply; A's lot gives only £1,000,000 net (cannot be checked); B has no value (cannot be checked).
     */
    @Test
    void countsByHand() {
        OcdsDocument a = Json.read(Json.RELEASE);
        String criteria = "'awardCriteria':{'criteria':[{'type':'quality','description':'20'},{'type':'price','description':'45'}]}";
        OcdsDocument b = Json.read("{'ocid':'b','tender':{'mainProcurementCategory':'goods','contractPeriod':"
                + "{'durationInDays':365},'lots':[{'id':'1'," + criteria + "},{'id':'2'," + criteria + "}]}}");
        OcdsDocument c = Json.read("{broken");
        ScanSummary s = ScanSummary.of(List.of(a, b, c));
        assertEquals(3, s.documents());
        assertEquals(1, s.documentsWithProblems());
        assertEquals(Map.of(ReasonKind.NOT_JSON, 1), s.documentProblems());
        assertEquals(new ScanSummary.Counts(2, 1, Map.of(ReasonKind.NO_VALUE, 1, ReasonKind.WEIGHTS_NOT_100, 1),
                2, 1, 0, 1, 0, 1, 1, new ScanSummary.DutyCounts(0, 1, 1), W2), s.notices());
        assertEquals(new ScanSummary.Counts(3, 1, Map.of(ReasonKind.NO_LOT_VALUE, 2, ReasonKind.WEIGHTS_NOT_100, 2),
                3, 1, 0, 2, 0, 1, 1, new ScanSummary.DutyCounts(0, 0, 3), new ScanSummary.WeightingCounts(0, 0, 3, 0)), s.lots());
        assertEquals(1, s.notices().unusable());
        String text = s.toText();
        assertTrue(text.contains("notices: 2, usable profiles: 1, without: 1"), text);
        assertTrue(text.contains("  2 × no value for the lot (the notice's value covers all its lots)"), text);
        assertTrue(text.contains("social value criterion: 1 (with a percentage: 1)"), text);
        assertTrue(text.contains("s.52 KPI duty (more than £5m including VAT): applies 0, does not apply 1, cannot be checked 1"), text);
    }

    @Test
    void aStreamingScanGivesTheSameCounts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("a.json"), Json.json(Json.RELEASE));
        java.nio.file.Files.writeString(dir.resolve("c.json"), "{broken");
        List<String> seen = new java.util.ArrayList<>();
        ScanSummary streamed = OcdsReader.standard().scan(dir, d -> seen.add(d.source()));
        assertEquals(List.of(dir.resolve("a.json").toString(), dir.resolve("c.json").toString()), seen);
        assertEquals(OcdsReader.standard().scan(dir).summary(), streamed);
    }

    private static final ScanSummary.DutyCounts D0 = new ScanSummary.DutyCounts(0, 0, 0);
    private static final ScanSummary.DutyCounts D2 = new ScanSummary.DutyCounts(0, 0, 2);
    private static final ScanSummary.WeightingCounts W0 = new ScanSummary.WeightingCounts(0, 0, 0, 0);
    private static final ScanSummary.WeightingCounts W2 = new ScanSummary.WeightingCounts(0, 0, 2, 0);

    @Test
    void countsAreChecked() {
        assertThrows(InvalidValueException.class, () -> new ScanSummary.Counts(2, 1, Map.of(), 0, 0, 0, 0, 0, 0, 0,
                new ScanSummary.DutyCounts(1, 0, 0), W2));
        assertThrows(InvalidValueException.class, () -> new ScanSummary.Counts(2, 1, Map.of(), 0, 0, 0, 0, 0, 0, 0, D2,
                new ScanSummary.WeightingCounts(1, 0, 0, 0)));
        assertThrows(InvalidValueException.class, () -> new ScanSummary.DutyCounts(-1, 0, 0));
        assertThrows(InvalidValueException.class, () -> new ScanSummary.Counts(1, 2, Map.of(), 0, 0, 0, 0, 0, 0, 0, D0, W0));
        assertThrows(InvalidValueException.class, () -> new ScanSummary.Counts(1, 1, Map.of(ReasonKind.NO_VALUE, 0),
                0, 0, 0, 0, 0, 0, 0, new ScanSummary.DutyCounts(0, 0, 1), new ScanSummary.WeightingCounts(0, 0, 1, 0)));
        assertThrows(InvalidValueException.class, () -> new ScanSummary.Counts(2, 1, Map.of(), 1, 1, 1, 0, 0, 0, 0, D2, W2));
        assertThrows(InvalidValueException.class, () -> new ScanSummary.Counts(2, 1, Map.of(), 1, 0, 0, 0, 0, 0, 1, D2, W2));
    }
}
