package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.InvalidValueException;
import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.DiscountSchedule;
import io.github.svtoms.proxies.ValueType;
import io.github.svtoms.proxies.YearIndexing;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static io.github.svtoms.proxies.valuation.Fixtures.CARBON;
import static io.github.svtoms.proxies.valuation.Fixtures.EMPLOYMENT;
import static io.github.svtoms.proxies.valuation.Fixtures.LTU_HIRES;
import static io.github.svtoms.proxies.valuation.Fixtures.SME_SPEND;
import static io.github.svtoms.proxies.valuation.Fixtures.SUPPLIER_SPEND;
import static io.github.svtoms.proxies.valuation.Fixtures.VOLUNTEERING;
import static io.github.svtoms.proxies.valuation.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ValuationAccumulator#addValuedSums} and {@link ValuationAccumulator#addUnvaluedSums}: the lines of 300
 * seeded sets, split into parts whose exact figures are summed per measure and value type elsewhere (as on the
 * machines of a cluster), give the same summary as the lines themselves; bad partial sums are refused.
 */
class AccumulatorPartialSumsTest {
    private static final List<MeasureId> MEASURES = List.of(EMPLOYMENT, LTU_HIRES, SME_SPEND, SUPPLIER_SPEND, CARBON,
            VOLUNTEERING);

    /** The exact sums of one part: per measure and value type (null: unvalued), gross, net, pv or quantity, count. */
    private static Map<List<Object>, BigDecimal[]> partSums(ValuationEngine engine, List<CommitmentLine> part) {
        Map<List<Object>, BigDecimal[]> sums = new HashMap<>();
        for (CommitmentLine l : part) {
            Optional<LineValuation> v = engine.valueLine(l);
            List<Object> key = new ArrayList<>();
            key.add(l.measure());
            key.add(v.map(LineValuation::valueType).orElse(null));
            BigDecimal[] s = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO});
            if (v.isPresent()) {
                s[0] = s[0].add(v.get().gross().amount());
                s[1] = s[1].add(v.get().net().amount());
                s[2] = s[2].add(v.get().presentValue().amount());
            } else {
                s[0] = s[0].add(l.quantity());
            }
            s[3] = s[3].add(BigDecimal.ONE);
        }
        return sums;
    }

    @Test
    void partialSumsOfPartsGiveTheSummaryOfTheWhole() {
        Random r = new Random(20261202L);
        int unvaluedParts = 0;
        for (int i = 0; i < 300; i++) {
            Discounting d = i % 2 == 0 ? Discounting.none()
                    : new Discounting(DiscountSchedule.greenBook(), YearIndexing.values()[i % YearIndexing.values().length]);
            ValuationEngine engine = ValuationEngine.of(request(d).build());
            List<CommitmentLine> lines = new ArrayList<>();
            for (int k = 0; k < 1 + r.nextInt(30); k++) {
                MeasureId m = MEASURES.get(r.nextInt(MEASURES.size()));
                lines.add(CommitmentLine.builder("l" + k, m, BigDecimal.valueOf(r.nextInt(10_000_000), 1 + r.nextInt(6)))
                        .startYear(1 + r.nextInt(4)).duration(m.equals(LTU_HIRES) ? 1 : 1 + r.nextInt(5))
                        .displacement(BigDecimal.valueOf(r.nextInt(40), 2)).dropOff(BigDecimal.valueOf(r.nextInt(20), 2))
                        .build());
            }
            ValuationAccumulator combined = engine.accumulator();
            int cut = r.nextInt(lines.size() + 1);
            for (List<CommitmentLine> part : List.of(lines.subList(0, cut), lines.subList(cut, lines.size()))) {
                for (Map.Entry<List<Object>, BigDecimal[]> e : partSums(engine, part).entrySet()) {
                    MeasureId m = (MeasureId) e.getKey().get(0);
                    ValueType t = (ValueType) e.getKey().get(1);
                    BigDecimal[] s = e.getValue();
                    if (t == null) {
                        combined.addUnvaluedSums(m, s[0], s[3].longValueExact());
                        unvaluedParts++;
                    } else {
                        combined.addValuedSums(m, t, s[0], s[1], s[2], s[3].longValueExact());
                    }
                }
            }
            assertEquals(engine.summarise(lines.stream()), combined.summary(), lines.toString());
        }
        assertTrue(unvaluedParts > 10, "unvalued partial sums added: " + unvaluedParts);
    }

    @Test
    void anUnknownMeasureOrNoLinesIsRefused() {
        ValuationAccumulator sums = ValuationEngine.of(request(Discounting.none()).build()).accumulator();
        InvalidValueException unknown = assertThrows(InvalidValueException.class, () -> sums.addValuedSums(
                MeasureId.of("no-such-measure"), ValueType.ECONOMIC, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 1));
        assertEquals("unknown measure 'no-such-measure' (not in the catalogue)", unknown.getMessage());
        InvalidValueException none = assertThrows(InvalidValueException.class,
                () -> sums.addUnvaluedSums(SME_SPEND, BigDecimal.ONE, 0));
        assertTrue(none.getMessage().contains("partial sums of 0 lines"), none.getMessage());
        assertEquals(0, sums.summary().valuedLines() + sums.summary().unvaluedLines(), "nothing was added");
    }
}
