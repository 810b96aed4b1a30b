package io.github.svtoms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.ProxyTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueCommandsTest {
    @Test
    void listShowsEveryFrameworkThemeAndMeasure() {
        Run r = Run.of("catalogue", "list");
        assertEquals(0, r.code(), r.err());
        for (String id : List.of("svtoms-open", "uk-svm-2020", "nhs-2022", "lpp-2022", "kent", "elft", "brighton-hove",
                "bsol-stp", "aintree", "fighting-climate-change", "local-employment", "carbon-saved")) {
            assertTrue(r.out().contains(id), id);
        }
        assertTrue(r.out().contains("Measures (" + Bundled.catalogue().measures().size() + ")"), r.out());
    }

    @Test
    void listOfOneFrameworkAsJsonHasItsPrioritiesAndOnlyTheMeasuresServingThem() {
        Run r = Run.of("catalogue", "list", "--framework", "kent", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("svtoms-catalogue-list/1", j.get("format").asText());
        assertEquals(1, j.get("frameworks").size());
        assertEquals(5, j.get("priorities").size(), "Kent's five priorities");
        assertEquals("kent-local-employment", j.get("priorities").get(0).get("id").asText());
        List<String> measures = new ArrayList<>();
        j.get("measures").forEach(m -> measures.add(m.get("id").asText()));
        assertTrue(measures.contains("local-supplier-spend"));
        assertTrue(!measures.contains("qalys-gained"), "QALYs serve no Kent priority");
        assertEquals("", r.err());
    }

    @Test
    void listAsCsvHasAHeaderAndOneRowPerMeasure() {
        Run r = Run.of("--format", "csv", "catalogue", "list");
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().split("\n");
        assertEquals("measure,name,unit,theme,outcome,proxy,proxy_price_year", rows[0]);
        assertEquals(Bundled.catalogue().measures().size() + 1, rows.length);
    }

    @Test
    void unknownFrameworkIsAUsageError() {
        Run r = Run.of("catalogue", "list", "--framework", "nowhere");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no framework 'nowhere'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void showMeasureGivesItsProxyAndProvenance() {
        Run r = Run.of("catalogue", "show", "carbon-saved");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Measure carbon-saved"), r.out());
        assertTrue(r.out().contains("£273.06 per unit, 2022 prices"), r.out());
        assertTrue(r.out().contains("Department for Energy Security and Net Zero"), r.out());
        assertTrue(r.out().contains("kent:kent-green-and-sustainable"), "lists the priorities it serves");
    }

    @Test
    void showPriorityByFrameworkAndByUniqueId() {
        Run a = Run.of("catalogue", "show", "kent:kent-buy-kent-first");
        Run b = Run.of("catalogue", "show", "kent-buy-kent-first");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        assertTrue(a.out().contains("local-supplier-spend") && a.out().contains("local-sme-spend"), a.out());
        assertTrue(a.out().contains("New Economics Foundation"), "provenance of each proxy");
    }

    @Test
    void showFrameworkAndThemeAsJson() {
        JsonNode f = Run.of("catalogue", "show", "elft", "--format", "json").json();
        assertEquals("svtoms-catalogue-entry/1", f.get("format").asText());
        assertEquals("framework", f.get("entries").get(0).get("kind").asText());
        JsonNode t = Run.of("catalogue", "show", "fighting-climate-change", "--format", "json").json();
        JsonNode carbon = null;
        for (JsonNode e : t.get("entries")) {
            for (JsonNode m : e.get("measures")) {
                if (m.get("id").asText().equals("carbon-saved")) {
                    carbon = m;
                }
            }
        }
        assertEquals("273.06", carbon.get("proxy").get("amount").asText());
        assertEquals("OGL v3.0", carbon.get("proxy").get("provenance").get("licence").asText());
    }

    @Test
    void showUnknownIdIsAUsageError() {
        Run r = Run.of("catalogue", "show", "no-such-thing");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no-such-thing"), r.err());
    }

    @Test
    void exportWritesTheDefaultCatalogueAndProxyTableInTheirFormats() {
        Run c = Run.of("catalogue", "export");
        assertEquals(0, c.code(), c.err());
        assertEquals(Formats.CATALOGUE.toJson(Bundled.catalogue()), c.out());
        Run p = Run.of("proxies", "export");
        assertEquals(0, p.code(), p.err());
        ProxyTable back = Formats.PROXY_TABLE.read(new ByteArrayInputStream(p.out().getBytes(StandardCharsets.UTF_8)), "out");
        assertEquals(Bundled.proxyTable(), back);
    }

    @Test
    void proxiesOverlayReplacesAnEntryAndSaysSoOnStderr(@TempDir Path dir) throws IOException {
        // a user table with one entry for local-employment: £30,000.00 per FTE-year in 2024-25 prices
        String overlay = Formats.PROXY_TABLE.toJson(Bundled.proxyTable()).replace("\"39039\"", "\"30000.00\"");
        Path file = dir.resolve("mine.json");
        Files.writeString(file, overlay);
        Run r = Run.of("proxies", "export", "--proxies", file.toString());
        assertEquals(0, r.code(), r.err());
        ProxyTable back = Formats.PROXY_TABLE.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), "out");
        assertEquals("30000.00", back.proxyFor(MeasureId.of("local-employment")).orElseThrow().amount().amount().toPlainString());
        assertTrue(r.err().contains("mine.json overrides proxy 'local-employment'"), r.err());
        long reported = r.err().lines().filter(l -> l.contains("overrides proxy")).count();
        assertEquals(Bundled.proxyTable().size(), reported, "every overridden entry is reported");
    }

    @Test
    void catalogueOverlayIsReportedAndUsed(@TempDir Path dir) throws IOException {
        String open = Formats.CATALOGUE.toJson(Bundled.catalogue());
        Files.writeString(dir.resolve("cat.json"), open.replace("Greenhouse gas emissions avoided", "Carbon avoided"));
        Run r = Run.of("catalogue", "show", "carbon-saved", "--catalogue", dir.resolve("cat.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Measure carbon-saved: Carbon avoided"), r.out());
        assertTrue(r.err().contains("cat.json overrides measure 'carbon-saved'"), r.err());
    }

    @Test
    void validateRecognisesEachFormatByItsTag(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("p.json"), Formats.PROXY_TABLE.toJson(Bundled.proxyTable()));
        Run p = Run.of("catalogue", "validate", dir.resolve("p.json").toString());
        assertEquals(0, p.code(), p.err());
        assertTrue(p.out().contains("valid svtoms-proxies/1 (" + Bundled.proxyTable().size() + " proxy entries in GBP"), p.out());
        Run c = Run.withInput(Formats.CATALOGUE.toJson(Bundled.catalogue()), "catalogue", "validate", "-");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().startsWith("<stdin>: valid svtoms-catalogue/1 (0 new framework(s), 0 new measure(s)"), c.out());
        Run l = Run.of("catalogue", "validate", Run.file("examples/salford-lm3.json"));
        assertTrue(l.out().contains("valid svtoms-lm3/1 (LM3 1.55)"), l.out());
    }

    @Test
    void validateReportsEveryProblemAsFileLineColumnPath(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": \"svtoms-proxies/1\",\n  \"id\": 7\n}\n");
        Run r = Run.of("catalogue", "validate", bad.toString());
        assertEquals(3, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().lines().allMatch(l -> l.matches(".*bad\\.json:\\d+:\\d+: \\$[^:]*: .+")), r.err());
        assertTrue(r.err().startsWith(bad + ":3:9: $.id: "), r.err());
    }

    @Test
    void validateRejectsAnUnknownOrMissingTag(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.json"), "{\"format\": \"svtoms-nothing/9\"}");
        Run r = Run.of("catalogue", "validate", dir.resolve("x.json").toString());
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith(dir.resolve("x.json") + ":1:1: $.format: unknown format \"svtoms-nothing/9\""), r.err());
        Run m = Run.withInput("[1, 2]", "catalogue", "validate", "-");
        assertEquals(3, m.code());
        assertTrue(m.err().startsWith("<stdin>:1:1: $: expected a JSON object"), m.err());
        Run broken = Run.withInput("{\"format\": ", "catalogue", "validate", "-");
        assertEquals(3, broken.code());
        assertTrue(broken.err().startsWith("<stdin>:1:"), broken.err());
        assertTrue(broken.err().contains("malformed JSON"), broken.err());
    }

    @Test
    void validateNamesAReportFormatItCannotReadBack() {
        Run r = Run.withInput("{\"format\": \"svtoms-evaluation/1\", \"currency\": \"GBP\"}", "catalogue", "validate", "-");
        assertEquals(3, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("<stdin>:1:1: $.format: \"svtoms-evaluation/1\" is a report svtoms writes but does not "
                + "read back; validate checks svtoms-catalogue/1, svtoms-proxies/1, "), r.err());
        assertTrue(r.err().contains("svtoms-lm3/1") && !r.err().contains("svtoms-monitoring-status/1"), r.err());
    }

    @Test
    void anLm3FileIsReadByTheCatalogFormatWithPositions() {
        String bad = "{\n  \"format\": \"svtoms-lm3/1\",\n  \"currency\": \"GBP\",\n  \"rounds\": {\"r1\": \"100\", \"r2\": \"x\", "
                + "\"r3\": \"0\"}\n}\n";
        for (String[] command : new String[][] {{"lm3", "-"}, {"catalogue", "validate", "-"}}) {
            Run r = Run.withInput(bad, command);
            assertEquals(3, r.code(), r.err());
            assertTrue(r.err().startsWith("<stdin>:4:33: $.rounds.r2: invalid decimal 'x'"), r.err());
        }
        Run rules = Run.withInput(bad.replace("\"x\"", "\"200\""), "lm3", "-");
        assertEquals(3, rules.code());
        // the LM3 rules are the reader's now: placed at the round they are about (r2's value, 4:33, as above)
        assertEquals("<stdin>:4:33: $.rounds.r2: LM3 rule R2 ≤ R1 broken: round 2 GBP 200 exceeds round 1 GBP 100\n",
                rules.err());
    }

    @Test
    void aMissingFileIsInvalidInputWithoutAStackTrace() {
        Run r = Run.of("catalogue", "validate", "does-not-exist.json");
        assertEquals(3, r.code());
        assertEquals("does-not-exist.json:0:0: $: cannot read the file: no such file\n", r.err());
    }
}
