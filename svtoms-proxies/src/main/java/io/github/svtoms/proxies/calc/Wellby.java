package io.github.svtoms.proxies.calc;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.WellbyValue;
import io.github.svtoms.proxies.derivation.Derivation;
import io.github.svtoms.proxies.derivation.DerivationStep;
import io.github.svtoms.proxies.derivation.StepInput;
import io.github.svtoms.proxies.derivation.StepKind;
import io.github.svtoms.proxies.internal.Texts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A wellbeing value from WELLBYs (Green Book wellbeing guidance): {@code WELLBYs = change in life
 * satisfaction (0–10 scale) × people × years}; {@code value = WELLBYs × WELLBY value}, the WELLBY value
 * rebased to the target price year with a {@link PriceIndex}. A negative change is a loss and gives a
 * negative value. Products in {@link MathContext#DECIMAL128}, unrounded.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param wellbys the number of WELLBYs
 * @param value their money value in {@code priceYear} prices
 * @param priceYear the price year of {@code value}
 * @param derivation how it was computed
 */
public record Wellby(BigDecimal wellbys, Money value, PriceYear priceYear, Derivation derivation) {
    private static final MathContext MC = MathContext.DECIMAL128;

    /**
     * Validates the result.
     */
    public Wellby {
        Checks.notNull(wellbys, "wellbys");
        Checks.notNull(value, "value");
        Checks.notNull(priceYear, "price year");
        Checks.notNull(derivation, "derivation");
    }

    /**
     * Computes a WELLBY value.
     *
     * @param lifeSatisfactionChange change per person on the 0–10 scale, in [−10, 10]
     * @param people the number of people, ≥ 0
     * @param years the years the change lasts, ≥ 0
     * @param wellby the value of one WELLBY and its price year
     * @param index the price index to rebase with (not consulted when the years agree)
     * @param priceYear the target price year
     * @return the value
     * @throws InvalidValueException when an argument breaks its rule
     * @throws io.github.svtoms.proxies.MissingPriceYearException when the index lacks a year
     */
    public static Wellby of(BigDecimal lifeSatisfactionChange, BigDecimal people, BigDecimal years, WellbyValue wellby,
                            PriceIndex index, PriceYear priceYear) {
        Checks.notNull(lifeSatisfactionChange, "life satisfaction change");
        Checks.notNull(people, "people");
        Checks.notNull(years, "years");
        Checks.notNull(wellby, "WELLBY value");
        Checks.notNull(index, "price index");
        Checks.notNull(priceYear, "price year");
        if (lifeSatisfactionChange.abs().compareTo(BigDecimal.TEN) > 0) {
            throw new InvalidValueException("life satisfaction change " + lifeSatisfactionChange.toPlainString()
                    + " is outside [−10, 10] (the scale runs 0–10)");
        }
        if (people.signum() < 0) {
            throw new InvalidValueException("people " + people.toPlainString() + " must not be negative");
        }
        if (years.signum() < 0) {
            throw new InvalidValueException("years " + years.toPlainString() + " must not be negative");
        }
        var c = wellby.amount().currency();
        List<DerivationStep> steps = new ArrayList<>();
        BigDecimal unit = wellby.amount().amount();
        if (!wellby.priceYear().equals(priceYear)) {
            PriceIndex.Rebasing rebasing = index.rebasing(wellby.priceYear(), priceYear);
            BigDecimal from = rebasing.fromValue();
            BigDecimal to = rebasing.toValue();
            BigDecimal ratio = rebasing.ratio();
            BigDecimal rebased = unit.multiply(ratio, MC);
            steps.add(new DerivationStep(StepKind.REBASE, List.of(StepInput.number("amount", unit),
                    StepInput.text("from", wellby.priceYear().toString()), StepInput.text("to", priceYear.toString()),
                    StepInput.text("index", index.id()), StepInput.number("indexFrom", from),
                    StepInput.number("indexTo", to), StepInput.text("method", rebasing.method()),
                    StepInput.number("ratio", ratio)), rebased,
                    "WELLBY " + Texts.money(unit, c) + " (" + wellby.priceYear() + " prices, "
                            + wellby.provenance().citation() + ") × " + Texts.number(to) + " / " + Texts.number(from) + " = "
                            + Texts.money(rebased, c) + " (" + priceYear + " prices"
                            + (rebasing.explanation().isEmpty() ? ")" : "; " + rebasing.explanation() + ")")));
            unit = rebased;
        }
        BigDecimal count = lifeSatisfactionChange.multiply(people).multiply(years);
        BigDecimal value = count.multiply(unit, MC);
        steps.add(new DerivationStep(StepKind.WELLBY, List.of(StepInput.number("lifeSatisfactionChange", lifeSatisfactionChange),
                StepInput.number("people", people), StepInput.number("years", years), StepInput.number("wellbyValue", unit)),
                value, "WELLBY value " + Texts.number(lifeSatisfactionChange) + " × " + Texts.number(people) + " people × "
                        + Texts.number(years) + " years = " + Texts.number(count) + " WELLBYs × " + Texts.money(unit, c)
                        + " = " + Texts.money(value, c)));
        return new Wellby(count, Money.of(value, c), priceYear, new Derivation(steps));
    }
}
