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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded property test over 1,000 generated samples. */
@ExtendWith(InstancioExtension.class)
class RagPropertiesTest {
    static final LocalDate START = LocalDate.of(2024, 4, 1);
    static final LocalDate END = LocalDate.of(2025, 4, 1); // 365 days
    static final MeasureId MEASURE = MeasureId.of("local-hires");

    record Sample(long target, int asOfOffset, long delivered, long drop, int amber, int greenAboveAmber) {
    }

    static RagStatus rag(DeliveryMonitor monitor, LocalDate asOf, long quantity) {
        LocalDate reportEnd = asOf.isAfter(START) ? (asOf.isBefore(END) ? asOf : END) : START.plusDays(1);
        var report = ActualReport.of(MEASURE, START, reportEnd, BigDecimal.valueOf(quantity), VerificationLevel.EVIDENCED);
        return monitor.assess(List.of(report), asOf).status(MEASURE).rag();
    }

    @Test
    @Seed(67890)
    void ragNeverImprovesWhenDeliveryFalls() {
        List<Sample> samples = Instancio.ofList(Sample.class).size(1000)
                .generate(field(Sample.class, "target"), gen -> gen.longs().range(1L, 10_000L))
                .generate(field(Sample.class, "asOfOffset"), gen -> gen.ints().range(-30, 400))
                .generate(field(Sample.class, "delivered"), gen -> gen.longs().range(0L, 12_000L))
                .generate(field(Sample.class, "drop"), gen -> gen.longs().range(0L, 12_000L))
                .generate(field(Sample.class, "amber"), gen -> gen.ints().range(0, 100))
                .generate(field(Sample.class, "greenAboveAmber"), gen -> gen.ints().range(0, 50))
                .create();
        int[] seen = new int[RagStatus.values().length];
        for (Sample s : samples) {
            var thresholds = new RagThresholds(BigDecimal.valueOf(s.amber() + s.greenAboveAmber()), BigDecimal.valueOf(s.amber()));
            var monitor = new DeliveryMonitor(List.of(Commitment.of(MEASURE, BigDecimal.valueOf(s.target()), START, END)), thresholds);
            LocalDate asOf = START.plusDays(s.asOfOffset());
            RagStatus higher = rag(monitor, asOf, s.delivered());
            RagStatus lower = rag(monitor, asOf, Math.max(0, s.delivered() - s.drop()));
            assertTrue(lower.compareTo(higher) <= 0, s + ": " + higher + " → " + lower);
            seen[lower.ordinal()]++;
        }
        // every status occurs, so the property is exercised across all three
        for (RagStatus status : RagStatus.values()) {
            assertTrue(seen[status.ordinal()] > 0, "no sample gave " + status);
        }
        assertEquals(1000, seen[0] + seen[1] + seen[2]);
    }
}
