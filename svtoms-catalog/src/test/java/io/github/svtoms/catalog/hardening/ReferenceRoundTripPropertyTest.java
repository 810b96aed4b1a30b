package io.github.svtoms.catalog.hardening;

import io.github.svtoms.catalog.Formats;
import io.github.svtoms.core.money.Money;
import io.github.svtoms.proxies.DiscountBand;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.EvidenceGrade;
import io.github.svtoms.proxies.PriceIndex;
import io.github.svtoms.proxies.PriceYear;
import io.github.svtoms.proxies.Provenance;
import io.github.svtoms.proxies.ReferenceData;
import io.github.svtoms.proxies.WageSeries;
import io.github.svtoms.proxies.WellbyValue;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 1,000 seeded generated reference-data files (discount schedules with 1 to 5 contiguous bands, open or
 * closed at the end; price indices and wage series over 1 to 6 years in calendar or financial form, in
 * any order; an optional WELLBY value; decimals of scale 0 to 12; names with characters that need
 * escaping): write → read gives equal data with every decimal's scale, write → read → write is
 * byte-identical (so the order of years is kept), and the years of every series come back in order.
 */
@ExtendWith(InstancioExtension.class)
class ReferenceRoundTripPropertyTest {
    private static final String AWKWARD = " \"quoted\" back\\slash\nnew line\ttab £ é — ✓";

    /** The seed of one sample: every choice in it is drawn from a Random with this seed. */
    record Spec(long seed, int scale) {
    }

    private static BigDecimal decimal(Random r, int scale, long max) {
        return BigDecimal.valueOf(1 + Math.floorMod(r.nextLong(), max), scale);
    }

    private static Provenance provenance(Random r, int i) {
        return new Provenance("Source " + i + AWKWARD, "Publisher", "v" + r.nextInt(100),
                r.nextBoolean() ? Optional.of("https://example.org/" + i) : Optional.empty(), "OGL v3.0",
                EvidenceGrade.values()[r.nextInt(EvidenceGrade.values().length)],
                r.nextBoolean() ? Optional.of("table " + i) : Optional.empty());
    }

    private static List<PriceYear> years(Random r) {
        List<PriceYear> out = new ArrayList<>();
        int n = 1 + r.nextInt(6);
        while (out.size() < n) {
            int y = 1990 + r.nextInt(100);
            PriceYear p = r.nextBoolean() ? PriceYear.ofCalendar(y) : PriceYear.ofFinancial(y);
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    static ReferenceData generate(Spec s, int i) {
        Random r = new Random(s.seed());
        List<DiscountBand> bands = new ArrayList<>();
        int from = 1;
        int count = 1 + r.nextInt(5);
        for (int b = 0; b < count; b++) {
            // a rate in [0, 1): unscaled below 10^scale
            BigDecimal rate = BigDecimal.valueOf(Math.floorMod(r.nextLong(), BigDecimal.TEN.pow(s.scale()).longValueExact()),
                    s.scale());
            if (b == count - 1 && r.nextBoolean()) {
                bands.add(DiscountBand.from(from, rate));
            } else {
                int to = from + r.nextInt(50);
                bands.add(DiscountBand.of(from, to, rate));
                from = to + 1;
            }
        }
        DiscountSchedule schedule = DiscountSchedule.of("schedule-" + i, "Schedule" + AWKWARD, bands,
                r.nextBoolean() ? Optional.of(provenance(r, i)) : Optional.empty());
        PriceIndex.Builder index = PriceIndex.builder("index-" + i, "Index" + AWKWARD, "vintage " + r.nextInt(10));
        if (r.nextBoolean()) {
            index.release("release " + i).base("base " + i).provenance(provenance(r, i));
        }
        for (PriceYear y : years(r)) {
            index.put(y, decimal(r, s.scale(), 1_000_000_000L));
        }
        Map<PriceYear, BigDecimal> wages = new LinkedHashMap<>();
        for (PriceYear y : years(r)) {
            wages.put(y, decimal(r, s.scale() % 3, 10_000L));
        }
        WageSeries series = new WageSeries("wages-" + i, "Wages" + AWKWARD, Money.currency("GBP"), "hour",
                provenance(r, i), wages);
        Optional<WellbyValue> wellby = Optional.empty();
        if (r.nextBoolean()) {
            BigDecimal low = decimal(r, s.scale() % 3, 10_000L);
            BigDecimal mid = low.add(decimal(r, s.scale() % 3, 10_000L));
            BigDecimal high = mid.add(decimal(r, s.scale() % 3, 10_000L));
            wellby = Optional.of(new WellbyValue(Money.of(mid, Money.currency("GBP")), Money.of(low, Money.currency("GBP")),
                    Money.of(high, Money.currency("GBP")), PriceYear.ofFinancial(2000 + r.nextInt(50)), provenance(r, i)));
        }
        return new ReferenceData(List.of(schedule), List.of(index.build()), wellby, List.of(series));
    }

    @Test
    void generatedReferenceDataRoundTripsExactly() {
        List<Spec> specs = Instancio.ofList(Spec.class).size(1000).withSeed(20250612L)
                .generate(field(Spec::scale), gen -> gen.ints().range(0, 12)).create();
        assertEquals(1000, specs.size());
        for (int i = 0; i < specs.size(); i++) {
            ReferenceData data = generate(specs.get(i), i);
            String json = Formats.REFERENCE_DATA.toJson(data);
            ReferenceData back = Formats.REFERENCE_DATA.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "gen.json");
            assertEquals(data, back, json);
            assertEquals(json, Formats.REFERENCE_DATA.toJson(back), "written again");
            // scale and order of every series value (record equality of maps ignores order)
            assertEquals(List.copyOf(data.priceIndices().get(0).values().entrySet()),
                    List.copyOf(back.priceIndices().get(0).values().entrySet()));
            assertEquals(List.copyOf(data.wageSeries().get(0).values().entrySet()),
                    List.copyOf(back.wageSeries().get(0).values().entrySet()));
            List<BigDecimal> rates = data.discountSchedules().get(0).bands().stream().map(DiscountBand::rate).toList();
            List<BigDecimal> ratesBack = back.discountSchedules().get(0).bands().stream().map(DiscountBand::rate).toList();
            assertEquals(rates, ratesBack);
            assertEquals(specs.get(i).scale(), ratesBack.get(0).scale());
        }
    }
}
