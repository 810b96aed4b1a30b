package io.github.svtoms.proxies;

import io.github.svtoms.core.internal.Checks;
import io.github.svtoms.core.InvalidValueException;

import java.math.BigDecimal;

/** Shared argument rules of this package. Stateless. */
final class Rules {
    private Rules() {
    }

    static BigDecimal fraction(BigDecimal value, String name) {
        value = Checks.decimal(value, name);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException(name + " " + value.toPlainString() + " is outside [0, 1]");
        }
        return value;
    }

    static BigDecimal positive(BigDecimal value, String name) {
        value = Checks.decimal(value, name);
        if (value.signum() <= 0) {
            throw new InvalidValueException(name + " " + value.toPlainString() + " must be greater than 0");
        }
        return value;
    }
}
