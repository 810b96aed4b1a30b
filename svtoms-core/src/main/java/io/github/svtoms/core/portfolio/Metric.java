package io.github.svtoms.core.portfolio;

import io.github.svtoms.core.internal.Checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One portfolio metric: its exact value, the target and whether it is met (for spend shares with a target),
 * the contracts that went into it, its exact inputs by name and a readable derivation.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param id which metric; its {@link MetricId#unit() unit} says how to read the value
 * @param value the exact value; empty when it is undefined (e.g. a share of nothing)
 * @param target the target, if one was set
 * @param targetMet whether the value meets the target; empty without a target or a value
 * @param contracts the contracts that went into the metric, in portfolio order
 * @param inputs the exact inputs by name, in the order they were given
 * @param derivation how the value was reached, with its numbers
 */
public record Metric(MetricId id, Optional<BigDecimal> value, Optional<BigDecimal> target, Optional<Boolean> targetMet,
                     List<ContractId> contracts, Map<String, BigDecimal> inputs, String derivation) {
    /**
     * Validates and copies.
     *
     * @param id the metric
     * @param value the value or empty
     * @param target the target or empty
     * @param targetMet met or not, or empty
     * @param contracts the contracts counted
     * @param inputs the inputs; copied in order
     * @param derivation not blank
     */
    public Metric {
        Checks.notNull(id, "metric id");
        Checks.notNull(value, "metric value");
        Checks.notNull(target, "metric target");
        Checks.notNull(targetMet, "metric target met");
        contracts = List.copyOf(Checks.notNull(contracts, "metric contracts"));
        Checks.notNull(inputs, "metric inputs");
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        inputs.forEach((k, v) -> copy.put(Checks.notNull(k, "input name"), Checks.notNull(v, "input value")));
        inputs = Collections.unmodifiableMap(copy);
        Checks.notBlank(derivation, "metric derivation");
    }

    /**
     * The value for display, {@link RoundingMode#HALF_EVEN}: a count as a whole number, money to 2 decimal
     * places (the minor unit of GBP, EUR and USD), a percentage or ratio to 2 decimal places; {@code "n/a"}
     * when undefined.
     *
     * @return e.g. {@code "13.50"}
     */
    public String displayValue() {
        return value.map(v -> v.setScale(id.unit() == MetricUnit.COUNT ? 0 : 2, RoundingMode.HALF_EVEN).toPlainString())
                .orElse("n/a");
    }
}
