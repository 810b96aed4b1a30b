package io.github.svtoms.cli;

import io.github.svtoms.core.SvtomsException;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.calc.Lm3;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code svtoms-lm3/1} format: the three rounds of a Local Multiplier 3 study.
 *
 * <pre>
 * {"format": "svtoms-lm3/1", "description": "optional text", "currency": "GBP",
 *  "rounds": {"r1": "1000000.00", "r2": "420000.00", "r3": "126000.00"}}
 * </pre>
 *
 * Immutable.
 *
 * @param description what was measured, if given
 * @param round1 income (e.g. the contract value)
 * @param round2 what is spent locally on suppliers and local staff
 * @param round3 what those re-spend locally
 */
record Lm3File(Optional<String> description, Money round1, Money round2, Money round3) {
    static final String FORMAT = "svtoms-lm3/1";
    private static final Set<String> MEMBERS = Set.of("$.format", "$.description", "$.currency", "$.rounds",
            "$.rounds.r1", "$.rounds.r2", "$.rounds.r3");

    static Lm3File read(Input input) {
        StrictReader r = StrictReader.read(input, MEMBERS);
        String format = r.text("$.format");
        if (format != null && !FORMAT.equals(format)) {
            r.report("$.format", "expected \"" + FORMAT + "\", found \"" + format + "\"");
        }
        String code = r.text("$.currency");
        Currency currency = null;
        if (code != null) {
            try {
                currency = Money.currency(code);
            } catch (SvtomsException e) {
                r.report("$.currency", e.getMessage());
            }
        }
        BigDecimal r1 = r.decimal("$.rounds.r1");
        BigDecimal r2 = r.decimal("$.rounds.r2");
        BigDecimal r3 = r.decimal("$.rounds.r3");
        r.finish();
        return new Lm3File(Optional.ofNullable(r.optionalText("$.description")), Money.of(r1, currency),
                Money.of(r2, currency), Money.of(r3, currency));
    }

    /** The multiplier; the LM3 rules (R1 &gt; 0, 0 ≤ R2 ≤ R1, 0 ≤ R3 ≤ R2) are the engine's. */
    Lm3 compute() {
        return Lm3.of(round1, round2, round3);
    }
}
