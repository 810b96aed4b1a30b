package io.github.svtoms.catalog.json;

import java.util.List;

/**
 * The package-private DTO records of {@code svtoms-kpi-request/1} and {@code svtoms-kpi-selection/1},
 * exactly as the files hold them; absent members are {@code null}.
 *
 * <p>Immutable records, never exposed.
 */
final class KpiDtos {
    private KpiDtos() {
    }

    record RequestDocument(String framework, String commencement, ContractDto contract, List<String> priorities,
                           List<String> priorityGroups, List<String> ownKpis, String kpiExemption, Integer maxKpis,
                           String minimumFactor, String stretchFactor) {
        static final RequestDocument EMPTY = new RequestDocument(null, null, null, null, null, null, null, null, null, null);
    }

    record ContractDto(String value, String currency, Boolean valueIncludesVat, String valueOtherBasis, Integer years,
                       String category, List<String> sectors, String buyer) {
    }

    /**
     * A selection: {@code framework} is the edition selected from; the request's own framework (a family such as
     * {@code uk-svm}) is in {@code edition.requested} when the edition was chosen by commencement date.
     */
    record SelectionDocument(String framework, String commencement, ContractDto contract, List<String> priorities,
                             List<String> priorityGroups, List<String> ownKpis, String kpiExemption, Integer maxKpis,
                             String minimumFactor, String stretchFactor, LawDtos.EditionDto edition, KpiDutyDto kpiDuty,
                             List<LawDtos.DutyDto> duties, List<KpiDto> kpis, List<ExcludedDto> excluded,
                             List<CheckDto> checks) {
        static final SelectionDocument EMPTY = new SelectionDocument(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);

        RequestDocument request() {
            return new RequestDocument(edition == null ? framework : edition.requested(), commencement, contract,
                    priorities, priorityGroups, ownKpis, kpiExemption, maxKpis, minimumFactor, stretchFactor);
        }
    }

    /** The Procurement Act 2023 s.52 KPI duty of a selection. */
    record KpiDutyDto(Boolean applies, String status, String reason, Integer minimum, Integer socialValueKpisCounted,
                      Integer ownKpisCounted, List<String> mostMaterial, String mostMaterialReason, String exemption) {
    }

    record KpiDto(String measure, String theme, String unit, String minimum, String target, String stretch,
                  List<String> priorities, List<String> reasons) {
    }

    record ExcludedDto(String measure, String reason) {
    }

    record CheckDto(String rule, Boolean passed, String detail) {
    }
}
