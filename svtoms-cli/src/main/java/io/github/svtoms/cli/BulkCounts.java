package io.github.svtoms.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * How many commitment lines a streamed valuation read, valued, found unvalued and skipped, with the first
 * skipped lines' numbers. Mutable; one per run.
 */
final class BulkCounts {
    /** How many skipped line numbers are kept for the final report. */
    static final int KEPT = 10;

    long valued;
    long unvalued;
    long skipped;
    final List<Long> firstSkipped = new ArrayList<>();

    /** @return the lines written: valued and unvalued */
    long written() {
        return valued + unvalued;
    }

    void skip(long line) {
        skipped++;
        if (firstSkipped.size() < KEPT) {
            firstSkipped.add(line);
        }
    }

    /** @return e.g. {@code 3 bad records skipped (lines 12, 57, 99)} */
    String skippedText() {
        StringBuilder b = new StringBuilder().append(Fmt.number(java.math.BigDecimal.valueOf(skipped)))
                .append(skipped == 1 ? " bad record skipped" : " bad records skipped");
        if (!firstSkipped.isEmpty()) {
            b.append(" (line").append(firstSkipped.size() == 1 ? " " : "s ");
            for (int i = 0; i < firstSkipped.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(firstSkipped.get(i));
            }
            b.append(skipped > firstSkipped.size() ? ", ..." : "").append(')');
        }
        return b.toString();
    }
}
