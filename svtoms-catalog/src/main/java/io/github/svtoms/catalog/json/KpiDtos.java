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

    record RequestDocument(String framework, ContractDto contract, List<String> priorities, List<String> priorityGroups,
                           Integer maxKpis, String minimumFactor, String stretchFactor) {
        static final RequestDocument EMPTY = new RequestDocument(null, null, null, null, null, null, null);
    }

    record ContractDto(String value, String currency, Integer years, String category, List<String> sectors,
                       String buyer) {
    }

    record SelectionDocument(String framework, ContractDto contract, List<String> priorities,
                             List<String> priorityGroups, Integer maxKpis, String minimumFactor, String stretchFactor,
                             List<KpiDto> kpis, List<ExcludedDto> excluded, List<CheckDto> checks) {
        static final SelectionDocument EMPTY = new SelectionDocument(null, null, null, null, null, null, null, null, null,
                null);

        RequestDocument request() {
            return new RequestDocument(framework, contract, priorities, priorityGroups, maxKpis, minimumFactor,
                    stretchFactor);
        }
    }

    record KpiDto(String measure, String theme, String unit, String minimum, String target, String stretch,
                  List<String> priorities, List<String> reasons) {
    }

    record ExcludedDto(String measure, String reason) {
    }

    record CheckDto(String rule, Boolean passed, String detail) {
    }
}
