package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.KpiSelectionReport;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationEngine;
import io.github.svtoms.proxies.valuation.ValuationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.catalog.ValuationJsonTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The valuation and KPI example of README.md and README-formats.md, kept compiling, true and in both READMEs. */
class FormatsExampleTest {
    @Test
    void readmeExample(@TempDir Path dir) throws Exception {
        Path requestFile = Files.writeString(dir.resolve("request.json"), resource("/valid/sroi-request.json"));
        // the same request naming no proxy table: it takes the first table it is read with
        Path draftFile = Files.writeString(dir.resolve("draft.json"), resource("/valid/sroi-request.json")
                .replace("  \"proxyTable\": \"svtoms-open-proxies\",\n", ""));
        Path reportFile = dir.resolve("valuation.json");
        Path kpiFile = Files.writeString(dir.resolve("kpi.json"), resource("/valid/kent-kpi-request.json"));
        Path overlayFile = Files.writeString(dir.resolve("overlay.json"), """
                {"format": "svtoms-catalogue/1", "frameworks": [{"id": "my-council", "kind": "priorities",
                 "name": "My council", "publisher": "me", "edition": "1",
                 "priorities": [{"id": "jobs", "name": "Jobs", "description": "Local jobs", "measures": ["local-employment"]}]}]}
                """);
        Path tableFile = dir.resolve("proxies.json");
        Formats.PROXY_TABLE.write(ProxyTable.builder("my-proxies", "Mine", "1", Money.currency("GBP")).build(), tableFile);

        // --- README example start
        ValuationRequest request = Formats.VALUATION_REQUEST.read(requestFile);     // bundled catalogue, proxies, deflator
        Valuation valuation = ValuationEngine.value(request);
        Formats.VALUATION_REPORT.write(ValuationReport.of(request, valuation), reportFile);
        ValuationReport report = Formats.VALUATION_REPORT.read(reportFile);         // report.totals() == valuation.totals()

        // a user's catalogue and proxy table laid over the bundled ones, as the CLI does; the overlaid table has an id
        // of its own, so requestFile, which names svtoms-open-proxies, is refused with it, never silently revalued
        Catalogue mine = Overlays.catalogue(Bundled.catalogue(), overlayFile).value();
        ProxyTable myProxies = Overlays.proxyTable(Bundled.proxyTable(), Formats.PROXY_TABLE.read(tableFile)).value();
        ValuationRequest same = Formats.VALUATION_REQUEST.withContext(ReadContext.of(mine, myProxies)).read(draftFile);

        // a request built in code: the bundled catalogue, proxy table and price index are already set
        ValuationRequest built = Bundled.valuationRequest(Currency.getInstance("GBP"), PriceYear.parse("2024-25"))
                .line(CommitmentLine.builder("jobs", MeasureId.of("local-employment"), new BigDecimal("10")).build())
                .build();

        ContractProfile profile = Formats.KPI_REQUEST.read(kpiFile);                // checked against the bundled catalogue
        KpiSelectionReport selection = new KpiSelector(Bundled.catalogue()).report(profile);   // with the s.52 duty
        String selectionJson = Formats.KPI_SELECTION.toJson(selection);            // deterministic
        // --- README example end

        assertEquals(valuation.totals(), report.totals());
        assertEquals(Money.of("117377.61", "GBP"), report.totals().presentValue());
        assertEquals(request.lines(), same.lines());
        assertEquals(mine, same.catalogue());
        assertEquals(Optional.of(myProxies), same.proxyTable());
        assertEquals("my-proxies-over-svtoms-open-proxies", myProxies.id());
        CatalogueFormatException refused = assertThrows(CatalogueFormatException.class,
                () -> Formats.VALUATION_REQUEST.withContext(ReadContext.of(mine, myProxies)).read(requestFile));
        assertTrue(refused.getMessage().contains("unknown proxy table 'svtoms-open-proxies': the tables given are "
                + "my-proxies-over-svtoms-open-proxies"), refused.getMessage());
        // the request built in code equals the same request read from a file that names no index or table
        assertSame(Bundled.priceIndex(), built.priceIndex().orElseThrow());
        assertEquals(Formats.VALUATION_REQUEST.parse("""
                {"format": "svtoms-valuation-request/1", "currency": "GBP", "priceYear": "2024-25",
                 "commitments": [{"id": "jobs", "measure": "local-employment", "quantity": "10"}]}
                """), built);
        assertEquals(1, ValuationEngine.value(built).totals().presentValue().signum());
        assertEquals(Optional.of(new BigDecimal("4")),
                selection.selection().kpi(MeasureId.of("workforce-qualifications")).orElseThrow().target());
        assertTrue(selectionJson.startsWith("{\n  \"format\": \"svtoms-kpi-selection/1\",\n  \"framework\": \"kent\","));
        assertEquals(selection, Formats.KPI_SELECTION.read(new java.io.ByteArrayInputStream(
                selectionJson.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "s.json"));
    }

    @Test
    void bothReadmesShowThisExample() {
        FormatTests.assertReadmesShow(getClass(), List.of(Path.of("README-formats.md"), Path.of("..", "README.md")));
    }
}
