package io.github.svtoms.core.money;

import io.github.svtoms.core.Samples;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link MoneyFormat} over random amounts, scales, currencies and formats: what it writes parses back to
 * the amount rounded as the format rounds it, and its digits agree with {@link DecimalFormat} in the UK
 * locale (an independent implementation of the grouping).
 */
@ExtendWith(InstancioExtension.class)
class MoneyFormatPropertyTest {
    private static final int SAMPLES = 2000;
    /** Symbols and codes; 0, 2, 3 and 4 minor digits. */
    private static final List<Currency> CURRENCIES = List.of("GBP", "EUR", "USD", "JPY", "BHD", "CHF", "CLF").stream()
            .map(Currency::getInstance).toList();
    private static final List<RoundingMode> ROUNDINGS = List.of(RoundingMode.UP, RoundingMode.DOWN,
            RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);

    private static BigDecimal randomAmount(Random random) {
        BigInteger unscaled = new BigInteger(random.nextInt(100), random);
        return new BigDecimal(random.nextBoolean() ? unscaled.negate() : unscaled, random.nextInt(15) - 4);
    }

    /** The amount as a format writes it, computed without MoneyFormat. */
    private static BigDecimal expected(MoneyFormat f, int places, RoundingMode mode, BigDecimal amount, int minor) {
        if (f == MoneyFormat.EXACT) {
            return amount.setScale(Math.max(minor, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
        }
        return amount.setScale(places < 0 ? minor : places, mode);
    }

    private static String ukDigits(BigDecimal nonNegative) {
        DecimalFormat d = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        d.setMinimumFractionDigits(nonNegative.scale());
        d.setMaximumFractionDigits(nonNegative.scale());
        d.setRoundingMode(RoundingMode.UNNECESSARY);
        return d.format(nonNegative);
    }

    @Test
    @Seed(12345)
    void parseReadsBackTheRoundedAmountAndTheDigitsAgreeWithDecimalFormat() {
        int negatives = 0;
        int grouped = 0;
        for (long seed : Samples.seeds(SAMPLES)) {
            Random random = new Random(seed);
            Currency currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            Money m = Money.of(randomAmount(random), currency);
            RoundingMode mode = ROUNDINGS.get(random.nextInt(ROUNDINGS.size()));
            int places = random.nextInt(3) == 0 ? random.nextInt(MoneyFormat.MAX_PLACES + 1) : -1;
            MoneyFormat f = switch (random.nextInt(3)) {
                case 0 -> MoneyFormat.EXACT;
                case 1 -> places < 0 ? MoneyFormat.ofMinorUnit(mode) : MoneyFormat.ofPlaces(places, mode);
                default -> {
                    mode = RoundingMode.HALF_EVEN;
                    places = -1;
                    yield MoneyFormat.REPORTING;
                }
            };
            int minor = Math.max(0, currency.getDefaultFractionDigits());
            BigDecimal want = expected(f, places, mode, m.amount(), minor);
            String text = f.format(m);
            String where = m + " with " + f + " → " + text + " (seed " + seed + ")";

            assertEquals(Money.of(want, currency), MoneyFormat.parse(text), where);
            String prefix = MoneyFormat.prefix(currency);
            String sign = want.signum() < 0 ? "-" : "";
            assertEquals(sign + prefix + ukDigits(want.abs()), text, where);
            assertTrue(text.chars().allMatch(c -> c < 128 || "£€".indexOf(c) >= 0), where);
            negatives += want.signum() < 0 ? 1 : 0;
            grouped += text.contains(",") ? 1 : 0;
        }
        // both signs and long amounts are exercised
        assertTrue(negatives > SAMPLES / 4, "negatives: " + negatives);
        assertTrue(grouped > SAMPLES / 2, "grouped: " + grouped);
    }

    @Test
    @Seed(12345)
    void reportingIsWithinHalfAMinorUnitOfInstancioAmounts() {
        List<BigDecimal> amounts = Instancio.ofList(BigDecimal.class).size(SAMPLES).create();
        Currency gbp = Currency.getInstance("GBP");
        BigDecimal halfPenny = new BigDecimal("0.005");
        for (BigDecimal amount : amounts) {
            Money back = MoneyFormat.parse(MoneyFormat.REPORTING.format(amount, gbp));
            assertEquals(2, back.amount().scale(), amount.toPlainString());
            assertTrue(back.amount().subtract(amount).abs().compareTo(halfPenny) <= 0, amount.toPlainString());
            assertEquals(Money.of(amount, gbp).rounded(), back, amount.toPlainString());
        }
    }
}
