package io.github.svtoms.ocds;

import io.github.svtoms.core.catalogue.FrameworkId;
import io.github.svtoms.core.catalogue.NoEditionInForceException;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.KpiDuty;
import io.github.svtoms.core.kpi.KpiSelectionReport;
import io.github.svtoms.core.kpi.KpiSelector;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A family of dated editions resolves by the commencement date read from the notice. */
class EditionFromNoticeTest {
    private static final KpiSelector SELECTOR = new KpiSelector(TestEditions.catalogue());

    private static ContractProfile profile(String tenderStart) {
        String release = Json.RELEASE.replace("'tenderPeriod':{'startDate':'2025-01-10T00:00:00Z'",
                "'tenderPeriod':{'startDate':'" + tenderStart + "'");
        assertTrue(!release.equals(Json.RELEASE) || tenderStart.equals("2025-01-10T00:00:00Z"));
        return OcdsReader.builder().framework(TestEditions.FAMILY).build().readJson(Json.json(release), "r")
                .notices().get(0).whole().profile().profile().orElseThrow();
    }

    @Test
    void theEditionInForceOnTheCommencementDateIsChosen() {
        // Json.RELEASE's tender period starts 2025-01-10: before PPN 002's 2025-02-24
        KpiSelectionReport before = SELECTOR.report(profile("2025-01-10T00:00:00Z"));
        assertEquals(FrameworkId.of("test-svm-2020"), before.selection().framework());
        assertTrue(before.edition().orElseThrow().reason().contains("2025-01-10"), before.edition().orElseThrow().reason());
        // the first day of the later edition
        KpiSelectionReport first = SELECTOR.report(profile("2025-02-24T00:00:00Z"));
        assertEquals(FrameworkId.of("test-svm-2025"), first.selection().framework());
        assertEquals(FrameworkId.of("test-svm-2020"),
                SELECTOR.report(profile("2025-02-23T23:59:59+00:00")).selection().framework());
        // £2,400,000.00 net, £2,880,000.00 including VAT: not more than £5m
        assertEquals(KpiDuty.Status.DOES_NOT_APPLY, first.kpiDuty().status());
    }

    @Test
    void noEditionBeforeTheFirstIsAnError() {
        assertThrows(NoEditionInForceException.class, () -> SELECTOR.report(profile("2020-12-31T00:00:00Z")));
    }
}
