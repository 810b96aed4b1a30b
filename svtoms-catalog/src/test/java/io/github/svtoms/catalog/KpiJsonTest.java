package io.github.svtoms.catalog;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.kpi.ContractProfile;
import io.github.svtoms.core.kpi.Kpi;
import io.github.svtoms.core.kpi.KpiSelection;
import io.github.svtoms.core.kpi.KpiSelectionReport;
import io.github.svtoms.core.kpi.KpiSelector;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.catalog.ValuationJsonTest.bytes;
import static io.github.svtoms.catalog.ValuationJsonTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** svtoms-kpi-request/1 and svtoms-kpi-selection/1: the Kent example through JSON, round trips, semantic errors. */
class KpiJsonTest {
    @Test
    void kentServicesContractThroughJson() throws IOException {
        String text = resource("/valid/kent-kpi-request.json");
        ContractProfile profile = Formats.KPI_REQUEST.read(bytes(text), "kent-kpi-request.json");
        assertEquals(text, Formats.KPI_REQUEST.toJson(profile), "the file is canonical");
        assertEquals(profile, Formats.KPI_REQUEST.read(bytes(Formats.KPI_REQUEST.toJson(profile)), "again.json"));

        KpiSelectionReport report = new KpiSelector(Bundled.catalogue()).report(profile);
        KpiSelection selection = report.selection();
        String json = Formats.KPI_SELECTION.toJson(report);
        // workforce-qualifications: 1 per £250,000 → target 1,000,000 / 250,000 = 4; minimum 0.8 × 4 = 3.2 rounded
        // down = 3; stretch 1.5 × 4 = 6
        Kpi q = selection.kpi(MeasureId.of("workforce-qualifications")).orElseThrow();
        assertEquals(Optional.of(new BigDecimal("3")), q.minimum());
        assertTrue(json.contains("""
                      "measure": "workforce-qualifications",
                      "theme": "tackling-economic-inequality",
                      "unit": "people",
                      "minimum": "3",
                      "target": "4",
                      "stretch": "6",
                """), json);
        KpiSelectionReport back = Formats.KPI_SELECTION.read(bytes(json), "selection.json");
        assertEquals(report, back);
        assertEquals(json, Formats.KPI_SELECTION.toJson(back), "write → read → write is byte-identical");
        assertEquals(json, Formats.KPI_SELECTION.toJson(new KpiSelector(Bundled.catalogue()).report(
                Formats.KPI_REQUEST.read(bytes(text), "kent-kpi-request.json"))), "the same input gives the same bytes");
    }

    @Test
    void defaultsAreFilledAndWrittenOut() {
        ContractProfile p = Formats.KPI_REQUEST.read(bytes("""
                {"format": "svtoms-kpi-request/1", "framework": "nhs-2022",
                 "contract": {"value": "60000", "currency": "GBP", "years": 1, "category": "goods"}}
                """), "min.json");
        assertEquals(ContractProfile.DEFAULT_MINIMUM_FACTOR, p.minimumFactor());
        assertEquals(Optional.empty(), p.maxKpis());
        assertEquals(List.of(), p.priorities());
        assertEquals(p, Formats.KPI_REQUEST.read(bytes(Formats.KPI_REQUEST.toJson(p)), "again.json"));
    }

    @Test
    void unknownIdsAreReportedTogether() {
        CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> Formats.KPI_REQUEST.read(bytes("""
                {"format": "svtoms-kpi-request/1", "framework": "kent",
                 "contract": {"value": "1000000", "currency": "GBP", "years": 3, "category": "services"},
                 "priorities": ["kent-local-employment", "kent-nowhere"], "priorityGroups": ["pirates"]}
                """), "bad.json"));
        assertEquals(List.of(
                "bad.json:3:42: $.priorities[1]: unknown priority 'kent-nowhere' in framework 'kent'",
                "bad.json:3:78: $.priorityGroups[0]: unknown priority group 'pirates': the catalogue has disabled,"
                        + " long-term-health-conditions, long-term-unemployed, neet, care-leavers, ex-offenders, veterans,"
                        + " over-50s, young-people, ethnic-minorities, service-users, homeless-people, lone-parents, carers"),
                e.problems().stream().map(Problem::toString).toList());
    }
}
