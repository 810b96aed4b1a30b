package io.github.svtoms.bench;

import io.github.svtoms.proxies.valuation.LargestRemainder;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.instancio.Select.allLongs;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The engine's largest-remainder allocation (a primitive sort since the benchmarks) gives exactly what the
 * textbook method gives: floors, then one unit each to the largest remainders, ties to the earlier part.
 * Parts are drawn so that remainders often tie or differ only beyond the 18th digit.
 */
@ExtendWith(InstancioExtension.class)
class LargestRemainderTest {
    /** The textbook method, written independently with a boxed sort. */
    private static List<BigDecimal> textbook(List<BigDecimal> parts, int scale) {
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal target = sum.setScale(scale, RoundingMode.HALF_EVEN);
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal floors = BigDecimal.ZERO;
        for (BigDecimal p : parts) {
            BigDecimal f = p.setScale(scale, RoundingMode.FLOOR);
            out.add(f);
            floors = floors.add(f);
        }
        int units = target.subtract(floors).movePointRight(scale).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> parts.get(i).subtract(out.get(i))).reversed()
                .thenComparing(i -> i));
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        for (int j = 0; j < units; j++) {
            out.set(order.get(j), out.get(order.get(j)).add(unit));
        }
        return out;
    }

    @Test
    @Seed(2025)
    void matchesTheTextbookMethodOnAThousandSeededSets() {
        List<Long> seeds = Instancio.ofList(Long.class).size(1000)
                .generate(allLongs(), gen -> gen.longs().range(0L, Long.MAX_VALUE)).create();
        for (long seed : seeds) {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(200);
            int scale = r.nextInt(4);
            List<BigDecimal> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                BigDecimal base = BigDecimal.valueOf(r.nextInt(1_000_000), 2);
                // remainders that tie exactly, tie to 18 digits and differ at the 25th, or are random
                BigDecimal tail = switch (r.nextInt(4)) {
                    case 0 -> new BigDecimal("0.0049");
                    case 1 -> new BigDecimal("0.00490000000000000000000" + r.nextInt(10));
                    case 2 -> BigDecimal.valueOf(r.nextLong() & Long.MAX_VALUE, 30);
                    default -> BigDecimal.ZERO;
                };
                parts.add(base.add(tail.movePointLeft(scale - 2 < 0 ? 0 : scale - 2)));
            }
            assertEquals(textbook(parts, scale), LargestRemainder.allocate(parts, scale), () -> "seed " + seed);
        }
    }
}
