package io.github.svtoms.proxies.calc;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.WageSeries;
import io.github.svtoms.proxies.derivation.Derivation;
import io.github.svtoms.proxies.derivation.DerivationStep;
import io.github.svtoms.proxies.derivation.StepInput;
import io.github.svtoms.proxies.derivation.StepKind;
import io.github.svtoms.proxies.internal.Texts;

import java.math.BigDecimal;
import java.util.List;

/**
 * The extra pay from paying the Real Living Wage: {@code workers × hours × max(0, RLW − wage otherwise
 * paid)}, exact. Nothing is counted where the wage otherwise paid already reaches the living wage.
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param uplift the extra pay, exact
 * @param hourlyDifference {@code max(0, RLW − wage otherwise paid)}
 * @param derivation how it was computed
 */
public record LivingWageUplift(Money uplift, BigDecimal hourlyDifference, Derivation derivation) {
    /**
     * Validates the result.
     */
    public LivingWageUplift {
        Checks.notNull(uplift, "uplift");
        Checks.notNull(hourlyDifference, "hourly difference");
        Checks.notNull(derivation, "derivation");
    }

    /**
     * Computes the uplift.
     *
     * @param workers the number of workers (FTE or head count), ≥ 0
     * @param hoursPerWorker paid hours per worker over the period, ≥ 0
     * @param livingWage the living wage per hour, ≥ 0
     * @param wageOtherwisePaid the hourly wage that would otherwise be paid, ≥ 0, same currency
     * @return the uplift
     * @throws InvalidValueException when an argument is negative or the currencies differ
     */
    public static LivingWageUplift of(BigDecimal workers, BigDecimal hoursPerWorker, Money livingWage,
                                      Money wageOtherwisePaid) {
        Checks.notNull(workers, "workers");
        Checks.notNull(hoursPerWorker, "hours per worker");
        Checks.notNull(livingWage, "living wage");
        Checks.notNull(wageOtherwisePaid, "wage otherwise paid");
        if (workers.signum() < 0 || hoursPerWorker.signum() < 0) {
            throw new InvalidValueException("workers " + workers.toPlainString() + " and hours "
                    + hoursPerWorker.toPlainString() + " must not be negative");
        }
        if (livingWage.isNegative() || wageOtherwisePaid.isNegative()) {
            throw new InvalidValueException("wages " + livingWage + " and " + wageOtherwisePaid + " must not be negative");
        }
        if (!livingWage.currency().equals(wageOtherwisePaid.currency())) {
            throw new InvalidValueException("living wage " + livingWage + " and wage otherwise paid " + wageOtherwisePaid
                    + " must be in one currency");
        }
        var c = livingWage.currency();
        BigDecimal diff = livingWage.amount().subtract(wageOtherwisePaid.amount()).max(BigDecimal.ZERO);
        BigDecimal uplift = workers.multiply(hoursPerWorker).multiply(diff);
        DerivationStep step = new DerivationStep(StepKind.WAGE_UPLIFT, List.of(StepInput.number("workers", workers),
                StepInput.number("hours", hoursPerWorker), StepInput.number("livingWage", livingWage.amount()),
                StepInput.number("wageOtherwisePaid", wageOtherwisePaid.amount())), uplift,
                "living wage uplift " + Texts.number(workers) + " workers × " + Texts.number(hoursPerWorker)
                        + " hours × max(0, " + Texts.money(livingWage.amount(), c) + " − "
                        + Texts.money(wageOtherwisePaid.amount(), c) + ") = " + Texts.money(uplift, c));
        return new LivingWageUplift(Money.of(uplift, c), diff, new Derivation(List.of(step)));
    }

    /**
     * Computes the uplift with the living wage of a year from a wage series (e.g. the Real Living Wage).
     *
     * @param workers ≥ 0
     * @param hoursPerWorker ≥ 0
     * @param livingWage the series
     * @param year the year whose rate applies
     * @param wageOtherwisePaid the hourly wage otherwise paid, in the series' currency
     * @return the uplift
     * @throws io.github.svtoms.proxies.MissingPriceYearException when the series lacks the year
     */
    public static LivingWageUplift of(BigDecimal workers, BigDecimal hoursPerWorker, WageSeries livingWage, PriceYear year,
                                      Money wageOtherwisePaid) {
        Checks.notNull(livingWage, "living wage series");
        return of(workers, hoursPerWorker, Money.of(livingWage.value(year), livingWage.currency()), wageOtherwisePaid);
    }
}
