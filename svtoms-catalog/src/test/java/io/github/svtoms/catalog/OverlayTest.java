package io.github.svtoms.catalog;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.EvidenceGrade;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ValueType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverlayTest {
    static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void localFrameworkAndMeasureAreAddedAndReplacementsReported() {
        Catalogue base = Bundled.catalogue();
        String local = """
                {
                  "format": "svtoms-catalogue/1",
                  "frameworks": [
                    {"id": "kent", "kind": "priorities", "name": "Kent (local edition)", "publisher": "Kent County Council",
                     "edition": "2025", "priorities": [{"id": "local-employment", "name": "Local Employment",
                     "measures": ["local-employment", "school-visits"]}]},
                    {"id": "hackney", "kind": "priorities", "name": "Hackney", "publisher": "LB Hackney", "edition": "2025",
                     "priorities": [{"id": "school-visits", "name": "Schools", "measures": ["school-visits"]}]}
                  ],
                  "measures": [
                    {"id": "school-visits", "outcome": "create-new-businesses-jobs-and-skills", "name": "School visits",
                     "unit": "count", "categories": ["services"]}
                  ]
                }
                """;
        Overlaid<Catalogue> r = Overlays.catalogue(base, in(local), "local.json");
        assertEquals(List.of(new OverlayReport.Entry(OverlayReport.Kind.FRAMEWORK, "kent")), r.report().replaced());
        assertEquals(List.of("hackney", "school-visits"), r.report().added().stream().map(OverlayReport.Entry::id).toList());
        Catalogue c = r.value();
        assertEquals("Kent (local edition)", c.requireFramework(FrameworkId.of("kent")).name());
        // replaced in place: kent keeps its position among the frameworks
        assertEquals(base.frameworks().stream().map(f -> f.id().value()).toList(),
                c.frameworks().stream().map(f -> f.id().value()).toList().subList(0, base.frameworks().size()));
        assertEquals(base.measures().size() + 1, c.measures().size());
    }

    @Test
    void readingAnExistingIdWithoutOverlayIsAnError() {
        String again = """
                {
                  "format": "svtoms-catalogue/1",
                  "measures": [
                    {"id": "local-employment", "outcome": "create-new-businesses-jobs-and-skills", "name": "X",
                     "unit": "fte-years", "categories": ["services"]}
                  ]
                }
                """;
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
                () -> Formats.CATALOGUE.withContext(ReadContext.of(Bundled.catalogue())).read(in(again), "again.json"));
        assertEquals("$.measures[0].id", e.problems().get(0).path());
        assertEquals(4, e.problems().get(0).line());
    }

    @Test
    void aRuleOfTheCombinedCatalogueIsPlacedAtTheOverlaysElementItNames() {
        // the overlay turns the measure-owning framework the bundled themes belong to into a priority framework:
        // only the combined catalogue breaks a rule, and each problem is placed at the framework's id (3:25),
        // where before it was reported at 0:0
        String flip = """
                {
                  "format": "svtoms-catalogue/1",
                  "frameworks": [{"id": "svtoms-open", "kind": "priorities", "name": "Flipped", "publisher": "Me", "edition": "1",
                    "priorities": [{"id": "p", "name": "P", "measures": ["local-employment"]}]}]
                }
                """;
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
                () -> Overlays.catalogue(Bundled.catalogue(), in(flip), "flip.json"));
        assertTrue(e.problems().size() > 0);
        for (Problem p : e.problems()) {
            assertEquals(List.of("flip.json", 3, 25, "$.frameworks[0].id"), List.of(p.file(), p.line(), p.column(), p.path()),
                    p.toString());
            assertTrue(p.message().contains("'svtoms-open'"), p.message());
        }
    }

    static ProxyValue value(String amount, String licence) {
        return new ProxyValue(Money.of(amount, "GBP"), PriceYear.parse("2022"), ValueType.ECONOMIC, Optional.empty(),
                new Provenance("Licensed table", "Licensor", "2022", Optional.empty(), licence, EvidenceGrade.V,
                        Optional.empty()), Optional.empty());
    }

    @Test
    void proxyOverlayReplacesPerMeasureAndReportsIt() {
        ProxyTable base = Bundled.proxyTable();
        MeasureId first = base.entries().keySet().iterator().next();
        ProxyTable licensed = ProxyTable.builder("national-toms-2022", "National TOMs values", "NT2022", Money.currency("GBP"))
                .put(first, value("12345.67", "licensed to the user")).put(MeasureId.of("school-visits"), value("10", "own"))
                .build();
        Overlaid<ProxyTable> r = Overlays.proxyTable(base, licensed);
        assertEquals(List.of(first.value()), r.report().replacedIds(OverlayReport.Kind.PROXY));
        assertEquals(List.of("school-visits"), r.report().added().stream().map(OverlayReport.Entry::id).toList());
        assertEquals(Money.of("12345.67", "GBP"), r.value().proxyFor(first).orElseThrow().amount());
        assertEquals(first, r.value().entries().keySet().iterator().next(), "replaced in place");
        assertEquals(base.size() + 1, r.value().size());
        // a table of its own: never the open table's id, so a request valued with it cannot pass for one valued with that
        assertEquals("national-toms-2022-over-svtoms-open-proxies", r.value().id());
        assertEquals("NT2022 over svtoms-open-proxies " + base.edition(), r.value().edition());
        assertEquals("National TOMs values over " + base.name(), r.value().name());
    }

    @Test
    void proxyOverlayInAnotherCurrencyIsRejected() {
        ProxyTable euros = ProxyTable.builder("eu", "EU", "1", Money.currency("EUR")).build();
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Overlays.proxyTable(Bundled.proxyTable(), euros));
        assertEquals(true, e.getMessage().contains("EUR"));
    }
}
