package io.github.svtoms.proxies.valuation;

import io.github.svtoms.core.catalogue.MeasureId;
import io.github.svtoms.core.internal.Checks;

/**
 * A valued line left out of the totals because another line already counts the same thing: it is valued and
 * shown, but not added ({@link LeftOutMeasure} gives the measure's figures).
 *
 * <p>Immutable and thread-safe; value equality over all components.
 *
 * @param line the left-out line's id
 * @param measure its measure
 * @param countedUnder the id of the first valued line (in request order) of the measure it is counted under
 * @param countedUnderMeasure that measure
 * @param rule which counting rule left it out
 * @param reason the reason in words
 */
public record DoubleCounted(String line, MeasureId measure, String countedUnder, MeasureId countedUnderMeasure,
                            LeftOutMeasure.Rule rule, String reason) {
    /** Validates. */
    public DoubleCounted {
        Checks.notBlank(line, "line id");
        Checks.notNull(measure, "measure");
        Checks.notBlank(countedUnder, "counted under");
        Checks.notNull(countedUnderMeasure, "counted under measure");
        Checks.notNull(rule, "rule");
        Checks.notBlank(reason, "reason");
    }

    /**
     * The left-out lines of a sequence of valued lines: each line with no {@code countedSeparately} declaration
     * whose measure the summary left out, counted under the first valued line of the measure it names.
     *
     * @param lines the valued lines, in request order
     * @param summary their summary
     * @return the left-out lines, in request order
     */
    public static java.util.List<DoubleCounted> of(java.util.List<LineValuation> lines, ValuationSummary summary) {
        Checks.notNull(lines, "lines");
        Checks.notNull(summary, "summary");
        java.util.List<DoubleCounted> out = new java.util.ArrayList<>();
        if (summary.leftOut().isEmpty()) {
            return java.util.List.of();
        }
        java.util.Map<MeasureId, String> first = new java.util.HashMap<>();
        lines.forEach(l -> first.putIfAbsent(l.measure(), l.id()));
        for (LineValuation l : lines) {
            LeftOutMeasure m = summary.leftOut().get(l.measure());
            if (m != null && l.line().countedSeparately().isEmpty()) {
                out.add(new DoubleCounted(l.id(), l.measure(), first.get(m.countedUnder()), m.countedUnder(), m.rule(),
                        m.reason()));
            }
        }
        return java.util.List.copyOf(out);
    }
}
