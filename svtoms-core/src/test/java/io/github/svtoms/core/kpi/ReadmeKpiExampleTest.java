package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs the example in README-kpi.md and checks that the README still shows exactly this code. */
class ReadmeKpiExampleTest {
    private static final Path SOURCE = Path.of("src/test/java/io/github/svtoms/core/kpi/ReadmeKpiExampleTest.java");
    private static final Path README = Path.of("README-kpi.md");

    @Test
    void exampleRunsAndPrintsTheHandComputedSelection() {
        Catalogue catalogue = TestCatalogues.catalogue();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        Kpi qualifications;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            qualifications = example(catalogue);
        } finally {
            System.setOut(original);
        }
        // local employment floor(1,000,000 / 100,000) x 0.5 = 5.00 FTE-years; hires floor(1,000,000 / 500,000) = 2;
        // apprenticeships floor(1) x 52 = 52.00 weeks; qualifications floor(1,000,000 / 250,000) = 4;
        // carbon 5 a year x 3 = 15.00 tCO2e; waste floor(1) x 2 = 2.00 tonnes; the carbon plan needs £5,000,000
        assertEquals(String.join(System.lineSeparator(),
                "local-employment target 5.00",
                "long-term-unemployed-hires target 2",
                "neet-hires target 2",
                "apprenticeship-weeks target 52.00",
                "workforce-qualifications target 4",
                "carbon-saved target 15.00",
                "waste-diverted target 2.00",
                "not carbon-reduction-plan: not proportionate: the measure needs a contract of at least £5,000,000.00;"
                        + " this contract is £1,000,000.00", ""), printed.toString(StandardCharsets.UTF_8));
        assertEquals(Optional.of(new BigDecimal("3")), qualifications.minimum());
        assertEquals(Optional.of(new BigDecimal("4")), qualifications.target());
        assertEquals(Optional.of(new BigDecimal("6")), qualifications.stretch());
    }

    /** The README example, line for line; returns the KPI its last line looks up. */
    private static Kpi example(Catalogue catalogue) {
        // README-BEGIN
        KpiSelector selector = new KpiSelector(catalogue); // immutable and thread-safe: share it
        ContractProfile profile = ContractProfile.builder()
                .framework(FrameworkId.of("kent"))
                .value(Money.of("1000000.00", "GBP")).years(3)
                .category(ContractCategory.SERVICES).sectors("care")
                .buyer(BuyerType.LOCAL_AUTHORITY)
                .priorities("local-employment", "green-and-sustainable")
                .build();
        KpiSelection selection = selector.select(profile);
        for (Kpi kpi : selection.kpis()) {
            System.out.println(kpi.measure() + " target " + kpi.target().map(BigDecimal::toPlainString).orElse("to agree"));
        }
        selection.excluded().forEach(e -> System.out.println("not " + e.measure() + ": " + e.reason()));
        selection.failedChecks().forEach(c -> System.out.println("check " + c.rule() + ": " + c.detail()));
        Kpi qualifications = selection.kpi(MeasureId.of("workforce-qualifications")).orElseThrow(); // 3 / 4 / 6
        // README-END
        return qualifications;
    }

    @Test
    void readmeShowsExactlyTheCodeThatRuns() throws IOException {
        List<String> source = Files.readAllLines(SOURCE);
        List<String> tested = source.subList(source.indexOf("        // README-BEGIN") + 1,
                source.indexOf("        // README-END")).stream().map(String::strip).toList();
        List<String> readme = Files.readAllLines(README);
        List<String> shown = readme.subList(readme.indexOf("```java") + 1, readme.indexOf("```")).stream()
                .map(String::strip).toList();
        assertEquals(tested, shown);
        assertEquals(15, shown.size());
    }
}
