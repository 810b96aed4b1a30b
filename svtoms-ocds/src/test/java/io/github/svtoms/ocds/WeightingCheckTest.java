package io.github.svtoms.ocds;

import io.github.svtoms.catalog.Bundled;
import io.github.svtoms.core.catalogue.Catalogue;
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
     * The 250 real releases against the bundled uk-svm-2020 (10 % minimum, no period, so in force whatever the
     * date): no notice names a social value criterion, so every evaluation scheme built (61 notices, 150 lots)
     * is below the minimum; every other reading (no criteria, or weights that are not percentages adding up to
     * 100) cannot be checked.
     */
    @Test
    void theRealReleasesAgainstPpn0620() {
        ScanSummary s = OcdsReader.builder().framework(FrameworkId.of("uk-svm-2020")).catalogue(Bundled.catalogue()).build()
                .scan(SharedData.directory(), d -> { });
        assertEquals(new ScanSummary.WeightingCounts(0, 61, 0, 189), s.notices().minimumWeighting());
        assertEquals(new ScanSummary.WeightingCounts(0, 150, 0, 141), s.lots().minimumWeighting());
    }
}
