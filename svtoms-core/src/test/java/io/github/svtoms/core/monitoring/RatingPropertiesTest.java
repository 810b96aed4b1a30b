package io.github.svtoms.core.monitoring;

import io.github.svtoms.core.catalogue.MeasureId;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded property test over 1,000 generated samples: a statutory rating never improves when delivery falls. */
@ExtendWith(InstancioExtension.class)
class RatingPropertiesTest {
    static final LocalDate START = LocalDate.of(2026, 4, 1);
    static final LocalDate END = LocalDate.of(2027, 4, 1);
    static final MeasureId MEASURE = MeasureId.of("local-hires");

    record Sample(long target, int asOfOffset, long delivered, long drop, int inadequateBelow, int gap1, int gap2) {
    }

    static StatutoryRating rating(long target, LocalDate asOf, long quantity, RatingThresholds thresholds) {
        var monitor = DeliveryMonitor.of(List.of(Commitment.of(MEASURE, BigDecimal.valueOf(target), START, END)));
        var report = ActualReport.of(MEASURE, START, asOf, BigDecimal.valueOf(quantity), VerificationLevel.EVIDENCED);
        return PerformanceAssessment.of(monitor.assess(List.of(report), asOf), thresholds).rating(MEASURE).rating();
    }

    @Test
    @Seed(71071)
    void aRatingNeverImprovesWhenDeliveryFalls() {
        List<Sample> samples = Instancio.ofList(Sample.class).size(1000)
                .generate(field(Sample.class, "target"), gen -> gen.longs().range(1L, 10_000L))
                .generate(field(Sample.class, "asOfOffset"), gen -> gen.ints().range(1, 365))
                .generate(field(Sample.class, "delivered"), gen -> gen.longs().range(0L, 12_000L))
                .generate(field(Sample.class, "drop"), gen -> gen.longs().range(0L, 12_000L))
                .generate(field(Sample.class, "inadequateBelow"), gen -> gen.ints().range(0, 70))
                .generate(field(Sample.class, "gap1"), gen -> gen.ints().range(0, 30))
                .generate(field(Sample.class, "gap2"), gen -> gen.ints().range(0, 30))
                .create();
        int[] seen = new int[StatutoryRating.values().length];
        for (Sample s : samples) {
            int ri = s.inadequateBelow();
            var thresholds = new RatingThresholds(BigDecimal.valueOf(ri + s.gap1() + s.gap2()),
                    BigDecimal.valueOf(ri + s.gap1()), BigDecimal.valueOf(ri));
            LocalDate asOf = START.plusDays(s.asOfOffset());
            StatutoryRating higher = rating(s.target(), asOf, s.delivered(), thresholds);
            StatutoryRating lower = rating(s.target(), asOf, Math.max(0, s.delivered() - s.drop()), thresholds);
            // something is expected and a report is counted, so the rating is graded; declared best first
            assertTrue(higher.graded() && lower.graded(), s.toString());
            assertTrue(lower.compareTo(higher) >= 0, s + ": " + higher + " → " + lower);
            seen[lower.ordinal()]++;
        }
        for (StatutoryRating r : StatutoryRating.values()) {
            if (r.graded()) {
                assertTrue(seen[r.ordinal()] > 0, "no sample gave " + r);
            }
        }
    }
}
