package io.github.svtoms.proxies.calc;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.derivation.Derivation;
import io.github.svtoms.proxies.derivation.DerivationStep;
import io.github.svtoms.proxies.derivation.StepInput;
import io.github.svtoms.proxies.derivation.StepKind;
import io.github.svtoms.proxies.internal.Texts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Social return on investment (SROI Guide, Social Value UK): {@code ratio = PV / inputs},
 * {@code net ratio = (PV − inputs) / inputs}, {@code NPV = PV − inputs}, payback in months
 * {@code = inputs / (first year's value / 12)}. Quotients in {@link MathContext#DECIMAL128}, unrounded.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param ratio PV ÷ inputs
 * @param netRatio (PV − inputs) ÷ inputs
 * @param netPresentValue PV − inputs, exact
 * @param paybackMonths inputs ÷ (first year's value ÷ 12); empty when the first year's value is zero
 * @param derivation how each figure was computed
 */
public record Sroi(BigDecimal ratio, BigDecimal netRatio, Money netPresentValue, Optional<BigDecimal> paybackMonths,
                   Derivation derivation) {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /**
     * Validates the result.
     */
    public Sroi {
        Checks.notNull(ratio, "ratio");
        Checks.notNull(netRatio, "net ratio");
        Checks.notNull(netPresentValue, "net present value");
        Checks.notNull(paybackMonths, "payback months");
        Checks.notNull(derivation, "derivation");
    }

    /**
     * Computes the SROI figures.
     *
     * @param presentValue the present value of the social value, ≥ 0
     * @param inputs the investment, &gt; 0
     * @param firstYearValue the (undiscounted) value of the first year, ≥ 0
     * @return the figures
     * @throws InvalidValueException when inputs are not positive, an amount is negative or the currencies differ
     */
    public static Sroi of(Money presentValue, Money inputs, Money firstYearValue) {
        Checks.notNull(presentValue, "present value");
        Checks.notNull(inputs, "inputs");
        Checks.notNull(firstYearValue, "first year value");
        if (!presentValue.currency().equals(inputs.currency()) || !presentValue.currency().equals(firstYearValue.currency())) {
            throw new InvalidValueException("SROI amounts " + presentValue + ", " + inputs + ", " + firstYearValue
                    + " must share one currency");
        }
        if (inputs.signum() <= 0) {
            throw new InvalidValueException("SROI inputs " + inputs + " must be greater than 0");
        }
        if (presentValue.isNegative() || firstYearValue.isNegative()) {
            throw new InvalidValueException("SROI present value " + presentValue + " and first year value "
                    + firstYearValue + " must not be negative");
        }
        var c = inputs.currency();
        BigDecimal pv = presentValue.amount();
        BigDecimal in = inputs.amount();
        BigDecimal ratio = pv.divide(in, MC);
        BigDecimal npv = pv.subtract(in);
        BigDecimal netRatio = npv.divide(in, MC);
        List<DerivationStep> steps = new ArrayList<>();
        steps.add(new DerivationStep(StepKind.RATIO, List.of(StepInput.number("presentValue", pv),
                StepInput.number("inputs", in)), ratio, "SROI ratio " + Texts.money(pv, c) + " / " + Texts.money(in, c)
                + " = " + Texts.number(ratio, 2) + " : 1"));
        steps.add(new DerivationStep(StepKind.NET_PRESENT_VALUE, List.of(StepInput.number("presentValue", pv),
                StepInput.number("inputs", in)), npv, "net present value " + Texts.money(pv, c) + " − " + Texts.money(in, c)
                + " = " + Texts.money(npv, c)));
        steps.add(new DerivationStep(StepKind.RATIO, List.of(StepInput.number("netPresentValue", npv),
                StepInput.number("inputs", in)), netRatio, "net SROI ratio (" + Texts.money(pv, c) + " − "
                + Texts.money(in, c) + ") / " + Texts.money(in, c) + " = " + Texts.number(netRatio, 2)));
        Optional<BigDecimal> payback = Optional.empty();
        BigDecimal first = firstYearValue.amount();
        if (first.signum() > 0) {
            BigDecimal months = in.multiply(TWELVE).divide(first, MC);
            payback = Optional.of(months);
            steps.add(new DerivationStep(StepKind.PAYBACK, List.of(StepInput.number("inputs", in),
                    StepInput.number("firstYearValue", first)), months, "payback " + Texts.money(in, c) + " / ("
                    + Texts.money(first, c) + " / 12) = " + Texts.number(months, 2) + " months"));
        }
        return new Sroi(ratio, netRatio, Money.of(npv, c), payback, new Derivation(steps));
    }
}
