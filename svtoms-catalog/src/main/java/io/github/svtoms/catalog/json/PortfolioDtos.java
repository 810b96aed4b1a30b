package io.github.svtoms.catalog.json;

import java.util.List;
import java.util.Map;

/**
 * The package-private DTO records of {@code svtoms-portfolio/1}, exactly as the file holds them; absent
 * members are {@code null}. Validation and mapping happen in {@link PortfolioCodec}, which also writes
 * the metrics report from the last two.
 *
 * <p>Immutable records (lists as Jackson built them, never exposed).
 */
final class PortfolioDtos {
    private PortfolioDtos() {
    }

    record Document(String currency, TargetsDto targets, PracticesDto practices, List<ContractDto> contracts) {
        static final Document EMPTY = new Document(null, null, null, null);
    }

    /** The Health Equity Collaborative's yes/no anchor metrics 3 and 4. */
    record PracticesDto(Boolean supplierGuidance, Boolean supplierDevelopment) {
    }

    record TargetsDto(String localShare, String smeShare, String vcseShare) {
    }

    record ContractDto(String id, String supplier, String value, Boolean valueIncludesVat, String socialValueWeighting,
                       Boolean paysRealLivingWage,
                       String addressableSpend, String localSpend, String smeSpend, String vcseSpend,
                       String proxyValueCommitted, String proxyValueDelivered) {
    }

    /** The report {@code svtoms-portfolio-metrics/1}, only written. */
    record MetricsDocument(String currency, List<MetricDto> metrics) {
    }

    record MetricDto(String id, String unit, String value, String display, String target, Boolean met,
                     Integer contractsCounted, List<String> contracts, Map<String, String> inputs, String derivation) {
    }
}
