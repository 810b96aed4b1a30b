package io.github.svtoms.cli;

import io.github.svtoms.proxies.EvidenceGrade;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A valuation report says what it is about from the request, and its evidence legend uses EvidenceGrade's words. */
class ReportTitleTest {
    private static final String TITLE = "Soft facilities management: social value commitments (illustrative)";

    @Test
    void theTableIsTitledFromTheRequestNotTheFileName() {
        Run r = Run.of("value", Run.file("examples/elft-soft-fm.json"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(TITLE + "\n"), r.out());
        assertFalse(r.out().contains("Social value of elft-soft-fm.json"), r.out());
        assertTrue(r.out().contains("\n  file            elft-soft-fm.json\n"), r.out());
        assertTrue(r.out().contains("\n  buyer           East London NHS Foundation Trust\n"), r.out());
        assertTrue(r.out().contains("\n  supplier        OCS\n"), r.out());
        assertTrue(r.out().contains("\n  contract name   Soft FM tender (NHS terms and conditions, 22 July 2021)\n"), r.out());
        // a request without report details keeps the file name
        Run kent = Run.of("value", Run.file("examples/kent-home-care.json"));
        assertTrue(kent.out().startsWith("Social value of kent-home-care.json\n"), kent.out());
        // the proxy table is named with its edition and the start of its content hash
        assertTrue(r.out().matches("(?s).*\n  proxy table     svtoms open proxy values \\(svtoms-open-proxies, edition [^,]+,"
                + " sha256 [0-9a-f]{12}…\\)\n.*"), r.out());
    }

    @Test
    void theHtmlReportIsTitledFromTheRequestAndItsLegendUsesTheGradesWords() {
        Run r = Run.of("report", Run.file("examples/elft-soft-fm.json"), "--out", "-");
        assertEquals(0, r.code(), r.err());
        String html = r.out();
        assertTrue(html.contains("<title>" + Html.escape(TITLE) + "</title>"), html.substring(0, 400));
        assertTrue(html.contains("East London NHS Foundation Trust") && html.contains(">OCS<"), "buyer and supplier shown");
        for (EvidenceGrade g : EvidenceGrade.values()) {
            assertTrue(html.contains(Html.escape(g.id() + ": " + g.meaning())), g.id());
        }
        assertFalse(html.contains("V2: derived from it"), "the old legend contradicted EvidenceGrade");
        // a figure read in a copy names the copy beside its primary source
        assertTrue(html.contains("Office for National Statistics, ONS, Employee earnings in the UK: 2025"), "primary source");
        assertTrue(html.contains("read in Employee Benefits"), "the copy it was read in");
    }
}
