package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.monitoring.ActualReport;
import io.github.svtoms.core.monitoring.CommitmentStatus;
import io.github.svtoms.core.monitoring.DeliveryMonitor;
import io.github.svtoms.core.monitoring.KpiCommitments;
import io.github.svtoms.core.monitoring.RagStatus;
import io.github.svtoms.core.monitoring.VerificationLevel;
import io.github.svtoms.core.money.Money;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs the examples in README-kpi.md and checks that the README still shows exactly this code. The test
 * catalogue's Kent framework has the priority ids and the sector tag of the bundled one
 * ({@code kent-local-employment}, {@code kent-green-and-sustainable}, {@code social-care}).
 */
class ReadmeKpiExampleTest {
    private static final Path SOURCE = Path.of("src/test/java/io/github/svtoms/core/kpi/ReadmeKpiExampleTest.java");
    private static final Path README = Path.of("README-kpi.md");

    private static <T> T printing(ByteArrayOutputStream printed, Supplier<T> code) {
        PrintStream original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            return code.get();
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void exampleRunsAndPrintsTheHandComputedSelection() {
        Catalogue catalogue = TestCatalogues.catalogue();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        KpiSelection selection = printing(printed, () -> example(catalogue));
        // local employment floor(1,000,000 / 100,000) x 0.5 = 5.00 FTE-years; hires floor(1,000,000 / 500,000) = 2;
        // apprenticeships floor(1) x 52 = 52.00 weeks; qualifications floor(1,000,000 / 250,000) = 4;
        // carbon 5 a year x 3 = 15.00 tCO2e; waste floor(1) x 2 = 2.00 tonnes; the carbon plan needs £5,000,000;
        // every check passes: 'social-care' is a sector in use
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
        Kpi qualifications = selection.kpi(MeasureId.of("workforce-qualifications")).orElseThrow();
        assertEquals(Optional.of(new BigDecimal("3")), qualifications.minimum());
        assertEquals(Optional.of(new BigDecimal("4")), qualifications.target());
        assertEquals(Optional.of(new BigDecimal("6")), qualifications.stretch());
        assertEquals(List.of("construction", "social-care"), catalogue.sectors());
    }

    /** The README example, line for line; returns the selection. */
    private static KpiSelection example(Catalogue catalogue) {
        // README-BEGIN
        KpiSelector selector = new KpiSelector(catalogue); // immutable and thread-safe: share it
        ContractProfile profile = ContractProfile.builder()
                .framework(FrameworkId.of("kent"))
                .value(Money.of("1000000.00", "GBP")).years(3)
                .category(ContractCategory.SERVICES).sectors("social-care") // a tag in catalogue.sectors()
                .buyer(BuyerType.LOCAL_AUTHORITY)
                .priorities("kent-local-employment", "kent-green-and-sustainable")
                .build();
        KpiSelection selection = selector.select(profile);
        for (Kpi kpi : selection.kpis()) {
            System.out.println(kpi.measure() + " target " + kpi.target().map(BigDecimal::toPlainString).orElse("to agree"));
        }
        selection.excluded().forEach(e -> System.out.println("not " + e.measure() + ": " + e.reason()));
        selection.failedChecks().forEach(c -> System.out.println("check " + c.rule() + ": " + c.detail()));
        Kpi qualifications = selection.kpi(MeasureId.of("workforce-qualifications")).orElseThrow(); // 3 / 4 / 6
        // README-END
        return selection;
    }

    @Test
    void aSectorNoMeasureUsesIsAFailedCheckWithCloseMatches() {
        Catalogue catalogue = TestCatalogues.catalogue();
        ContractProfile care = example(catalogue).profile().toBuilder().sectors("care").build();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        printing(printed, () -> {
            KpiSelection selection = new KpiSelector(catalogue).select(care);
            selection.failedChecks().forEach(c -> System.out.println("check " + c.rule() + ": " + c.detail()));
            return selection;
        });
        assertEquals("check known-sectors: sector 'care' (did you mean 'social-care'?) is used by no measure of the"
                + " catalogue, so it makes no measure relevant; sectors in use: construction, social-care"
                + System.lineSeparator(), printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void monitoringExampleRunsAndGivesTheHandComputedStatus() {
        KpiSelection selection = new KpiSelector(TestCatalogues.catalogue()).select(example(TestCatalogues.catalogue())
                .profile());
        CommitmentStatus status = monitoring(selection);
        // 2024-04-01 to 2027-04-01 is 365 × 3 = 1,095 days; one year in, 365 have passed:
        // expected 5.00 × 365 ÷ 1,095 = 1.6667 FTE-years; delivered 1.70 ÷ 1.6667 × 100 = 102.00 % → GREEN
        assertEquals(365, status.elapsedDays());
        assertEquals(1095, status.totalDays());
        assertEquals(0, new BigDecimal("5.00").compareTo(status.commitment().target()));
        assertEquals("102.00", status.displayPercentOfExpected());
        assertEquals(RagStatus.GREEN, status.rag());
    }

    /** The README's second example, line for line. */
    private static CommitmentStatus monitoring(KpiSelection selection) {
        // README-BEGIN
        KpiCommitments commitments = KpiCommitments.of(selection, LocalDate.of(2024, 4, 1)); // to 2027-04-01
        commitments.skipped().forEach(s -> System.out.println("not monitored " + s.measure() + ": " + s.reason()));
        DeliveryMonitor monitor = commitments.monitor(); // targets stay whole-contract: 5.00 FTE-years in all
        ActualReport year1 = ActualReport.of(MeasureId.of("local-employment"), LocalDate.of(2024, 4, 1),
                LocalDate.of(2025, 4, 1), new BigDecimal("1.70"), VerificationLevel.EVIDENCED);
        CommitmentStatus status = monitor.assess(List.of(year1), LocalDate.of(2025, 4, 1))
                .status(MeasureId.of("local-employment")); // GREEN: 1.70 delivered, 5.00 × 365 ÷ 1,095 expected
        // README-END
        return status;
    }

    @Test
    void readmeShowsExactlyTheCodeThatRuns() throws IOException {
        List<List<String>> tested = blocks(Files.readAllLines(SOURCE), "        // README-BEGIN", "        // README-END");
        List<List<String>> shown = blocks(Files.readAllLines(README), "```java", "```");
        assertEquals(tested, shown);
        assertEquals(2, shown.size());
        assertEquals(15, shown.get(0).size());
    }

    /** The stripped lines between each begin marker and the next end marker. */
    private static List<List<String>> blocks(List<String> lines, String begin, String end) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = null;
        for (String line : lines) {
            if (block == null && line.equals(begin)) {
                block = new ArrayList<>();
            } else if (block != null && line.equals(end)) {
                blocks.add(block);
                block = null;
            } else if (block != null) {
                block.add(line.strip());
            }
        }
        return blocks;
    }
}
