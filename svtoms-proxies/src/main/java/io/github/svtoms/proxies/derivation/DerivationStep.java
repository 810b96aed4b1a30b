package io.github.svtoms.proxies.derivation;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.UnknownIdException;

import java.math.BigDecimal;
import java.util.List;

/**
 * One step of a {@link Derivation}: its kind, its named inputs, its exact result and a sentence that
 * says the same for a person, e.g. {@code "proxy £9,800.00 (2012-13 prices, GMCA Unit Cost Database
 * v1.4) × 100 / 74.43 = £13,166.73 (2023-24 prices)"}. Amounts in sentences are rounded for reading;
 * {@link #inputs()} and {@link #result()} are exact.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param kind what the step computes
 * @param inputs its inputs, in order, names unique
 * @param result the exact result
 * @param sentence the step in words
 */
public record DerivationStep(StepKind kind, List<StepInput> inputs, BigDecimal result, String sentence) {
    /**
     * Validates the step and copies its inputs.
     *
     * @param kind the kind
     * @param inputs the inputs
     * @param result the result
     * @param sentence not blank
     */
    public DerivationStep {
        Checks.notNull(kind, "step kind");
        inputs = List.copyOf(Checks.notNull(inputs, "step inputs"));
        Checks.notNull(result, "step result");
        Checks.notBlank(sentence, "step sentence");
    }

    /**
     * The numeric input with this name.
     *
     * @param name the input's name
     * @return its exact value
     * @throws UnknownIdException when the step has no numeric input of that name
     */
    public BigDecimal number(String name) {
        return inputs.stream().filter(i -> i.name().equals(name) && i.number().isPresent()).findFirst()
                .flatMap(StepInput::number)
                .orElseThrow(() -> new UnknownIdException("step " + kind + " has no numeric input '" + name + "'"));
    }

    /**
     * The text input with this name.
     *
     * @param name the input's name
     * @return its text
     * @throws UnknownIdException when the step has no text input of that name
     */
    public String text(String name) {
        return inputs.stream().filter(i -> i.name().equals(name) && i.text().isPresent()).findFirst()
                .flatMap(StepInput::text)
                .orElseThrow(() -> new UnknownIdException("step " + kind + " has no text input '" + name + "'"));
    }
}
