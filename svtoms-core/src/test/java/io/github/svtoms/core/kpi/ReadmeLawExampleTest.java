package io.github.svtoms.core.kpi;

import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.ContractCategory;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.duties.ProcurementDuties;
import io.github.svtoms.core.evaluation.AwardCriteria;
import io.github.svtoms.core.evaluation.Criterion;
import io.github.svtoms.core.evaluation.CriterionId;
import io.github.svtoms.core.evaluation.EvaluationScheme;
import io.github.svtoms.core.evaluation.ImportanceCheck;
import io.github.svtoms.core.law.Requirement;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.core.monitoring.ActualReport;
import io.github.svtoms.core.monitoring.Commitment;
import io.github.svtoms.core.monitoring.ContractPerformanceNotice;
import io.github.svtoms.core.monitoring.DeliveryMonitor;
import io.github.svtoms.core.monitoring.NoticeSupplier;
import io.github.svtoms.core.monitoring.PerformanceAssessment;
import io.github.svtoms.core.monitoring.RatingThresholds;
import io.github.svtoms.core.monitoring.VerificationLevel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs the example in README-law.md — a central-government tender commencing in 2027 — and checks that the
 * README still shows exactly this code.
 */
class ReadmeLawExampleTest {
    private static final Path SOURCE = Path.of("src/test/java/io/github/svtoms/core/kpi/ReadmeLawExampleTest.java");
    private static final Path README = Path.of("README-law.md");

    @Test
    void exampleRunsAndPrintsTheHandComputedResults() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            example(KpiDutyTest.CATALOGUE);
        } finally {
            System.setOut(original);
        }
        // commenced 2027-01-15: within PPN 026's period (from 2027-01-01), outside PPN 002's (to 2026-12-31)
        // £6,000,000.00 including VAT is more than £5m: s.52 applies; the five PPN 026 priorities give five KPIs,
        // the first three in rank order are proposed as most material
        // weighting 20 % at £6m (≥ £5m including VAT → 20 % minimum): met
        // carbon reduction plan: 6,000,000.00 × 12 ÷ 48 = £1,500,000.00 a year, not above £5m a year
        // rating: expected 30 × 366 ÷ 1461 = 7.515400410677618069815195071868583 FTE-years by 2028-04-01;
        // delivered 6 ÷ 7.5154… × 100 = 79.836… % → below the 80 % of approaching target → requires improvement
        assertEquals(String.join(System.lineSeparator(),
                "uk-svm-2027: family 'uk-svm': uk-svm-2027 applies to procurements commenced from 2027-01-01, which"
                        + " contains the commencement date 2027-01-15 (never today's date)",
                "s.52 applies, most material [local-employment, modern-slavery-review, real-living-wage]",
                "framework-scope met",
                "s52-kpis met",
                "framework-minimum-kpis met",
                "minimum-social-value-weighting met",
                "carbon reduction plan not-required",
                "local-employment requires-improvement (below), next assessment due 2029-04-01",
                ""), printed.toString(StandardCharsets.UTF_8));
    }

    /** The README example, line for line. */
    private static void example(Catalogue catalogue) {
        // README-BEGIN
        KpiSelector selector = new KpiSelector(catalogue);
        ContractProfile profile = ContractProfile.builder()
                .framework(FrameworkId.of("uk-svm")).commencement(LocalDate.of(2027, 1, 15))
                .value(Money.of("6000000.00", "GBP")).valueIncludesVat(true).years(4)
                .category(ContractCategory.SERVICES).buyer(BuyerType.CENTRAL_GOVERNMENT)
                .build();
        KpiSelectionReport report = selector.report(profile);
        System.out.println(report.selection().framework() + ": " + report.edition().orElseThrow().reason());
        KpiDuty duty = report.kpiDuty();
        System.out.println("s.52 " + duty.status().id() + ", most material " + duty.mostMaterial());
        report.duties().forEach(d -> System.out.println(d.rule() + " " + d.verdict().id()));

        Framework edition = report.edition().orElseThrow().require();
        AwardCriteria criteria = EvaluationScheme.of(List.of(
                Criterion.price(CriterionId.of("price"), "Price", BigDecimal.valueOf(50)),
                Criterion.quality(CriterionId.of("quality"), "Quality", BigDecimal.valueOf(30)),
                Criterion.socialValue(CriterionId.of("social-value"), "Social value", BigDecimal.valueOf(20))))
                .awardCriteria();
        var weighting = ImportanceCheck.minimumWeighting(criteria, edition, Optional.of(profile.contractValue()));
        System.out.println(weighting.rule() + " " + weighting.verdict().id());
        Requirement crp = ProcurementDuties.carbonReductionPlan(BuyerType.CENTRAL_GOVERNMENT, profile.contractValue(), 48);
        System.out.println("carbon reduction plan " + crp.status().id());

        MeasureId jobs = MeasureId.of("local-employment");
        LocalDate start = LocalDate.of(2027, 4, 1);
        DeliveryMonitor monitor = DeliveryMonitor.of(List.of(
                Commitment.of(jobs, new BigDecimal("30"), start, start.plusYears(4))));
        LocalDate asOf = start.plusYears(1);
        var reports = List.of(ActualReport.of(jobs, start, asOf, new BigDecimal("6"), VerificationLevel.EVIDENCED));
        PerformanceAssessment ratings = PerformanceAssessment.of(monitor.assess(reports, asOf), RatingThresholds.DEFAULT);
        ContractPerformanceNotice notice = ContractPerformanceNotice.of(ratings, "ocds-example-001", "contract-1",
                List.of(new NoticeSupplier("Example Services Ltd", "GB-COH-00000000")));
        notice.kpis().forEach(k -> System.out.println(k.measure() + " " + k.rating().id() + " (" + k.ocdsRating()
                + "), next assessment due " + notice.nextAssessmentDue().orElseThrow()));
        // README-END
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
    }
}
