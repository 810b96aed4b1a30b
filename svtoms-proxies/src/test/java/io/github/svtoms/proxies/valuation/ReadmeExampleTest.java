package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.KpiSelector;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ProxyTable;
import io.github.svtoms.proxies.ProxyValue;
import io.github.svtoms.proxies.ValueType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The examples of README-valuation.md, verbatim between the markers, so that they cannot rot. */
class ReadmeExampleTest {
    private static final Path SOURCE = Path.of("src/test/java/io/github/svtoms/proxies/valuation/ReadmeExampleTest.java");
    private static final Path README = Path.of("README-valuation.md");

    @Test
    void readmeExample() {
        Catalogue catalogue = Fixtures.catalogue();
        // --- README example start ---
        ProxyTable proxies = ProxyTable.builder("my-proxies", "My proxies", "2025.1", Currency.getInstance("GBP"))
                .put(MeasureId.of("local-employment"), new ProxyValue(Money.of("10000", "GBP"), PriceYear.parse("2024"),
                        ValueType.ECONOMIC, Optional.of(new BigDecimal("0.2")), Provenance.suppliedInRequest(), Optional.empty()))
                .build();
        ValuationRequest request = ValuationRequest.builder(Currency.getInstance("GBP"), PriceYear.parse("2024"), catalogue)
                .contract(new Contract(Money.of("1200000.00", "GBP"), 3))
                .discounting(Discounting.greenBook())                  // 3.5 %, first contract year undiscounted
                .proxyTable(proxies)
                .line(CommitmentLine.builder("c1", MeasureId.of("local-employment"), new BigDecimal("10"))
                        .duration(3).displacement(new BigDecimal("0.1")).attribution(new BigDecimal("0.25"))
                        .dropOff(new BigDecimal("0.25")).build())      // deadweight 0.2 comes from the proxy
                .build();
        Valuation valuation = ValuationEngine.value(request);
        valuation.totals().presentValue();                       // GBP 121485.82
        valuation.percentOfContract();                           // Optional[10.12]
        valuation.totalsByValueType().get(ValueType.ECONOMIC);   // the economic share: all of it here
        valuation.lines().get(0).derivation().sentences().forEach(System.out::println);
        // --- README example end ---
        assertEquals(java.util.Map.of(ValueType.ECONOMIC, valuation.totals()), valuation.totalsByValueType());
        // 54,000 + 40,500 / 1.035 + 30,375 / 1.035² = 121,485.82; / 1,200,000 × 100 = 10.12 %
        assertEquals(Money.of("121485.82", "GBP"), valuation.totals().presentValue());
        assertEquals(Optional.of(new BigDecimal("10.12")), valuation.percentOfContract());
    }

    @Test
    void kpiExample() {
        Catalogue catalogue = KpiLinesTest.catalogue();
        ContractProfile profile = ContractProfile.builder().framework(FrameworkId.of("svtoms-open"))
                .value(Money.of("1200000.00", "GBP")).years(3).category(ContractCategory.SERVICES).build();
        ValuationRequest request = ValuationRequest.builder(Fixtures.GBP, Fixtures.Y2024, catalogue)
                .proxyTable(Fixtures.table()).priceIndex(Fixtures.index()).discounting(Discounting.none()).build();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        Valuation valuation;
        try {
            valuation = kpiExampleCode(catalogue, profile, request);
        } finally {
            System.setOut(original);
        }
        // floor(1,200,000 / 250,000) = 4 FTE-years: lines of 1.33 a year over 3 years and 0.01 in year 3;
        // gross 4 × £10,000 = £40,000; net × (1 − 0.2 deadweight) × (1 − 0.25 attribution) = £24,000
        var employment = valuation.byMeasure().get(MeasureId.of("local-employment")).reported();
        assertEquals(Money.of("40000.00", "GBP"), employment.gross());
        assertEquals(Money.of("24000.00", "GBP"), employment.net());
        assertEquals(String.join(System.lineSeparator(),
                "no line for prompt-payment-share: a level (%) to hold, not a quantity delivered each year: it has no"
                        + " quantity to value with a proxy",
                "no line for modern-slavery-review: no target: agree one with the supplier, then add a line for"
                        + " 'modern-slavery-review' (quantity per benefit year)",
                "no line for carbon-reduction-plan: a level (yes/no) to hold, not a quantity delivered each year: it has"
                        + " no quantity to value with a proxy", ""), printed.toString(StandardCharsets.UTF_8));
    }

    /** The README's KPI example, line for line. */
    private static Valuation kpiExampleCode(Catalogue catalogue, ContractProfile profile, ValuationRequest request) {
        // --- README example start ---
        KpiSelection selection = new KpiSelector(catalogue).select(profile); // svtoms-core: no proxy is seen
        KpiLines kpiLines = KpiLines.of(selection, catalogue);                // targets spread over the years
        kpiLines.skipped().forEach(s -> System.out.println("no line for " + s.measure() + ": " + s.reason()));
        List<CommitmentLine> lines = kpiLines.lines().stream()
                .map(l -> l.toBuilder().attribution(new BigDecimal("0.25")).build()) // adjust each line
                .toList();
        Valuation valuation = ValuationEngine.value(request.withLines(lines));  // the same settings, these lines
        valuation.byMeasure().get(MeasureId.of("local-employment")).reported().gross(); // GBP 40000.00
        // --- README example end ---
        return valuation;
    }

    @Test
    void problemsExample() {
        ValuationRequest request = Fixtures.request(Discounting.none())
                .line(CommitmentLine.of("a", MeasureId.of("nt99"), BigDecimal.ONE))
                .line(CommitmentLine.builder("b", Fixtures.LTU_HIRES, BigDecimal.ONE).duration(2).build())
                .build();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // --- README example start ---
            try {
                ValuationEngine.value(request);
            } catch (LineRejectedException e) {
                e.problems().forEach(p -> System.out.println(p.lineId() + " " + p.rule() + ": " + p.message()));
            }
            // --- README example end ---
        } finally {
            System.setOut(original);
        }
        assertEquals(String.join(System.lineSeparator(),
                "a UNKNOWN_MEASURE: line 'a': unknown measure 'nt99' (not in the catalogue)",
                "b FIRST_YEAR_ONLY: line 'b': measure 'long-term-unemployed-hires' counts in the first year only, but"
                        + " the line's duration is 2 years", ""), printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readmeShowsExactlyTheCodeThatRuns() throws IOException {
        List<List<String>> tested = blocks(Files.readAllLines(SOURCE), "// --- README example start ---",
                "// --- README example end ---");
        List<List<String>> shown = blocks(Files.readAllLines(README), "```java", "```");
        assertEquals(3, tested.size());
        assertEquals(tested, shown);
    }

    /** The stripped lines between each begin marker and the next end marker (markers compared stripped). */
    private static List<List<String>> blocks(List<String> lines, String begin, String end) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = null;
        for (String line : lines) {
            String s = line.strip();
            if (block == null && s.equals(begin)) {
                block = new ArrayList<>();
            } else if (block != null && s.equals(end)) {
                blocks.add(block);
                block = null;
            } else if (block != null) {
                block.add(s);
            }
        }
        return blocks;
    }
}
