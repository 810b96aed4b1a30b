package io.github.svtoms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.catalogue.Priority;
import io.github.svtoms.core.catalogue.ThemeId;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.ProxyTable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks on the bundled data: schemas, provenance, references, seed frameworks, rebasing. */
class BundledDataChecksTest {
    private static final ObjectMapper TREE = new ObjectMapper();

    static JsonNode json(String resource) throws IOException {
        try (InputStream in = Formats.class.getResourceAsStream(resource)) {
            return TREE.readTree(in);
        }
    }

    @Test
    void everyBundledFileValidatesAgainstItsSchema() throws IOException {
        List<String> files = new ArrayList<>(List.of("svtoms-open.json"));
        Bundled.FRAMEWORKS.forEach(id -> files.add("frameworks/" + id + ".json"));
        Schema catalogue = Schema.of("svtoms-catalogue-1");
        for (String f : files) {
            assertEquals(List.of(), catalogue.errors(json("default/" + f)), f);
        }
        assertEquals(List.of(), Schema.of("svtoms-proxies-1").errors(json("default/svtoms-open-proxies.json")));
        assertEquals(List.of(), Schema.of("svtoms-reference-1").errors(json("default/reference.json")));
    }

    @Test
    void schemaRejectsWhatTheReaderRejects() throws IOException {
        Schema catalogue = Schema.of("svtoms-catalogue-1");
        for (String bad : List.of("decimal-with-exponent", "decimal-leading-zero", "number-for-decimal", "unknown-field",
                "bad-id", "string-for-integer", "empty-categories", "unknown-unit", "wrong-format-kind")) {
            try (InputStream in = getClass().getResourceAsStream("/invalid/" + bad + ".json")) {
                assertFalse(catalogue.errors(TREE.readTree(in)).isEmpty(), bad);
            }
        }
    }

    @Test
    void defaultCatalogueHasEverySeedFramework() {
        Catalogue c = Bundled.catalogue();
        assertSame(c, Bundled.catalogue(), "loaded once and cached");
        for (String id : List.of("svtoms-open", "uk-svm-2020", "nhs-2022", "lpp-2022", "kent", "elft", "brighton-hove",
                "bsol-stp", "aintree")) {
            assertTrue(c.framework(FrameworkId.of(id)).isPresent(), id);
        }
        assertEquals(List.of("COVID-19 recovery", "Tackling economic inequality", "Fighting climate change",
                "Equal opportunity", "Wellbeing"), c.themesOf(FrameworkId.of("svtoms-open")).stream().map(t -> t.name()).toList());
        assertEquals(List.of("Local Employment", "Buy Kent First", "Community Development", "Good Employer",
                "Green and Sustainable"), topLevel(c, "kent"));
        assertEquals(new BigDecimal("60"), c.requireFramework(FrameworkId.of("kent")).rules().specifiedShare().orElseThrow());
        // Kent: "typically accounts for 10% of the total score" is a guideline (advice), not a minimum
        assertEquals(Optional.empty(), c.requireFramework(FrameworkId.of("kent")).rules().minimumSocialValueWeighting());
        assertEquals(new BigDecimal("10"),
                c.requireFramework(FrameworkId.of("kent")).rules().guidelineSocialValueWeighting().orElseThrow());
        assertEquals(List.of(ThemeId.of("fighting-climate-change")),
                c.requireFramework(FrameworkId.of("nhs-2022")).rules().mandatoryThemes());
        assertEquals(new BigDecimal("15"),
                c.requireFramework(FrameworkId.of("elft")).rules().minimumSocialValueWeighting().orElseThrow());
        // "select three most relevant groups" was a focus-group suggestion, and the 14 groups are not named in the source
        assertEquals(Optional.empty(), c.requireFramework(FrameworkId.of("elft")).rules().priorityGroupLimit());
        assertEquals(List.of(), c.requireFramework(FrameworkId.of("elft")).priorityGroups());
        assertEquals(14, c.priorityGroups().size(), "svtoms's own fourteen priority groups");
        assertEquals(List.of("Childhood and Adolescence", "Adult and Work", "Ageing and Later Life", "Communities",
                "Business", "Environment", "Social Innovation"), topLevel(c, "bsol-stp"));
        assertEquals(new BigDecimal("20"),
                c.requireFramework(FrameworkId.of("bsol-stp")).rules().ambitionSocialValueWeighting().orElseThrow());
        // BSol "elected not to apply a fixed weighting"; its 10 % is advice
        assertEquals(Optional.empty(), c.requireFramework(FrameworkId.of("bsol-stp")).rules().minimumSocialValueWeighting());
        assertEquals(new BigDecimal("10"),
                c.requireFramework(FrameworkId.of("bsol-stp")).rules().guidelineSocialValueWeighting().orElseThrow());
        assertEquals(1, c.requireFramework(FrameworkId.of("brighton-hove")).rules().minimumOutcomesPerTender());
        // the sources state only the LPP Core employment KPIs and the London addressable-spend goal
        assertEquals(List.of("LPP Core KPIs: equal training and employment opportunities",
                "Addressable spend with local SME, VCSE and diverse suppliers"), topLevel(c, "lpp-2022"));
        assertEquals(List.of(MeasureId.of("disabled-hires"), MeasureId.of("long-term-unemployed-hires")),
                c.requireFramework(FrameworkId.of("lpp-2022")).priorities().get(0).measures());
        assertEquals(3, topLevel(c, "aintree").size(), "Aintree: social, economic, environmental");
        assertEquals(5, topLevel(c, "uk-svm-2020").size());
        assertEquals(5, topLevel(c, "nhs-2022").size());
        assertEquals(5, topLevel(c, "elft").size());
    }

    private static List<String> topLevel(Catalogue c, String framework) {
        return c.requireFramework(FrameworkId.of(framework)).priorities().stream().filter(p -> p.parent().isEmpty())
                .map(Priority::name).toList();
    }

    @Test
    void everyPriorityResolvesToExistingMeasures() {
        Catalogue c = Bundled.catalogue();
        int links = 0;
        for (Framework f : c.frameworks()) {
            for (Priority p : f.priorities()) {
                for (var m : p.measures()) {
                    assertTrue(c.measure(m).isPresent(), f.id() + "/" + p.id() + " -> " + m);
                    links++;
                }
            }
        }
        assertTrue(links > 100, "priority-measure links: " + links);
    }

    @Test
    void everyProxyEntryHasFullProvenanceAndAKnownMeasure() {
        ProxyTable t = Bundled.proxyTable();
        Catalogue c = Bundled.catalogue();
        assertTrue(t.size() > 20, "entries: " + t.size());
        t.entries().forEach((measure, v) -> {
            assertTrue(c.measure(measure).isPresent(), "proxy for unknown measure " + measure);
            assertFalse(v.provenance().source().isBlank());
            assertFalse(v.provenance().publisher().isBlank());
            if (v.provenance().url().isEmpty()) {
                // only the project's own identity conventions ("GBP 1 per GBP 1", grade U) have no source to link to
                assertEquals("svtoms project", v.provenance().publisher(), measure + " has no URL");
                assertEquals(io.github.svtoms.proxies.EvidenceGrade.U, v.provenance().evidence(), measure.value());
                assertTrue(v.provenance().source().startsWith("Convention"), measure.value());
            } else {
                assertTrue(v.provenance().url().get().startsWith("https://"), measure.value());
            }
            assertFalse(v.provenance().licence().isBlank());
            assertTrue(v.priceYear() != null && v.valueType() != null);
        });
    }

    @Test
    void everyProxyRebasesTo2024And2024To25WithTheBundledDeflator() {
        PriceIndex deflator = Bundled.referenceData().priceIndex("hmt-gdp-deflator-2024-10").orElseThrow();
        PriceYear calendar = PriceYear.parse("2024");
        PriceYear financial = PriceYear.parse("2024-25");
        Bundled.proxyTable().entries().forEach((measure, v) -> {
            Money a = deflator.rebase(v.amount(), v.priceYear(), calendar);
            Money b = deflator.rebase(v.amount(), v.priceYear(), financial);
            assertEquals(v.amount().signum(), a.signum(), measure.value());
            assertEquals(v.amount().signum(), b.signum(), measure.value());
        });
        // worked example: GBP 9,800 at 2012-13 prices (D = 74.43) to 2024-25 (D = 102.37):
        // 9800 x 102.37 / 74.43 = 1,003,226 / 74.43 = 13,478.785...; to the penny, HALF_EVEN: 13,478.79
        assertEquals(new BigDecimal("13478.79"), deflator.rebase(Money.of("9800", "GBP"), PriceYear.parse("2012-13"),
                financial).amount().setScale(2, java.math.RoundingMode.HALF_EVEN));
    }
}
