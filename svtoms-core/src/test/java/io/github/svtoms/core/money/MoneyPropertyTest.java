package io.github.svtoms.core.money;

import io.github.svtoms.core.Samples;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Money properties over random amounts, scales (negative too) and currencies with 0–4 minor digits. */
@ExtendWith(InstancioExtension.class)
class MoneyPropertyTest {
    private static final int SAMPLES = 2000;
    private static final List<Currency> CURRENCIES = List.of("GBP", "EUR", "USD", "JPY", "BHD", "CLF", "XAU").stream()
            .map(Currency::getInstance).toList();

    private static BigDecimal randomAmount(Random random) {
        BigInteger unscaled = new BigInteger(random.nextInt(120), random);
        if (random.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        return new BigDecimal(unscaled, random.nextInt(19) - 6);
    }

    private static Money randomMoney(Random random, Currency currency) {
        return Money.of(randomAmount(random), currency);
    }

    private static Currency randomCurrency(Random random) {
        return CURRENCIES.get(random.nextInt(CURRENCIES.size()));
    }

    private static List<Long> seeds() {
        return Samples.seeds(SAMPLES);
    }

    @Test
    @Seed(12345)
    void parseReadsBackWhatToStringWrites() {
        for (long seed : seeds()) {
            Random random = new Random(seed);
            Money m = randomMoney(random, randomCurrency(random));
            String text = m.toString();
            assertTrue(text.matches("[A-Z]{3} -?[0-9]+(\\.[0-9]+)?"), text);
            assertEquals(m, Money.parse(text), "seed " + seed);
            assertEquals(m.amount().scale(), Money.parse(text).amount().scale(), "seed " + seed);
        }
    }

    @Test
    @Seed(12345)
    void instancioGeneratedBigDecimalsRoundTrip() {
        List<BigDecimal> amounts = Instancio.ofList(BigDecimal.class).size(SAMPLES).create();
        assertTrue(new java.util.HashSet<>(amounts).size() > SAMPLES / 2, "amounts are varied");
        for (BigDecimal amount : amounts) {
            Money m = Money.of(amount, Currency.getInstance("GBP"));
            assertEquals(m, Money.parse(m.toString()));
            assertEquals(0, m.amount().compareTo(amount), "the value is kept exactly");
        }
    }

    @Test
    @Seed(12345)
    void additionIsCommutativeAssociativeAndExact() {
        for (long seed : seeds()) {
            Random random = new Random(seed);
            Currency currency = randomCurrency(random);
            Money a = randomMoney(random, currency);
            Money b = randomMoney(random, currency);
            Money c = randomMoney(random, currency);
            String where = a + ", " + b + ", " + c + " (seed " + seed + ")";
            assertEquals(a.plus(b), b.plus(a), where);
            assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)), where);
            assertTrue(a.plus(b).minus(b).isEqualTo(a), where);
            assertTrue(a.minus(b).plus(b).isEqualTo(a), where);
            assertTrue(a.plus(a.negated()).isZero(), where);
            assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)), where);
        }
    }

    @Test
    @Seed(12345)
    void roundedIsWithinHalfAMinorUnitAndIdempotent() {
        for (long seed : seeds()) {
            Random random = new Random(seed);
            Currency currency = randomCurrency(random);
            Money m = randomMoney(random, currency);
            int digits = Math.max(0, currency.getDefaultFractionDigits());
            Money r = m.rounded();
            String where = m + " → " + r + " (seed " + seed + ")";
            assertEquals(digits, r.amount().scale(), where);
            BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(digits).divide(BigDecimal.valueOf(2));
            assertTrue(r.amount().subtract(m.amount()).abs().compareTo(halfUnit) <= 0, where);
            assertEquals(r, r.rounded(), where);
        }
    }
}
