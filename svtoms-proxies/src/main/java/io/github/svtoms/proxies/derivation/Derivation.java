package io.github.svtoms.proxies.derivation;

import io.github.svtoms.core.internal.Checks;

import java.util.List;
import java.util.Optional;

/**
 * How a figure was computed: ordered {@link DerivationStep steps}; the last step's result is the figure.
 *
 * <p>Immutable and thread-safe; value equality over the steps.
 *
 * @param steps the steps in order, at least one
 */
public record Derivation(List<DerivationStep> steps) {
    /**
     * Copies the steps.
     *
     * @param steps at least one
     * @throws io.github.svtoms.core.InvalidValueException when there are none
     */
    public Derivation {
        steps = List.copyOf(Checks.notNull(steps, "derivation steps"));
        if (steps.isEmpty()) {
            throw new io.github.svtoms.core.InvalidValueException("a derivation has at least one step");
        }
    }

    /**
     * The first step of a kind.
     *
     * @param kind the kind
     * @return the step, or empty when the derivation has none of that kind
     */
    public Optional<DerivationStep> step(StepKind kind) {
        Checks.notNull(kind, "step kind");
        return steps.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /**
     * The sentences of all steps, in order.
     *
     * @return the sentences
     */
    public List<String> sentences() {
        return steps.stream().map(DerivationStep::sentence).toList();
    }

    /**
     * The kinds of all steps, in order.
     *
     * @return the kinds
     */
    public List<StepKind> kinds() {
        return steps.stream().map(DerivationStep::kind).toList();
    }
}
