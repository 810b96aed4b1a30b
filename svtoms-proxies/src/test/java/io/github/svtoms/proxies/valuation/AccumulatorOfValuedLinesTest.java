package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.YearIndexing;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.github.svtoms.proxies.valuation.Fixtures.CARBON;
import static io.github.svtoms.proxies.valuation.Fixtures.EMPLOYMENT;
import static io.github.svtoms.proxies.valuation.Fixtures.LTU_HIRES;
import static io.github.svtoms.proxies.valuation.Fixtures.SME_SPEND;
import static io.github.svtoms.proxies.valuation.Fixtures.SUPPLIER_SPEND;
import static io.github.svtoms.proxies.valuation.Fixtures.VOLUNTEERING;
import static io.github.svtoms.proxies.valuation.Fixtures.request;
import static org.instancio.Select.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ValuationAccumulator#add(LineValuation)}: adding the lines an engine valued gives the same summary as
 * adding the lines themselves, and as the whole valuation, on 1,000 seeded line sets; a line valued by another
 * engine is refused.
 */
@ExtendWith(InstancioExtension.class)
class AccumulatorOfValuedLinesTest {
    private static final List<MeasureId> MEASURES = List.of(EMPLOYMENT, LTU_HIRES, SME_SPEND, SUPPLIER_SPEND, CARBON,
            VOLUNTEERING);

    /** One seeded line: indices and hundredths. */
    record Spec(int measure, int quantity, int start, int duration, int adjust, int schedule) {
    }

    private static List<Spec> specs() {
        return Instancio.ofList(Spec.class).size(1000).withSeed(20250611L)
                .generate(field(Spec::measure), g -> g.ints().range(0, MEASURES.size() - 1))
                .generate(field(Spec::quantity), g -> g.ints().range(0, 10_000_000))
                .generate(field(Spec::start), g -> g.ints().range(1, 5))
                .generate(field(Spec::duration), g -> g.ints().range(1, 6))
                .generate(field(Spec::adjust), g -> g.ints().range(0, 40))
                .generate(field(Spec::schedule), g -> g.ints().range(0, 2))
                .create();
    }

    private static CommitmentLine line(String id, Spec s) {
        MeasureId m = MEASURES.get(s.measure());
        return CommitmentLine.builder(id, m, BigDecimal.valueOf(s.quantity(), 2)).startYear(s.start())
                .duration(m.equals(LTU_HIRES) ? 1 : s.duration()).displacement(BigDecimal.valueOf(s.adjust(), 2))
                .dropOff(BigDecimal.valueOf(s.adjust() / 2, 2)).build();
    }

    @Test
    void addingValuedLinesEqualsAddingTheLines() {
        List<Spec> specs = specs();
        int valued = 0;
        for (int i = 0; i < specs.size(); i++) {
            Discounting d = specs.get(i).schedule() == 0 ? Discounting.none()
                    : new Discounting(DiscountSchedule.greenBook(), YearIndexing.values()[specs.get(i).schedule() - 1]);
            ValuationEngine engine = ValuationEngine.of(request(d).build());
            List<CommitmentLine> lines = new ArrayList<>();
            for (int k = 0; k < 1 + i % 7; k++) {
                lines.add(line("l" + k, specs.get((i + k) % specs.size())));
            }
            ValuationAccumulator fromValued = engine.accumulator();
            for (CommitmentLine l : lines) {
                Optional<LineValuation> v = engine.valueLine(l);
                if (v.isPresent()) {
                    fromValued.add(v.get());
                    valued++;
                } else {
                    fromValued.add(l);
                }
            }
            ValuationSummary expected = engine.value(lines).summary();
            assertEquals(expected, engine.accumulator().addAll(lines.iterator()).summary());
            assertEquals(expected, fromValued.summary(), lines.toString());
        }
        assertTrue(valued > 2000, "valued lines added: " + valued);
    }

    @Test
    void aLineValuedByAnotherEngineIsRefused() {
        ValuationEngine one = ValuationEngine.of(request(Discounting.none()).build());
        ValuationEngine other = ValuationEngine.of(request(Discounting.none()).build());
        LineValuation v = one.valueLine(CommitmentLine.of("x", EMPLOYMENT, BigDecimal.ONE)).orElseThrow();
        ValuationAccumulator sums = other.accumulator();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> sums.add(v));
        assertTrue(e.getMessage().startsWith("line 'x' was valued by another engine"), e.getMessage());
        assertEquals(0, sums.summary().valuedLines(), "nothing was added");
        assertEquals(1, one.accumulator().add(v).summary().valuedLines());
    }
}
