package io.github.svtoms.core.portfolio;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.UnknownIdException;

import java.util.Currency;
import java.util.List;

/**
 * A portfolio's metrics, one per {@link MetricId}, in that enum's order.
 *
 * <p>Immutable and thread-safe; value equality over both components.
 *
 * @param currency the currency of every money metric
 * @param metrics the metrics
 */
public record PortfolioReport(Currency currency, List<Metric> metrics) {
    /**
     * Validates and copies.
     *
     * @param currency the currency
     * @param metrics the metrics
     */
    public PortfolioReport {
        Checks.notNull(currency, "currency");
        metrics = List.copyOf(Checks.notNull(metrics, "metrics"));
    }

    /**
     * One metric.
     *
     * @param id the metric
     * @return the metric
     * @throws UnknownIdException when the report does not hold it
     */
    public Metric metric(MetricId id) {
        Checks.notNull(id, "metric id");
        return metrics.stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow(() -> new UnknownIdException("unknown metric '" + id.metricName() + "': not in this report"));
    }
}
