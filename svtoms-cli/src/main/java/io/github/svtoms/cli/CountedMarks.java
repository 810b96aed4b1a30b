package io.github.svtoms.cli;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.proxies.valuation.DoubleCounted;
import io.github.svtoms.proxies.valuation.LeftOutMeasure;
import io.github.svtoms.proxies.valuation.LineValuation;
import io.github.svtoms.proxies.valuation.Valuation;
import io.github.svtoms.proxies.valuation.ValuationAccumulator;
import io.github.svtoms.proxies.valuation.ValuationSummary;

import javax.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether each valued line enters the totals under the catalogue's counting rules, for the per-line outputs
 * (the CSV columns {@code counted} and {@code counted_under}, the JSON Lines members {@code counted} and
 * {@code countedUnder}, the table's "(left out)").
 *
 * <p>Of a whole valuation ({@link #of(Valuation)}) the marks are final: {@link Valuation#doubleCounted()}.
 *
 * <p>Of a stream ({@link #streaming(ValuationAccumulator)}) a line is marked as the engine decides from the lines
 * added so far, itself included ({@link ValuationAccumulator#summary()}{@code .leftOut()}). The counting rules
 * ({@link LeftOutMeasure}) depend only on which measures have valued lines (under the rules, or declared
 * separate) and in which order each first came, so the summary is asked again only when a measure has its
 * first valued line (or its first under the rules): at most twice per measure of the catalogue. What the stream
 * knows at a line's row: a line left out stays left out (an overlap family is counted under the measure of its
 * first line under the rules, and a whole, once present, stays present); a line counted may still be left out
 * when a line of a measure it is part of comes later, and a line left out as part of one whole may in the end be
 * counted under a nearer whole that comes later. {@link #revisions(ValuationSummary)} names, at the end, every
 * such line that the final totals treat otherwise than its row said.
 *
 * <p>Mutable; confined to the thread that writes the lines in order.
 */
abstract class CountedMarks {
    /**
     * A line's mark.
     *
     * @param counted whether the line enters the totals
     * @param countedUnder when left out, the id of the first valued line of the measure it is counted under
     */
    record Mark(boolean counted, @Nullable String countedUnder) {
        /** A line in the totals. */
        static final Mark COUNTED = new Mark(true, null);

        /** @return {@code true} or {@code false} */
        String countedText() {
            return Boolean.toString(counted);
        }

        /** @return the line it is counted under, or empty when counted */
        String countedUnderText() {
            return countedUnder == null ? "" : countedUnder;
        }
    }

    /**
     * The mark of a valued line; for a stream, called in input order after the line was added to the sums.
     *
     * @param v the line
     * @return its mark
     */
    abstract Mark mark(LineValuation v);

    /**
     * The lines whose written marks the final totals contradict, in words (nothing for a whole valuation).
     *
     * @param summary the final summary of every line written
     * @return one sentence per measure and mark written, empty when every mark held
     */
    abstract List<String> revisions(ValuationSummary summary);

    /** The final marks of a whole valuation. */
    static CountedMarks of(Valuation valuation) {
        Map<String, DoubleCounted> left = new HashMap<>();
        valuation.doubleCounted().forEach(d -> left.put(d.line(), d));
        return new CountedMarks() {
            @Override
            Mark mark(LineValuation v) {
                DoubleCounted d = left.get(v.id());
                return d == null ? Mark.COUNTED : new Mark(false, d.countedUnder());
            }

            @Override
            List<String> revisions(ValuationSummary summary) {
                return List.of();
            }
        };
    }

    /** The marks of a stream, from the accumulator the lines are added to. */
    static CountedMarks streaming(ValuationAccumulator sums) {
        return new Streaming(sums);
    }

    private static final class Streaming extends CountedMarks {
        private final ValuationAccumulator sums;
        private final Set<MeasureId> valued = new HashSet<>();
        private final Set<MeasureId> ruled = new HashSet<>();
        /** The first valued line of each measure (countedUnder names it). */
        private final Map<MeasureId, String> firstLine = new HashMap<>();
        private Map<MeasureId, LeftOutMeasure> leftOut = Map.of();
        /** Per measure, the lines under the rules written, by the measure written as counted under ("" when counted). */
        private final Map<MeasureId, Map<String, long[]>> written = new LinkedHashMap<>();

        Streaming(ValuationAccumulator sums) {
            this.sums = sums;
        }

        @Override
        Mark mark(LineValuation v) {
            MeasureId m = v.measure();
            firstLine.putIfAbsent(m, v.id());
            boolean separate = v.line().countedSeparately().isPresent();
            boolean first = valued.add(m);
            if (!separate && ruled.add(m)) {
                first = true;
            }
            if (first) {
                leftOut = sums.summary().leftOut();
            }
            if (separate) {
                return Mark.COUNTED; // a line declared counted separately always counts
            }
            LeftOutMeasure left = leftOut.get(m);
            String under = left == null ? "" : left.countedUnder().value();
            written.computeIfAbsent(m, k -> new LinkedHashMap<>()).computeIfAbsent(under, k -> new long[1])[0]++;
            return left == null ? Mark.COUNTED : new Mark(false, firstLine.get(left.countedUnder()));
        }

        @Override
        List<String> revisions(ValuationSummary summary) {
            List<String> out = new ArrayList<>();
            written.forEach((m, marks) -> {
                LeftOutMeasure left = summary.leftOut().get(m);
                String finalUnder = left == null ? "" : left.countedUnder().value();
                marks.forEach((under, n) -> {
                    if (Objects.equals(under, finalUnder)) {
                        return;
                    }
                    String lines = Fmt.number(java.math.BigDecimal.valueOf(n[0])) + (n[0] == 1 ? " line" : " lines")
                            + " under '" + m + "'";
                    String was = under.isEmpty() ? "written as counted"
                            : "written as left out, counted under line '" + firstLine.get(MeasureId.of(under)) + "' ('"
                            + under + "')";
                    String is = left == null ? "the totals count " + (n[0] == 1 ? "it" : "them")
                            : "the totals leave " + (n[0] == 1 ? "it" : "them") + " out, counted under line '"
                            + firstLine.get(left.countedUnder()) + "' ('" + finalUnder + "')"
                            + (left.rule() == LeftOutMeasure.Rule.PART_OF ? ", a whole with a line later in the input" : "");
                    out.add(lines + " " + (n[0] == 1 ? "was " : "were ") + was + ", but " + is + ": " + left(left));
                });
            });
            return out;
        }

        private static String left(@Nullable LeftOutMeasure left) {
            return left == null ? "no rule leaves them out" : left.reason();
        }
    }
}
