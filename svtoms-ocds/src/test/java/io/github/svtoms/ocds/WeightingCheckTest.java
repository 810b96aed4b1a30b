package io.github.svtoms.ocds;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.core.catalogue.Catalogue;
import io.github.svtoms.core.catalogue.Framework;
import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.FrameworkRules;
import io.github.svtoms.core.law.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The social value weighting of a notice against the minimum of the edition in force. */
class WeightingCheckTest {
    /** Json.RELEASE: price 50 %, quality 40 %, social value 10 %, tender period from 2025-01-10. */
    private static ContractReading release() {
        return Json.read(Json.RELEASE).notices().get(0).whole();
    }

    /** The test family with a minimum of {@code min} % for the 2020 edition (2021-01-01 to 2025-02-23). */
    private static Catalogue withMinimum(String min) {
        return TestEditions.catalogue(FrameworkRules.NONE.withMinimumSocialValueWeighting(new BigDecimal(min)));
    }

    @Test
    void theEditionInForcesMinimumIsChecked() {
        WeightingCheck met = WeightingCheck.of(release(), withMinimum("10"), TestEditions.FAMILY);
        assertEquals(Optional.of(FrameworkId.of("test-svm-2020")), met.edition());
        assertEquals(Verdict.MET, met.verdict(), met.detail());
        WeightingCheck notMet = WeightingCheck.of(release(), withMinimum("15"), TestEditions.FAMILY);
        assertEquals(Verdict.NOT_MET, notMet.verdict(), notMet.detail());
        assertTrue(notMet.detail().contains("15"), notMet.detail());
    }

    @Test
    void noEditionOrNoMinimumIsNotApplicable() {
        // the 2020 edition in force on 2025-01-10 sets no minimum here
        WeightingCheck none = WeightingCheck.of(release(), TestEditions.catalogue(FrameworkRules.NONE), TestEditions.FAMILY);
        assertEquals(Verdict.NOT_APPLICABLE, none.verdict(), none.detail());
        String before = Json.RELEASE.replace("'tenderPeriod':{'startDate':'2025-01-10T00:00:00Z'",
                "'tenderPeriod':{'startDate':'2020-06-01T00:00:00Z'");
        WeightingCheck early = WeightingCheck.of(Json.read(before).notices().get(0).whole(), withMinimum("10"),
                TestEditions.FAMILY);
        assertEquals(Verdict.NOT_APPLICABLE, early.verdict());
        assertEquals(Optional.empty(), early.edition());
        assertTrue(early.detail().startsWith("no edition in force"), early.detail());
    }

    @Test
    void criteriaThatAreNotPercentagesCannotBeChecked() {
        OcdsDocument d = Json.read("{'ocid':'x','date':'2025-01-10T00:00:00Z','tender':{'mainProcurementCategory':'services',"
                + "'awardCriteria':'ratedCriteria'}}");
        WeightingCheck none = WeightingCheck.of(d.notices().get(0).whole(), withMinimum("10"), TestEditions.FAMILY);
        assertEquals(Verdict.CANNOT_BE_CHECKED, none.verdict(), none.detail());
        assertTrue(none.detail().contains("no award criteria published"), none.detail());
    }

    /**
     * The 250 real releases against the bundled uk-svm-2020 (PPN 06/20, 10 % minimum, for procurements commenced
     * from 2021-01-01 to 2025-09-30): no notice names a social value criterion, so every evaluation scheme built is
     * below the minimum; every other reading (no criteria, or weights that are not percentages adding up to 100)
     * cannot be checked; and a notice commenced outside the edition's period has no edition in force, so the
     * minimum does not apply. The same edition without its period (in force whatever the date) gives the counts
     * without that last kind: 61 notices and 150 lots not met, the rest cannot be checked — so the period alone
     * moves 61 notices (31 not met, 30 that cannot be checked) and 162 lots (98 and 64) to not applicable.
     */
    @Test
    void theRealReleasesAgainstPpn0620() {
        ScanSummary s = OcdsReader.builder().framework(FrameworkId.of("uk-svm-2020")).catalogue(Bundled.catalogue()).build()
                .scan(SharedData.directory(), d -> { });
        assertEquals(new ScanSummary.WeightingCounts(0, 30, 61, 159), s.notices().minimumWeighting());
        assertEquals(new ScanSummary.WeightingCounts(0, 52, 162, 77), s.lots().minimumWeighting());

        Catalogue bundled = Bundled.catalogue();
        Framework dated = bundled.requireFramework(FrameworkId.of("uk-svm-2020"));
        Framework undated = new Framework(dated.id(), dated.kind(), dated.name(), dated.publisher(), dated.edition(),
                dated.description(), dated.url(), dated.licence(), dated.rules(), dated.priorityGroups(), dated.priorities());
        Catalogue.Builder b = Catalogue.builder();
        bundled.themes().forEach(b::theme);
        bundled.outcomes().forEach(b::outcome);
        bundled.priorityGroups().forEach(b::priorityGroup);
        bundled.measures().forEach(b::measure);
        bundled.frameworks().stream().filter(f -> f.family().isEmpty() || f.id().equals(dated.id()))
                .forEach(f -> b.framework(f.id().equals(dated.id()) ? undated : f));
        ScanSummary always = OcdsReader.builder().framework(FrameworkId.of("uk-svm-2020")).catalogue(b.build()).build()
                .scan(SharedData.directory(), d -> { });
        assertEquals(new ScanSummary.WeightingCounts(0, 61, 0, 189), always.notices().minimumWeighting());
        assertEquals(new ScanSummary.WeightingCounts(0, 150, 0, 141), always.lots().minimumWeighting());
    }
}
