package io.github.svtoms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.OverlapFamily;
import io.github.svtoms.core.catalogue.PartOf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Overlap families and part-of relations in svtoms-catalogue/1: the bundled ones, reading, writing, errors. */
class CountingRulesFormatTest {
    private static MeasureId m(String id) {
        return MeasureId.of(id);
    }

    @Test
    void theBundledCatalogueDeclaresItsFamiliesAndWholes() {
        Catalogue c = Bundled.catalogue();
        assertEquals(List.of("greenhouse-gas-avoided", "falls-and-emergency-care-avoided", "talking-therapy-support"),
                c.overlapFamilies().stream().map(OverlapFamily::id).toList());
        assertEquals(c.overlapFamilyOf(m("carbon-saved")), c.overlapFamilyOf(m("car-miles-saved")));
        assertEquals(c.overlapFamilyOf(m("falls-admissions-avoided")), c.overlapFamilyOf(m("ae-attendances-avoided")));
        assertEquals(List.of(m("local-supplier-spend"), m("sme-spend")), c.wholesOf(m("local-sme-spend")));
        assertEquals(List.of(m("waste-diverted-from-landfill")), c.wholesOf(m("food-garden-waste-composted")));
        assertEquals(4, c.partOf().size());
        c.partOf().forEach(p -> assertTrue(p.reason().length() > 40, p.toString()));
    }

    @Test
    void aFileWithCountingRulesRoundTrips() {
        Catalogue c = Bundled.catalogue();
        CatalogueDocument d = CatalogueDocument.of(c);
        String json = d.toJson();
        assertTrue(json.contains("\"overlapFamilies\": [") && json.contains("\"partOf\": ["), "written");
        CatalogueDocument back = CatalogueDocument.read(Catalogue.builder().build(), bytes(json), "c.json");
        assertEquals(d, back);
        assertEquals(json, back.toJson());
        assertEquals(c, back.toCatalogue());
    }

    @Test
    void everyBrokenRuleIsReportedAtItsPath() {
        String text = """
                {"format": "svtoms-catalogue/1",
                 "overlapFamilies": [
                  {"id": "mine", "measures": ["volunteering-hours", "no-such-measure"], "reason": "x"},
                  {"id": "again", "measures": ["car-miles-saved", "school-engagement-hours"], "reason": "x"},
                  {"id": "one", "measures": ["school-engagement-hours"], "reason": "x"}
                 ],
                 "partOf": [
                  {"part": "local-supplier-spend", "whole": "local-sme-spend", "reason": "closes a cycle"},
                  {"part": "sme-spend", "whole": "nowhere", "reason": "x"},
                  {"part": "sme-spend", "whole": "vcse-spend"}
                 ]}
                """;
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
                () -> CatalogueDocument.read(Bundled.catalogue(), bytes(text), "rules.json"));
        List<String> got = e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
        assertTrue(got.contains("$.overlapFamilies[0].measures[1]: unknown measure 'no-such-measure'"), got.toString());
        assertTrue(got.contains("$.overlapFamilies[1].measures[0]: measure 'car-miles-saved' is already in overlap family "
                + "'greenhouse-gas-avoided': a measure belongs to at most one family"), got.toString());
        assertTrue(got.stream().anyMatch(s -> s.startsWith("$.overlapFamilies[2]: overlap family 'one' has 1 measure")),
                got.toString());
        assertTrue(got.stream().anyMatch(s -> s.startsWith("$.partOf[0]: part-of relation 'local-supplier-spend' ⊂ "
                + "'local-sme-spend' closes a cycle")), got.toString());
        assertTrue(got.contains("$.partOf[1].whole: unknown measure 'nowhere'"), got.toString());
        assertTrue(got.stream().anyMatch(s -> s.startsWith("$.partOf[2].reason:")), got.toString());
        assertTrue(e.problems().stream().allMatch(p -> p.line() > 0 && p.column() > 0), e.problems().toString());
    }

    @Test
    void anOverlayMayReplaceAFamilyAndAddARelation() {
        String text = """
                {"format": "svtoms-catalogue/1",
                 "overlapFamilies": [
                  {"id": "talking-therapy-support", "measures": ["mental-health-support-hours",
                   "adults-supported-with-depression-or-anxiety", "gp-consultations-avoided"], "reason": "ours"}
                 ],
                 "partOf": [{"part": "covid-recovery-volunteering-hours", "whole": "volunteering-hours", "reason": "ours"}]}
                """;
        Catalogue c = Overlays.catalogue(Bundled.catalogue(), bytes(text), "mine.json").value();
        assertEquals(3, c.overlapFamilies().size());
        assertEquals("ours", c.overlapFamilyOf(m("gp-consultations-avoided")).orElseThrow().reason());
        assertEquals(List.of(m("volunteering-hours")), c.wholesOf(m("covid-recovery-volunteering-hours")));
        assertTrue(c.partOf().contains(new PartOf(m("covid-recovery-volunteering-hours"), m("volunteering-hours"), "ours")));
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
