package io.github.svtoms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.evaluation.EvaluationResult;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelectionReport;
import io.github.svtoms.core.monitoring.MonitoringReport;
import io.github.svtoms.core.portfolio.PortfolioReport;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ReferenceData;
import io.github.svtoms.proxies.calc.Lm3Study;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.github.svtoms.catalog.FormatTests.example;
import static io.github.svtoms.catalog.FormatTests.in;
import static io.github.svtoms.catalog.FormatTests.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry of formats, what every format promises, detection by tag, and reading in a context. */
class FormatsTest {
    /** Every tag, the Java type of its documents, and whether it is read back. */
    private static final List<Object[]> EXPECTED = List.of(
            new Object[] {"svtoms-catalogue/1", Catalogue.class, true},
            new Object[] {"svtoms-proxies/1", ProxyTable.class, true},
            new Object[] {"svtoms-reference/1", ReferenceData.class, true},
            new Object[] {"svtoms-valuation-request/1", ValuationRequest.class, true},
            new Object[] {"svtoms-valuation/1", ValuationReport.class, true},
            new Object[] {"svtoms-kpi-request/1", ContractProfile.class, true},
            new Object[] {"svtoms-kpi-selection/1", KpiSelectionReport.class, true},
            new Object[] {"svtoms-evaluation-request/1", io.github.svtoms.core.evaluation.EvaluationRequest.class, true},
            new Object[] {"svtoms-evaluation/1", EvaluationResult.class, false},
            new Object[] {"svtoms-monitoring/1", io.github.svtoms.core.monitoring.MonitoringRequest.class, true},
            new Object[] {"svtoms-monitoring-status/1", MonitoringReport.class, false},
            new Object[] {"svtoms-portfolio/1", io.github.svtoms.core.portfolio.PortfolioRequest.class, true},
            new Object[] {"svtoms-portfolio-metrics/1", PortfolioReport.class, false},
            new Object[] {"svtoms-lm3/1", Lm3Study.class, true});

    @Test
    void theRegistryListsEveryFormatOnceWithItsTagTypeAndDirection() {
        List<Format<?>> all = Formats.all();
        assertEquals(EXPECTED.size(), all.size());
        for (int i = 0; i < all.size(); i++) {
            Format<?> f = all.get(i);
            assertEquals(EXPECTED.get(i)[0], f.tag());
            assertEquals(EXPECTED.get(i)[1], f.type(), f.tag());
            assertEquals(EXPECTED.get(i)[2], f.canRead(), f.tag());
            assertEquals(f.tag(), f.toString());
            assertSame(f, Formats.byTag(f.tag()).orElseThrow());
        }
        assertThrows(UnsupportedOperationException.class, () -> all.add(Formats.LM3));
        assertEquals(Optional.empty(), Formats.byTag("svtoms-catalogue/2"));
        assertEquals(Optional.empty(), Formats.byTag("SVTOMS-CATALOGUE/1"), "tags are case-sensitive");
    }

    @Test
    void everySchemaIsAResourceWhoseFormatConstIsTheTag() {
        Set<String> resources = new HashSet<>();
        for (Format<?> f : Formats.all()) {
            assertTrue(resources.add(f.schemaResource()), f.schemaResource());
            assertEquals("/io/github/svtoms/catalog/schema/" + f.tag().replace('/', '-') + ".schema.json", f.schemaResource());
            JsonNode schema = tree(f.schema());
            assertEquals(f.tag(), schema.path("properties").path("format").path("const").asText(), f.schemaResource());
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
            assertTrue(schema.path("required").toString().contains("\"format\""), f.tag());
        }
    }

    @Test
    void aReportFormatRefusesToReadAndNamesItself(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("e.json"), "{\"format\": \"svtoms-evaluation/1\"}");
        for (Format<?> f : List.of(Formats.EVALUATION_RESULT, Formats.MONITORING_STATUS, Formats.PORTFOLIO_METRICS)) {
            var e = assertThrows(UnsupportedOperationException.class, () -> f.read(file));
            assertEquals(f.tag() + " is a report svtoms writes but does not read", e.getMessage());
            assertThrows(UnsupportedOperationException.class, () -> f.parse("{}"));
            assertThrows(UnsupportedOperationException.class, () -> f.read(in("{}"), "x.json"));
        }
    }

    @Test
    void writeToAFileThenReadItBackAndParseQuotesTheStringSource(@TempDir Path dir) {
        Path file = dir.resolve("p.json");
        Formats.PROXY_TABLE.write(Bundled.proxyTable(), file);
        assertEquals(Bundled.proxyTable(), Formats.PROXY_TABLE.read(file));
        assertEquals(Formats.PROXY_TABLE.toJson(Bundled.proxyTable()), FormatTests.text(file));
        var e = assertThrows(CatalogueFormatException.class, () -> Formats.PROXY_TABLE.parse("{\"format\": \"svtoms-proxies/1\"}"));
        assertEquals(Format.STRING_SOURCE, e.problems().get(0).file());
        assertEquals("<string>:1:1: $.id: missing required member 'id'", e.problems().get(0).toString());
    }

    @Test
    void aFileThatCannotBeOpenedIsATypedProblemOfTheFile(@TempDir Path dir) {
        var e = assertThrows(CatalogueFormatException.class, () -> Formats.KPI_REQUEST.read(dir.resolve("missing.json")));
        Problem p = e.problems().get(0);
        assertEquals(List.of("missing.json", 0, 0, "$"), List.of(p.file(), p.line(), p.column(), p.path()));
        assertEquals("cannot read the file: no such file", p.message());
        var d = assertThrows(CatalogueFormatException.class, () -> Formats.detect(dir.resolve("missing.json")));
        assertTrue(d.getMessage().startsWith("missing.json:0:0: $: cannot read the file"), d.getMessage());
    }

    @Test
    void detectFindsTheFormatEachExampleDeclares() {
        Map<String, Format<?>> examples = Map.of("elft-soft-fm.json", Formats.VALUATION_REQUEST,
                "kpi-kent.json", Formats.KPI_REQUEST, "brighton-hove-dv-evaluation.json", Formats.EVALUATION_REQUEST,
                "elft-soft-fm-monitoring.json", Formats.MONITORING_REQUEST, "nhs-london-portfolio.json",
                Formats.PORTFOLIO_REQUEST, "salford-lm3.json", Formats.LM3);
        examples.forEach((file, format) -> assertSame(format, Formats.detect(example(file)), file));
        // the tag need not be first for detection (the format's reader then insists that it is)
        assertSame(Formats.REFERENCE_DATA, Formats.detect(in("{\"x\": [1, {\"y\": 2}], \"format\": \"svtoms-reference/1\"}"), "r.json"));
    }

    @Test
    void detectRejectsWhatItCannotRecogniseWithItsPosition() {
        assertEquals("x.json:1:1: $.format: unknown format \"svtoms-nothing/9\"; known: svtoms-catalogue/1, svtoms-proxies/1, "
                        + "svtoms-reference/1, svtoms-valuation-request/1, svtoms-valuation/1, svtoms-kpi-request/1, "
                        + "svtoms-kpi-selection/1, svtoms-evaluation-request/1, svtoms-evaluation/1, svtoms-monitoring/1, "
                        + "svtoms-monitoring-status/1, svtoms-portfolio/1, svtoms-portfolio-metrics/1, svtoms-lm3/1",
                detectError("{\"format\": \"svtoms-nothing/9\"}"));
        assertEquals("x.json:1:1: $: the file is empty: expected a JSON object", detectError(""));
        assertEquals("x.json:1:1: $: expected a JSON object, found an array", detectError("[1, 2]"));
        assertEquals("x.json:1:1: $: no \"format\" member: cannot tell which svtoms format this is", detectError("{\"a\": 1}"));
        assertEquals("x.json:2:13: $.format: expected a string, found an integer", detectError("{\n  \"format\": 1}"));
        assertTrue(detectError("{\"format\": ").startsWith("x.json:1:12: $: malformed JSON: Unexpected end-of-input"),
                detectError("{\"format\": "));
    }

    private static String detectError(String json) {
        return assertThrows(CatalogueFormatException.class, () -> Formats.detect(in(json), "x.json")).getMessage();
    }

    @Test
    void withContextGivesANewFormatAndLeavesTheConstantAsItWas() {
        ReadContext mine = ReadContext.of(Bundled.catalogue());
        Format<ValuationRequest> f = Formats.VALUATION_REQUEST.withContext(mine);
        assertNotSame(Formats.VALUATION_REQUEST, f);
        assertSame(mine, f.context());
        assertSame(ReadContext.bundled(), Formats.VALUATION_REQUEST.context());
        assertEquals(Formats.VALUATION_REQUEST.tag(), f.tag());
        assertEquals(Optional.empty(), Formats.byTag(f.tag()).filter(g -> g == f), "the registry keeps the constant");
    }

    @Test
    void theBundledContextIsTheBundledDataAndItsWithersReplaceOnePartEach() {
        ReadContext b = ReadContext.bundled();
        assertSame(Bundled.catalogue(), b.catalogue());
        assertEquals(List.of(Bundled.proxyTable()), b.proxyTables());
        assertSame(Bundled.referenceData(), b.referenceData());
        ReadContext none = ReadContext.of(Bundled.catalogue());
        assertEquals(List.of(), none.proxyTables(), "of(catalogue) with no table means no table");
        ReferenceData other = new ReferenceData(List.of(), List.of(), Optional.empty(), List.of());
        ReadContext r = none.withReferenceData(other);
        assertSame(other, r.referenceData());
        assertSame(Bundled.referenceData(), none.referenceData(), "withers copy");
        assertEquals(List.of(Bundled.proxyTable()), r.withProxyTables(List.of(Bundled.proxyTable())).proxyTables());
        assertEquals("ReadContext[catalogue=bundled, proxyTables=bundled, referenceData=bundled]", b.toString());
        // a null is a typed error, never a bare NullPointerException
        assertEquals("proxy table must not be null", assertThrows(InvalidValueException.class,
                () -> ReadContext.of(Bundled.catalogue(), Bundled.proxyTable(), null)).getMessage());
        assertThrows(InvalidValueException.class, () -> b.withProxyTables(java.util.Arrays.asList((ProxyTable) null)));
        assertThrows(InvalidValueException.class, () -> b.withCatalogue(null));
        assertThrows(InvalidValueException.class, () -> Formats.LM3.read((Path) null));
        assertThrows(InvalidValueException.class, () -> Formats.LM3.toJson(null));
        assertThrows(InvalidValueException.class, () -> Formats.byTag(null));
    }

    @Test
    void aValuationRequestIsReadAgainstTheContextsCatalogueTablesAndReferenceData() {
        String request = """
                {"format": "svtoms-valuation-request/1", "currency": "GBP", "priceYear": "2024-25",
                 "commitments": [{"id": "c1", "measure": "local-employment", "quantity": "2"}]}
                """;
        ValuationRequest bundled = Formats.VALUATION_REQUEST.parse(request);
        assertEquals(Optional.of(Bundled.priceIndex()), bundled.priceIndex());
        assertEquals(Optional.of(Bundled.proxyTable()), bundled.proxyTable());

        // another reference data: its first index is the default
        PriceIndex mine = PriceIndex.builder("my-index", "Mine", "2025").put(PriceYear.parse("2024-25"), new BigDecimal("100"))
                .put(PriceYear.parse("2025-26"), new BigDecimal("102")).build();
        ReferenceData reference = new ReferenceData(List.of(), List.of(mine), Optional.empty(), List.of());
        ValuationRequest withMine = Formats.VALUATION_REQUEST.withContext(ReadContext.bundled().withReferenceData(reference))
                .parse(request);
        assertEquals(Optional.of(mine), withMine.priceIndex());

        // a catalogue without the measure: the line is reported where it is
        Catalogue small = Formats.CATALOGUE.read(getClass().getResourceAsStream("/valid/small.json"), "small.json");
        var e = assertThrows(CatalogueFormatException.class,
                () -> Formats.VALUATION_REQUEST.withContext(ReadContext.of(small))
                        .parse(request.replace("local-employment", "volunteering-hours")));
        assertEquals("$.commitments[0].measure", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().contains("volunteering-hours"), e.getMessage());
        assertSame(Bundled.catalogue(), bundled.catalogue());
    }

    @Test
    void aCatalogueFileIsSelfContainedUnlessTheContextGivesTheCatalogueItExtends() throws IOException {
        String kent;
        try (var in = Formats.class.getResourceAsStream("default/frameworks/kent.json")) {
            kent = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // alone, the framework's priorities point at measures no file defines
        var e = assertThrows(CatalogueFormatException.class, () -> Formats.CATALOGUE.parse(kent));
        assertTrue(e.getMessage().contains("unknown measure"), e.getMessage());
        Catalogue open;
        try (var in = Formats.class.getResourceAsStream("default/svtoms-open.json")) {
            open = Formats.CATALOGUE.read(in, "svtoms-open.json");
        }
        Catalogue extended = Formats.CATALOGUE.withContext(ReadContext.of(open)).parse(kent);
        assertEquals(open.frameworks().size() + 1, extended.frameworks().size());
        assertEquals(open.measures(), extended.measures());
        // extending is not overlaying: the same file again repeats the framework's id
        var again = assertThrows(CatalogueFormatException.class,
                () -> Formats.CATALOGUE.withContext(ReadContext.of(extended)).parse(kent));
        assertTrue(again.getMessage().contains("kent"), again.getMessage());
    }
}
