package io.github.svtoms.bench;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.proxies.valuation.CommitmentLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated data the benchmarks run on is what the benchmarks say it is. */
class GeneratorsTest {
    @Test
    void portfoliosAreDeterministicAndMixed() {
        Portfolio p = Portfolio.bundled();
        List<CommitmentLine> a = p.lines(5000, 1L);
        assertEquals(a, p.lines(5000, 1L));
        assertEquals(a, p.stream(5000, 1L).toList());
        assertEquals("L0000001", a.get(0).id());
        assertEquals("L12345678", Portfolio.id(12_345_678L));
        assertTrue(a.stream().allMatch(l -> l.duration() == Portfolio.DURATION));
        Set<String> priceYears = a.stream().map(l -> p.table().proxyFor(l.measure()).orElseThrow().priceYear().toString())
                .collect(Collectors.toSet());
        assertTrue(priceYears.size() >= 10, priceYears::toString);
        assertTrue(a.stream().map(CommitmentLine::measure).distinct().count() >= 30);
        assertTrue(a.stream().anyMatch(l -> l.deadweight().isEmpty()));
        assertTrue(a.stream().anyMatch(l -> l.deadweight().isPresent()));
    }

    @Test
    void csvRoundTripsTheLines(@TempDir Path dir) throws IOException {
        List<CommitmentLine> lines = Portfolio.bundled().lines(2000, 9L);
        Path csv = dir.resolve("p.csv");
        PortfolioCsv.write(lines, csv);
        assertEquals(lines, PortfolioCsv.read(csv));
    }

    @Test
    void theKpiCatalogueHasAThousandMeasuresAndTenFrameworksAndSelects() {
        Catalogue c = GeneratedCatalogue.build(1000, 10, 42L);
        assertEquals(1000, c.measures().size());
        assertEquals(11, c.frameworks().size());
        KpiSelector selector = new KpiSelector(c);
        List<ContractProfile> profiles = GeneratedCatalogue.profiles(256, 10, 43L);
        int selected = 0;
        for (ContractProfile profile : profiles) {
            KpiSelection s = selector.select(profile);
            selected += s.kpis().size();
        }
        assertTrue(selected > 256, "KPIs selected over 256 profiles: " + selected);
    }
}
